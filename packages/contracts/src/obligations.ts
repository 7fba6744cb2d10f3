import { hanoiToday, type DerivedEvents, type EventDraft } from '@hanoi/platform';
import { z } from 'zod';
import { calendarDay, defineEvent, eventId, optionalId, type EventContract } from './define';

/**
 * The six contents the coordination regulation (Quy chế phối hợp 2021-2026) coordinates, in its order:
 * every obligation belongs to one, so reviews (sơ kết, tổng kết) report per content.
 */
export const regulationContents = {
  ELECTIONS: 'Bầu cử đại biểu Quốc hội, đại biểu HĐND; bầu Hội thẩm nhân dân',
  LAWS_AND_CRITIQUE: 'Lấy ý kiến dự thảo luật, pháp lệnh; phản biện xã hội; phổ biến, giáo dục pháp luật',
  COUNCIL_SESSIONS: 'Chuẩn bị nội dung, chương trình và tổ chức kỳ họp HĐND',
  SUPERVISION: 'Giám sát, khảo sát, tái giám sát việc thực hiện kiến nghị sau giám sát',
  VOTER_MEETINGS: 'Tiếp xúc cử tri; theo dõi giải quyết kiến nghị của cử tri',
  CITIZEN_RECEPTION: 'Tiếp công dân; giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh',
} as const;
export type RegulationContent = keyof typeof regulationContents;
export const regulationContentSchema = z.enum(Object.keys(regulationContents) as [RegulationContent, ...RegulationContent[]]);

/**
 * Every kind of dated duty an agency owes under the regulation (nghĩa vụ có thời hạn), the service that holds its
 * clock and publishes it, and the regulation content it belongs to. Each obligation is published by exactly one
 * service — the one that holds its due date. Some duties follow one another on the same matter and are distinct:
 * a department's answer to the committee's assignment (ASSIGNMENT_ANSWER) and the competent agency's answer or
 * decision to the citizen (CASE_*), or to the supervising body (SUPERVISION_RECOMMENDATION); the index counts each
 * in its own component, and the weights say how much each matters.
 */
export const obligationKinds = {
  /** Tài liệu trình kỳ họp: the presenting agency's documents for an agenda item, by the document deadline. */
  AGENDA_DOCUMENT: { service: 'council', content: 'COUNCIL_SESSIONS' },
  /** Chương trình kỳ họp: the council's programme of a session, by the document deadline. */
  SESSION_PROGRAMME: { service: 'council', content: 'COUNCIL_SESSIONS' },
  /** Trả lời chất vấn: the questioned agency's answer. */
  QUESTION_ANSWER: { service: 'council', content: 'SUPERVISION' },
  /** Thụ lý: accepting or declining a case. */
  CASE_ACCEPTANCE: { service: 'petitions', content: 'CITIZEN_RECEPTION' },
  /** Xử lý ban đầu: initial handling of a denunciation. */
  CASE_INITIAL_HANDLING: { service: 'petitions', content: 'CITIZEN_RECEPTION' },
  /** Thông báo thụ lý: notice to the denouncer. */
  CASE_NOTICE: { service: 'petitions', content: 'CITIZEN_RECEPTION' },
  /** Giải quyết: the decision or conclusion on a complaint or denunciation. */
  CASE_RESOLUTION: { service: 'petitions', content: 'CITIZEN_RECEPTION' },
  /** Trả lời: the answer to a citizen's recommendation or feedback. */
  CASE_ANSWER: { service: 'petitions', content: 'CITIZEN_RECEPTION' },
  /** Trả lời kiến nghị cử tri: a council voter recommendation answered by the session. */
  VOTER_RECOMMENDATION_ANSWER: { service: 'petitions', content: 'VOTER_MEETINGS' },
  /** Kiến nghị cử tri do Quốc hội chuyển: answered within 60 days (petitions runs the case and its clock). */
  NA_RECOMMENDATION_ANSWER: { service: 'petitions', content: 'VOTER_MEETINGS' },
  /** Giao việc (F2): a department's answer to an assignment of the People's Committee. */
  ASSIGNMENT_ANSWER: { service: 'committee', content: 'CITIZEN_RECEPTION' },
  /** Thực hiện kiến nghị sau giám sát: implemented by its due date. */
  SUPERVISION_RECOMMENDATION: { service: 'supervision', content: 'SUPERVISION' },
  /** Nhiệm vụ phối hợp ("5 rõ"), created by hand or as an item of the annual plan. */
  COORDINATION_TASK: { service: 'supervision', content: 'COUNCIL_SESSIONS' },
  /** Góp ý dự thảo luật: an invited agency's contribution, by the consultation's closing day. */
  LAW_CONSULTATION_CONTRIBUTION: { service: 'delegation', content: 'LAWS_AND_CRITIQUE' },
  /** Văn bản phản biện xã hội: the Front's critique report, by the drafting agency's deadline. */
  SOCIAL_CRITIQUE_REPORT: { service: 'front', content: 'LAWS_AND_CRITIQUE' },
  /** Báo cáo tổng hợp ý kiến, kiến nghị cử tri: the Front's report to a regular session, by the document deadline. */
  VOTER_OPINION_REPORT: { service: 'front', content: 'COUNCIL_SESSIONS' },
} as const satisfies Record<string, { service: string; content: RegulationContent }>;
export type ObligationKind = keyof typeof obligationKinds;
export const obligationKindSchema = z.enum(Object.keys(obligationKinds) as [ObligationKind, ...ObligationKind[]]);

