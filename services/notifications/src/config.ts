import { parseConfig, workerConfigSchema } from '@hanoi/platform';
import { z } from 'zod';

export const service = 'notifications';

/** The channels a reminder can go through (src/channels). */
export const reminderChannels = ['log', 'webhook', 'email'] as const;

export const configSchema = workerConfigSchema(service, 4107)
  .extend({
    /** Working days before a due day that its reminder is sent (the holiday calendar counts them); 0 = on the day. */
    REMINDER_DAYS_BEFORE: z.coerce.number().int().min(0).max(30).default(3),
    /** How often due reminders are looked for (ms; 0 turns the check off in this process). Hourly by default. */
    REMINDER_CHECK_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
    /**
     * Calendar days an obligation may have been overdue and still get its overdue reminder: older ones (history read
     * at a first start, a long outage) are left to the inbox rather than sent in a flood.
     */
    REMINDER_OVERDUE_WITHIN_DAYS: z.coerce.number().int().min(1).max(366).default(30),
    REMINDER_CHANNEL: z.enum(reminderChannels).default('log'),
    /** `webhook`: where each reminder is POSTed as JSON. */
    REMINDER_WEBHOOK_URL: z.string().url().optional(),
    /** `webhook`: sent as `Authorization: Bearer <token>` when set (a Secret; at least 16 characters). */
    REMINDER_WEBHOOK_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    /** `webhook` and `email`: attempts per reminder (exponential backoff with jitter between them). */
    REMINDER_SEND_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(5),
    /** The first wait before retrying a send (ms), doubled each attempt up to 60 s. */
    REMINDER_RETRY_DELAY_MS: z.coerce.number().int().min(1).max(60_000).default(1_000),
    /** `webhook`: how long one POST may take (ms). */
    REMINDER_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    /** `email`: the SMTP server as a URL, `smtps://user:password@host:465` or `smtp://host:587` (a Secret). */
    REMINDER_SMTP_URL: z.string().url().optional(),
    REMINDER_EMAIL_FROM: z.string().min(3).default('nhac-han@hanoi.gov.vn'),
    /** `email`: recipients, comma-separated; `{agency}` is replaced by the agency id (one mailbox per agency). */
    REMINDER_EMAIL_TO: z.string().min(3).optional(),
  })
  .superRefine((config, ctx) => {
    const need = (key: 'REMINDER_WEBHOOK_URL' | 'REMINDER_SMTP_URL' | 'REMINDER_EMAIL_TO') =>
      !config[key] && ctx.addIssue({ code: 'custom', path: [key], message: `is required when REMINDER_CHANNEL is ${config.REMINDER_CHANNEL}` });
    if (config.REMINDER_CHANNEL === 'webhook') need('REMINDER_WEBHOOK_URL');
    if (config.REMINDER_CHANNEL === 'email') {
      need('REMINDER_SMTP_URL');
      need('REMINDER_EMAIL_TO');
    }
  });
export type Config = z.output<typeof configSchema>;
export const loadConfig = (env: NodeJS.ProcessEnv = process.env) => parseConfig(configSchema, env);
