import {
  caseCategorySchema,
  createEventConsumer,
  derivedId,
  eventType,
  parseCalendarDate,
  type CloudEvent,
  type Component,
  type Logger,
  type ServiceRuntime,
} from '@hanoi/platform';
import { z } from 'zod';
import { awaitingSessionRule, councilRecommendationDeadline, forwardedRecommendationDeadline, nextRegularSession } from '../domain/case-deadlines';
import type { DeadlineOverrides } from '../domain/deadlines';
import { defaultCompetentAgencyId } from '../domain/routing';
import type { Repositories } from '../repositories';
import { buildCase, historyEntry } from '../repositories/petitions';
import type { Workflows } from '../workflows';

const calendarDate = z.string().transform((value) => parseCalendarDate(value));
const optionalDate = calendarDate.nullish().transform((value) => value ?? null);

const voterMeetingHeld = z.object({
  voterMeetingId: z.string(),
  heldOn: calendarDate,
  administrativeUnitId: z.string(),
  councilSessionId: z.string().nullable(),
  recommendations: z.array(
    z.object({ number: z.number().int(), text: z.string(), category: caseCategorySchema, addressedToAgencyId: z.string().nullish() }),
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

/** Consumer group recomputing deadlines when the holiday calendar changes (prefixed like the topics). */
export const deadlineRecomputeGroupId = (prefix: string) => `${prefix}petitions.deadline-recompute`;

/** `holidayYear.set`, petitions' own event: only the year matters here. */
const holidayYearSet = z.object({ year: z.number().int().min(1900).max(9999) });

/** What the committee's `agency.created` and `administrativeUnit.created` share, as the directory read model keeps it. */
const directoryEntry = {
  name: z.string(),
  kind: z.string(),
  level: z.string(),
  parentId: z.string().nullish().transform((value) => value ?? null),
  validFrom: optionalDate,
  validTo: optionalDate,
};

/** `agency.created` of the committee (its directory). */
const agencyCreated = z.object({
  agencyId: z.string().min(1),
  ...directoryEntry,
  administrativeUnitId: z.string().nullish().transform((value) => value ?? null),
});

/** `administrativeUnit.created` of the committee. */
const unitCreated = z.object({ administrativeUnitId: z.string().min(1), ...directoryEntry });

/** `assignment.answered` of the committee (flow F2). */
const assignmentAnswered = z.object({
  assignmentId: z.string().min(1),
  subjectType: z.string(),
  subjectId: z.string().min(1),
  agencyId: z.string().min(1),
  answer: z.string().min(1),
  answeredOn: calendarDate,
});

/** A case's one-line subject from a recommendation's text (subjects are capped at 500 characters). */
const subjectOf = (text: string) => (text.length > 500 ? `${text.slice(0, 497)}…` : text);

/** The service that published an event, as the actor of what it caused (`/hanoi/front` → `front`). */
const serviceOf = (event: CloudEvent) => event.source.replace(/^\/hanoi\//, '');

/**
 * Event handlers of petitions: F1 (voter meetings), F3 (council sessions), F5 (NA-forwarded recommendations),
 * F2 (the committee's answers), and the committee's directory (agencies, administrative units).
 */
export function createEventHandlers(repositories: Repositories, workflows: Workflows, logger: Logger, overrides: DeadlineOverrides = {}) {
  const { petitions, councilSessions, directory, holidayYears } = repositories;

  /**
   * The addressed agency, else the routing table's (voter recommendations are routed at city level: the People's
   * Committee answers them), else the People's Committee.
   */
  async function routeRecommendation(addressedTo: string | null | undefined, category: string, on: Date) {
    if (addressedTo) return { agencyId: addressedTo, suggestion: null };
    const suggestion = await workflows.suggest('VOTER_RECOMMENDATION', category, null, on);
    return { agencyId: suggestion?.agencyId ?? defaultCompetentAgencyId, suggestion };
  }

  /** F1: one voter-recommendation case per recommendation, routed, due at the next regular session (once scheduled). */
  async function onVoterMeetingHeld(event: CloudEvent): Promise<void> {
    const meeting = voterMeetingHeld.parse(event.data);
    const session = nextRegularSession(meeting.heldOn, meeting.councilSessionId, await councilSessions.all());
    const answer = councilRecommendationDeadline(meeting.heldOn, session, await holidayYears.calendar(), overrides);
    const deadlines = answer ? [answer] : [];
    for (const recommendation of meeting.recommendations) {
      const { agencyId, suggestion } = await routeRecommendation(recommendation.addressedToAgencyId, recommendation.category, meeting.heldOn);
      await petitions.receiveOnce(
        buildCase({
          _id: derivedId(event.id, recommendation.number),
          kind: 'VOTER_RECOMMENDATION',
          channel: 'VOTER_MEETING',
          subject: subjectOf(recommendation.text),
          description: recommendation.text,
          category: recommendation.category,
          receivedOn: meeting.heldOn,
          administrativeUnitId: meeting.administrativeUnitId,
          agencyId,
          suggestedAgencyId: suggestion?.agencyId ?? null,
          routingRuleId: suggestion?.ruleId ?? null,
          deadlines,
          undatedRule: awaitingSessionRule,
          dueSessionId: session?.id ?? null,
          meetingSessionId: meeting.councilSessionId,
          voterMeetingId: meeting.voterMeetingId,
          recommendationNumber: recommendation.number,
          createdBy: event.source,
          history: [historyEntry({ action: 'RECEIVED', actor: event.source, agencyId: serviceOf(event), to: 'RECEIVED', toAgencyId: agencyId })],
        }),
      );
    }
  }

  /** F3: remember the session; cases waiting for their next regular session get their due date. */
  async function onSessionScheduled(event: CloudEvent): Promise<void> {
    const session = sessionScheduled.parse(event.data);
    await councilSessions.remember({ id: session.councilSessionId, kind: session.kind, opensOn: session.opensOn });
    const sessions = await councilSessions.all();
    const waiting = await petitions.awaitingSessionDue();
    const calendar = waiting.length ? await holidayYears.calendar() : null;
    for (const petition of waiting) {
      const next = nextRegularSession(petition.receivedOn, petition.meetingSessionId, sessions);
      if (next && calendar) await petitions.setDue(petition._id, councilRecommendationDeadline(petition.receivedOn, next, calendar), next.id, event.source);
    }
  }

  /** F5: a recommendation the NA forwarded becomes a case answered within 60 days. */
  async function onRecommendationForwarded(event: CloudEvent): Promise<void> {
    const forwarded = recommendationForwarded.parse(event.data);
    const { agencyId, suggestion } = await routeRecommendation(forwarded.addressedToAgencyId, forwarded.category, forwarded.forwardedOn);
    const calendar = await holidayYears.calendar();
    const deadline = forwardedRecommendationDeadline(forwarded.forwardedOn, calendar);
    if (!calendar.years.includes(deadline.dueOn.getUTCFullYear())) {
      logger.warn({ eventId: event.id, dueOn: deadline.dueOn }, 'forwarded recommendation due in a year without a holiday calendar: set the year (setHolidayYear)');
    }
    await petitions.receiveOnce(
      buildCase({
        _id: derivedId(event.id),
        kind: 'VOTER_RECOMMENDATION',
        channel: 'FORWARDED',
        subject: subjectOf(forwarded.text),
        description: forwarded.text,
        category: forwarded.category,
        receivedOn: forwarded.forwardedOn,
        agencyId,
        suggestedAgencyId: suggestion?.agencyId ?? null,
        routingRuleId: suggestion?.ruleId ?? null,
        deadlines: [deadline],
        createdBy: event.source,
        history: [historyEntry({ action: 'RECEIVED', actor: event.source, agencyId: serviceOf(event), to: 'RECEIVED', toAgencyId: agencyId })],
      }),
    );
  }

  async function onAgencyCreated(event: CloudEvent): Promise<void> {
    const { agencyId, ...agency } = agencyCreated.parse(event.data);
    await directory.rememberAgency({ _id: agencyId, ...agency });
  }

  async function onUnitCreated(event: CloudEvent): Promise<void> {
    const { administrativeUnitId, ...unit } = unitCreated.parse(event.data);
    await directory.rememberUnit({ _id: administrativeUnitId, ...unit });
  }

  /** F2: the answer of the agency the committee assigned the case to resolves it. */
  async function onAssignmentAnswered(event: CloudEvent): Promise<void> {
    const answered = assignmentAnswered.parse(event.data);
    if (answered.subjectType !== 'PETITION') return;
    await workflows.resolveFromAssignment(answered, event.source);
  }

  return {
    [eventType('front', 'voterMeeting', 'held')]: onVoterMeetingHeld,
    [eventType('council', 'councilSession', 'scheduled')]: onSessionScheduled,
    [eventType('delegation', 'voterRecommendation', 'forwarded')]: onRecommendationForwarded,
    [eventType('committee', 'agency', 'created')]: onAgencyCreated,
    [eventType('committee', 'administrativeUnit', 'created')]: onUnitCreated,
    [eventType('committee', 'assignment', 'answered')]: onAssignmentAnswered,
  };
}

export function createConsumers(runtime: ServiceRuntime, repositories: Repositories, workflows: Workflows, overrides: DeadlineOverrides = {}): Component[] {
  return [
    createEventConsumer({
      bus: runtime.bus,
      connection: runtime.database.connection,
      logger: runtime.logger,
      groupId: `${runtime.config.KAFKA_TOPIC_PREFIX}petitions`,
      topics: [runtime.topic('front'), runtime.topic('council'), runtime.topic('delegation'), runtime.topic('committee')],
      handlers: createEventHandlers(repositories, workflows, runtime.logger, overrides),
    }),
    // Its own event, consumed apart: a holiday year set (possibly by another instance) recomputes open deadlines
    // once, after the write is durable, and again after a crash mid-way (the recomputation is idempotent).
    createEventConsumer({
      bus: runtime.bus,
      connection: runtime.database.connection,
      logger: runtime.logger,
      groupId: deadlineRecomputeGroupId(runtime.config.KAFKA_TOPIC_PREFIX),
      topics: [runtime.topic('petitions')],
      handlers: {
        [eventType('petitions', 'holidayYear', 'set')]: async (event) => {
          const { year } = holidayYearSet.parse(event.data);
          await workflows.recomputeDeadlinesFrom(year, event.source);
        },
      },
    }),
  ];
}
