/**
 * `npm run test:hostile`: the hostile-operations proof. Generates at least 1,000 abusive requests from the schemas
 * (scripts/lib/hostile-operations.ts: deep nesting, alias / root-field / directive / token floods, costly lists and
 * fragment bombs, malformed JSON, oversized bodies and headers, wrong methods and content types, unknown operation
 * names, batches, invalid variables, forged / expired / missing tokens, writes with bad input, `_entities` injection),
 * sends them to the gateway and straight to every subgraph, `--concurrency` at a time, while one legitimate query
 * keeps being served, and prints per family and in total:
 *   crashes    processes no longer alive (or not answering /healthz) at the end,
 *   uncoded    answers that are not GraphQL-over-HTTP JSON with an `extensions.code` on every error (and no answer at all),
 *   timeouts   no answer within 10 s,
 *   writes     documents added or removed in every service's database (counted before and after, once quiet),
 * and the legitimate query's p99 during the storm. Exits 1 unless all four are 0 (or a legitimate query failed).
 *
 *   npm run test:hostile                      # starts its own platform (test/support/platform.ts), minimally seeded
 *   npm run test:hostile -- --url http://localhost:4000/graphql   # against `npm start` (its dev keys and secret)
 *   options: --seed N (1), --per-family N (50), --concurrency N (10)
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { signCallerToken, type Caller } from '@hanoi/platform';
import { callers } from '@hanoi/platform/testing';
import { buildSchema, parse } from 'graphql';
import mongoose from 'mongoose';
import globalTeardown from '../test/support/global-teardown';
import { startWholePlatform } from '../test/support/platform';
import { ensureDevKeys, mintAccessToken } from './lib/dev-keys';
import { generateHostileOperations, type HostileCredentials, type HostileRequest } from './lib/hostile-operations';
import { apiSchemaPath, readSubgraphSdl, subgraphs } from './lib/subgraphs';

const timeoutMs = 10_000;
const users = {
  clerk: { subject: 'hostile-clerk', agency: 'committee', roles: ['clerk'] },
  viewer: { subject: 'hostile-viewer', agency: 'council', roles: ['viewer'] },
  analyst: { subject: 'hostile-analyst', agency: 'council', roles: ['analyst'] },
  admin: { subject: 'hostile-admin', agency: 'committee', roles: ['admin'] },
  legitimate: { subject: 'steady-clerk', agency: 'committee', roles: ['clerk'] },
} satisfies Record<string, Caller>;
/** What an app would send all day: served throughout the storm, its latency measured. */
const legitimateQuery = '{ agency(id: "committee") { name children { id name } } agencies(first: 10) { edges { node { id shortName } } } }';
/** The issue's request: 1,000 aliased root fields over three directory lists. */
const aliasFlood = `{ ${Array.from({ length: 1_000 }, (_, n) => `a${n}: ${['agencies { edges { node { id } } }', 'administrativeUnits { edges { node { id } } }', 'routingRules { id }'][n % 3]}`).join(' ')} }`;

/** Where the storm goes: URLs, how to sign, which databases to count, and whether each process is alive. */
interface Target {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  mint(caller: Caller, expiresIn?: string): Promise<string>;
  forged(caller: Caller): Promise<string>;
  internalSecret: string;
  mongoUrl: string;
  databases: string[];
  /** Names of processes no longer running or not answering /healthz. */
  deadProcesses(): Promise<string[]>;
  stop(): Promise<void>;
}

const healthz = async (graphqlUrl: string) => {
  try {
    return (await fetch(graphqlUrl.replace(/\/graphql$/, '/healthz'), { signal: AbortSignal.timeout(5_000) })).ok;
  } catch {
    return false;
  }
};

async function deadAmong(urls: Record<string, string>, pids: Record<string, number> = {}): Promise<string[]> {
  const dead: string[] = [];
  for (const [name, url] of Object.entries(urls)) {
    let running = true;
    try {
      if (pids[name]) process.kill(pids[name], 0);
    } catch {
      running = false;
    }
    if (!running || !(await healthz(url))) dead.push(name);
  }
  return dead;
}

