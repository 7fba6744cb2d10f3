import { z } from 'zod';
import { shutdownConfigShape } from './lifecycle';
import { defaultSessionTimeoutMs } from './events/bus';
import { metricsConfigShape } from './metrics';
import { subgraphQueryLimitsConfigShape } from './query-limits';
import { tracingConfigShape } from './tracing';

/** Thrown when the environment does not describe a runnable service; lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses `env` once against `schema`, collecting every error instead of stopping at the first. */
export function parseConfig<S extends z.ZodTypeAny>(schema: S, env: NodeJS.ProcessEnv = process.env): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`));
}

/** For `index.ts`: prints every configuration error and exits 1 instead of starting half-configured. */
export function loadConfigOrExit<S extends z.ZodTypeAny>(schema: S, env: NodeJS.ProcessEnv = process.env): z.output<S> {
  try {
    return parseConfig(schema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

const port = z.coerce.number().int().min(0).max(65535);

/** At least 32 characters: the HMAC key that lets subgraphs trust the gateway's caller token. */
export const internalTokenSecret = z.string().min(32, 'must be at least 32 characters');

/** Settings every subgraph shares; `name` is the service and its default database, `defaultPort` from design.md. */
export function subgraphConfigSchema(name: string, defaultPort: number) {
  return z.object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PORT: port.default(defaultPort),
    MONGO_URL: z.string().url().default('mongodb://127.0.0.1:27017'),
    MONGO_DB: z.string().min(1).default(name),
    KAFKA_BROKERS: z
      .string()
      .default('127.0.0.1:9092')
      .transform((value) => value.split(',').map((broker) => broker.trim()).filter(Boolean)),
    /** Prepended to every topic name; tests use it to run on their own topics. */
    KAFKA_TOPIC_PREFIX: z.string().default(''),
    /**
     * Replicas of each topic this service creates, and how many must hold a write before it is acknowledged (the
     * producer asks acks=all); unset: the broker's defaults (the local broker: 1). A production cluster: 3 and 2.
     */
    KAFKA_REPLICATION_FACTOR: z.coerce.number().int().min(1).max(7).optional(),
    KAFKA_MIN_INSYNC_REPLICAS: z.coerce.number().int().min(1).max(7).optional(),
    /**
     * How long the broker keeps a consumer that stopped heartbeating (ms): after a `kill -9` the restarted service
     * consumes again once the dead member's session expired. 6,000 is the broker's least by default.
     */
    KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6_000).max(300_000).default(defaultSessionTimeoutMs),
    INTERNAL_TOKEN_SECRET: internalTokenSecret,
    /** How often the outbox looks for events a crash or a broker outage left unpublished (ms; 0 = at start only). */
    OUTBOX_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
    ...metricsConfigShape,
    ...tracingConfigShape,
    /** Query limits on every request (query-limits.ts), looser than the gateway's. */
    ...subgraphQueryLimitsConfigShape,
    ...shutdownConfigShape,
  });
}

export type SubgraphConfig = z.output<ReturnType<typeof subgraphConfigSchema>>;
