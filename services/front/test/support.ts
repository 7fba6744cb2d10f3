import { startTestSubgraph } from '@hanoi/platform/testing';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';

/** Starts the front subgraph on port 0 against the real local FerretDB and Kafka, in its own database. */
export const startFront = () => startTestSubgraph('front', loadConfig, createApp);
