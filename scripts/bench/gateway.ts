/**
 * `npm run bench:gateway [-- --duration 3] [--rounds 2] [--connections 10] [--only lookup,dossier,hive-rust] [--plan]
 * [--dist] [--url http://127.0.0.1:4000/graphql [--subgraph committee=http://…/graphql …]]`
 *
 * Our gateway measured against Hive Gateway (JS planner) and Hive Gateway with Hive Router's Rust planner, serving the
 * same supergraph against the same subgraphs, and against a direct call of the one subgraph an operation needs.
 * Starts the platform on free ports with the demo data (or uses the one at `--url`), checks that every target returns
 * the same data, then times each operation on each target in interleaved rounds (`--duration` seconds per target per
 * round, `--connections` concurrent connections, closed loop), and the lookup again at one connection (the gateway's
 * own overhead). Prints per target req/s, p50, p99 and errors; per operation the subgraph fetches one request makes
 * (counted by the subgraphs), their database commands and the response bytes; our query plan's fetches; the ratios;
 * and the peak RSS of every process. `--only` keeps the operations and peers named (our gateway always runs: it is the
 * reference); `--plan` prints our query plan of each operation; `--peer-dedupe` leaves Hive's deduplication of identical
 * in-flight subgraph queries on (its default; off here so that every request reaches the subgraphs: lib/hive-peer.ts);
 * `--dist` runs our processes from their compiled JavaScript under node, as the images do (tsx's compiler otherwise adds
 * to every process's memory).
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { subgraphs } from '../lib/subgraphs';
import { createLoadClient, runLoad, summarise, type LoadClient, type LoadSample } from './lib/load';
import { benchCallers, benchOperations, type BenchOperation } from './lib/operations';
import { startHivePeer, type PeerGateway } from './lib/peers';
import { createPlanner, fetchesOf, prettyFormatQueryPlan } from './lib/plan';
import { startBenchPlatform, useRunningPlatform, type BenchPlatform } from './lib/platform';
import { measureCost, sameData, scrapedRssBytes } from './lib/probe';
import { overheadLines, ratiosTable, resultsTable, rssTable, type OperationResult } from './lib/report';
import { prepareRequests, targetTitles, type Target, type TargetName } from './lib/targets';
import { gatewayClient } from '../seed/demo';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string' },
    url: { type: 'string' },
    subgraph: { type: 'string', multiple: true, default: [] },
    plan: { type: 'boolean', default: false },
    'peer-dedupe': { type: 'boolean', default: false },
    dist: { type: 'boolean', default: false },
  },
});

/** `--dist`: the platform as the images run it (compiled JavaScript under node, not tsx), built first. */
function builtRuntime(): NodeJS.ProcessEnv {
  say('building every workspace (npm run build)…');
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
  return { PLATFORM_RUNTIME: 'dist' };
}
const durationMs = Number(values.duration) * 1000;
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const only = values.only?.split(',').map((word) => word.trim()).filter(Boolean) ?? [];
const peerNames = ['hive-js', 'hive-rust'] as const;
const wanted = (name: string, among: readonly string[]) => !only.some((word) => among.includes(word)) || only.includes(name);
const say = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function startPeers(platform: BenchPlatform, peers: Map<TargetName, PeerGateway>): Promise<{ targets: Target[]; failures: string[] }> {
  const targets: Target[] = [{ name: 'ours', url: platform.gatewayUrl }];
  const failures: string[] = [];
  for (const name of peerNames.filter((peer) => wanted(peer, peerNames))) {
    try {
      const peer = await startHivePeer({
        planner: name === 'hive-js' ? 'js' : 'rust',
        subgraphUrls: platform.subgraphUrls,
        logDir: platform.logDir,
        deduplicate: values['peer-dedupe'],
      });
      peers.set(name, peer);
      targets.push({ name, url: peer.url });
      say(`${targetTitles[name]} ready at ${peer.url}`);
    } catch (error) {
      failures.push(`${targetTitles[name]} could not run: ${(error as Error).message}`);
      say(failures.at(-1)!);
    }
  }
  if (wanted('direct', ['direct'])) targets.push({ name: 'direct' });
  return { targets, failures };
}

/** The mutation writes a routing rule to what it already is: its id and current values, read through our gateway. */
async function resolveMutationVariables(platform: BenchPlatform, operation: BenchOperation): Promise<void> {
  const call = gatewayClient(platform.gatewayUrl, platform.accessTokens.admin);
  const { routingRules } = await call('{ routingRules { id target legalBasis agency { id } } }');
  const rule = (routingRules as { id: string; legalBasis: string; agency: { id: string } | null }[]).find((candidate) => candidate.agency);
  if (!rule) throw new Error('no routing rule with a fixed agency to update');
  operation.variables = { id: rule.id, input: { agencyId: rule.agency!.id, legalBasis: rule.legalBasis } };
}

/** Waits until the demo data's events have all been applied: two reads of every query a second apart agree. */
async function waitSettled(platform: BenchPlatform, operations: BenchOperation[]): Promise<void> {
  const reads = operations.filter((operation) => !operation.document.trimStart().startsWith('mutation'));
  const snapshot = async () =>
    JSON.stringify(
      await Promise.all(
        reads.map((operation) => gatewayClient(platform.gatewayUrl, platform.accessTokens[operation.caller])(operation.document, operation.variables)),
      ),
    );
  const deadline = Date.now() + 90_000;
  let previous = await snapshot();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const current = await snapshot();
    if (current === previous) return;
    if (Date.now() > deadline) throw new Error('the demo data did not settle within 90 s (events still arriving?)');
    previous = current;
  }
}

