import { loadConfigOrExit, runUntilSignalled } from '@hanoi/platform';
import { createApp } from './app';
import { configSchema } from './config';

runUntilSignalled(createApp(loadConfigOrExit(configSchema)));
