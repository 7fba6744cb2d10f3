import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../../scripts/lib/processes';
import { repoRoot } from '../../../scripts/lib/subgraphs';

/**
 * Private infrastructure for the scenarios that stop, freeze or kill it: the shared broker (127.0.0.1:9092) and
 * FerretDB (27017) serve other people and are never touched. Built from what the local stack already resolved:
 * the Kafka jars in .local/kafka/libs (through infra/local/cluster.sh) and the FerretDB binary in .local/bin.
 */
const run = promisify(execFile);
const clusterScript = path.join(repoRoot, 'infra/local/cluster.sh');
const probeScript = path.join(repoRoot, 'infra/local/probe.js');

export interface PrivateKafka {
  brokers: string[];
  /** SIGKILL node `n` (1-based): a broker crash. */
  kill(n: number): Promise<void>;
  /** SIGSTOP node `n`: connections stay open and nothing answers. */
  freeze(n: number): Promise<void>;
  thaw(n: number): Promise<void>;
  /** Starts a killed node again and waits until it answers. */
  start(n: number): Promise<void>;
  down(): Promise<void>;
}

/** A Kafka of `nodes` KRaft nodes (each broker+controller) on free loopback ports, with its own data. */
export async function startPrivateKafka(nodes: 1 | 3): Promise<PrivateKafka> {
  const dir = mkdtempSync(path.join(tmpdir(), 'faults-kafka-'));
  const ports = await Promise.all(Array.from({ length: nodes * 2 }, () => freePort()));
  const env = {
    ...process.env,
    CLUSTER_DIR: dir,
    CLUSTER_BROKER_PORTS: ports.slice(0, nodes).join(','),
    CLUSTER_CONTROLLER_PORTS: ports.slice(nodes).join(','),
  };
  const cluster = (...args: string[]) => run('bash', [clusterScript, ...args], { env, maxBuffer: 1 << 20 }).then(() => undefined);
  try {
    await cluster('up', '--nodes', String(nodes));
  } catch (error) {
    await cluster('down', '--purge').catch(() => undefined);
    throw error;
  }
  return {
    brokers: ports.slice(0, nodes).map((port) => `127.0.0.1:${port}`),
    kill: (n) => cluster('kill', String(n)),
    freeze: (n) => cluster('freeze', String(n)),
    thaw: (n) => cluster('thaw', String(n)),
    start: (n) => cluster('start', String(n)),
    async down() {
      await cluster('down', '--purge');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface PrivateFerretDb {
  url: string;
  /** Stops it (SIGTERM; its data stays). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and deletes its data. */
  down(): Promise<void>;
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));

/** FerretDB (SQLite backend) on a free loopback port with its own data directory (and its log, ferretdb.log, beside it). */
export async function startPrivateFerretDb(): Promise<PrivateFerretDb> {
  const dir = mkdtempSync(path.join(tmpdir(), 'faults-ferretdb-'));
  mkdirSync(path.join(dir, 'data'));
  const port = await freePort();
  let child: ChildProcess | undefined;
  async function start(): Promise<void> {
    const log = openSync(path.join(dir, 'ferretdb.log'), 'a');
    child = spawn(path.join(repoRoot, '.local/bin/ferretdb'), ['--handler=sqlite', `--sqlite-url=file:${dir}/data/`, `--listen-addr=127.0.0.1:${port}`, '--log-level=warn'], {
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`private FerretDB exited with ${child.exitCode}`);
      const answered = await run(process.execPath, [probeScript, 'mongo', '127.0.0.1', String(port)]).then(() => true, () => false);
      if (answered) return;
      if (Date.now() > deadline) throw new Error('private FerretDB did not answer within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  async function stop(): Promise<void> {
    if (!child) return;
    child.kill('SIGTERM');
    await exited(child);
  }
  await start();
  return {
    url: `mongodb://127.0.0.1:${port}`,
    stop,
    start,
    async down() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
