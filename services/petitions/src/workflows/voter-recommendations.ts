import { derivedId, type CloudEvent } from '@hanoi/platform';
import { buildCase, dueFields, historyEntry, type NewCase } from '../domain/case';
import {
  awaitingSessionRule,
  councilRecommendationDeadline,
  forwardedRecommendationDeadline,
  nextRegularSession,
  sessionsOfCouncil,
  type CaseDeadline,
  type KnownSession,
} from '../domain/case-deadlines';
import { defaultCompetentAgencyId } from '../domain/routing';
import { dueDateSetEvent, routedEvent } from '../events/petition-events';
import type { WorkflowContext } from './context';
import type { RoutingWorkflows } from './routing';

/** A meeting's minutes as front publishes them (`voterMeeting.held`, flow F1). */
export interface HeldVoterMeeting {
  voterMeetingId: string;
  heldOn: Date;
  administrativeUnitId: string;
  councilSessionId: string | null;
  /** A commune's Front committee's meeting: its unit, whose council's sessions date the answers (null or absent: the city's). */
  jurisdictionUnitId?: string | null;
  recommendations: { number: number; text: string; category: string; addressedToAgencyId: string | null }[];
}

/** A recommendation the National Assembly forwarded, as delegation publishes it (`voterRecommendation.forwarded`, F5). */
export interface ForwardedRecommendation {
  recommendationId: string;
  text: string;
  category: string;
  forwardedOn: Date;
  addressedToAgencyId: string | null;
}

/** A case's one-line subject from a recommendation's text (subjects are capped at 500 characters). */
const subjectOf = (text: string) => (text.length > 500 ? `${text.slice(0, 497)}…` : text);

/** The service that published an event, as the actor of what it caused (`/hanoi/front` → `front`). */
const serviceOf = (event: CloudEvent) => event.source.replace(/^\/hanoi\//, '');

/**
 * Kiến nghị cử tri: the cases other bodies' events open — a voter meeting's recommendations (F1), answered at the
 * next regular council session (F3 dates them), and the National Assembly's forwarded ones (F5, 60 days).
 */
export function voterRecommendationWorkflows(ctx: WorkflowContext, routing: RoutingWorkflows) {
  const { petitions, councilSessions, holidayYears } = ctx.repositories;

  /**
   * The addressed agency, else the routing table's (voter recommendations are routed at city level: the People's
   * Committee answers them), else the People's Committee.
   */
  async function route(addressedTo: string | null, category: string, on: Date) {
    if (addressedTo) return { agencyId: addressedTo, suggestedAgencyId: null, routingRuleId: null };
    const suggestion = await routing.suggest('VOTER_RECOMMENDATION', category, null, on);
    return { agencyId: suggestion?.agencyId ?? defaultCompetentAgencyId, suggestedAgencyId: suggestion?.agencyId ?? null, routingRuleId: suggestion?.ruleId ?? null };
  }

  /** A case opened from an event, once (its id derives from the event): received, routed, with its obligations. */
  const open = (event: CloudEvent, newCase: Omit<NewCase, 'kind' | 'createdBy' | 'history'>) => {
    const doc = buildCase({
      ...newCase,
      kind: 'VOTER_RECOMMENDATION',
      createdBy: event.source,
      history: [historyEntry({ action: 'RECEIVED', actor: event.source, agencyId: serviceOf(event), to: 'RECEIVED', toAgencyId: newCase.agencyId })],
    });
    return petitions.insertOnce(doc, routedEvent(doc));
  };

  /** F3: the answer deadline at the session council scheduled, for a case still waiting for one. */
  const setSessionDue = (id: string, answer: CaseDeadline, dueSessionId: string, actor: string) =>
    petitions.write(id, { dueSessionId: null }, (current) => {
      const fields = dueFields([...current.deadlines.filter((deadline) => deadline.kind !== 'ANSWER'), answer], answer.basis);
      return {
        update: { $set: { ...fields, dueSessionId }, $push: { history: historyEntry({ action: 'DUE_DATE_SET', actor, reason: answer.basis }) } },
        events: [dueDateSetEvent({ ...current, ...fields }, answer, dueSessionId)],
      };
    });

  return {
    /**
     * F1: one voter-recommendation case per recommendation, routed, due at the next regular session (once scheduled)
     * of the meeting's council: the city's, or the commune's whose Front committee held it.
     */
    async openFromVoterMeeting(meeting: HeldVoterMeeting, event: CloudEvent): Promise<void> {
      const councilUnitId = meeting.jurisdictionUnitId ?? null;
      const session = nextRegularSession(meeting.heldOn, meeting.councilSessionId, sessionsOfCouncil(await councilSessions.all(), councilUnitId));
      const answer = councilRecommendationDeadline(meeting.heldOn, session, await holidayYears.calendar(), ctx.overrides);
      for (const recommendation of meeting.recommendations) {
        await open(event, {
          _id: derivedId(event.id, recommendation.number),
          channel: 'VOTER_MEETING',
          // The minutes may leave a recommendation's text empty: the case still needs a subject.
          subject: subjectOf(recommendation.text.trim() ? recommendation.text : `Kiến nghị cử tri số ${recommendation.number}`),
          description: recommendation.text,
          category: recommendation.category,
          receivedOn: meeting.heldOn,
          administrativeUnitId: meeting.administrativeUnitId,
          ...(await route(recommendation.addressedToAgencyId, recommendation.category, meeting.heldOn)),
          deadlines: answer ? [answer] : [],
          undatedRule: awaitingSessionRule,
          dueSessionId: session?.id ?? null,
          meetingSessionId: meeting.councilSessionId,
          councilUnitId,
          voterMeetingId: meeting.voterMeetingId,
          recommendationNumber: recommendation.number,
        });
      }
    },

    /** F3: remember the session; cases of its council waiting for their next regular session get their due date. */
    async sessionScheduled(session: KnownSession, actor: string): Promise<void> {
      await councilSessions.remember(session);
      const councilUnitId = session.jurisdictionUnitId ?? null;
      const sessions = sessionsOfCouncil(await councilSessions.all(), councilUnitId);
      const waiting = await petitions.awaitingSessionDue(councilUnitId);
      const calendar = waiting.length ? await holidayYears.calendar() : null;
      for (const petition of waiting) {
        const next = nextRegularSession(petition.receivedOn, petition.meetingSessionId, sessions);
        if (next && calendar) await setSessionDue(petition._id, councilRecommendationDeadline(petition.receivedOn, next, calendar), next.id, actor);
      }
    },

    /** F5: a recommendation the NA forwarded becomes a case answered within 60 days, linked to the recommendation. */
    async openFromForwarded(forwarded: ForwardedRecommendation, event: CloudEvent): Promise<void> {
      const calendar = await holidayYears.calendar();
      const deadline = forwardedRecommendationDeadline(forwarded.forwardedOn, calendar);
      if (!calendar.years.includes(deadline.dueOn.getUTCFullYear())) {
        ctx.logger.warn({ eventId: event.id, dueOn: deadline.dueOn }, 'forwarded recommendation due in a year without a holiday calendar: set the year (setHolidayYear)');
      }
      await open(event, {
        _id: derivedId(event.id),
        channel: 'FORWARDED',
        subject: subjectOf(forwarded.text),
        description: forwarded.text,
        category: forwarded.category,
        receivedOn: forwarded.forwardedOn,
        ...(await route(forwarded.addressedToAgencyId, forwarded.category, forwarded.forwardedOn)),
        deadlines: [deadline],
        forwardedRecommendationId: forwarded.recommendationId,
      });
    },
  };
}
