import { execFileSync, spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { repoRoot, subgraphs, workers, type WorkerName } from './subgraphs';

export const stackScript = path.join(repoRoot, 'infra/local/stack.sh');

/** Starts the local Kafka and FerretDB unless they run (or MONGO_URL / KAFKA_BROKERS point elsewhere); its progress on stderr by default. */
export function startStack(stdio: StdioOptions = ['ignore', 2, 2]): void {
  execFileSync('bash', [stackScript, 'up'], { stdio });
}

export type ServiceName = (typeof subgraphs)[number]['name'];

export interface LaunchOptions {
  /** Shared environment: MONGO_URL, KAFKA_BROKERS, INTERNAL_TOKEN_SECRET, KAFKA_TOPIC_PREFIX, LOG_LEVEL, AUTH_*. */
  env: NodeJS.ProcessEnv;
  /** Prepended to each service's database name (tests isolate runs with it). */
  dbPrefix?: string;
  /** Port per subgraph, worker and for the gateway; defaults to design.md's. */
  ports?: Partial<Record<ServiceName | WorkerName | 'gateway', number>>;
  /** Also start the workers (the notifier), before the gateway: `npm start` does; tests start theirs themselves. */
  workers?: boolean;
  logDir: string;
  onProgress?: (message: string) => void;
  /** Aborting it (Ctrl-C during start) stops what was started and makes the launch fail. */
  signal?: AbortSignal;
}

export interface RunningPlatform {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** Each process by name (the subgraphs', `gateway`), for fault tests and benchmarks. */
  processes: Record<string, ManagedProcess>;
  stop(): Promise<void>;
}

/** One process of a running platform. */
export interface ManagedProcess {
  readonly name: string;
  readonly port: number;
  /** The id of the running process (of the latest one after a restart). */
  readonly pid: number;
  /** Sends a signal to the running process: `SIGKILL` (a crash), `SIGSTOP` (frozen), `SIGCONT`, `SIGTERM`. */
  signal(signal: NodeJS.Signals): void;
  /** Resolves once the running process has exited (at once if it has), with its exit code (null: ended by a signal). */
  exited(): Promise<number | null>;
  /** Resolves once `/readyz` answers 200; fails with the end of its log if it exits first or takes over 90 s. */
  ready(signal?: AbortSignal): Promise<void>;
  /** Starts it again after it exited (same entry, environment and port); resolves once `/readyz` answers 200. */
  restart(): Promise<void>;
  /** SIGTERM, then SIGKILL if it has not exited within its shutdown timeout and a margin; resolves once it exited. */
  stop(): Promise<void>;
}

/** A port the OS says is free now (tests run their own processes beside a running `npm start`). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Beyond a process's own shutdown bound (SHUTDOWN_TIMEOUT_MS, default 10 s), how long to wait before SIGKILL (ms). */
const killMarginMs = 5_000;
const readyTimeoutMs = 90_000;

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/**
 * How a service's `src/<file>.ts` entry runs: through tsx (development), or with `PLATFORM_RUNTIME=dist` in its
 * environment as the images run it — the compiled `dist/<file>.js` under plain node (`npm run build` first).
 */
function commandOf(entry: string, env: NodeJS.ProcessEnv): string[] {
  if (env.PLATFORM_RUNTIME !== 'dist') return ['--import', 'tsx', entry];
  return ['--conditions=@hanoi/dist', '--enable-source-maps', entry.replace(/\/src\/([^/]+)\.ts$/, '/dist/$1.js')];
}

/**
 * Runs `entry` (TypeScript, through tsx unless `PLATFORM_RUNTIME=dist`) as its own process with `env`, its output
 * appended to `<logDir>/<name>.log`. The process listens on `port` (given in `env.PORT` by the caller).
 */
export function spawnService(spec: { name: string; entry: string; env: NodeJS.ProcessEnv; port: number; logDir: string }): ManagedProcess {
  const logFile = path.join(spec.logDir, `${spec.name}.log`);
  const graceMs = Number(spec.env.SHUTDOWN_TIMEOUT_MS ?? 10_000) + killMarginMs;
  const spawnChild = () => {
    const log = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(process.execPath, commandOf(spec.entry, spec.env), { cwd: repoRoot, env: spec.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    return child;
  };
  let child = spawnChild();
  const exited = () => {
    const current = child;
    return hasExited(current) ? Promise.resolve(current.exitCode) : new Promise<number | null>((resolve) => current.once('exit', (code) => resolve(code)));
  };
  async function ready(signal?: AbortSignal): Promise<void> {
    const deadline = Date.now() + readyTimeoutMs;
    while (Date.now() < deadline && !hasExited(child) && !signal?.aborted) {
      try {
        if ((await fetch(`http://127.0.0.1:${spec.port}/readyz`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (signal?.aborted) throw new Error(`start of ${spec.name} interrupted`);
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-25).join('\n');
    throw new Error(`${spec.name} did not become ready on port ${spec.port} (log ${logFile}):\n${tail}`);
  }
  return {
    name: spec.name,
    port: spec.port,
    get pid() {
      return child.pid!;
    },
    signal: (signal) => void child.kill(signal),
    exited,
    ready,
    async restart() {
      if (!hasExited(child)) throw new Error(`${spec.name} is still running`);
      child = spawnChild();
      await ready();
    },
    async stop() {
      if (hasExited(child)) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      child.kill('SIGTERM');
      await exited();
      clearTimeout(timer);
    },
  };
}

/** A subgraph (or a worker) as its own process: `services/<name>`, on `port`, in database `<dbPrefix><name>`. */
export function spawnSubgraph(name: ServiceName | WorkerName, options: { env: NodeJS.ProcessEnv; port: number; dbPrefix?: string; logDir: string }): ManagedProcess {
  const env = { ...options.env, PORT: String(options.port), MONGO_DB: `${options.dbPrefix ?? ''}${name}` };
  return spawnService({ name, entry: `services/${name}/src/index.ts`, env, port: options.port, logDir: options.logDir });
}

/**
 * Starts the six subgraphs, then the gateway, each as its own process, and waits until each is ready. If one fails
 * to start (or `signal` aborts), every process started so far is stopped before the launch fails.
 */
export async function launchPlatform(options: LaunchOptions): Promise<RunningPlatform> {
  mkdirSync(options.logDir, { recursive: true });
  const progress = options.onProgress ?? (() => undefined);
  const processes: Record<string, ManagedProcess> = {};
  const stop = async () => {
    // Gateway first (stop taking requests), then the subgraphs together: each drains and closes its consumers and
    // database within its own bound, so stopping them one by one would only add those bounds up.
    await processes.gateway?.stop();
    await Promise.all(Object.values(processes).map((managed) => managed.stop()));
  };
  try {
    const subgraphUrls: Record<string, string> = {};
    for (const { name, port: defaultPort } of subgraphs) {
      const port = options.ports?.[name] ?? defaultPort;
      processes[name] = spawnSubgraph(name, { env: options.env, port, dbPrefix: options.dbPrefix, logDir: options.logDir });
      subgraphUrls[name] = `http://127.0.0.1:${port}/graphql`;
    }
    for (const { name } of subgraphs) {
      await processes[name]!.ready(options.signal);
      progress(`${name} subgraph ready on :${processes[name]!.port}`);
    }
    for (const { name, port: defaultPort } of options.workers ? workers : []) {
      processes[name] = spawnSubgraph(name, { env: options.env, port: options.ports?.[name] ?? defaultPort, dbPrefix: options.dbPrefix, logDir: options.logDir });
      await processes[name]!.ready(options.signal);
      progress(`${name} worker ready on :${processes[name]!.port}`);
    }
    const gatewayPort = options.ports?.gateway ?? 4000;
    const gatewayEnv: NodeJS.ProcessEnv = { ...options.env, PORT: String(gatewayPort) };
    for (const [name, url] of Object.entries(subgraphUrls)) gatewayEnv[`SUBGRAPH_${name.toUpperCase()}_URL`] = url;
    processes.gateway = spawnService({ name: 'gateway', entry: 'gateway/src/index.ts', env: gatewayEnv, port: gatewayPort, logDir: options.logDir });
    await processes.gateway.ready(options.signal);
    progress(`gateway ready on :${gatewayPort}`);
    return { gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`, subgraphUrls, processes, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
