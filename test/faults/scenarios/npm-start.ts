import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { mintAccessToken } from '../../../scripts/lib/dev-keys';
import { freePort } from '../../../scripts/lib/processes';
import { repoRoot, subgraphs, workers } from '../../../scripts/lib/subgraphs';
import { gatewayClient } from '../../../scripts/seed/demo';
import * as demo from '../../../scripts/seed/demo-data';
import { startPrivateFerretDb } from '../support/infrastructure';
import { waitFor } from '../support/platform';
import type { ScenarioReport } from '../support/report';
import type { Scenario } from '../support/scenario';

interface StartRun {
  /** Every process `npm start` had running under it at some point (the services, the stack script), by identity. */
  descendants: Map<string, string>;
  output: string;
  code: number | null;
}

/**
 * `npm start` for real (scripts/start.ts, its own ports, a private FerretDB, its own topics): Ctrl-C in the middle of
 * the demo seed, then a second start that completes it — each entity exactly once — and a third that fails (a service
 * with an invalid setting). Every run leaves no process behind: the pids seen under it are all gone when it exits.
 */
export const npmStart: Scenario = {
  id: 'npm-start',
  summary: 'npm start: Ctrl-C during the seed, start again (seed completes once), a start that fails',
  async run(report, suite) {
    const database = await startPrivateFerretDb();
    report.defer(() => database.down());
    const env = await startEnvironment(database.url, suite.shared.brokers);
    const token = await mintAccessToken({ subject: 'faults-seed-check', agency: 'committee', roles: ['admin'] }, { expiresIn: '10m' });
    const call = gatewayClient(`http://127.0.0.1:${env.PORT}/graphql`, token);

    const interrupted = await runStart(report, env, (line) => line.includes('seeding council deputies'), 'SIGINT');
    report.check('Ctrl-C during the seed stops every process it started', noneAlive(interrupted) && interrupted.code === 0, describeRun(interrupted, 0));

    const completed = await runStart(report, env, (line) => line.includes('ready in'), 'SIGINT', async () => {
      const counts = await demoCounts(call);
      const wrong = Object.entries(counts).filter(([, [found, expected]]) => found !== expected);
      report.check(
        'started again, the interrupted seed completes with each entity once',
        wrong.length === 0,
        Object.entries(counts).map(([what, [found, expected]]) => `${what} ${found}${found === expected ? '' : ` (expected ${expected})`}`).join(', '),
      );
    });
    report.check(
      'Ctrl-C after start stops every process',
      noneAlive(completed) && completed.code === 0,
      describeRun(completed, 0),
    );

    const failing = await runStart(report, { ...env, COUNCIL_DOCUMENT_LEAD_DAYS: '-1' }, () => false);
    const shown = /\[start\] failed: (.*)/.exec(failing.output)?.[1];
    report.check(
      'a start that fails stops what it started, shows the error and exits 1',
      noneAlive(failing) && failing.code === 1 && shown !== undefined,
      `${describeRun(failing, 1)}; error shown: "${shown?.slice(0, 100) ?? 'none'}"`,
    );
  },
};

/** Free ports for every process, the private database, the shared broker under topics of this run, logs aside. */
async function startEnvironment(mongoUrl: string, brokers: string[]): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MONGO_URL: mongoUrl,
    KAFKA_BROKERS: brokers.join(','),
    KAFKA_TOPIC_PREFIX: `faults-start-${randomBytes(3).toString('hex')}-`,
    LOG_LEVEL: 'warn',
    LOG_DIR: mkdtempSync(path.join(tmpdir(), 'faults-npm-start-')),
    PORT: String(await freePort()),
  };
  for (const { name } of subgraphs) env[`SUBGRAPH_${name.toUpperCase()}_URL`] = `http://127.0.0.1:${await freePort()}/graphql`;
  for (const { name } of workers) env[`${name.toUpperCase()}_PORT`] = String(await freePort());
  return env;
}

/**
 * Runs scripts/start.ts until it exits, sending `signal` once a line of its output satisfies `when` (after `meanwhile`,
 * if given), and recording every process under it as it goes.
 */
