import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../lib/processes';
import { repoRoot, supergraphPath } from '../../lib/subgraphs';

export type HivePlanner = 'js' | 'rust';

export interface PeerGateway {
  url: string;
  /** Resident set size of the peer's process now, bytes (from /proc). */
  rssBytes(): number;
  stop(): Promise<void>;
}

/** A process's resident set size from /proc/<pid>/status (Linux), bytes; NaN when it cannot be read. */
export function processRssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * Starts Hive Gateway (lib/hive-peer.ts) in its own process on a free port and waits until it answers
 * `/readiness`. A peer that exits first (e.g. the Rust planner's native addon cannot load) rejects with the
 * tail of its log, which says why.
 */
export async function startHivePeer(options: {
  planner: HivePlanner;
  subgraphUrls: Record<string, string>;
  logDir: string;
  /** Hive's deduplication of identical subgraph queries in flight (hive-peer.ts says why it is off by default). */
  deduplicate: boolean;
}): Promise<PeerGateway> {
  const port = await freePort();
  const logFile = path.join(options.logDir, `hive-${options.planner}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'hive-peer.ts')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HIVE_PLANNER: options.planner,
      SUPERGRAPH_PATH: supergraphPath,
      SUBGRAPH_URLS: JSON.stringify(options.subgraphUrls),
      HIVE_DEDUPLICATE: String(options.deduplicate),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.kill('SIGTERM');
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const ready = await fetch(`http://127.0.0.1:${port}/readiness`).then((response) => response.ok, () => false);
    if (ready) return { url: `http://127.0.0.1:${port}/graphql`, rssBytes: () => processRssBytes(child.pid!), stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  const tail = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
  throw new Error(`Hive Gateway (${options.planner} planner) did not become ready (log ${logFile}):\n${tail}`);
}
