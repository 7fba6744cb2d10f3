import { committeeEvents, councilEvents, frontEvents, handle, jurisdictionOfAgency, petitionsEvents, type DirectoryAgency, type ObligationContracts } from '@hanoi/contracts';
import { createEventConsumer, type Component, type EventHandlers, type ServiceRuntime } from '@hanoi/platform';
import { preparationTaskTexts } from '../domain/coordination-task';
import type { Repositories } from '../repositories';

/** Consumer group of the F3 flow (prefixed like the topics, so test runs never share offsets). */
export const preparationConsumerGroup = (prefix: string) => `${prefix}supervision.session-preparation`;
/** Consumer group reading the committee's answers to assignments of recommendations. */
export const assignmentAnswersGroup = (prefix: string) => `${prefix}supervision.assignment-answers`;
/** Consumer group reading what petitions publishes for the inbox and the reviews: holiday years, satisfaction. */
export const petitionsFactsGroup = (prefix: string) => `${prefix}supervision.petitions-facts`;

/**
 * F3: every obligation of council or front that prepares a council session (its documents, its programme, the
 * Front's voter opinion report) becomes a "5 rõ" task of the agency that owes it, opened, moved, met and cancelled
 * by that obligation's own events — so no task shows late because nothing closed it. The person is the agency's
 * focal point (đầu mối) when it named one.
 */
/** `knownAgency`: the directory copy as read so far (which level and unit the owing agency is). */
type KnownAgency = (agencyId: string) => DirectoryAgency | undefined;

export function preparationHandlers(repositories: Repositories, obligations: ObligationContracts, knownAgency: KnownAgency): EventHandlers {
  const { coordinationTasks, focalPoints } = repositories;
  return {
    ...handle(obligations.opened, async (data, event) => {
      const texts = preparationTaskTexts[data.kind];
      if (!data.councilSessionId || !texts) return;
      await coordinationTasks.openPreparationTask(
        {
          obligationId: data.obligationId,
          title: data.title ? `${texts.title}: ${data.title}`.slice(0, 500) : texts.title,
          agencyId: data.agencyId,
          dueOn: data.dueOn,
          expectedResult: texts.expectedResult,
          councilSessionId: data.councilSessionId,
          agendaItemId: data.subject.type === 'AgendaItem' ? data.subject.id : null,
          responsible: await focalPoints.of(data.agencyId),
          // A commune council's programme, its committee's documents: the owing agency's level and unit.
          ...jurisdictionOfAgency(knownAgency(data.agencyId)),
        },
        event.id,
      );
    }),
    ...handle(obligations.met, async (data, event) => void (await coordinationTasks.closePreparationTask(data.obligationId, data.metOn, event.id))),
    ...handle(obligations.rescheduled, async (data) => void (await coordinationTasks.reschedulePreparationTask(data.obligationId, data.dueOn))),
    ...handle(obligations.cancelled, async (data, event) => void (await coordinationTasks.cancelPreparationTask(data.obligationId, data.reason, event.id))),
  };
}

/**
 * A committee department answered the assignment a recommendation became (F2 for recommendations): the answer is an
 * implementation report of the recommendation, once per assignment.
 */
export function assignmentAnswerHandlers(repositories: Repositories, runtime: Pick<ServiceRuntime, 'logger'>): EventHandlers {
  return handle(committeeEvents.assignmentAnswered, async (data, event) => {
    if (data.subjectType !== 'SUPERVISION_RECOMMENDATION' || !data.implementationStatus) return;
    const recommendation = await repositories.recommendations.findById(data.subjectId);
    if (!recommendation || recommendation.closed || recommendation.reports.some((report) => report.assignmentId === data.assignmentId)) {
      runtime.logger.debug({ eventId: event.id, recommendationId: data.subjectId }, 'assignment answer not applied (unknown, closed or applied already)');
      return;
    }
    const report = { status: data.implementationStatus, report: data.answer, reportedOn: data.answeredOn, evidence: data.evidence ?? [] };
    const updated = await repositories.recommendations.report(recommendation, report, `event:${event.id}`, data.assignmentId);
    // A concurrent report moved it on: the redelivery (consumer retries) applies it on the fresh document.
    if (!updated) throw new Error(`recommendation ${recommendation._id} changed meanwhile`);
  });
}

/**
 * From petitions: the holiday years administrators set (the inbox counts working days with them) and petitioners'
 * satisfaction with resolved cases (a figure per agency beside the index). Both keyed so a redelivery writes the same.
 */
export function petitionsFactsHandlers(repositories: Repositories): EventHandlers {
  return {
    ...handle(petitionsEvents.holidayYearSet, async (data) => void (await repositories.holidayYears.set(data))),
    ...handle(petitionsEvents.satisfactionRecorded, async (data) => {
      await repositories.satisfaction.record({ petitionId: data.petitionId, agencyId: data.agencyId, level: data.satisfaction, recordedOn: data.recordedOn });
    }),
  };
}

export function createConsumers(runtime: ServiceRuntime, repositories: Repositories, knownAgency: KnownAgency): Component[] {
  const prefix = runtime.config.KAFKA_TOPIC_PREFIX;
  const common = { bus: runtime.bus, connection: runtime.database.connection, logger: runtime.logger };
  return [
    createEventConsumer({
      ...common,
      groupId: preparationConsumerGroup(prefix),
      topics: [runtime.topic('council'), runtime.topic('front')],
      handlers: { ...preparationHandlers(repositories, councilEvents.obligation, knownAgency), ...preparationHandlers(repositories, frontEvents.obligation, knownAgency) },
    }),
    createEventConsumer({ ...common, groupId: assignmentAnswersGroup(prefix), topics: [runtime.topic('committee')], handlers: assignmentAnswerHandlers(repositories, runtime) }),
    createEventConsumer({ ...common, groupId: petitionsFactsGroup(prefix), topics: [runtime.topic('petitions')], handlers: petitionsFactsHandlers(repositories) }),
  ];
}
