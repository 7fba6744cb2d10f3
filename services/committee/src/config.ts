import { parseConfig, subgraphConfigSchema } from '@hanoi/platform';
import { z } from 'zod';

export const service = 'committee';
export const configSchema = subgraphConfigSchema(service, 4103).extend({
  /**
   * How often the in-memory directory (agencies, units) is reloaded whole, ms: the most another replica's update of
   * an agency or unit may take to show here (this process's own writes show at once; repositories/directory-cache.ts).
   */
  COMMITTEE_DIRECTORY_REFRESH_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
});
export type Config = ReturnType<typeof loadConfig>;
export const loadConfig = (env: NodeJS.ProcessEnv = process.env) => parseConfig(configSchema, env);
