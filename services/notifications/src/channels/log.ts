import type { Logger } from '@hanoi/platform';
import type { ReminderChannel } from './channel';

/** Writes each reminder as one log line (the default: a deployment without a receiver still sees them). */
export const logChannel = (logger: Logger): ReminderChannel => ({
  name: 'log',
  send: async (reminder) => logger.info({ reminder }, `reminder ${reminder.type} ${reminder.kind} due ${reminder.dueOn} (${reminder.agencyId})`),
});