function runStart(report: ScenarioReport, env: NodeJS.ProcessEnv, when: (line: string) => boolean, signal?: NodeJS.Signals, meanwhile?: () => Promise<void>): Promise<StartRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const run: StartRun = { descendants: new Map(), output: '', code: null };
  const watch = setInterval(() => {
    for (const process of descendantsOf(child.pid!)) run.descendants.set(process.identity, process.command);
  }, 100);
  let signalled = false;
  const onOutput = (chunk: Buffer) => {
    run.output += chunk.toString();
    const lines = run.output.split('\n');
    if (signalled || !signal || !lines.some(when)) return;
    signalled = true;
    report.say(`npm start said "${lines.find(when)!.trim()}": ${meanwhile ? 'checking, then ' : ''}${signal}`);
    void (meanwhile ?? (async () => undefined))().finally(() => child.kill(signal));
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearInterval(watch);
      run.code = code;
      // A helper of a process that just exited (tsx's esbuild service) ends once it sees its parent's pipe close.
      void waitFor(async () => survivors(run).length === 0, 5_000, 100).then(() => resolve(run));
    }),
  );
}

/**
 * A process as /proc shows it: its parent, and its identity — pid and start time (field 22 of `stat`), so that a pid
 * the kernel gives to another process later is not mistaken for it.
 */
function processInfo(pid: number): { parent: number; identity: string; command: string } | undefined {
  try {
    // The command name (field 2) may hold spaces: the fields are counted after its closing ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
    return { parent: Number(fields[1]), identity: `${pid}@${fields[19]}`, command };
  } catch {
    return undefined; // exited meanwhile
  }
}

/** Every process whose ancestry leads to `root`. */
function descendantsOf(root: number): { identity: string; command: string }[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      const info = processInfo(Number(name));
      return info ? [{ pid: Number(name), ...info }] : [];
    });
  const found: { identity: string; command: string }[] = [];
  const visit = (pid: number) => {
    for (const process of all) if (process.parent === pid) (found.push(process), visit(process.pid));
  };
  visit(root);
  return found;
}

/** The processes seen under a run that still exist (same pid, same start time). */
const survivors = (run: StartRun) => [...run.descendants].filter(([identity]) => processInfo(Number(identity.split('@')[0]))?.identity === identity);
const noneAlive = (run: StartRun) => run.descendants.size >= subgraphs.length && survivors(run).length === 0;
/** What a run came to; its last words when it did not exit with `expectedCode`. */
const describeRun = (run: StartRun, expectedCode: number) => {
  const left = survivors(run);
  const said = run.code === expectedCode ? '' : `; it said: ${run.output.trim().split('\n').slice(-4).join(' | ').slice(0, 500)}`;
  return `exit code ${run.code}; ${run.descendants.size} processes seen under it, ${left.length} still alive${left.length ? ` (${left.map(([, command]) => command.slice(0, 80)).join('; ')})` : ''}${said}`;
};

/** Each demo entity type: how many the platform holds, and how many the demo data has. */
async function demoCounts(call: ReturnType<typeof gatewayClient>): Promise<Record<string, [number, number]>> {
  const data = await call(`{
    councilDeputies(first: 100) { totalCount }
    nationalAssemblyDeputies(first: 100) { totalCount }
    councilSessions(first: 100) { totalCount edges { node { number agenda { id } questions { id } } } }
    voterMeetings(first: 100) { totalCount }
    petitions(filter: { kind: FEEDBACK }, first: 100) { totalCount }
    lawConsultations(first: 100) { totalCount }
    supervisionProgrammes(first: 100) { totalCount edges { node { recommendations { id } } } }
    coordinationPlans(first: 100) { totalCount edges { node { items { id } } } }
  }`);
  const first = data.councilSessions.edges.find((edge: { node: { number: number } }) => edge.node.number === demo.councilSessions[0]!.number)?.node;
  return {
    'council deputies': [data.councilDeputies.totalCount, demo.councilDeputies.length],
    'NA deputies': [data.nationalAssemblyDeputies.totalCount, demo.nationalAssemblyDeputies.length],
    // The city's sessions and voter meeting, and one of each per demo commune.
    sessions: [data.councilSessions.totalCount, demo.councilSessions.length + demo.communes.length],
    'agenda items': [first?.agenda.length ?? 0, demo.agenda.length],
    questions: [first?.questions.length ?? 0, 1],
    'voter meetings': [data.voterMeetings.totalCount, 1 + demo.communes.length],
    'feedback cases': [data.petitions.totalCount, demo.cases.filter((input) => input.kind === 'FEEDBACK').length],
    'law consultations': [data.lawConsultations.totalCount, 1],
    'supervision recommendations': [data.supervisionProgrammes.edges[0]?.node.recommendations.length ?? 0, 1],
    'plan items': [data.coordinationPlans.edges[0]?.node.items.length ?? 0, demo.coordinationPlanItems.length],
  };
}
