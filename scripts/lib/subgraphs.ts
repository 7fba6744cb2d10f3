import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export const repoRoot = path.resolve(__dirname, '../..');
export const schemasDir = path.join(repoRoot, 'schemas');
export const supergraphPath = path.join(schemasDir, 'supergraph.graphql');

/** Every subgraph, its default local port (design.md) and its workspace. */
export const subgraphs = [
  { name: 'delegation', port: 4101 },
  { name: 'council', port: 4102 },
  { name: 'committee', port: 4103 },
  { name: 'front', port: 4104 },
  { name: 'petitions', port: 4105 },
  { name: 'supervision', port: 4106 },
] as const;

/**
 * Composes the supergraph from the SDL files (the contracts) with @apollo/composition; the routing URLs
 * are the local defaults (the gateway overrides them from its environment). Throws with every error.
 */
export function composeSupergraph(): string {
  const result = composeServices(
    subgraphs.map(({ name, port }) => ({
      name,
      url: `http://127.0.0.1:${port}/graphql`,
      typeDefs: parse(readFileSync(path.join(schemasDir, `${name}.graphql`), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
