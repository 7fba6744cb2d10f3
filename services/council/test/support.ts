import { collectEvents, startTestSubgraph } from '@hanoi/platform/testing';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';

/** Starts the council subgraph on port 0 against the real local FerretDB and Kafka, in its own database. */
export const startCouncil = (env: NodeJS.ProcessEnv = {}) => startTestSubgraph('council', loadConfig, createApp, env);

/** Every event the council published on `topic` of this run, once each. */
export const collectCouncilEvents = (topic: string, brokers: string[]) => collectEvents(brokers, topic);

/** `date` (YYYY-MM-DD) moved by `days`. */
export const shiftDay = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
