/**
 * `npm run new:subgraph -- <name> [--entity <Type>] [--agency <agency id>]`: a new subgraph in services/<name>, in
 * the shape of every service (platform wiring, zod config, an entity store repository, loaders, thin resolvers, a
 * test), its SDL schemas/<name>.graphql with one entity and its queries, its build (tsconfig.build.json), image
 * target, compose service and Kubernetes kustomization, registered in the gateway's table (composition, `npm start`,
 * the gateway) on the next free port; then recomposes the supergraph and records the workspace in package-lock.json.
 * All or nothing: on any failure every file is as it was.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { subgraphPorts } from '../gateway/src/config';
import { scaffoldSubgraph, subgraphNames } from './lib/scaffold';
import { workers } from './lib/subgraphs';

const root = path.resolve(__dirname, '..');
/** graphql-codegen's command (its package exports no bin path; its package.json names it). */
const codegenBin = path.join(path.dirname(require.resolve('@graphql-codegen/cli/package.json')), 'cjs/bin.js');

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { entity: { type: 'string' }, agency: { type: 'string' } } });
  if (positionals.length !== 1) throw new Error('usage: npm run new:subgraph -- <name> [--entity <Type>] [--agency <agency id>]');
  // The workers' ports and names are taken too (the notifier's 4107).
  const taken = { ...subgraphPorts, ...Object.fromEntries(workers.map((worker) => [worker.name, worker.port])) };
  const names = subgraphNames(positionals[0]!, values, taken);
  const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  const { created, edited } = await scaffoldSubgraph(root, names, () => {
    run(process.execPath, ['--import', 'tsx', 'scripts/compose.ts']);
    // Its typed resolvers (src/generated/resolvers.ts) from the SDL just composed, as `npm run codegen` writes them.
    run(process.execPath, [codegenBin, '--config', `services/${names.name}/codegen.ts`, '--silent']);
    // The new workspace in the lockfile (npm ci refuses a lockfile that misses one); it depends only on workspaces.
    run('npm', ['install', '--package-lock-only', '--offline', '--ignore-scripts', '--no-audit', '--no-fund']);
  });
  console.log(`\nSubgraph ${names.name} (entity ${names.Entity}, port ${names.port}, written by ${names.agency}):`);
  for (const file of created) console.log(`  created ${file}`);
  for (const file of edited) console.log(`  edited  ${file}`);
  console.log(`\nNext: npx jest services/${names.name} · npm start · docker compose up --build ${names.name} · npm run k8s:check\n`);
}

main().catch((error: Error) => {
  console.error(`[new:subgraph] ${error.message}`);
  process.exit(1);
});
