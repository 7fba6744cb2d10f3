import { createEventBus, createLogger, parseEvent, type CloudEvent } from '@hanoi/platform';
import { dropDatabases, testEnv } from '@hanoi/platform/testing';
import { randomBytes } from 'node:crypto';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';

/** Starts the council subgraph on port 0 against the real local FerretDB and Kafka, in its own database. */
export async function startCouncil(env: NodeJS.ProcessEnv = {}) {
  const config = loadConfig({ ...testEnv('council'), ...env });
  const app = createApp(config);
  const { url } = await app.start(0);
  return {
    app,
    url,
    config,
    async stop() {
      await app.stop();
      await dropDatabases(config.MONGO_URL, [config.MONGO_DB]);
    },
  };
}

/** A plain Kafka consumer of `topic` (own group, from the beginning) that keeps every event it sees. */
export async function collectEvents(topic: string, brokers: string[]) {
  const bus = createEventBus({ brokers, clientId: 'council-test', logger: createLogger({ service: 'council-test', level: 'silent' }) });
  await bus.start();
  const events: CloudEvent[] = [];
  await bus.subscribe({
    groupId: `${topic}.reader-${randomBytes(4).toString("hex")}`,
    topics: [topic],
    fromBeginning: true,
    eachMessage: async ({ message }) => void events.push(parseEvent(message.value)),
  });
  return { events, stop: () => bus.stop() };
}

/** `date` (YYYY-MM-DD) moved by `days`. */
export const shiftDay = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
