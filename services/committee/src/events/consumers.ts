import { createEventConsumer, type CloudEvent, type Component, type Logger, type ServiceRuntime } from '@hanoi/platform';
import { committeeAgencyId, maxAgencyDepth } from '../domain/agency';
import { petitionRoutedData, petitionRoutedType, reachesAgency } from '../domain/assignment';
import type { Repositories } from '../repositories';

/** Consumer group of the committee on petitions' events (prefixed like the topics, so test runs stay apart). */
export const assignmentsGroupId = (prefix: string) => `${prefix}committee.assignments`;

/**
 * F2: a case routed to the committee, or to an agency under it, becomes an assignment to that agency with the case's
 * due date. Cases routed elsewhere (council, front, delegation, or agencies missing from the directory) are not ours.
 */
export function createPetitionRoutedHandler(repositories: Repositories, logger: Logger) {
  return async (event: CloudEvent): Promise<void> => {
    const routed = petitionRoutedData.parse(event.data);
    const ours = await reachesAgency(routed.agencyId, committeeAgencyId, repositories.agencies.parentOf, maxAgencyDepth);
    if (!ours) {
      // An agency missing from the directory is worth an operator's look; other bodies' cases are routine.
      const known = (await repositories.agencies.parentOf(routed.agencyId)) !== undefined;
      logger[known ? 'debug' : 'warn']({ eventId: event.id, agencyId: routed.agencyId }, known ? 'case routed outside the committee, ignored' : 'case routed to an agency missing from the directory, ignored');
      return;
    }
    const assignment = await repositories.assignments.assignFromRouting(event.id, routed);
    logger.info({ eventId: event.id, assignmentId: assignment._id, agencyId: routed.agencyId }, 'case assigned');
  };
}

export function createConsumers(runtime: ServiceRuntime, repositories: Repositories): Component[] {
  return [
    createEventConsumer({
      bus: runtime.bus,
      connection: runtime.database.connection,
      logger: runtime.logger,
      groupId: assignmentsGroupId(runtime.config.KAFKA_TOPIC_PREFIX),
      topics: [runtime.topic('petitions')],
      handlers: { [petitionRoutedType]: createPetitionRoutedHandler(repositories, runtime.logger) },
    }),
  ];
}
