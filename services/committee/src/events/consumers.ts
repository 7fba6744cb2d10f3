import { createEventConsumer, type CloudEvent, type Component, type Logger, type ServiceRuntime } from '@hanoi/platform';
import { committeeAgencyId, maxAgencyDepth } from '../domain/agency';
import { petitionDueChangedTypes, petitionDueData, petitionEndedData, petitionEndedTypes, petitionRoutedData, petitionRoutedType, reachesAgency, withdrawalReason } from '../domain/assignment';
import type { Repositories } from '../repositories';

/** Consumer group of the committee on petitions' events (prefixed like the topics, so test runs stay apart). */
export const assignmentsGroupId = (prefix: string) => `${prefix}committee.assignments`;

/**
 * F2: a case routed to the committee, or to an agency under it, becomes an assignment to that agency with the case's
 * due date. Cases routed elsewhere (council, front, delegation, or agencies missing from the directory) are not ours.
 * A transfer routes the case again: the assignment of the agency it left is withdrawn first.
 */
export function createPetitionRoutedHandler(repositories: Repositories, logger: Logger) {
  return async (event: CloudEvent): Promise<void> => {
    const routed = petitionRoutedData.parse(event.data);
    await withdraw(repositories, logger, event, routed.petitionId, withdrawalReason({ routedTo: routed.agencyId }), routed.agencyId);
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

/** A case declined (or merged), resolved or closed needs no answer from an agency still holding it. */
export function createPetitionEndedHandler(repositories: Repositories, logger: Logger, ended: keyof typeof petitionEndedTypes) {
  return async (event: CloudEvent): Promise<void> => {
    const data = petitionEndedData.parse(event.data);
    await withdraw(repositories, logger, event, data.petitionId, withdrawalReason({ ended, data }));
  };
}

/** The case's due date moved (accepted, extended, recomputed, set at a session): its open assignment follows. */
export function createPetitionDueChangedHandler(repositories: Repositories, logger: Logger) {
  return async (event: CloudEvent): Promise<void> => {
    const rescheduled = await repositories.assignments.reschedule(petitionDueData.parse(event.data));
    if (rescheduled) logger.info({ eventId: event.id, assignmentId: rescheduled._id, dueOn: rescheduled.dueOn }, 'assignment rescheduled');
  };
}

async function withdraw(repositories: Repositories, logger: Logger, event: CloudEvent, petitionId: string, reason: string, keepAgencyId?: string) {
  const withdrawn = await repositories.assignments.withdrawOpen(petitionId, reason, keepAgencyId);
  for (const assignment of withdrawn) {
    logger.info({ eventId: event.id, assignmentId: assignment._id, agencyId: assignment.agencyId }, 'assignment withdrawn');
  }
}

export function createConsumers(runtime: ServiceRuntime, repositories: Repositories): Component[] {
  return [
    createEventConsumer({
      bus: runtime.bus,
      connection: runtime.database.connection,
      logger: runtime.logger,
      groupId: assignmentsGroupId(runtime.config.KAFKA_TOPIC_PREFIX),
      topics: [runtime.topic('petitions')],
      handlers: {
        [petitionRoutedType]: createPetitionRoutedHandler(repositories, runtime.logger),
        ...Object.fromEntries(petitionDueChangedTypes.map((type) => [type, createPetitionDueChangedHandler(repositories, runtime.logger)])),
        ...Object.fromEntries(
          (Object.keys(petitionEndedTypes) as (keyof typeof petitionEndedTypes)[]).map((ended) => [
            petitionEndedTypes[ended],
            createPetitionEndedHandler(repositories, runtime.logger, ended),
          ]),
        ),
      },
    }),
  ];
}
