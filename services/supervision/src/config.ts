import { parseConfig, subgraphConfigSchema } from '@hanoi/platform';
import { z } from 'zod';

export const service = 'supervision';
export const configSchema = subgraphConfigSchema(service, 4106).extend({
  /**
   * How often overdue recommendations are looked for and escalated (one `supervisionRecommendation.overdue` event per
   * recommendation and due day; milliseconds; 0 turns the sweeper off in this process).
   */
  SUPERVISION_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
});
export type Config = ReturnType<typeof loadConfig>;
export const loadConfig = (env: NodeJS.ProcessEnv = process.env) => parseConfig(configSchema, env);