/** A whole platform of its own: rate limits raised (the storm is one IP and a few callers), a few agencies seeded. */
async function ownPlatform(say: (line: string) => void): Promise<Target> {
  const internalSecret = randomBytes(32).toString('hex');
  // Its topics and consumer groups carry this run id, so that the tests' teardown deletes them at the end.
  process.env.TEST_RUN_ID ??= `hostile${randomBytes(3).toString('hex')}`;
  const began = performance.now();
  const platform = await startWholePlatform({
    env: { INTERNAL_TOKEN_SECRET: internalSecret, GATEWAY_RATE_LIMIT_PER_CALLER: '1000000', GATEWAY_RATE_LIMIT_PER_IP: '1000000' },
  });
  await platform.createAgencies(['committee', 'council', 'front', 'delegation']);
  say(`platform started and seeded in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  const urls = { ...platform.subgraphUrls, gateway: platform.gatewayUrl };
  return {
    gatewayUrl: platform.gatewayUrl,
    subgraphUrls: platform.subgraphUrls,
    mint: (caller, expiresIn) => platform.token(caller, expiresIn),
    forged: (caller) => platform.forgedToken(caller),
    internalSecret,
    mongoUrl: platform.mongoUrl,
    databases: subgraphs.map(({ name }) => `${platform.dbPrefix}${name}`),
    deadProcesses: () => deadAmong(urls, Object.fromEntries(Object.entries(platform.processes).map(([name, managed]) => [name, managed.pid]))),
    async stop() {
      await platform.stop();
      await globalTeardown();
    },
  };
}

/** A running platform laid out as `npm start` lays it: subgraphs on the gateway's host at 4101–4106, dev keys and secret. */
function givenPlatform(gatewayUrl: string): Target {
  const host = new URL(gatewayUrl).hostname;
  const subgraphUrls = Object.fromEntries(subgraphs.map(({ name, port }) => [name, process.env[`SUBGRAPH_${name.toUpperCase()}_URL`] ?? `http://${host}:${port}/graphql`]));
  return {
    gatewayUrl,
    subgraphUrls,
    mint: (caller, expiresIn) => mintAccessToken(caller, { expiresIn }),
    // Signed like the dev keys' tokens, by a fresh key pair the platform does not trust.
    forged: async (caller) => mintAccessToken(caller, { privateKeyPath: (await ensureDevKeys(mkdtempSync(path.join(tmpdir(), 'hostile-forger-')))).privateKeyPath }),
    internalSecret: process.env.INTERNAL_TOKEN_SECRET ?? 'local-development-internal-secret-32+chars',
    mongoUrl: process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017',
    databases: subgraphs.map(({ name }) => `${process.env.DB_PREFIX ?? ''}${name}`),
    deadProcesses: () => deadAmong({ ...subgraphUrls, gateway: gatewayUrl }),
    stop: async () => undefined,
  };
}

/** Documents in every collection of every service database; counted until two counts a second apart agree (events settle). */
async function settledDocumentCounts(mongoUrl: string, databases: string[]): Promise<Record<string, number>> {
  const connection = await mongoose.createConnection(mongoUrl).asPromise();
  const countAll = async () => {
    const counts: Record<string, number> = {};
    for (const name of databases) {
      const db = connection.useDb(name, { useCache: true }).db!;
      for (const { name: collection } of await db.listCollections().toArray()) counts[`${name}.${collection}`] = await db.collection(collection).countDocuments({});
    }
    return counts;
  };
  try {
    let previous = await countAll();
    for (let attempt = 0; attempt < 30; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const current = await countAll();
      if (JSON.stringify(current) === JSON.stringify(previous)) return current;
      previous = current;
    }
    return previous;
  } finally {
    await connection.close();
  }
}

type Outcome = 'refused' | 'answered' | 'uncoded' | 'internal' | 'timeout';
interface Result {
  request: HostileRequest;
  outcome: Outcome;
  status: number;
  codes: string[];
  ms: number;
  detail?: string;
}

/** Refused: every error coded; answered: data and no error; internal: an INTERNAL_SERVER_ERROR; else uncoded. */
function classify(status: number, contentType: string | null, text: string): Pick<Result, 'outcome' | 'codes' | 'detail'> {
  if (!/^application\/(graphql-response\+)?json\b/.test(contentType ?? '')) return { outcome: 'uncoded', codes: [], detail: `content-type ${contentType}: ${text.slice(0, 80)}` };
  let body: { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    return { outcome: 'uncoded', codes: [], detail: `not JSON: ${text.slice(0, 80)}` };
  }
  const errors = body.errors ?? [];
  const codes = errors.map((error) => error.extensions?.code).filter((code): code is string => typeof code === 'string');
  if (codes.length < errors.length) return { outcome: 'uncoded', codes, detail: `status ${status}: ${text.slice(0, 120)}` };
  if (codes.includes('INTERNAL_SERVER_ERROR')) return { outcome: 'internal', codes, detail: `status ${status}: ${text.slice(0, 160)}` };
  if (errors.length) return { outcome: 'refused', codes };
  return body.data !== undefined ? { outcome: 'answered', codes } : { outcome: 'uncoded', codes, detail: `status ${status}: ${text.slice(0, 80)}` };
}

/** The bytes to send: as given, built now (lazy), or a stream without a content-length. */
function bodyOf(body: HostileRequest['body']): string | Uint8Array | ReadableStream<Uint8Array> | undefined {
  if (body === undefined || typeof body === 'string' || body instanceof Uint8Array) return body;
  return 'lazy' in body ? body.lazy() : streamOf(body.stream);
}

function streamOf({ chunks, chunkBytes }: { chunks: number; chunkBytes: number }): ReadableStream<Uint8Array> {
  let sent = 0;
  const chunk = new Uint8Array(chunkBytes).fill(0x20);
  return new ReadableStream({
    pull(controller) {
      if (sent === 0) controller.enqueue(new TextEncoder().encode('{"query": "{ __typename }", "pad": "'));
      if (sent++ < chunks) controller.enqueue(chunk);
      else controller.close();
    },
  });
}

async function send(url: string, request: HostileRequest): Promise<Result> {
  const began = performance.now();
  const body = bodyOf(request.body);
  try {
    const response = await fetch(`${url}${request.search ?? ''}`, {
      method: request.method,
      headers: request.headers,
      body,
      signal: AbortSignal.timeout(timeoutMs),
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
    const text = await response.text();
    return { request, status: response.status, ms: performance.now() - began, ...classify(response.status, response.headers.get('content-type'), text) };
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { request, status: 0, ms: performance.now() - began, outcome: timedOut ? 'timeout' : 'uncoded', codes: [], detail: timedOut ? 'no answer in 10 s' : `no answer: ${cause?.code ?? cause?.message ?? (error as Error).message}` };
  }
}

/** Runs `work` over `items`, `concurrency` at a time. */
async function pool<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

const percentile = (values: number[], p: number) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (value: number) => (Number.isNaN(value) ? '-' : `${value.toFixed(value < 10 ? 1 : 0)} ms`);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { url: { type: 'string' }, seed: { type: 'string', default: '1' }, 'per-family': { type: 'string', default: '50' }, concurrency: { type: 'string', default: '10' } } });
  const say = (line: string) => console.log(`[hostile] ${line}`);
  const began = performance.now();
  const target = values.url ? givenPlatform(values.url) : await ownPlatform(say);
  try {
    const bearer = async (caller: Caller, expiresIn?: string) => `Bearer ${await target.mint(caller, expiresIn)}`;
    const credentials: HostileCredentials = {
      clerk: await bearer(users.clerk),
      viewer: await bearer(users.viewer),
      analyst: await bearer(users.analyst),
      admin: await bearer(users.admin),
      forged: `Bearer ${await target.forged(users.admin)}`,
      expired: await bearer(users.admin, '-1m'),
      // Standing in for the gateway for the whole storm: a caller token that outlives its minute (as the gateway benchmark's peers).
      subgraphAdmin: await signCallerToken(callers.admin, target.internalSecret, 3_600),
      subgraphForged: await signCallerToken(callers.admin, 'a-secret-the-platform-does-not-know-0123456789'),
    };
    const requests = generateHostileOperations({
      api: buildSchema(readFileSync(apiSchemaPath, 'utf8')),
      subgraphs: Object.fromEntries(subgraphs.map(({ name }) => [name, buildSubgraphSchema(parse(readSubgraphSdl(name)))])),
      credentials,
      seed: Number(values.seed),
      perFamily: Number(values['per-family']),
    });
    const urlOf = (request: HostileRequest) => (request.target === 'gateway' ? target.gatewayUrl : target.subgraphUrls[request.target]!);

    const before = await settledDocumentCounts(target.mongoUrl, target.databases);

    // The issue's 1,000-alias request, as an analyst (refused by the alias limit) and an app client (by the token limit).
    const floodTimes: Record<string, number[]> = {};
    for (const [role, authorization] of [['analyst', credentials.analyst], ['app client', credentials.clerk]] as const) {
      for (let n = 0; n < 21; n++) {
        const result = await send(target.gatewayUrl, { family: 'alias flood', target: 'gateway', ...{ method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query: aliasFlood }) } });
        if (n > 0) (floodTimes[`${role} (${result.codes.join(',') || result.outcome})`] ??= []).push(result.ms);
      }
    }

    say(`${requests.length} hostile requests, ${values.concurrency} at a time, while "${legitimateQuery.slice(0, 40)}…" keeps being served`);
    const legitimate: number[] = [];
    const legitimateFailures: string[] = [];
    let storming = true;
    const steady = (async () => {
      const authorization = await bearer(users.legitimate);
      while (storming) {
        const result = await send(target.gatewayUrl, { family: 'legitimate', target: 'gateway', method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query: legitimateQuery }) });
        legitimate.push(result.ms);
        if (result.outcome !== 'answered') legitimateFailures.push(`${result.status} ${result.codes.join(',')} ${result.detail ?? ''}`);
      }
    })();
    const stormBegan = performance.now();
    const results = await pool(requests, Number(values.concurrency), (request) => send(urlOf(request), request));
    const stormSeconds = (performance.now() - stormBegan) / 1000;
    storming = false;
    await steady;

    const dead = await target.deadProcesses();
    const after = await settledDocumentCounts(target.mongoUrl, target.databases);
    const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => (before[key] ?? 0) !== (after[key] ?? 0));
    const writes = changed.reduce((total, key) => total + Math.abs((after[key] ?? 0) - (before[key] ?? 0)), 0);

    const families = [...new Set(results.map((result) => result.request.family))];
    const count = (rows: Result[], outcome: Outcome) => rows.filter((row) => row.outcome === outcome).length;
    const topCodes = (rows: Result[]) => {
      const tally = new Map<string, number>();
      for (const row of rows) for (const code of new Set(row.codes)) tally.set(code, (tally.get(code) ?? 0) + 1);
      return [...tally].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([code, n]) => `${code} ${n}`).join(', ');
    };
    const header = ['family', 'requests', 'gateway', 'subgraphs', 'refused', 'answered', 'uncoded', 'internal', 'timeouts', 'p50', 'max', 'most frequent codes'];
    const line = (name: string, rows: Result[]) => [
      name,
      String(rows.length),
      String(rows.filter((row) => row.request.target === 'gateway').length),
      String(rows.filter((row) => row.request.target !== 'gateway').length),
      String(count(rows, 'refused')),
      String(count(rows, 'answered')),
      String(count(rows, 'uncoded')),
      String(count(rows, 'internal')),
      String(count(rows, 'timeout')),
      ms(percentile(rows.map((row) => row.ms), 50)),
      ms(Math.max(...rows.map((row) => row.ms))),
      topCodes(rows),
    ];
    console.log(`\n${table([header, ...families.map((family) => line(family, results.filter((row) => row.request.family === family))), line('TOTAL', results)])}\n`);

    for (const result of results.filter((row) => ['uncoded', 'internal', 'timeout'].includes(row.outcome)).slice(0, 15)) {
      console.log(`  ${result.outcome} · ${result.request.family} · ${result.request.target} ${result.request.method}: ${result.detail}`);
    }
    for (const key of changed) console.log(`  write · ${key}: ${before[key] ?? 0} → ${after[key] ?? 0}`);

    const uncoded = count(results, 'uncoded') + count(results, 'internal');
    const timeouts = count(results, 'timeout');
    console.log(table([
      ['1,000-alias request', 'median', 'max'],
      ...Object.entries(floodTimes).map(([role, times]) => [role, ms(percentile(times, 50)), ms(Math.max(...times))]),
    ]));
    console.log(
      `\nstorm: ${results.length} requests in ${stormSeconds.toFixed(1)} s; legitimate query: ${legitimate.length} served, ` +
        `p50 ${ms(percentile(legitimate, 50))}, p99 ${ms(percentile(legitimate, 99))}, max ${ms(Math.max(...legitimate))}, failed ${legitimateFailures.length}`,
    );
    for (const failure of legitimateFailures.slice(0, 5)) console.log(`  legitimate failed: ${failure}`);
    console.log(`crashes ${dead.length}${dead.length ? ` (${dead.join(', ')})` : ''} · uncoded ${uncoded} · timeouts ${timeouts} · writes ${writes} · total ${((performance.now() - began) / 1000).toFixed(1)} s`);
    const failed = dead.length + uncoded + timeouts + writes + legitimateFailures.length > 0;
    console.log(failed ? 'FAILED' : 'PASSED');
    return failed ? 1 : 0;
  } finally {
    await target.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
