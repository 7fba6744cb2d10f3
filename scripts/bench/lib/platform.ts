import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signCallerToken, type Caller } from '@hanoi/platform';
import { dropDatabases } from '@hanoi/platform/testing';
import { Kafka, logLevel } from 'kafkajs';
import { devAudience, devIssuer, ensureDevKeys, mintAccessToken } from '../../lib/dev-keys';
import { freePort, launchPlatform, startStack } from '../../lib/processes';
import { subgraphs } from '../../lib/subgraphs';
import { gatewayClient, seedDemo } from '../../seed/demo';
import { benchCallers } from './operations';

/** The platform under benchmark: where its gateway and subgraphs answer, and how to call them as the bench callers. */
export interface BenchPlatform {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** `Authorization: Bearer …` for the gateway, per bench caller. */
  accessTokens: Record<keyof typeof benchCallers, string>;
  /** Signs a caller token as the gateway does, valid for `ttlSeconds` (the peers and the direct calls send one). */
  callerToken(caller: Caller, ttlSeconds: number): Promise<string>;
  /** Where the benchmark's own processes write their logs. */
  logDir: string;
  stop(): Promise<void>;
}

const accessTokensFor = async (privateKeyPath?: string) =>
  Object.fromEntries(
    await Promise.all(
      Object.entries(benchCallers).map(async ([name, caller]) => [name, await mintAccessToken(caller, { privateKeyPath, expiresIn: '2h' })]),
    ),
  ) as BenchPlatform['accessTokens'];

/**
 * Starts the six subgraphs and the gateway as separate processes on free ports (never the fixed ones a developer's
 * `npm start` uses), on the local Kafka and FerretDB with this run's own databases, topics and keys, in production
 * mode, and loads the demo data. `stop` stops them and deletes the databases, topics and consumer groups.
 */
export async function startBenchPlatform(say: (message: string) => void, env: NodeJS.ProcessEnv = {}): Promise<BenchPlatform> {
  startStack();
  const run = randomBytes(3).toString('hex');
  const keys = await ensureDevKeys(mkdtempSync(path.join(tmpdir(), 'bench-gateway-keys-')));
  const logDir = mkdtempSync(path.join(tmpdir(), 'bench-gateway-logs-'));
  const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
  const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
  const secret = randomBytes(32).toString('hex');
  const dbPrefix = `benchgw_${run}_`;
  const topicPrefix = `benchgw-${run}-`;
  const ports: Record<string, number> = {};
  for (const name of [...subgraphs.map((subgraph) => subgraph.name), 'gateway']) ports[name] = await freePort();
  say(`starting the platform (run ${run}, logs in ${logDir})…`);
  const platform = await launchPlatform({
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      MONGO_URL: mongoUrl,
      KAFKA_BROKERS: brokers,
      KAFKA_TOPIC_PREFIX: topicPrefix,
      INTERNAL_TOKEN_SECRET: secret,
      PETITIONS_IDENTITY_KEY: randomBytes(32).toString('base64'),
      AUTH_PUBLIC_KEY_PATH: keys.publicKeyPath,
      AUTH_ISSUER: devIssuer,
      AUTH_AUDIENCE: devAudience,
      // The demo's cases name agencies created a moment before: on a busy machine their events may take seconds.
      PETITIONS_DIRECTORY_WAIT_MS: '30000',
      // One caller sends every request of a run: far beyond a user's rate (README, rate limits).
      GATEWAY_RATE_LIMIT_PER_CALLER: '1000000000',
      // Loading the demo's whole directory keeps FerretDB busy: a fetch may take longer than a user would wait.
      SUBGRAPH_TIMEOUT_MS: '60000',
      ...env,
    },
    dbPrefix,
    ports,
    logDir,
    onProgress: say,
  });
  const accessTokens = await accessTokensFor(keys.privateKeyPath);
  const stop = async () => {
    await platform.stop();
    await dropDatabases(mongoUrl, subgraphs.map((subgraph) => `${dbPrefix}${subgraph.name}`));
    await deleteKafkaResources(brokers.split(','), topicPrefix);
  };
  try {
    await seedDemo(platform.gatewayUrl, await mintAccessToken({ subject: 'bench-seed', agency: 'committee', roles: ['admin'] }, { privateKeyPath: keys.privateKeyPath }), say);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    gatewayUrl: platform.gatewayUrl,
    subgraphUrls: platform.subgraphUrls,
    accessTokens,
    callerToken: (caller, ttlSeconds) => signCallerToken(caller, secret, ttlSeconds),
    logDir,
    stop,
  };
}

/**
 * A platform already running (`npm start`, or another machine): its gateway URL, its subgraphs' URLs (default:
 * the local ports of design.md), the secret its processes share (INTERNAL_TOKEN_SECRET) and the public key its
 * gateway trusts (tokens are minted with the local development key pair, as `npm start` does). Nothing is stopped.
 */
export async function useRunningPlatform(gatewayUrl: string, subgraphUrls: Record<string, string>): Promise<BenchPlatform> {
  const secret = process.env.INTERNAL_TOKEN_SECRET;
  if (!secret) throw new Error('--url needs INTERNAL_TOKEN_SECRET: the secret the running platform signs caller tokens with');
  const logDir = mkdtempSync(path.join(tmpdir(), 'bench-gateway-logs-'));
  const call = gatewayClient(gatewayUrl, (await accessTokensFor()).admin);
  await call('{ agency(id: "front") { id } }');
  return {
    gatewayUrl,
    subgraphUrls,
    accessTokens: await accessTokensFor(),
    callerToken: (caller, ttlSeconds) => signCallerToken(caller, secret, ttlSeconds),
    logDir,
    stop: async () => undefined,
  };
}

/** Deletes the topics and consumer groups whose names start with `prefix` (a benchmark run's own). */
async function deleteKafkaResources(brokers: string[], prefix: string): Promise<void> {
  const admin = new Kafka({ clientId: 'bench-teardown', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 30_000 });
    const groups = (await admin.listGroups()).groups.map((group) => group.groupId).filter((group) => group.startsWith(prefix));
    if (groups.length > 0) await admin.deleteGroups(groups).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}
