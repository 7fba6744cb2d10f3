import path from 'node:path';
import { internalTokenSecret, metricsConfigShape, parseConfig, tracingConfigShape } from '@hanoi/platform';
import { z } from 'zod';

/** The six subgraphs and their default local ports (design.md). */
export const subgraphPorts = {
  delegation: 4101,
  council: 4102,
  committee: 4103,
  front: 4104,
  petitions: 4105,
  supervision: 4106,
} as const;
export type SubgraphName = keyof typeof subgraphPorts;

const repoRoot = path.resolve(__dirname, '../..');
const url = z.string().url();

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  SUPERGRAPH_PATH: z.string().default(path.join(repoRoot, 'schemas/supergraph.graphql')),
  /** Issuer and audience the users' access tokens must carry. */
  AUTH_ISSUER: z.string().min(1).default('hanoi-identity'),
  AUTH_AUDIENCE: z.string().min(1).default('hanoi-coordination-graph'),
  /** PEM (SPKI) public key of the identity provider; local dev keys live in .local/keys. */
  AUTH_PUBLIC_KEY_PATH: z.string().default(path.join(repoRoot, '.local/keys/jwt-public.pem')),
  INTERNAL_TOKEN_SECRET: internalTokenSecret,
  ...metricsConfigShape,
  ...tracingConfigShape,
  /** Trusted documents (src/trusted-documents.ts); unset: `enforce` in production, `off` elsewhere. */
  GATEWAY_TRUSTED_DOCUMENTS: z.enum(['enforce', 'off']).optional(),
  /** Comma-separated manifests (sha256 → document) of the apps' registered operations. */
  GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS: z
    .string()
    .default(path.join(repoRoot, 'clients/agency-dashboard/src/gql/persisted-documents.json'))
    .transform((value) => value.split(',').map((file) => file.trim()).filter(Boolean)),
  ...Object.fromEntries(
    Object.entries(subgraphPorts).map(([name, port]) => [
      `SUBGRAPH_${name.toUpperCase()}_URL`,
      url.default(`http://127.0.0.1:${port}/graphql`),
    ]),
  ) as Record<`SUBGRAPH_${Uppercase<SubgraphName>}_URL`, z.ZodDefault<z.ZodString>>,
});

export type Config = z.output<typeof configSchema>;
export const loadConfig = (env: NodeJS.ProcessEnv = process.env) => parseConfig(configSchema, env);

export const subgraphUrl = (config: Config, name: SubgraphName) =>
  config[`SUBGRAPH_${name.toUpperCase() as Uppercase<SubgraphName>}_URL`];
