import { createPeriodicTask, createWorkerApp, createWorkerRuntime, type Logger } from '@hanoi/platform';
import { channelOf } from './channels';
import { service, type Config } from './config';
import { createObligationConsumer } from './events/obligations';
import { createReminderSender } from './reminders';
import { createHolidayYearReadModel } from '@hanoi/contracts';
import { createObligationReadModel } from './repositories/obligations';
import { createReminderLedger } from './repositories/reminders';

/**
 * The notification worker (no GraphQL): consumes every service's obligation events into its own read model and, every
 * REMINDER_CHECK_INTERVAL_MS, sends the reminders due through the configured channel. Built without listening (tests
 * start it on port 0).
 */
export function createApp(config: Config, logger?: Logger) {
  const runtime = createWorkerRuntime(service, config, logger);
  const connection = runtime.database.connection;
  const obligations = createObligationReadModel(connection);
  const ledger = createReminderLedger(connection);
  const holidayYears = createHolidayYearReadModel(connection);
  const reminders = createReminderSender({
    obligations,
    ledger,
    holidayYears,
    channel: channelOf(config, runtime.logger),
    logger: runtime.logger,
    metrics: runtime.metrics,
    daysBefore: config.REMINDER_DAYS_BEFORE,
    overdueWithinDays: config.REMINDER_OVERDUE_WITHIN_DAYS,
  });
  const app = createWorkerApp(runtime, {
    components: [
      // Claims a crash left half-sent are given back before anything is checked (one notifier runs at a time).
      { name: 'reminder-ledger', start: async () => void (await ledger.init(), await ledger.releaseInterrupted()) },
      createObligationConsumer(runtime, obligations, holidayYears),
      createPeriodicTask({ name: 'reminder-check', intervalMs: config.REMINDER_CHECK_INTERVAL_MS, logger: runtime.logger, run: () => reminders.runOnce() }),
    ],
  });
  return { ...app, reminders, obligations };
}
