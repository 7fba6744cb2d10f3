/**
 * `npm run bench:restart [-- --rounds 2]`: how fast a subgraph is back after a crash. Starts the whole platform
 * (every process on free ports, its own databases and topics) with the demo data, then for each subgraph in turn,
 * `rounds` times: `kill -9`, start it again at once, and time
 *  - ready: from the restart until its `/readyz` answers 200 (it serves queries again);
 *  - consuming: until each of its consumer groups is stable again without the killed member (events flow again):
 *    the broker keeps a dead member until its session times out, and the group's rebalance waits for it.
 * Prints a table of the medians per service (seconds).
 */
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { startStack } from '../lib/processes';
import { subgraphs } from '../lib/subgraphs';
import { startWholePlatform } from '../../test/support/platform';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '1' } } });
const rounds = Number(values.rounds);
const say = (message: string) => process.stderr.write(`[bench:restart] ${message}\n`);

type Admin = ReturnType<Kafka['admin']>;

/**
 * The members (by id) of each lasting consumer group of this run whose members are clients of `service`. A process's
 * own groups (its copy of the directory's names: `<service>.directory-names.<random>`) end with it; the restarted
 * process joins a new one before it is ready.
 */
async function groupsOf(kafka: Admin, prefix: string, service: string): Promise<Map<string, string[]>> {
  const { groups } = await kafka.listGroups();
  const ids = groups.map((group) => group.groupId).filter((id) => id.startsWith(prefix) && !/\.directory-names\./.test(id));
  const described = ids.length ? (await kafka.describeGroups(ids)).groups : [];
  return new Map(
    described
      .filter((group) => group.members.some((member) => member.clientId === service))
      .map((group) => [group.groupId, group.members.map((member) => member.memberId)]),
  );
}

/** Resolves once every group is stable with members none of which is in `dead`. */
async function consumingAgain(kafka: Admin, groups: Map<string, string[]>): Promise<void> {
  const ids = [...groups.keys()];
  if (ids.length === 0) return;
  const dead = new Set([...groups.values()].flat());
  for (;;) {
    const { groups: described } = await kafka.describeGroups(ids);
    const settled = described.every((group) => group.state === 'Stable' && group.members.length > 0 && group.members.every((member) => !dead.has(member.memberId)));
    if (settled) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const seconds = (ms: number) => (ms / 1000).toFixed(1).padStart(6);

async function main(): Promise<void> {
  startStack();
  say('starting the platform…');
  const platform = await startWholePlatform();
  const kafka = new Kafka({ clientId: 'bench-restart', brokers: platform.brokers, logLevel: logLevel.NOTHING }).admin();
  await kafka.connect();
  try {
    say('loading the demo data…');
    // Only for realism (committed offsets, documents to load): restarts are timed without it too.
    await platform.seedDemoData().catch((error: Error) => say(`the demo data did not load (${error.message}); timing restarts without it`));
    const results: { service: string; groups: number; ready: number[]; consuming: number[] }[] = [];
    for (const { name } of subgraphs) {
      const result = { service: name, groups: 0, ready: [] as number[], consuming: [] as number[] };
      for (let round = 0; round < rounds; round++) {
        const target = platform.processes[name]!;
        const groups = await groupsOf(kafka, platform.topicPrefix, name);
        result.groups = groups.size;
        target.signal('SIGKILL');
        await target.exited();
        const began = Date.now();
        await target.restart();
        result.ready.push(Date.now() - began);
        await consumingAgain(kafka, groups);
        result.consuming.push(Date.now() - began);
        say(`${name}: ready after ${seconds(result.ready.at(-1)!).trim()} s, consuming after ${seconds(result.consuming.at(-1)!).trim()} s`);
      }
      results.push(result);
    }
    console.log(`\nRestart after kill -9, median of ${rounds} round(s), seconds\n`);
    console.log('| service     | consumer groups | ready (/readyz 200) | consuming again |');
    console.log('|-------------|-----------------|---------------------|-----------------|');
    for (const { service, groups, ready, consuming } of results) {
      console.log(`| ${service.padEnd(11)} | ${String(groups).padStart(15)} | ${seconds(median(ready)).padStart(19)} | ${seconds(median(consuming)).padStart(15)} |`);
    }
  } finally {
    await kafka.disconnect();
    await platform.stop();
  }
}

main().catch((error: Error) => {
  console.error(`[bench:restart] ${error.stack ?? error.message}`);
  process.exit(1);
});
