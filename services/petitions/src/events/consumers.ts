import { committeeEvents, councilEvents, delegationEvents, frontEvents, handle, petitionsEvents } from '@hanoi/contracts';
import { createEventConsumer, type Component, type EventHandlers, type ServiceRuntime } from '@hanoi/platform';
import type { Repositories } from '../repositories';
import type { Workflows } from '../workflows';

/** Consumer group recomputing deadlines when the holiday calendar changes (prefixed like the topics). */
export const deadlineRecomputeGroupId = (prefix: string) => `${prefix}petitions.deadline-recompute`;
/** Consumer group keeping petitions' read model of the committee's directory. */
export const directoryGroupId = (prefix: string) => `${prefix}petitions.directory`;
/** The committee topic's partitions (the platform creates three). */
const directoryPartitionsConcurrently = 3;

/**
 * Event handlers of petitions: F1 (voter meetings), F3 (council sessions), F5 (NA-forwarded recommendations) and
 * F2 (the committee's answers). Each parses its event with the producer's contract and delegates.
 */
export function createEventHandlers(repositories: Repositories, workflows: Workflows): EventHandlers {
  const recommendations = workflows.voterRecommendations;
  return {
    ...handle(frontEvents.voterMeetingHeld, (meeting, event) => recommendations.openFromVoterMeeting(meeting, event)),
    ...handle(councilEvents.sessionScheduled, ({ councilSessionId, kind, opensOn, jurisdictionUnitId }, event) =>
      recommendations.sessionScheduled({ id: councilSessionId, kind, opensOn, jurisdictionUnitId }, event.source),
    ),
    ...handle(delegationEvents.voterRecommendationForwarded, (forwarded, event) => recommendations.openFromForwarded(forwarded, event)),
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

/**
 * The committee's directory (agencies, administrative units) into petitions' read model. Every write is an atomic
 * upsert or `$addToSet` keyed by the event's own entity, so the committee's partitions are applied at once.
 */
export function createDirectoryHandlers({ directory }: Repositories): EventHandlers {
  /** `agency.created` v1 or v2 (v2's kinds include a commune's council and front). */
  const rememberAgency = async (agency: ReturnType<typeof committeeEvents.agencyCreatedV2.parse>) => {
    const { agencyId, name, kind, level, parentId, administrativeUnitId, validFrom, validTo } = agency;
    await directory.rememberAgency({ _id: agencyId, name, kind, level, parentId, administrativeUnitId, validFrom, validTo });
  };
  /** `administrativeUnit.created` v1 or v2 (v2's kinds include the former townships). */
  type CreatedUnit = ReturnType<typeof committeeEvents.administrativeUnitCreated.parse | typeof committeeEvents.administrativeUnitCreatedV2.parse>;
  const rememberUnit = async (unit: CreatedUnit) => {
    const { administrativeUnitId, name, kind, level, parentId, validFrom, validTo, predecessorIds } = unit;
    await directory.rememberUnit({ _id: administrativeUnitId, name, kind, level, parentId, validFrom, validTo, predecessorIds });
  };
  return {
    ...handle(committeeEvents.agencyCreated, rememberAgency),
    ...handle(committeeEvents.agencyCreatedV2, rememberAgency),
    ...handle(committeeEvents.administrativeUnitCreated, rememberUnit),
    ...handle(committeeEvents.administrativeUnitCreatedV2, rememberUnit),
    ...handle(committeeEvents.administrativeUnitEnded, ({ administrativeUnitId, validTo, successorIds }) => directory.unitEnded(administrativeUnitId, validTo, successorIds)),
    ...handle(committeeEvents.administrativeUnitRenamed, ({ administrativeUnitId, name }) => directory.unitRenamed(administrativeUnitId, name).then(() => undefined)),
    ...handle(committeeEvents.agencyEnded, ({ agencyId, validTo }) => directory.agencyEnded(agencyId, validTo).then(() => undefined)),
    ...handle(committeeEvents.agencyRenamed, ({ agencyId, name }) => directory.agencyRenamed(agencyId, name).then(() => undefined)),
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
    // The directory apart, its partitions at once: importing Hanoi's directory publishes some 1,600 events, applied
    // one at a time in ~80 s on FerretDB (measured: 20 events/s, three database commands each).
    createEventConsumer({
      bus: runtime.bus,
      connection: runtime.database.connection,
      logger: runtime.logger,
      groupId: directoryGroupId(runtime.config.KAFKA_TOPIC_PREFIX),
      topics: [runtime.topic('committee')],
      handlers: createDirectoryHandlers(repositories),
      partitionsConcurrently: directoryPartitionsConcurrently,
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