/**
 * The entity an obligation is about, by its federation type and id, so a reader of the index reaches it in its
 * own subgraph. Only ids: never a citizen's name or the text of a case.
 */
export const obligationSubjectTypes = [
  'AgendaItem',
  'CouncilSession',
  'Question',
  'Petition',
  'Assignment',
  'SupervisionRecommendation',
  'CoordinationTask',
  'LawConsultation',
  'SocialCritique',
  'VoterOpinionReport',
] as const;
export type ObligationSubjectType = (typeof obligationSubjectTypes)[number];
const subject = z.object({ type: z.enum(obligationSubjectTypes), id: eventId });

const opened = z.object({
  obligationId: eventId,
  kind: obligationKindSchema,
  /** The agency that owes it. */
  agencyId: eventId,
  dueOn: calendarDay,
  subject,
  content: regulationContentSchema,
  /** Why it is due then: the law and article, or the regulation's rule (never personal data). */
  basis: z.string().min(1).max(500),
  /** The council session it prepares, when it does (session dossiers and preparation tasks). */
  councilSessionId: optionalId,
  /** What is owed in a few public words (an agenda item's title, a draft's name); never a case's text or a person. */
  title: z.string().max(500).nullish().transform((value) => value ?? null),
});
const rescheduled = z.object({
  obligationId: eventId,
  dueOn: calendarDay,
  previousDueOn: calendarDay,
  /** The day the change was decided (Hanoi): a day already past stays missed. */
  on: calendarDay,
  reason: z.string().max(500),
});
const met = z.object({ obligationId: eventId, metOn: calendarDay });
const cancelled = z.object({
  obligationId: eventId,
  /** The day it stopped being owed (Hanoi): cancelled after its due day, it stays missed. */
  on: calendarDay,
  reason: z.string().max(500),
  /**
   * Closed as failed (a recommendation closed unimplemented at a re-supervision): it counts as missed on its due day
   * even when closed before it. Absent: no longer owed.
   */
  missed: z.boolean().optional(),
});

export type ObligationContracts = {
  opened: EventContract<typeof opened>;
  rescheduled: EventContract<typeof rescheduled>;
  met: EventContract<typeof met>;
  cancelled: EventContract<typeof cancelled>;
};

const exampleOpened = {
  obligationId: 'agendaItem:0b7c6a52-1f3e-4c1e-9d7e-2a9f3f1c2b10:documents',
  kind: 'AGENDA_DOCUMENT' as const,
  agencyId: 'so-tai-chinh',
  dueOn: new Date('2026-11-20T00:00:00Z'),
  subject: { type: 'AgendaItem' as const, id: '0b7c6a52-1f3e-4c1e-9d7e-2a9f3f1c2b10' },
  content: 'COUNCIL_SESSIONS' as const,
  basis: 'Quy chế phối hợp: tài liệu gửi Thường trực HĐND chậm nhất 15 ngày trước kỳ họp',
  councilSessionId: 'c3d1f0e2-6b7a-4d2e-8f1a-5e6b7c8d9e0f',
  title: 'Tờ trình dự toán ngân sách thành phố năm 2027',
};

/**
 * The four obligation events of one service (`vn.hanoi.<service>.obligation.<verb>.v1`), the same shape for all:
 * the coordination index reads only these. The Kafka key is the aggregate that holds the obligation, so an
 * obligation's events stay in order.
 */
