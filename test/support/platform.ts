import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Caller } from '@hanoi/platform';
import { dropDatabases, testRunId } from '@hanoi/platform/testing';
import { devAudience, devIssuer, ensureDevKeys, mintAccessToken } from '../../scripts/lib/dev-keys';
import { freePort, launchPlatform, type RunningPlatform } from '../../scripts/lib/processes';
import { subgraphs } from '../../scripts/lib/subgraphs';
import { agencies } from '../../scripts/seed/directory';
import { seedDemo } from '../../scripts/seed/demo';

export interface GraphQLResponse {
  status: number;
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/**
 * Starts every subgraph and the gateway as separate processes (as `npm start` does) on free ports, with
 * this run's own databases, topics, signing keys and internal secret. Logs go to a temporary folder.
 * `env` adds to (or overrides) every process's environment, e.g. tracing settings.
 */
export async function startWholePlatform(options: { env?: NodeJS.ProcessEnv } = {}) {
  const run = `${testRunId()}${randomBytes(3).toString('hex')}`;
  const keys = await ensureDevKeys(mkdtempSync(path.join(tmpdir(), 'e2e-keys-')));
  const otherKeys = await ensureDevKeys(mkdtempSync(path.join(tmpdir(), 'e2e-forger-')));
  const logDir = mkdtempSync(path.join(tmpdir(), 'e2e-logs-'));
  const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
  const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
  const topicPrefix = `e2e-${run}-`;
  const dbPrefix = `e2e_${run}_`;
  const ports: Record<string, number> = {};
  for (const name of [...subgraphs.map((s) => s.name), 'gateway']) ports[name] = await freePort();
  const platform: RunningPlatform = await launchPlatform({
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
      MONGO_URL: mongoUrl,
      KAFKA_BROKERS: brokers,
      KAFKA_TOPIC_PREFIX: topicPrefix,
      INTERNAL_TOKEN_SECRET: randomBytes(32).toString('hex'),
      PETITIONS_IDENTITY_KEY: randomBytes(32).toString('base64'),
      AUTH_PUBLIC_KEY_PATH: keys.publicKeyPath,
      AUTH_ISSUER: devIssuer,
      AUTH_AUDIENCE: devAudience,
      // The gateway's fetch timeout (10 s in production) is for subgraphs that hang; on a loaded 2-core machine a
      // healthy one can take longer (FerretDB), and tests that do not freeze one must not see it as unavailable.
      SUBGRAPH_TIMEOUT_MS: '60000',
      ...options.env,
    },
    dbPrefix,
    ports,
    logDir,
  });

  const token = (caller: Caller, expiresIn = '1h') => mintAccessToken(caller, { privateKeyPath: keys.privateKeyPath, expiresIn });

  async function post(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<GraphQLResponse> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }

  /** A request through the gateway as `caller` that must succeed: its data, or a failure with the errors. */
  async function as(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
    const result = await post(platform.gatewayUrl, query, variables, { authorization: `Bearer ${await token(caller)}` });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  }

  return {
    ...platform,
    as,
    /** Creates these agencies of the demo directory (scripts/seed/directory.ts) as an administrator, in order. */
    async createAgencies(ids: string[]) {
      const admin: Caller = { subject: 'e2e-directory', agency: 'committee', roles: ['admin'] };
      for (const id of ids) {
        const input = agencies.find((agency) => agency.id === id);
        if (!input) throw new Error(`no agency ${id} in the demo directory`);
        await as(admin, `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, { input });
      }
    },
    /**
     * Loads the demo data (scripts/seed/demo.ts) as an administrator. The seed is idempotent: it is run again, every
     * 10 s for up to `timeoutMs`, while it fails — a case's intake gives up when the directory's events have not reached
     * petitions yet, which takes minutes for the whole directory on a loaded machine.
     */
    async seedDemoData(timeoutMs = 300_000) {
      const admin: Caller = { subject: 'e2e-demo-seed', agency: 'committee', roles: ['admin'] };
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        try {
          return await seedDemo(platform.gatewayUrl, await token(admin), () => undefined);
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 10_000));
        }
      }
    },
    topicPrefix,
    /** Each service's database is `<dbPrefix><service>` on `mongoUrl`. */
    dbPrefix,
    mongoUrl,
    brokers: brokers.split(','),
    logDir,
    token,
    forgedToken: (caller: Caller) => mintAccessToken(caller, { privateKeyPath: otherKeys.privateKeyPath }),
    /** A request through the gateway as `caller` (or with a raw Authorization value, or none). */
    async gateway(query: string, variables: Record<string, unknown> = {}, as: Caller | string | null, extraHeaders: Record<string, string> = {}) {
      const headers: Record<string, string> = { ...extraHeaders };
      if (typeof as === 'string') headers.authorization = as;
      else if (as) headers.authorization = `Bearer ${await token(as)}`;
      return post(platform.gatewayUrl, query, variables, headers);
    },
    post,
    async stop() {
      await platform.stop();
      await dropDatabases(mongoUrl, subgraphs.map((s) => `${dbPrefix}${s.name}`));
    },
  };
}
