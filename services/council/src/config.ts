import { parseConfig, subgraphConfigSchema } from '@hanoi/platform';
import { z } from 'zod';
import { defaultQuestionAnswerDays } from './domain/question';
import { defaultDocumentLeadDays } from './domain/session';

export const service = 'council';
export const configSchema = subgraphConfigSchema(service, 4102).extend({
  /** Days before a session opens by which agencies must submit their documents (see `documentDueOn`). */
  COUNCIL_DOCUMENT_LEAD_DAYS: z.coerce.number().int().min(0).max(120).default(defaultDocumentLeadDays),
  /** Days after a session closes by which a questioned agency answers in writing (see `answerDueOn`; [U]). */
  COUNCIL_QUESTION_ANSWER_DAYS: z.coerce.number().int().min(0).max(180).default(defaultQuestionAnswerDays),
});
export type Config = ReturnType<typeof loadConfig>;
export const loadConfig = (env: NodeJS.ProcessEnv = process.env) => parseConfig(configSchema, env);
