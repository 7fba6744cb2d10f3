import { caseCategorySchema, createEventConsumer, derivedId, eventType, parseCalendarDate, type CloudEvent, type ServiceRuntime } from '@hanoi/platform';
import { z } from 'zod';
import { forwardedRecommendationDue, voterRecommendationDue } from '../domain/due-dates';
import { competentAgencyFor } from '../domain/routing';
import type { Repositories } from '../repositories';

const calendarDate = z.string().transform((value) => parseCalendarDate(value));

const voterMeetingHeld = z.object({
  voterMeetingId: z.string(),
  heldOn: calendarDate,
  administrativeUnitId: z.string(),
  councilSessionId: z.string().nullable(),
  recommendations: z.array(
    z.object({ number: z.number().int(), text: z.string(), category: caseCategorySchema, addressedToAgencyId: z.string().nullable() }),
  ),
});

const sessionScheduled = z.object({
  councilSessionId: z.string(),
  kind: z.enum(['REGULAR', 'THEMATIC']),
  opensOn: calendarDate,
});

const recommendationForwarded = z.object({
  recommendationId: z.string(),
  text: z.string(),
  category: caseCategorySchema,
  forwardedOn: calendarDate,
  addressedToAgencyId: z.string().nullish(),
});

/** A case's one-line subject from a recommendation's text (subjects are capped at 500 characters). */
const subjectOf = (text: string) => (text.length > 500 ? `${text.slice(0, 497)}…` : text);

/** Event handlers of petitions: F1 (voter meetings), F3 (council sessions), F5 (NA-forwarded recommendations). */
export function createEventHandlers(repositories: Repositories) {
  const { petitions, councilSessions } = repositories;

  /** F1: one voter-recommendation case per recommendation, routed, due at the next regular session. */
  async function onVoterMeetingHeld(event: CloudEvent): Promise<void> {
    const meeting = voterMeetingHeld.parse(event.data);
    const due = voterRecommendationDue(meeting.heldOn, meeting.councilSessionId, await councilSessions.all());
    for (const recommendation of meeting.recommendations) {
      await petitions.receiveOnce({
        _id: derivedId(event.id, recommendation.number),
        kind: 'VOTER_RECOMMENDATION',
        channel: 'VOTER_MEETING',
        subject: subjectOf(recommendation.text),
        description: recommendation.text,
        category: recommendation.category,
        receivedOn: meeting.heldOn,
        administrativeUnitId: meeting.administrativeUnitId,
        agencyId: competentAgencyFor(recommendation.addressedToAgencyId),
        due,
        dueSessionId: due.sessionId,
        meetingSessionId: meeting.councilSessionId,
        voterMeetingId: meeting.voterMeetingId,
        recommendationNumber: recommendation.number,
        receptionId: null,
        createdBy: event.source,
      });
    }
  }

  /** F3: remember the session; cases waiting for their next regular session get their due date. */
  async function onSessionScheduled(event: CloudEvent): Promise<void> {
    const session = sessionScheduled.parse(event.data);
    await councilSessions.remember({ id: session.councilSessionId, kind: session.kind, opensOn: session.opensOn });
    const sessions = await councilSessions.all();
    for (const petition of await petitions.awaitingSessionDue()) {
      const due = voterRecommendationDue(petition.receivedOn, petition.meetingSessionId, sessions);
      if (due.sessionId) await petitions.setDue(petition._id, due, due.sessionId);
    }
  }

  /** F5: a recommendation the NA forwarded becomes a case answered within 60 days. */
  async function onRecommendationForwarded(event: CloudEvent): Promise<void> {
    const forwarded = recommendationForwarded.parse(event.data);
    await petitions.receiveOnce({
      _id: derivedId(event.id),
      kind: 'VOTER_RECOMMENDATION',
      channel: 'FORWARDED',
      subject: subjectOf(forwarded.text),
      description: forwarded.text,
      category: forwarded.category,
      receivedOn: forwarded.forwardedOn,
      administrativeUnitId: null,
      agencyId: competentAgencyFor(forwarded.addressedToAgencyId),
      due: forwardedRecommendationDue(forwarded.forwardedOn),
      voterMeetingId: null,
      recommendationNumber: null,
      receptionId: null,
      createdBy: event.source,
    });
  }

  return {
    [eventType('front', 'voterMeeting', 'held')]: onVoterMeetingHeld,
    [eventType('council', 'councilSession', 'scheduled')]: onSessionScheduled,
    [eventType('delegation', 'voterRecommendation', 'forwarded')]: onRecommendationForwarded,
  };
}

export function createConsumers(runtime: ServiceRuntime, repositories: Repositories) {
  return [
    createEventConsumer({
      bus: runtime.bus,
      connection: runtime.database.connection,
      logger: runtime.logger,
      groupId: `${runtime.config.KAFKA_TOPIC_PREFIX}petitions`,
      topics: [runtime.topic('front'), runtime.topic('council'), runtime.topic('delegation')],
      handlers: createEventHandlers(repositories),
    }),
  ];
}
