import { parseConfig, subgraphConfigSchema } from '@hanoi/platform';
import { z } from 'zod';
import { maxCsvRows } from './csv';
import type { DeadlineOverrides } from './domain/deadlines';
import { parseIdentityKey } from './domain/identity';

export const service = 'petitions';
export const configSchema = subgraphConfigSchema(service, 4105).extend({
  /**
   * Encrypts denouncers' identities at rest (AES-256-GCM) and keys petitioner matching (HMAC): base64 of 32 random
   * bytes (`openssl rand -base64 32`). Required: there is no default, in any environment. Losing it makes the stored
   * identities unreadable; leaking it exposes them.
   */
  PETITIONS_IDENTITY_KEY: z
    .string({ required_error: 'is required: base64 of 32 random bytes (openssl rand -base64 32)' })
    .transform((value, ctx) => {
      const key = parseIdentityKey(value);
      if (typeof key === 'string') {
        ctx.addIssue({ code: 'custom', message: key });
        return z.NEVER;
      }
      return key;
    }),
  /**
   * How long intake waits for the directory read model to learn an agency or unit it does not know yet (the
   * committee's event may still be on its way) before refusing it as unknown.
   */
  PETITIONS_DIRECTORY_WAIT_MS: z.coerce.number().int().min(0).max(30_000).default(2_000),
  /**
   * How often the deadline sweeper looks for deadlines missed since its last pass and publishes one
   * `petition.deadlineMissed` event for each (milliseconds; 0 turns the sweeper off in this process).
   */
  PETITIONS_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
  /** Most rows one CSV export may hold (a filter matching more is refused); at most 50,000. */
  PETITIONS_CSV_MAX_ROWS: z.coerce.number().int().min(1).max(maxCsvRows).default(maxCsvRows),
  /**
   * Working days for the initial handling of a denunciation that needs verification (Law on Denunciations 2018,
   * art. 24: "up to 10"): 7 to 10; unset, the law's 10.
   */
  PETITIONS_DENUNCIATION_VERIFICATION_DAYS: z.coerce.number().int().min(7).max(10).optional(),
  /**
   * Calendar days for answering a council voter recommendation while no next regular session is scheduled; unset,
   * such cases wait without a due date until council schedules one (then the session date applies either way).
   */
  PETITIONS_COUNCIL_VOTER_RECOMMENDATION_DAYS: z.coerce.number().int().min(1).max(365).optional(),
});
export type Config = ReturnType<typeof loadConfig>;

/** The day counts the legal table leaves to configuration ([U] rows), as the deadline engine takes them. */
export const deadlineOverridesOf = (config: Config): DeadlineOverrides => ({
  denunciationVerificationDays: config.PETITIONS_DENUNCIATION_VERIFICATION_DAYS,
  councilVoterRecommendationDays: config.PETITIONS_COUNCIL_VOTER_RECOMMENDATION_DAYS,
});
export const loadConfig = (env: NodeJS.ProcessEnv = process.env) => parseConfig(configSchema, env);
