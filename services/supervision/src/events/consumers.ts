import { createEventConsumer, derivedId, eventType, id, parseCalendarDate, type CloudEvent, type ServiceRuntime } from '@hanoi/platform';
import { z } from 'zod';
import { agendaDocumentsTask, sessionPreparationTasks } from '../domain/coordination-task';
import type { Repositories } from '../repositories';

/** Council events this service reacts to (flow F3). */
export const councilEvents = {
  sessionScheduled: eventType('council', 'councilSession', 'scheduled'),
  agendaItemAdded: eventType('council', 'agendaItem', 'added'),
  documentSubmitted: eventType('council', 'agendaItem', 'documentSubmitted'),
} as const;

/** A calendar day in event data: `YYYY-MM-DD` (an ISO instant at midnight UTC is accepted too). */
const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T00:00:00(\.0+)?Z)?$/, 'must be a calendar day YYYY-MM-DD')
  .transform((value, ctx) => {
    try {
      return parseCalendarDate(value.slice(0, 10));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not a real calendar day' });
      return z.NEVER;
    }
  });

/** `vn.hanoi.council.councilSession.scheduled.v1` data (other fields — term, number, opensOn, closesOn — are not needed). */
export const sessionScheduledData = z.object({
  councilSessionId: id,
  kind: z.string().nullish(),
  documentDueOn: calendarDay,
});

/** `vn.hanoi.council.agendaItem.added.v1` data (`reviewingCommittee` is not needed). */
export const agendaItemAddedData = z.object({
  agendaItemId: id,
  councilSessionId: id,
  title: z.string().nullish(),
  presentingAgencyId: id,
  documentDueOn: calendarDay,
});

/** `vn.hanoi.council.agendaItem.documentSubmitted.v1` data (its `late` is recomputed from the two days). */
export const documentSubmittedData = z.object({
  agendaItemId: id,
  councilSessionId: id,
  presentingAgencyId: id,
  documentDueOn: calendarDay,
  submittedOn: calendarDay,
});

/** The documents task of an agenda item has one id whatever event reports it, so redelivery changes nothing. */
export const agendaDocumentsTaskId = (agendaItemId: string) => derivedId('agendaItem.documents', agendaItemId);

/** Consumer group of the F3 flow (prefixed like the topics, so test runs never share offsets). */
export const councilConsumerGroup = (runtime: Pick<ServiceRuntime, 'config'>) =>
  `${runtime.config.KAFKA_TOPIC_PREFIX}supervision.session-preparation`;

/** Event handlers of flow F3, separate from Kafka so they can be called directly. */
export function councilHandlers(repositories: Repositories) {
  return {
    /** A session was scheduled: create its preparation tasks ("5 rõ"), ids derived from the event. */
    async [councilEvents.sessionScheduled](event: CloudEvent) {
      const data = sessionScheduledData.parse(event.data);
      const tasks = sessionPreparationTasks(data).map((draft, index) => ({ id: derivedId(event.id, index), draft }));
      await repositories.coordinationTasks.createForSession(tasks, data.councilSessionId, event.id);
    },
    /** An agenda item was put on a session's agenda: its presenting agency owes the documents by the deadline. */
    async [councilEvents.agendaItemAdded](event: CloudEvent) {
      const data = agendaItemAddedData.parse(event.data);
      await repositories.coordinationTasks.openDocumentsTask(agendaDocumentsTaskId(data.agendaItemId), agendaDocumentsTask(data), {
        councilSessionId: data.councilSessionId,
        agendaItemId: data.agendaItemId,
        eventId: event.id,
      });
    },
    /** An agenda item's documents arrived: its presenting agency's documents task is DONE on the submission day. */
    async [councilEvents.documentSubmitted](event: CloudEvent) {
      const data = documentSubmittedData.parse(event.data);
      await repositories.coordinationTasks.recordDocumentsSubmitted(agendaDocumentsTaskId(data.agendaItemId), agendaDocumentsTask(data), {
        councilSessionId: data.councilSessionId,
        agendaItemId: data.agendaItemId,
        submittedOn: data.submittedOn,
        eventId: event.id,
      });
    },
  };
}

/** Consumes the council topic for flow F3 (idempotent per event id; failures go to the dead-letter topic). */
export function createCouncilConsumer(runtime: ServiceRuntime, repositories: Repositories) {
  return createEventConsumer({
    bus: runtime.bus,
    connection: runtime.database.connection,
    logger: runtime.logger,
    groupId: councilConsumerGroup(runtime),
    topics: [runtime.topic('council')],
    handlers: councilHandlers(repositories),
  });
}
