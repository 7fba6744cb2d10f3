/**
 * `npm start`: local Kafka + FerretDB (built once, cached in .local), the six subgraphs and the gateway
 * as separate processes, demo data, then the gateway URL and demo tokens. Ctrl-C stops everything it started.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { devAudience, devIssuer, ensureDevIdentityKey, ensureDevKeys, mintAccessToken } from './lib/dev-keys';
import { demoUsers } from './lib/demo-users';
import { launchPlatform, stackScript, startStack } from './lib/processes';
import { repoRoot } from './lib/subgraphs';
import { seedDemo } from './seed/demo';

const say = (message: string) => console.log(`[start] ${message}`);

async function main(): Promise<void> {
  const began = Date.now();
  // Leave the infrastructure running at exit if it was running before (tests may be using it).
  const stackWasUp = spawnSync('bash', [stackScript, 'status'], { stdio: 'ignore' }).status === 0;
  startStack('inherit');
  const { publicKeyPath } = await ensureDevKeys();
  const logDir = path.join(repoRoot, '.local/logs');
  say('starting the six subgraphs and the gateway…');
  const platform = await launchPlatform({
    env: {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV ?? 'development',
      INTERNAL_TOKEN_SECRET: process.env.INTERNAL_TOKEN_SECRET ?? 'local-development-internal-secret-32+chars',
      PETITIONS_IDENTITY_KEY: process.env.PETITIONS_IDENTITY_KEY ?? ensureDevIdentityKey(),
      AUTH_PUBLIC_KEY_PATH: publicKeyPath,
      AUTH_ISSUER: devIssuer,
      AUTH_AUDIENCE: devAudience,
    },
    logDir,
    onProgress: say,
  });
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    await platform.stop();
    if (!stackWasUp) execFileSync('bash', [stackScript, 'down'], { stdio: 'inherit' });
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());

  const adminToken = await mintAccessToken(demoUsers[0]!.caller);
  await seedDemo(platform.gatewayUrl, adminToken, say);
  say(`ready in ${((Date.now() - began) / 1000).toFixed(1)} s — logs in ${path.relative(repoRoot, logDir)}/`);
  console.log(`\n  Gateway: ${platform.gatewayUrl.replace('127.0.0.1', 'localhost')}\n`);
  console.log('  Send "Authorization: Bearer <token>"; demo tokens (8 h):');
  for (const user of demoUsers) console.log(`\n  # ${user.description}\n  ${await mintAccessToken(user.caller)}`);
  console.log('\n  More: npm run token -- --role clerk --agency front. Ctrl-C stops everything.\n');
}

main().catch((error: Error) => {
  console.error(`[start] ${error.message}`);
  process.exit(1);
});
