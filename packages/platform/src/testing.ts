import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { signCallerToken, callerTokenHeader, type Caller } from './identity';

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
