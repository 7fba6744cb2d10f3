import { execFileSync, spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { repoRoot, subgraphs } from './subgraphs';

export const stackScript = path.join(repoRoot, 'infra/local/stack.sh');

/** Starts the local Kafka and FerretDB unless they run (or MONGO_URL / KAFKA_BROKERS point elsewhere); its progress on stderr by default. */
export function startStack(stdio: StdioOptions = ['ignore', 2, 2]): void {
  execFileSync('bash', [stackScript, 'up'], { stdio });
}

export interface LaunchOptions {
  /** Shared environment: MONGO_URL, KAFKA_BROKERS, INTERNAL_TOKEN_SECRET, KAFKA_TOPIC_PREFIX, LOG_LEVEL, AUTH_*. */
  env: NodeJS.ProcessEnv;
  /** Prepended to each service's database name (tests isolate runs with it). */
  dbPrefix?: string;
  /** Port per subgraph and for the gateway; defaults to design.md's. */
  ports?: Partial<Record<(typeof subgraphs)[number]['name'] | 'gateway', number>>;
  logDir: string;
  onProgress?: (message: string) => void;
}

export interface RunningPlatform {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
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

async function waitReady(name: string, port: number, child: ChildProcess, logFile: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const tail = readFileSync(logFile, 'utf8').split('\n').slice(-25).join('\n');
  throw new Error(`${name} did not become ready on port ${port} (log ${logFile}):\n${tail}`);
}

function startProcess(name: string, entry: string, env: NodeJS.ProcessEnv, logDir: string) {
  const logFile = path.join(logDir, `${name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  return { child, logFile };
}

function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => (clearTimeout(timer), resolve()));
    child.kill('SIGTERM');
  });
}

/** Starts the six subgraphs, then the gateway, each as its own process, and waits until each is ready. */
export async function launchPlatform(options: LaunchOptions): Promise<RunningPlatform> {
  mkdirSync(options.logDir, { recursive: true });
  const progress = options.onProgress ?? (() => undefined);
  const children: ChildProcess[] = [];
  const stop = async () => {
    // Gateway first (stop taking requests), then subgraphs: each drains and closes its consumers and database.
    for (const child of [...children].reverse()) await stopProcess(child);
  };
  try {
    const subgraphUrls: Record<string, string> = {};
    const started = subgraphs.map(({ name, port: defaultPort }) => {
      const port = options.ports?.[name] ?? defaultPort;
      const env = { ...options.env, PORT: String(port), MONGO_DB: `${options.dbPrefix ?? ''}${name}` };
      const { child, logFile } = startProcess(name, `services/${name}/src/index.ts`, env, options.logDir);
      children.push(child);
      subgraphUrls[name] = `http://127.0.0.1:${port}/graphql`;
      return { name, port, child, logFile };
    });
    for (const { name, port, child, logFile } of started) {
      await waitReady(name, port, child, logFile);
      progress(`${name} subgraph ready on :${port}`);
    }
    const gatewayPort = options.ports?.gateway ?? 4000;
    const gatewayEnv: NodeJS.ProcessEnv = { ...options.env, PORT: String(gatewayPort) };
    for (const [name, url] of Object.entries(subgraphUrls)) gatewayEnv[`SUBGRAPH_${name.toUpperCase()}_URL`] = url;
    const gateway = startProcess('gateway', 'gateway/src/index.ts', gatewayEnv, options.logDir);
    children.push(gateway.child);
    await waitReady('gateway', gatewayPort, gateway.child, gateway.logFile);
    progress(`gateway ready on :${gatewayPort}`);
    return { gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`, subgraphUrls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
