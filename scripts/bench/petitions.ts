/**
 * `npm run bench:petitions [-- --cases 100000] [--rounds 3] [--only <label part>] [--reset]`: loads realistic
 * synthetic cases into petitions (once; kept in the `bench_*` databases; see `scripts/lib/synthetic-petitions.ts`),
 * then prints p50/p95 of the main list query (filtered first page, and a deep page), of dashboard counts and of a
 * text search, through the gateway, and how many database commands one gateway request causes in each subgraph.
 * Every subgraph and the gateway run in this process, on the local Kafka and FerretDB (MONGO_URL / KAFKA_BROKERS
 * point elsewhere, e.g. a real MongoDB).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { encodeCursor, type SubgraphApp } from '@hanoi/platform';
import { createApp as createGateway } from '../../gateway/src/app';
import { loadConfig as loadGatewayConfig } from '../../gateway/src/config';
import * as committee from '../../services/committee/src/app';
import * as committeeConfig from '../../services/committee/src/config';
import * as council from '../../services/council/src/app';
import * as councilConfig from '../../services/council/src/config';
import * as delegation from '../../services/delegation/src/app';
import * as delegationConfig from '../../services/delegation/src/config';
import * as front from '../../services/front/src/app';
import * as frontConfig from '../../services/front/src/config';
import * as petitions from '../../services/petitions/src/app';
import * as petitionsConfig from '../../services/petitions/src/config';
import * as supervision from '../../services/supervision/src/app';
import * as supervisionConfig from '../../services/supervision/src/config';
import { devAudience, devIssuer, ensureDevKeys, mintAccessToken } from '../lib/dev-keys';
import { startStack } from '../lib/processes';
import { gatewayClient, seedDirectory } from '../seed/demo';
import { loadSyntheticPetitions } from '../lib/synthetic-petitions';

const { values } = parseArgs({ options: { only: { type: 'string' }, reset: { type: 'boolean', default: false }, rounds: { type: 'string', default: '3' }, cases: { type: 'string', default: '100000' } } });
const rounds = Number(values.rounds);
const totalCases = Number(values.cases);
const say = (message: string) => process.stderr.write(`[bench] ${message}\n`);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main(): Promise<void> {
  startStack();
  const keys = await ensureDevKeys(mkdtempSync(path.join(tmpdir(), 'bench-keys-')));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    KAFKA_TOPIC_PREFIX: 'bench-',
    INTERNAL_TOKEN_SECRET: randomBytes(32).toString('hex'),
    PETITIONS_IDENTITY_KEY: randomBytes(32).toString('base64'),
    PETITIONS_DIRECTORY_WAIT_MS: '0',
    // No background sweeps while measuring (on FerretDB each is a scan of 100,000 documents competing with the
    // queries): only the requests' own commands count. The outbox still sweeps once at start.
    PETITIONS_SWEEP_INTERVAL_MS: '0',
    OUTBOX_SWEEP_INTERVAL_MS: '0',
  };
  const services = [
    ['committee', committee.createApp, committeeConfig.loadConfig],
    ['council', council.createApp, councilConfig.loadConfig],
    ['delegation', delegation.createApp, delegationConfig.loadConfig],
    ['front', front.createApp, frontConfig.loadConfig],
    ['petitions', petitions.createApp, petitionsConfig.loadConfig],
    ['supervision', supervision.createApp, supervisionConfig.loadConfig],
  ] as const;
  const apps: Record<string, SubgraphApp> = {};
  const gatewayEnv: NodeJS.ProcessEnv = { ...env, PORT: '0', AUTH_PUBLIC_KEY_PATH: keys.publicKeyPath, AUTH_ISSUER: devIssuer, AUTH_AUDIENCE: devAudience };
  for (const [name, createApp, loadConfig] of services) {
    const app = (createApp as (config: never) => SubgraphApp)(loadConfig({ ...env, MONGO_DB: `bench_${name}` }) as never);
    const { url } = await app.start(0);
    apps[name] = app;
    gatewayEnv[`SUBGRAPH_${name.toUpperCase()}_URL`] = url;
  }
  const gateway = createGateway(loadGatewayConfig(gatewayEnv));
  const { url: gatewayUrl } = await gateway.start(0);
  const token = await mintAccessToken({ subject: 'bench-analyst', agency: 'committee', roles: ['admin'] }, { privateKeyPath: keys.privateKeyPath });
  const call = gatewayClient(gatewayUrl, token);
  try {
    if (await seedDirectory(call, say)) say('directory loaded');

    const cases = apps.petitions!.runtime.database.connection.collection('petitions');
    await loadSyntheticPetitions(cases, totalCases, { reset: values.reset, say });

    // A cursor half-way down the default order (received, newest first), as a client paging deep would hold.
    const middle = await cases.find({}, { projection: { receivedOn: 1 } }).sort({ receivedOn: -1, _id: -1 }).skip(Math.floor(totalCases / 2)).limit(1).next();
    const deepCursor = encodeCursor((middle!.receivedOn as Date).toISOString(), String(middle!._id));
    // Petitions' own fields, and one row that also asks committee for the agency and unit names (two subgraphs).
    // On FerretDB a sorted query over 100,000 documents can come near the 60-second caller token before the
    // gateway's second fetch: that row may fail at that size, and is reported as such.
    const listFields = `edges { cursor node { id subject kind status receivedOn due { on rule } agency { id } } } pageInfo { hasNextPage endCursor }`;
    const pageFields = `edges { cursor node { id subject kind status receivedOn due { on rule } agency { id name } location { name } } } pageInfo { hasNextPage endCursor }`;
    const queries: [string, string, Record<string, unknown>][] = [
      ['agency inbox, first page (20)', `query($f: PetitionFilter) { petitions(filter: $f, first: 20) { ${listFields} } }`, { f: { agencyId: 'ubnd-phuong-hoan-kiem', status: 'RECEIVED' } }],
      ['agency inbox with agency and unit names (petitions + committee)', `query($f: PetitionFilter) { petitions(filter: $f, first: 20) { ${pageFields} } }`, { f: { agencyId: 'ubnd-phuong-hoan-kiem', status: 'RECEIVED' } }],
      ['list, filtered by status and category, first page (20)', `query($f: PetitionFilter) { petitions(filter: $f, first: 20) { ${listFields} } }`, { f: { status: 'IN_PROGRESS', category: 'LAND_HOUSING' } }],
      [`list, deep page (after row ${Math.floor(totalCases / 2).toLocaleString('en')} of ${totalCases.toLocaleString('en')})`, `query($after: String) { petitions(first: 20, after: $after) { ${listFields} } }`, { after: deepCursor }],
      ['list, accent-insensitive text', `query($f: PetitionFilter) { petitions(filter: $f, first: 20) { ${listFields} } }`, { f: { text: 'lan chiem via he' } }],
      ['dashboard counts, one agency', `query($f: PetitionFilter) { petitionCounts(filter: $f) { total byStatus { key count } byCategory { key count } } }`, { f: { agencyId: 'so-xay-dung' } }],
      ['dashboard counts, whole city', `{ petitionCounts { total byStatus { key count } byCategory { key count } byAgency { key count } } }`, {}],
    ];
    const rows: string[] = [];
    for (const [label, query, variables] of queries.filter(([label]) => !values.only || label.includes(values.only))) {
      await apps.petitions!.runtime.outbox.drain();
      const before = Object.fromEntries(Object.entries(apps).map(([name, app]) => [name, app.runtime.database.commandCount()]));
      const times: number[] = [];
      let failure: string | undefined;
      for (let i = 0; i < rounds && !failure; i++) {
        const began = performance.now();
        // A request that outlasts the HTTP client (undici: 300 s without response headers) is reported, not fatal.
        await call(query, variables).catch((error: Error) => (failure = `${error.message} after ${((performance.now() - began) / 1000).toFixed(0)} s`));
        if (!failure) times.push(performance.now() - began);
        say(`  ${label}: ${failure ?? `${(times.at(-1)! / 1000).toFixed(2)} s`}`);
      }
      if (failure) {
        rows.push(`| ${label} | failed: ${failure} | | | | |`);
        console.log(rows.at(-1));
        continue;
      }
      const commands = Object.entries(apps)
        .map(([name, app]) => [name, (app.runtime.database.commandCount() - before[name]!) / times.length] as const)
        .filter(([, count]) => count > 0);
      times.sort((a, b) => a - b);
      rows.push(
        `| ${label} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${times[0]!.toFixed(1)} | ${times.at(-1)!.toFixed(1)} | ${commands.map(([n, c]) => `${n} ${c}`).join(', ')} |`,
      );
      console.log(rows.at(-1));
    }
    console.log(`\n${totalCases.toLocaleString('en')} cases, ${rounds} requests each through the gateway, sequential (ms):\n`);
    console.log('| query | p50 | p95 | min | max | database commands per request |');
    console.log('|---|---|---|---|---|---|');
    for (const row of rows) console.log(row);
  } finally {
    await gateway.stop();
    for (const app of Object.values(apps)) await app.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`[bench] ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
