import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose, { type Connection } from 'mongoose';
import { callerTokenHeader, createEventBus, createLogger, parseEvent, signCallerToken, type Caller, type CloudEvent } from '@hanoi/platform';
import { freePort, spawnSubgraph, type ManagedProcess, type ServiceName } from '../../../scripts/lib/processes';
import type { ScenarioReport } from './report';

/**
 * Subgraphs as their own processes (as `npm start` runs them) for one scenario, on free ports, in the scenario's
 * own databases and topics, reached straight with a caller token signed as the gateway does (the faults under test
 * are the subgraphs', the broker's and the database's; the gateway adds nothing to them). Everything it starts is
 * stopped, and its databases and topics are deleted, when the scenario ends.
 */
export const callers = {
  admin: { subject: 'faults-admin', agency: 'committee', roles: ['admin'] },
  frontClerk: { subject: 'faults-front-clerk', agency: 'front', roles: ['clerk'] },
} satisfies Record<string, Caller>;

export interface GraphQLAnswer {
  status: number;
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
  /** Set when no HTTP answer came: refused connection, reset, or no answer within the request timeout. */
  failure?: string;
  ms: number;
}

export interface ScenarioPlatform {
  process(name: ServiceName): ManagedProcess;
  /** A GraphQL request straight to a subgraph as `caller`; never throws (a failure is in the answer). */
  call(name: ServiceName, query: string, variables?: Record<string, unknown>, caller?: Caller, timeoutMs?: number): Promise<GraphQLAnswer>;
  /** The scenario's database of a subgraph (its own connection to MONGO_URL). */
  database(name: ServiceName): Connection;
  /** Every event in the subgraph's topic, in order per partition (duplicates included). */
  readTopic(name: ServiceName): Promise<CloudEvent[]>;
  topic(name: ServiceName): string;
  /** The subgraph's consumer groups (this scenario's): each one's state and the ids of its members. */
  consumerGroups(name: ServiceName): Promise<ConsumerGroup[]>;
  brokers: string[];
  logDir: string;
}

export interface ConsumerGroup {
  groupId: string;
  /** The broker's word: `Stable`, `Empty`, `PreparingRebalance`, `CompletingRebalance` or `Dead`. */
  state: string;
  memberIds: string[];
}

