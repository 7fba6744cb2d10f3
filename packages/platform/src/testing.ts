import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import type { SubgraphConfig } from './config';
import { createEventBus } from './events/bus';
import { parseEvent, type CloudEvent } from './events/envelope';
import { signCallerToken, callerTokenHeader, type Caller } from './identity';
import { createLogger } from './logger';
import type { SubgraphApp } from './subgraph';

/**
 * Helpers for tests that run a service against the real local FerretDB and Kafka. Every test file
 * gets its own database names and topic prefix, and drops its databases when done.
 */
export const testSecret = 'test-internal-secret-with-at-least-32-characters';

/** Names of this jest run's databases and topics start with it (set by the global setup); teardown deletes them. */
export const testRunId = () => process.env.TEST_RUN_ID ?? 'norun';

export function testEnv(service: string, runId = `${testRunId()}${randomBytes(3).toString('hex')}`): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    MONGO_URL: process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017',
    MONGO_DB: `test_${runId}_${service}`,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    KAFKA_TOPIC_PREFIX: `test-${runId}-`,
    INTERNAL_TOKEN_SECRET: testSecret,
  };
}

export const callers = {
  frontClerk: { subject: 'front-clerk-1', agency: 'front', roles: ['clerk'] },
  councilClerk: { subject: 'council-clerk-1', agency: 'council', roles: ['clerk'] },
  committeeClerk: { subject: 'committee-clerk-1', agency: 'committee', roles: ['clerk'] },
  delegationClerk: { subject: 'delegation-clerk-1', agency: 'delegation', roles: ['clerk'] },
  petitionsHandler: { subject: 'committee-handler-1', agency: 'committee', roles: ['handler'] },
  analyst: { subject: 'analyst-1', agency: 'council', roles: ['analyst'] },
  admin: { subject: 'admin-1', agency: 'committee', roles: ['admin'] },
} satisfies Record<string, Caller>;

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any>; path?: (string | number)[] }[];
}

/** POSTs a GraphQL request straight to a subgraph, as the gateway would for `caller` (no token when null). */
export async function callSubgraph<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  caller: Caller | null = callers.admin,
): Promise<GraphQLResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (caller) headers[callerTokenHeader] = await signCallerToken(caller, testSecret);
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, ...((await response.json()) as object) };
}

/** Drops the databases a test created (names from `testEnv`). */
export async function dropDatabases(url: string, names: string[]): Promise<void> {
  const connection = await mongoose.createConnection(url).asPromise();
  try {
    for (const name of names) await connection.useDb(name).dropDatabase();
  } finally {
    await connection.close();
  }
}

/** Polls `probe` until it returns a truthy value (events crossing Kafka take a moment). */
export async function eventually<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Starts a subgraph on port 0 against the real local FerretDB and Kafka, in its own database and topics
 * (`env` overrides the test environment, e.g. a service setting). `stop` also drops its database.
 */
export async function startTestSubgraph<C extends SubgraphConfig, A extends SubgraphApp>(
  service: string,
  loadConfig: (env: NodeJS.ProcessEnv) => C,
  createApp: (config: C) => A,
  env: NodeJS.ProcessEnv = {},
) {
  const config = loadConfig({ ...testEnv(service), ...env });
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

/**
 * Entities of one type resolved in one entity fetch, as the gateway sends it (`_entities` with `selection` on each), and
 * the database commands the request cost: the proof that a page's commands do not grow with its rows.
 */
export async function entitiesCost(
  subgraph: Pick<Awaited<ReturnType<typeof startTestSubgraph>>, 'url' | 'app' | 'settledCommandCount'>,
  typename: string,
  ids: readonly string[],
  selection: string,
  caller: Caller = callers.analyst,
) {
  const before = await subgraph.settledCommandCount();
  const result = await callSubgraph(
    subgraph.url,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
    { r: ids.map((id) => ({ __typename: typename, id })) },
    caller,
  );
  return { errors: result.errors, entities: (result.data?._entities ?? []) as Record<string, any>[], commands: subgraph.app.runtime.database.commandCount() - before };
}

/**
 * A test consumer of `topic` (a fresh consumer group named after the topic, from the beginning) that keeps
 * each event it sees once: delivery is at-least-once, and an outbox may publish an event again with the same id.
 */
export async function collectEvents(brokers: string[], topic: string) {
  const bus = createEventBus({ brokers, clientId: 'test-reader', logger: createLogger({ service: 'test-reader', level: 'silent' }) });
  await bus.start();
  const events: CloudEvent[] = [];
  const keys: string[] = [];
  const seen = new Set<string>();
  await bus.subscribe({
    groupId: `${topic}.reader-${randomBytes(4).toString('hex')}`,
    topics: [topic],
    fromBeginning: true,
    eachMessage: async ({ message }) => {
      const event = parseEvent(message.value);
      if (seen.has(event.id)) return;
      seen.add(event.id);
      events.push(event);
      keys.push(String(message.key));
    },
  });
  return { events, keys, stop: () => bus.stop() };
}

/** One scrape of a `/metrics` endpoint (Prometheus text), with sums over series. */
export async function scrapeMetrics(url: string, token?: string) {
  const response = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  const text = await response.text();
  const samples = text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [, name, labels = '', value] = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line) ?? [];
      return { name: name!, labels: Object.fromEntries([...labels.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, k, v]) => [k!, v!])), value: Number(value) };
    });
  const matching = (name: string, labels: Record<string, string>) =>
    samples.filter((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value));
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    samples,
    /** Whether any sample of `name` has these labels. */
    has: (name: string, labels: Record<string, string> = {}) => matching(name, labels).length > 0,
    /** The sum of the samples of `name` that have these labels (0 when none). */
    sum: (name: string, labels: Record<string, string> = {}) => matching(name, labels).reduce((total, sample) => total + sample.value, 0),
  };
}
