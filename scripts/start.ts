/**
 * `npm start`: local Kafka + FerretDB (built once, cached in .local), the six subgraphs and the gateway
 * as separate processes, demo data, then the gateway URL and demo tokens. Ctrl-C stops everything it started;
 * so does any failure on the way (the error is shown, the exit code is 1).
 *
 * Ports: design.md's (gateway 4000, subgraphs 4101–4106, the notifier 4107), or `PORT` for the gateway and the port of
 * `SUBGRAPH_<NAME>_URL` for a subgraph, `<WORKER>_PORT` for a worker (`NOTIFICATIONS_PORT`). Processes' logs: `LOG_DIR`
 * (default .local/logs).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { devAudience, devIssuer, ensureDevIdentityKey, ensureDevKeys, mintAccessToken } from './lib/dev-keys';
import { demoUsers } from './lib/demo-users';
import { launchPlatform, stackScript, startStack, type LaunchOptions, type RunningPlatform } from './lib/processes';
import { repoRoot, subgraphs, workers } from './lib/subgraphs';
import { seedDemo } from './seed/demo';

const say = (message: string) => console.log(`[start] ${message}`);

/** The ports the environment asks for (the rest default to design.md's). */
function portsFromEnv(env: NodeJS.ProcessEnv): LaunchOptions['ports'] {
  const ports: NonNullable<LaunchOptions['ports']> = {};
  if (env.PORT) ports.gateway = Number(env.PORT);
  for (const { name } of subgraphs) {
    const url = env[`SUBGRAPH_${name.toUpperCase()}_URL`];
    if (url) ports[name] = Number(new URL(url).port);
  }
  for (const { name } of workers) {
    const port = env[`${name.toUpperCase()}_PORT`];
    if (port) ports[name] = Number(port);
  }
  return ports;
}

async function main(): Promise<void> {
  const began = Date.now();
  // Leave the infrastructure running at exit if it was running before (tests may be using it).
  const stackWasUp = spawnSync('bash', [stackScript, 'status'], { stdio: 'ignore' }).status === 0;
  const launch = new AbortController();
  let platform: RunningPlatform | undefined;
  let stopping: Promise<void> | undefined;
  /** Stops whatever was started so far — processes still starting included — then the stack if this run started it. */
  const stopEverything = () =>
    (stopping ??= (async () => {
      launch.abort();
      await platform?.stop();
      if (!stackWasUp) execFileSync('bash', [stackScript, 'down'], { stdio: 'inherit' });
    })());
  const onSignal = () => {
    say('stopping…');
    void stopEverything().then(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);

  try {
    startStack('inherit');
    const { publicKeyPath } = await ensureDevKeys();
    const logDir = path.resolve(repoRoot, process.env.LOG_DIR ?? '.local/logs');
    say('starting the six subgraphs, the notifier and the gateway…');
    platform = await launchPlatform({
      env: {
        ...process.env,
        NODE_ENV: process.env.NODE_ENV ?? 'development',
        INTERNAL_TOKEN_SECRET: process.env.INTERNAL_TOKEN_SECRET ?? 'local-development-internal-secret-32+chars',
        PETITIONS_IDENTITY_KEY: process.env.PETITIONS_IDENTITY_KEY ?? ensureDevIdentityKey(),
        AUTH_PUBLIC_KEY_PATH: publicKeyPath,
        AUTH_ISSUER: devIssuer,
        AUTH_AUDIENCE: devAudience,
      },
      ports: portsFromEnv(process.env),
      workers: true,
      logDir,
      onProgress: say,
      signal: launch.signal,
    });
    const adminToken = await mintAccessToken(demoUsers[0]!.caller);
    await seedDemo(platform.gatewayUrl, adminToken, say);
    say(`ready in ${((Date.now() - began) / 1000).toFixed(1)} s — logs in ${path.relative(repoRoot, logDir)}/`);
    console.log(`\n  Gateway: ${platform.gatewayUrl.replace('127.0.0.1', 'localhost')}\n`);
    console.log('  Send "Authorization: Bearer <token>"; demo tokens (8 h):');
    for (const user of demoUsers) console.log(`\n  # ${user.description}\n  ${await mintAccessToken(user.caller)}`);
    console.log('\n  More: npm run token -- --role clerk --agency front. Ctrl-C stops everything.\n');
  } catch (error) {
    // Interrupted by a signal: its handler is stopping everything and exits.
    if (launch.signal.aborted) return;
    console.error(`[start] failed: ${(error as Error).message}`);
    say('stopping everything it started…');
    await stopEverything();
    process.exit(1);
  }
}

void main();
