import { committeeEvents, councilEvents, delegationEvents, frontEvents, handle, petitionsEvents } from '@hanoi/contracts';
import { createEventConsumer, type Component, type EventHandlers, type ServiceRuntime } from '@hanoi/platform';
import type { Repositories } from '../repositories';
import type { Workflows } from '../workflows';

/** Consumer group recomputing deadlines when the holiday calendar changes (prefixed like the topics). */
export const deadlineRecomputeGroupId = (prefix: string) => `${prefix}petitions.deadline-recompute`;

/**
 * Event handlers of petitions: F1 (voter meetings), F3 (council sessions), F5 (NA-forwarded recommendations),
 * F2 (the committee's answers), and the committee's directory (agencies, administrative units). Each parses its
 * event with the producer's contract and delegates.
 */
export function createEventHandlers(repositories: Repositories, workflows: Workflows): EventHandlers {
  const { directory } = repositories;
  const recommendations = workflows.voterRecommendations;
  return {
    ...handle(frontEvents.voterMeetingHeld, (meeting, event) => recommendations.openFromVoterMeeting(meeting, event)),
    ...handle(councilEvents.sessionScheduled, ({ councilSessionId, kind, opensOn }, event) =>
      recommendations.sessionScheduled({ id: councilSessionId, kind, opensOn }, event.source),
    ),
    ...handle(delegationEvents.voterRecommendationForwarded, (forwarded, event) => recommendations.openFromForwarded(forwarded, event)),
    ...handle(committeeEvents.agencyCreated, async (agency) => {
      const { agencyId, name, kind, level, parentId, administrativeUnitId, validFrom, validTo } = agency;
      await directory.rememberAgency({ _id: agencyId, name, kind, level, parentId, administrativeUnitId, validFrom, validTo });
    }),
    ...handle(committeeEvents.administrativeUnitCreated, async (unit) => {
      const { administrativeUnitId, name, kind, level, parentId, validFrom, validTo, predecessorIds } = unit;
      await directory.rememberUnit({ _id: administrativeUnitId, name, kind, level, parentId, validFrom, validTo, predecessorIds });
    }),
    ...handle(committeeEvents.administrativeUnitCreatedV2, async (unit) => {
      const { administrativeUnitId, name, kind, level, parentId, validFrom, validTo, predecessorIds } = unit;
      await directory.rememberUnit({ _id: administrativeUnitId, name, kind, level, parentId, validFrom, validTo, predecessorIds });
    }),
    ...handle(committeeEvents.administrativeUnitEnded, ({ administrativeUnitId, validTo, successorIds }) => directory.unitEnded(administrativeUnitId, validTo, successorIds)),
    ...handle(committeeEvents.administrativeUnitRenamed, ({ administrativeUnitId, name }) => directory.unitRenamed(administrativeUnitId, name).then(() => undefined)),
    ...handle(committeeEvents.agencyEnded, ({ agencyId, validTo }) => directory.agencyEnded(agencyId, validTo).then(() => undefined)),
    ...handle(committeeEvents.agencyRenamed, ({ agencyId, name }) => directory.agencyRenamed(agencyId, name).then(() => undefined)),
    /**
     * F2: the answer of the agency the committee assigned a case to resolves it. The committee also answers
     * assignments about other subjects (supervision recommendations): those are not petitions' and are skipped
     * before parsing, whatever the contract's version lists.
     */
    [committeeEvents.assignmentAnswered.type]: async (event) => {
      if (event.data.subjectType !== 'PETITION') return;
      await workflows.lifecycle.resolveFromAssignment(committeeEvents.assignmentAnswered.parse(event), event.source);
    },
  };
}

export function createConsumers(runtime: ServiceRuntime, repositories: Repositories, workflows: Workflows): Component[] {
  return [
    createEventConsumer({
      bus: runtime.bus,
      connection: runtime.database.connection,
      logger: runtime.logger,
      groupId: `${runtime.config.KAFKA_TOPIC_PREFIX}petitions`,
      topics: [runtime.topic('front'), runtime.topic('council'), runtime.topic('delegation'), runtime.topic('committee')],
      handlers: createEventHandlers(repositories, workflows),
    }),
    // Its own event, consumed apart: a holiday year set (possibly by another instance) recomputes open deadlines
    // once, after the write is durable, and again after a crash mid-way (the recomputation is idempotent).
    createEventConsumer({
      bus: runtime.bus,
      connection: runtime.database.connection,
      logger: runtime.logger,
      groupId: deadlineRecomputeGroupId(runtime.config.KAFKA_TOPIC_PREFIX),
      topics: [runtime.topic('petitions')],
      handlers: handle(petitionsEvents.holidayYearSet, ({ year }, event) => workflows.deadlines.recomputeDeadlinesFrom(year, event.source).then(() => undefined)),
    }),
  ];
}
