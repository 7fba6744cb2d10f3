import { hanoiToday, type Logger, type ProcessMetrics } from '@hanoi/platform';
import { Counter } from 'prom-client';
import type { ReminderChannel } from './channels';
import { reminderDue, reminderOf, reminderWindow } from './domain/reminders';
import type { HolidayYearReadModel } from '@hanoi/contracts';
import type { ObligationReadModel } from './repositories/obligations';
import type { ReminderLedger } from './repositories/reminders';

/** The check that sends due reminders (periodic; tests call `runOnce`). */
export function createReminderSender(deps: {
  obligations: ObligationReadModel;
  ledger: ReminderLedger;
  holidayYears: HolidayYearReadModel;
  channel: ReminderChannel;
  logger: Logger;
  metrics: ProcessMetrics;
  daysBefore: number;
  overdueWithinDays: number;
}) {
  const { obligations, ledger, channel } = deps;
  const log = deps.logger.child({ component: 'reminders' });
  const sent = new Counter({ name: 'reminders_sent_total', help: 'Reminders delivered, by type and channel', labelNames: ['type', 'channel'], registers: [deps.metrics.registry] });
  const failed = new Counter({ name: 'reminder_send_failures_total', help: 'Reminders whose channel failed after its retries (tried again at the next check)', labelNames: ['channel'], registers: [deps.metrics.registry] });

  return {
    /**
     * One check on `today` (Hanoi): each open obligation owing a reminder is claimed (once ever, by its id), sent
     * through the channel, and recorded; a failed send gives the claim back for the next check. Returns how many went.
     */
    async runOnce(today: Date = hanoiToday()): Promise<{ sent: number; failed: number }> {
      const calendar = await deps.holidayYears.calendar();
      const window = reminderWindow(today, deps.daysBefore, deps.overdueWithinDays, calendar);
      const outcome = { sent: 0, failed: 0 };
      for (const obligation of await obligations.candidates(window)) {
        const type = reminderDue(obligation, window);
        if (!type) continue;
        const reminder = reminderOf(obligation, type, today, calendar);
        if (!(await ledger.claim(reminder.id, obligation.obligationId, type, channel.name))) {
          // Claimed before: sent (its mark on the obligation lost to a crash) or being sent right now.
          if (await ledger.wasSent(reminder.id)) await obligations.reminded(obligation.obligationId, type);
          continue;
        }
        try {
          await channel.send(reminder);
        } catch (error) {
          await ledger.release(reminder.id);
          failed.inc({ channel: channel.name });
          outcome.failed++;
          log.warn({ reminderId: reminder.id, err: (error as Error).message }, 'reminder not delivered; tried again at the next check');
          continue;
        }
        await ledger.sent(reminder.id);
        await obligations.reminded(obligation.obligationId, type);
        sent.inc({ type, channel: channel.name });
        outcome.sent++;
      }
      if (outcome.sent + outcome.failed > 0) log.info(outcome, 'reminders checked');
      return outcome;
    },
  };
}
