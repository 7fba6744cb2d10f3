/**
 * `npm run compose`: writes schemas/supergraph.graphql from the subgraphs' SDL, and schemas/api.graphql (the
 * API schema clients see, which codegen reads); fails on composition errors.
 * `npm run compose:check` (CI): fails when either committed file differs from a fresh composition.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { apiSchemaPath, composeSchemas, repoRoot, supergraphPath } from './lib/subgraphs';

const check = process.argv.includes('--check');
try {
  const { supergraph, api } = composeSchemas();
  let stale = false;
  for (const [file, content] of [
    [supergraphPath, supergraph],
    [apiSchemaPath, api],
  ] as const) {
    const relative = path.relative(repoRoot, file);
    if (check) {
      const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (committed !== content) {
        console.error(`${relative} is stale: run "npm run compose" and commit it.`);
        stale = true;
      } else {
        console.log(`${relative} is up to date.`);
      }
    } else {
      writeFileSync(file, content);
      console.log(`Composed ${relative}.`);
    }
  }
  if (stale) process.exit(1);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
