/**
 * `npm run compose`: writes schemas/supergraph.graphql from the subgraphs' SDL; fails on composition errors.
 * `npm run compose:check` (CI): fails when the committed supergraph differs from a fresh composition.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph, repoRoot, supergraphPath } from './lib/subgraphs';

const check = process.argv.includes('--check');
try {
  const supergraph = composeSupergraph();
  const relative = path.relative(repoRoot, supergraphPath);
  if (check) {
    const committed = existsSync(supergraphPath) ? readFileSync(supergraphPath, 'utf8') : '';
    if (committed !== supergraph) {
      console.error(`${relative} is stale: run "npm run compose" and commit it.`);
      process.exit(1);
    }
    console.log(`${relative} is up to date.`);
  } else {
    writeFileSync(supergraphPath, supergraph);
    console.log(`Composed ${relative}.`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