export function obligationContracts(service: string): ObligationContracts {
  const common = { service, entity: 'obligation' };
  return {
    opened: defineEvent({
      ...common,
      verb: 'opened',
      description: `An agency owes something by a day (${service} holds its clock).`,
      schema: opened,
      example: exampleOpened,
    }),
    rescheduled: defineEvent({
      ...common,
      verb: 'rescheduled',
      description: 'Its due day moved (an extension, a recomputed calendar, a new session date).',
      schema: rescheduled,
      example: { obligationId: exampleOpened.obligationId, dueOn: new Date('2026-11-27T00:00:00Z'), previousDueOn: exampleOpened.dueOn, on: new Date('2026-11-10T00:00:00Z'), reason: 'Session moved' },
    }),
    met: defineEvent({
      ...common,
      verb: 'met',
      description: 'It was done, on the day given (on time when not after its due day).',
      schema: met,
      example: { obligationId: exampleOpened.obligationId, metOn: new Date('2026-11-19T00:00:00Z') },
    }),
    cancelled: defineEvent({
      ...common,
      verb: 'cancelled',
      description: 'It is no longer owed (withdrawn, transferred, merged, closed otherwise).',
      schema: cancelled,
      example: { obligationId: exampleOpened.obligationId, on: new Date('2026-11-12T00:00:00Z'), reason: 'Agenda item withdrawn' },
    }),
  };
}

/** An obligation as the aggregate holding it implies it now. */
export interface Obligation {
  obligationId: string;
  kind: ObligationKind;
  agencyId: string;
  dueOn: Date;
  subject: { type: ObligationSubjectType; id: string };
  /** Defaults to the kind's content. */
  content?: RegulationContent;
  basis: string;
  councilSessionId?: string | null;
  /** Public words only (see the contract). */
  title?: string | null;
  metOn: Date | null;
  /** No longer owed (and not met); `reason` says why. */
  cancelled?: boolean;
  /** With `cancelled`: closed as failed, so it counts as missed whenever it was closed. */
  failed?: boolean;
  reason?: string;
}

const sameDay = (a: Date | null | undefined, b: Date | null | undefined) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * The obligation events a change implies, from the obligations before and after it: opened, rescheduled, met and
 * cancelled (an obligation that disappears unmet is cancelled; one cancelled and owed again is opened again).
 * `today` dates rescheduling and cancellation, so that one decided after the due day keeps the miss.
 */
export function obligationChanges(
  contracts: ObligationContracts,
  before: readonly Obligation[],
  after: readonly Obligation[],
  today: Date = hanoiToday(),
): EventDraft[] {
  const drafts: EventDraft[] = [];
  const previous = new Map(before.map((obligation) => [obligation.obligationId, obligation]));
  const open = (o: Obligation) =>
    drafts.push(
      contracts.opened.draft({
        obligationId: o.obligationId,
        kind: o.kind,
        agencyId: o.agencyId,
        dueOn: o.dueOn,
        subject: o.subject,
        content: o.content ?? obligationKinds[o.kind].content,
        basis: o.basis,
        councilSessionId: o.councilSessionId ?? null,
        title: o.title ?? null,
      }),
    );
  for (const next of after) {
    const prior = previous.get(next.obligationId);
    previous.delete(next.obligationId);
    const wasOwed = prior !== undefined && !prior.cancelled;
    if (next.cancelled) {
      if (wasOwed && !prior.metOn) {
        drafts.push(contracts.cancelled.draft({ obligationId: next.obligationId, on: today, reason: next.reason ?? 'no longer owed', ...(next.failed && { missed: true }) }));
      }
      continue;
    }
    if (!wasOwed) open(next);
    else if (!sameDay(prior.dueOn, next.dueOn) && !prior.metOn) {
      drafts.push(
        contracts.rescheduled.draft({ obligationId: next.obligationId, dueOn: next.dueOn, previousDueOn: prior.dueOn, on: today, reason: next.reason ?? 'due day changed' }),
      );
    }
    if (next.metOn && !(wasOwed && prior.metOn)) drafts.push(contracts.met.draft({ obligationId: next.obligationId, metOn: next.metOn }));
  }
  for (const gone of previous.values()) {
    if (!gone.cancelled && !gone.metOn) drafts.push(contracts.cancelled.draft({ obligationId: gone.obligationId, on: today, reason: gone.reason ?? 'no longer owed' }));
  }
  return drafts;
}

/**
 * The entity-store hook of an aggregate that holds obligations: its events follow from `obligationsOf` the
 * document before and after every write, in that same write (so an obligation never diverges from its aggregate).
 */
export function obligationEvents<T>(contracts: ObligationContracts, obligationsOf: (doc: T) => Obligation[]): DerivedEvents<T> {
  return (before, after) => obligationChanges(contracts, before ? obligationsOf(before) : [], obligationsOf(after));
}
