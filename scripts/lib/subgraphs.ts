import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { subgraphPorts, type SubgraphName } from '../../gateway/src/config';

export const repoRoot = path.resolve(__dirname, '../..');
export const schemasDir = path.join(repoRoot, 'schemas');
export const supergraphPath = path.join(schemasDir, 'supergraph.graphql');
/** The API schema: what clients see (the supergraph without federation's join/link internals). */
export const apiSchemaPath = path.join(schemasDir, 'api.graphql');

/** Every subgraph and its default local port (design.md), from the gateway's own table. */
export const subgraphs = (Object.entries(subgraphPorts) as [SubgraphName, number][]).map(([name, port]) => ({ name, port }));

/**
 * The workers: processes without a subgraph (they consume events and run periodic jobs, serving only /healthz,
 * /readyz and /metrics), with their default local ports. `npm start` runs them; the e2e platform does not.
 */
export const workers = [{ name: 'notifications', port: 4107 }] as const;
export type WorkerName = (typeof workers)[number]['name'];

/** A subgraph's SDL as committed in schemas/ (the contract). */
export const readSubgraphSdl = (name: SubgraphName, dir: string = schemasDir) => readFileSync(path.join(dir, `${name}.graphql`), 'utf8');

/**
 * Composes the supergraph from the SDL files (the contracts) with @apollo/composition; the routing URLs
 * are the local defaults (the gateway overrides them from its environment). Throws with every error.
 * `api` is the API schema derived from it the way the gateway derives the schema it serves
 * (`toAPISchema()`, printed by graphql-js), so codegen and the published file match what clients can query.
 * `readSdl` reads a subgraph's SDL (by default from schemas/; the schema check composes another tree's).
 */
export function composeSchemas(readSdl: (name: SubgraphName) => string = readSubgraphSdl): { supergraph: string; api: string } {
  const result = composeServices(
    subgraphs.map(({ name, port }) => ({
      name,
      url: `http://127.0.0.1:${port}/graphql`,
      typeDefs: parse(readSdl(name)),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return { supergraph: result.supergraphSdl, api: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n` };
}
