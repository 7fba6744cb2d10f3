import { eventsByService, handle, petitionsEvents, type HolidayYearReadModel } from '@hanoi/contracts';
import { createEventConsumer, type Component, type EventHandlers, type WorkerRuntime } from '@hanoi/platform';
import type { ObligationReadModel } from '../repositories/obligations';

const services = Object.keys(eventsByService) as (keyof typeof eventsByService)[];

/** Consumer group of the notifier (prefixed like the topics, so test runs never share offsets). */
export const remindersConsumerGroup = (prefix: string) => `${prefix}notifications.reminders`;

/** Every service's obligation events, into the notifier's read model. */
export function obligationHandlers(obligations: ObligationReadModel): EventHandlers {
  return Object.assign(
    {},
    ...services.map((service) => {
      const contracts = eventsByService[service].obligation;
      return {
        ...handle(contracts.opened, async (data) => {
          const { obligationId, kind, agencyId, title, dueOn, subject } = data;
          await obligations.opened({ obligationId, service, kind, agencyId, title, dueOn, subject });
        }),
        ...handle(contracts.rescheduled, async (data) => void (await obligations.rescheduled(data.obligationId, data.dueOn))),
        ...handle(contracts.met, async (data) => void (await obligations.met(data.obligationId, data.metOn))),
        ...handle(contracts.cancelled, async (data) => void (await obligations.cancelled(data.obligationId, data.on))),
      };
    }),
  );
}

/**
 * Reads the six services' topics from their beginning (a first start learns every obligation still open): the
 * obligations, and petitions' holiday years (working days are counted with them). Idempotent per event id (the
 * platform's consumer) and per change (plain sets).
 */
export function createObligationConsumer(runtime: WorkerRuntime, obligations: ObligationReadModel, holidayYears: HolidayYearReadModel): Component {
  return createEventConsumer({
    bus: runtime.bus,
    connection: runtime.database.connection,
    logger: runtime.logger,
    groupId: remindersConsumerGroup(runtime.config.KAFKA_TOPIC_PREFIX),
    topics: services.map((service) => runtime.topic(service)),
    handlers: {
      ...obligationHandlers(obligations),
      ...handle(petitionsEvents.holidayYearSet, async (data) => void (await holidayYears.set(data))),
    },
  });
}