export async function startScenarioPlatform(
  report: ScenarioReport,
  options: { services: ServiceName[]; brokers: string[]; mongoUrl: string; env?: NodeJS.ProcessEnv },
): Promise<ScenarioPlatform> {
  const run = `${report.id.replace(/[^a-z0-9]/g, '')}${randomBytes(3).toString('hex')}`;
  const topicPrefix = `faults-${run}-`;
  const dbPrefix = `faults_${run}_`;
  const secret = randomBytes(32).toString('hex');
  const logDir = mkdtempSync(path.join(tmpdir(), `faults-${report.id}-`));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? 'info',
    MONGO_URL: options.mongoUrl,
    KAFKA_BROKERS: options.brokers.join(','),
    KAFKA_TOPIC_PREFIX: topicPrefix,
    INTERNAL_TOKEN_SECRET: secret,
    PETITIONS_IDENTITY_KEY: randomBytes(32).toString('base64'),
    // The periodic sweeps (deadlines, escalations) are not under test; the outbox's start-up sweep is.
    PETITIONS_SWEEP_INTERVAL_MS: '0',
    SUPERVISION_SWEEP_INTERVAL_MS: '0',
    ...options.env,
  };
  const processes = new Map<ServiceName, ManagedProcess>();
  const databases = new Map<ServiceName, Connection>();
  report.defer(async () => {
    await Promise.all([...processes.values()].map((managed) => managed.stop()));
    // FAULTS_KEEP=1 keeps them for a look after a failure (the names are in the log folder's processes' logs).
    if (!process.env.FAULTS_KEEP) await dropEverything(options, [...processes.keys()].map((name) => `${dbPrefix}${name}`), topicPrefix).catch(() => undefined);
    await Promise.all([...databases.values()].map((connection) => connection.close()));
  });
  for (const name of options.services) {
    processes.set(name, spawnSubgraph(name, { env, port: await freePort(), dbPrefix, logDir }));
  }
  await Promise.all([...processes.values()].map((managed) => managed.ready()));
  report.say(`started ${options.services.join(', ')} (logs in ${logDir})`);
  const base = await mongoose.createConnection(options.mongoUrl).asPromise();
  report.defer(() => base.close());
  const topic = (name: ServiceName) => `${topicPrefix}${name}.events.v1`;

  return {
    process: (name) => processes.get(name)!,
    async call(name, query, variables = {}, caller = callers.admin, timeoutMs = 20_000) {
      const began = Date.now();
      try {
        const response = await fetch(`http://127.0.0.1:${processes.get(name)!.port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [callerTokenHeader]: await signCallerToken(caller, secret) },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        return { status: response.status, ...((await response.json()) as object), ms: Date.now() - began };
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        return { status: 0, failure: cause ?? (error as Error).name, ms: Date.now() - began };
      }
    },
    database(name) {
      if (!databases.has(name)) databases.set(name, base.useDb(`${dbPrefix}${name}`, { useCache: true }));
      return databases.get(name)!;
    },
    readTopic: (name) => readTopic(options.brokers, topic(name)),
    topic,
    consumerGroups: (name) => consumerGroups(options.brokers, `${topicPrefix}${name}.`),
    brokers: options.brokers,
    logDir,
  };
}

/** Every message of `topic` from offset 0 to its current end, parsed, in order per partition. */
export async function readTopic(brokers: string[], topic: string): Promise<CloudEvent[]> {
  const bus = createEventBus({ brokers, clientId: 'faults-reader', logger: createLogger({ service: 'faults-reader', level: 'silent' }) });
  await bus.start();
  try {
    const events: CloudEvent[] = [];
    await bus.readUntil([topic], await bus.endOffsets([topic]), ({ message }) => void events.push(parseEvent(message.value)));
    return events;
  } finally {
    await bus.stop();
  }
}

async function consumerGroups(brokers: string[], prefix: string): Promise<ConsumerGroup[]> {
  const { Kafka, logLevel } = await import('kafkajs');
  const admin = new Kafka({ clientId: 'faults-groups', brokers, logLevel: logLevel.NOTHING, retry: { retries: 2 } }).admin();
  await admin.connect();
  try {
    const ids = (await admin.listGroups()).groups.map((group) => group.groupId).filter((group) => group.startsWith(prefix));
    const { groups } = await admin.describeGroups(ids);
    return groups.map((group) => ({ groupId: group.groupId, state: group.state, memberIds: group.members.map((member) => member.memberId) }));
  } finally {
    await admin.disconnect();
  }
}

async function dropEverything(options: { brokers: string[]; mongoUrl: string }, databases: string[], topicPrefix: string): Promise<void> {
  const connection = await mongoose.createConnection(options.mongoUrl, { serverSelectionTimeoutMS: 3_000 }).asPromise();
  try {
    for (const name of databases) await connection.useDb(name).dropDatabase();
  } finally {
    await connection.close();
  }
  const { Kafka, logLevel } = await import('kafkajs');
  const admin = new Kafka({ clientId: 'faults-cleanup', brokers: options.brokers, logLevel: logLevel.NOTHING, retry: { retries: 2 } }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(topicPrefix));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 15_000 });
    const groups = (await admin.listGroups()).groups.map((group) => group.groupId).filter((group) => group.startsWith(topicPrefix));
    if (groups.length > 0) await admin.deleteGroups(groups).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}

/** An answer in a few words: its failure, or its errors' codes and first message, or `ok`. */
export function describe(answer: GraphQLAnswer): string {
  if (answer.failure) return `no answer (${answer.failure}) after ${answer.ms} ms`;
  if (answer.errors?.length) return `HTTP ${answer.status} ${answer.errors.map((error) => error.extensions?.code ?? 'uncoded').join(',')}: ${answer.errors[0]!.message.slice(0, 120)}`;
  return `HTTP ${answer.status} ok`;
}

/**
 * The longest a scenario waits for the platform to settle after a fault (events published, consumed, applied) before
 * it judges (ms). Generous for a loaded 2-core machine: every wait returns as soon as its condition holds.
 */
export const settleMs = 180_000;

/** Polls `probe` until it returns a truthy value or `timeoutMs` passes (then `undefined`). */
export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs: number, intervalMs = 250): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
