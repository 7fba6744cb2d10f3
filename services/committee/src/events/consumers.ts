import { createEventConsumer, type Component, type ServiceRuntime } from '@hanoi/platform';
import type { Repositories } from '../repositories';
import { petitionHandlers } from './petitions';
import { supervisionHandlers } from './supervision';

/** Consumer group of the committee on petitions' events (prefixed like the topics, so test runs stay apart). */
export const assignmentsGroupId = (prefix: string) => `${prefix}committee.assignments`;
/** Consumer group of the committee on supervision's events (recommendations to assign). */
export const recommendationsGroupId = (prefix: string) => `${prefix}committee.supervision-recommendations`;

export function createConsumers(runtime: ServiceRuntime, repositories: Repositories): Component[] {
  const common = { bus: runtime.bus, connection: runtime.database.connection, logger: runtime.logger };
  return [
    createEventConsumer({
      ...common,
      groupId: assignmentsGroupId(runtime.config.KAFKA_TOPIC_PREFIX),
      topics: [runtime.topic('petitions')],
      handlers: petitionHandlers(repositories, runtime.logger),
    }),
    createEventConsumer({
      ...common,
      groupId: recommendationsGroupId(runtime.config.KAFKA_TOPIC_PREFIX),
      topics: [runtime.topic('supervision')],
      handlers: supervisionHandlers(repositories, runtime.logger),
    }),
  ];
}
