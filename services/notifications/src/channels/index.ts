import type { Logger } from '@hanoi/platform';
import type { Config } from '../config';
import type { ReminderChannel } from './channel';
import { emailChannel } from './email';
import { logChannel } from './log';
import { webhookChannel } from './webhook';

export type { ReminderChannel } from './channel';

/** The channel the configuration names (its settings were checked with it). */
export function channelOf(config: Config, logger: Logger): ReminderChannel {
  const retry = { attempts: config.REMINDER_SEND_ATTEMPTS, firstDelayMs: config.REMINDER_RETRY_DELAY_MS };
  switch (config.REMINDER_CHANNEL) {
    case 'log':
      return logChannel(logger);
    case 'webhook':
      return webhookChannel({ url: config.REMINDER_WEBHOOK_URL!, token: config.REMINDER_WEBHOOK_TOKEN, timeoutMs: config.REMINDER_WEBHOOK_TIMEOUT_MS, ...retry });
    case 'email':
      return emailChannel({ smtpUrl: config.REMINDER_SMTP_URL!, from: config.REMINDER_EMAIL_FROM, to: config.REMINDER_EMAIL_TO!, ...retry });
  }
}
