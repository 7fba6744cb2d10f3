import { parseConfig, subgraphConfigSchema } from '@hanoi/platform';
import { z } from 'zod';
import { defaultDocumentLeadDays } from './domain/session';

export const service = 'council';
export const configSchema = subgraphConfigSchema(service, 4102).extend({
  /** Days before a session opens by which agencies must submit their documents (see `documentDueOn`). */
  COUNCIL_DOCUMENT_LEAD_DAYS: z.coerce.number().int().min(0).max(120).default(defaultDocumentLeadDays),
});
export type Config = ReturnType<typeof loadConfig>;
export const loadConfig = (env: NodeJS.ProcessEnv = process.env) => parseConfig(configSchema, env);
