import { randomBytes } from 'node:crypto';
import { createEventBus, createLogger, parseEvent, type CloudEvent } from '@hanoi/platform';
import { callSubgraph, callers, dropDatabases, testEnv } from '@hanoi/platform/testing';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';

/** Starts the delegation subgraph on port 0 against the real local FerretDB and Kafka, in its own database. */
export async function startDelegation() {
  const config = loadConfig(testEnv('delegation'));
  const app = createApp(config);
  const { url } = await app.start(0);
  return {
    app,
    url,
    config,
    /** Database commands sent so far, once the outbox has published everything queued (its reads would count). */
    async settledCommandCount() {
      await app.runtime.outbox.drain();
      return app.runtime.database.commandCount();
    },
    async stop() {
      await app.stop();
      await dropDatabases(config.MONGO_URL, [config.MONGO_DB]);
    },
  };
}

export type Delegation = Awaited<ReturnType<typeof startDelegation>>;

/**
 * A test consumer of the delegation's own topic (a fresh consumer group, from the beginning): collects
 * the events the service really published to Kafka, once per event id (delivery is at-least-once: the
 * outbox may publish an event again, with the same id, which consumers absorb).
 */
export async function collectPublishedEvents(delegation: Delegation) {
  const bus = createEventBus({
    brokers: delegation.config.KAFKA_BROKERS,
    clientId: 'delegation-test-consumer',
    logger: createLogger({ service: 'delegation-test', level: 'silent' }),
  });
  await bus.start();
  const events: CloudEvent[] = [];
  const keys: string[] = [];
  const seen = new Set<string>();
  await bus.subscribe({
    groupId: `${delegation.app.runtime.topic("delegation")}.reader-${randomBytes(4).toString("hex")}`,
    topics: [delegation.app.runtime.topic('delegation')],
    fromBeginning: true,
    eachMessage: async ({ message }) => {
      const event = parseEvent(message.value);
      if (seen.has(event.id)) return;
      seen.add(event.id);
      events.push(event);
      keys.push(message.key?.toString() ?? '');
    },
  });
  return { events, keys, stop: () => bus.stop() };
}

export const createDeputy = `mutation($input: CreateNationalAssemblyDeputyInput!) {
  createNationalAssemblyDeputy(input: $input) { id fullName constituency constituencyName term fullTime workplace }
}`;

/** Creates a deputy as the delegation's clerk and returns its id (fails the test on errors). */
export async function addDeputy(url: string, input: Record<string, unknown>): Promise<string> {
  const result = await callSubgraph(url, createDeputy, { input }, callers.delegationClerk);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createNationalAssemblyDeputy.id;
}