async function main(): Promise<void> {
  const began = Date.now();
  const platform = values.url
    ? await useRunningPlatform(values.url, {
        ...Object.fromEntries(subgraphs.map(({ name, port }) => [name, `http://127.0.0.1:${port}/graphql`])),
        ...Object.fromEntries(values.subgraph.map((pair) => pair.split('=', 2) as [string, string])),
      })
    : await startBenchPlatform(say, values.dist ? builtRuntime() : {});
  const rss = new Map<string, number>();
  const clients = new Map<string, LoadClient>();
  const peers = new Map<TargetName, PeerGateway>();
  try {
    const started = await startPeers(platform, peers);
    const operations = benchOperations.filter((operation) => wanted(operation.key, benchOperations.map((candidate) => candidate.key)));
    const mutation = operations.find((operation) => operation.key === 'mutation');
    if (mutation) await resolveMutationVariables(platform, mutation);
    say('waiting for the demo data to settle…');
    await waitSettled(platform, operations);

    const planner = createPlanner();
    const sampleRss = async () => {
      const remember = (name: string, bytes: number) => rss.set(name, Math.max(rss.get(name) ?? 0, bytes));
      remember('gateway (ours)', await scrapedRssBytes(platform.gatewayUrl));
      for (const [name, url] of Object.entries(platform.subgraphUrls)) remember(`${name} subgraph`, await scrapedRssBytes(url));
      for (const [name, peer] of peers) remember(targetTitles[name], peer.rssBytes());
    };
    const clientFor = (url: string, size: number) => {
      const key = `${size} ${url}`;
      if (!clients.has(key)) clients.set(key, createLoadClient(url, size));
      return clients.get(key)!;
    };

    const runs: { operation: BenchOperation; connections: number }[] = operations.map((operation) => ({ operation, connections }));
    const lookup = operations.find((operation) => operation.key === 'lookup');
    if (lookup && connections !== 1) runs.push({ operation: lookup, connections: 1 });
    const results: OperationResult[] = [];
    for (const [index, run] of runs.entries()) {
      const { operation } = run;
      const plan = planner.plan(operation.document);
      if (values.plan) console.log(`\n### Query plan: ${operation.title}\n\n\`\`\`\n${prettyFormatQueryPlan(plan)}\n\`\`\``);
      const result: OperationResult = { key: operation.key, title: operation.title, connections: run.connections, planFetches: fetchesOf(plan), targets: {} };
      results.push(result);
      const requests = await prepareRequests(platform, operation, started.targets);
      const reference = await clientFor(requests.get('ours')!.url, run.connections).send(requests.get('ours')!);
      const timed: TargetName[] = [];
      for (const [name, request] of requests) {
        const cost = await measureCost(clientFor(request.url, run.connections), request, platform.subgraphUrls);
        const excluded = sameData(reference.body, cost);
        result.targets[name] = excluded ? { excluded } : { cost };
        if (excluded) say(`${operation.key}: ${targetTitles[name]} not timed — ${excluded}`);
        else timed.push(name);
      }
      const samples = new Map<TargetName, LoadSample[]>(timed.map((name) => [name, []]));
      const label = `[${index + 1}/${runs.length}] ${operation.key} @${run.connections}`;
      for (const name of timed) await runLoad(clientFor(requests.get(name)!.url, run.connections), requests.get(name)!, { connections: run.connections, durationMs: Math.min(1_000, durationMs / 2) });
      for (let round = 0; round < rounds; round++) {
        // Interleaved, and each round starts with another target: drift on a shared machine falls on every target alike.
        const order = timed.map((_, position) => timed[(position + round) % timed.length]!);
        for (const name of order) {
          const request = requests.get(name)!;
          const sample = await runLoad(clientFor(request.url, run.connections), request, { connections: run.connections, durationMs });
          samples.get(name)!.push(sample);
          const summary = summarise([sample]);
          say(`${label} round ${round + 1}/${rounds} ${targetTitles[name]}: ${summary.requestsPerSecond.toFixed(1)} req/s, p50 ${summary.p50.toFixed(2)} ms, ${summary.errors} errors${summary.firstError ? ` (${summary.firstError.slice(0, 120)})` : ''}`);
          await sampleRss();
        }
      }
      for (const name of timed) result.targets[name]!.summary = summarise(samples.get(name)!);
    }

    console.log(`\n## Gateway benchmark — ${new Date().toISOString()}\n`);
    console.log(`Demo data; ${connections} connections (closed loop), ${rounds} interleaved rounds of ${values.duration} s per target; `
      + `callers: reads as ${benchCallers.reader.roles[0]}, the write as ${benchCallers.admin.roles[0]}; Hive's in-flight deduplication `
      + `${values['peer-dedupe'] ? 'on' : 'off'}. Fetches and database commands: one request, counted by the subgraphs' /metrics.\n`);
    for (const failure of started.failures) console.log(`- ${failure}`);
    console.log(`\n${resultsTable(results)}\n\n${ratiosTable(results)}\n`);
    const overhead = overheadLines(results.find((result) => result.key === 'lookup' && result.connections === 1));
    if (overhead.length) console.log(`Gateway overhead on the one-subgraph lookup at 1 connection (p50):\n${overhead.join('\n')}\n`);
    console.log(`${rssTable(rss)}\n`);
    say(`done in ${((Date.now() - began) / 1000).toFixed(0)} s`);
  } finally {
    await Promise.all([...clients.values()].map((client) => client.close()));
    await Promise.all([...peers.values()].map((peer) => peer.stop()));
    await platform.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    say(error.stack ?? error.message);
    process.exit(1);
  },
);
