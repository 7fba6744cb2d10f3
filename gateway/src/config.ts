import path from 'node:path';
import { internalTokenSecret, metricsConfigShape, parseConfig, shutdownConfigShape, tracingConfigShape } from '@hanoi/platform';
import { z } from 'zod';
import { gatewayQueryLimitsConfigShape } from './query-limits';
import { rateLimitConfigShape } from './rate-limit';

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
/** A subgraph fetch's timeout (ms). */
const fetchTimeoutMs = z.coerce.number().int().min(100).max(600_000);

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  SUPERGRAPH_PATH: z.string().default(path.join(repoRoot, 'schemas/supergraph.graphql')),
  /** Read the supergraph from this http(s) URL instead of SUPERGRAPH_PATH (a registry or an artifact store). */
  SUPERGRAPH_URL: url.optional(),
  /** How often the supergraph is read again and a new version validated and swapped in (ms; 0 = once, at start). */
  SUPERGRAPH_POLL_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  /** Longest one fetch from a subgraph may take, its answer read (ms); then its fields are null (SUBGRAPH_UNAVAILABLE). */
  SUBGRAPH_TIMEOUT_MS: fetchTimeoutMs.default(10_000),
  /** Issuer and audience the users' access tokens must carry. */
  AUTH_ISSUER: z.string().min(1).default('hanoi-identity'),
  AUTH_AUDIENCE: z.string().min(1).default('hanoi-coordination-graph'),
  /** PEM (SPKI) public key of the identity provider; local dev keys live in .local/keys. */
  AUTH_PUBLIC_KEY_PATH: z.string().default(path.join(repoRoot, '.local/keys/jwt-public.pem')),
  /** Verified access tokens remembered until their expiry (bounded LRU, src/auth.ts); 0 verifies every request. */
  GATEWAY_TOKEN_CACHE_SIZE: z.coerce.number().int().min(0).max(1_000_000).default(10_000),
  INTERNAL_TOKEN_SECRET: internalTokenSecret,
  ...metricsConfigShape,
  ...tracingConfigShape,
  /** Bound on the whole shutdown (ms): stop accepting, finish in-flight requests, close; then exit (1 if cut short). */
  ...shutdownConfigShape,
  /** Trusted documents (src/trusted-documents.ts); unset: `enforce` in production, `off` elsewhere. */
  GATEWAY_TRUSTED_DOCUMENTS: z.enum(['enforce', 'off']).optional(),
  /** Comma-separated manifests (sha256 → document) of the apps' registered operations. */
  GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS: z
    .string()
    .default(path.join(repoRoot, 'clients/agency-dashboard/src/gql/persisted-documents.json'))
    .transform((value) => value.split(',').map((file) => file.trim()).filter(Boolean)),
  /** Query limits by caller (src/query-limits.ts) and rate limits (src/rate-limit.ts). */
  ...gatewayQueryLimitsConfigShape,
  ...rateLimitConfigShape,
  ...Object.fromEntries(
    Object.entries(subgraphPorts).map(([name, port]) => [
      `SUBGRAPH_${name.toUpperCase()}_URL`,
      url.default(`http://127.0.0.1:${port}/graphql`),
    ]),
  ) as Record<`SUBGRAPH_${Uppercase<SubgraphName>}_URL`, z.ZodDefault<z.ZodString>>,
  /** SUBGRAPH_<NAME>_TIMEOUT_MS: one subgraph's own fetch timeout instead of SUBGRAPH_TIMEOUT_MS. */
  ...Object.fromEntries(Object.keys(subgraphPorts).map((name) => [`SUBGRAPH_${name.toUpperCase()}_TIMEOUT_MS`, fetchTimeoutMs.optional()])) as Record<
    `SUBGRAPH_${Uppercase<SubgraphName>}_TIMEOUT_MS`,
    z.ZodOptional<typeof fetchTimeoutMs>
  >,
});

export type Config = z.output<typeof configSchema>;
export const loadConfig = (env: NodeJS.ProcessEnv = process.env) => parseConfig(configSchema, env);

export const subgraphUrl = (config: Config, name: SubgraphName) =>
  config[`SUBGRAPH_${name.toUpperCase() as Uppercase<SubgraphName>}_URL`];

/** The fetch timeout of a subgraph of the supergraph (one the table does not name gets the common one). */
export const subgraphTimeoutMs = (config: Config, name: string) =>
  (name in subgraphPorts ? config[`SUBGRAPH_${name.toUpperCase() as Uppercase<SubgraphName>}_TIMEOUT_MS`] : undefined) ?? config.SUBGRAPH_TIMEOUT_MS;
