import { type Obligation } from '@hanoi/contracts';
import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';
import { pastOrToday } from './programme';

/**
 * Kiến nghị sau giám sát, followed to closure: issued → in progress → implemented / partly implemented /
 * not implemented, as the addressed agency reports; a re-supervision (tái giám sát) then closes it or keeps it open
 * with a new due date (a new round). Resolved: implemented, or closed at a re-supervision.
 */
export const recommendationStatuses = ['ISSUED', 'IN_PROGRESS', 'IMPLEMENTED', 'PARTIALLY_IMPLEMENTED', 'NOT_IMPLEMENTED'] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];
/** What a report or a finding can say of the implementation. */
export const assessedStatuses = ['IMPLEMENTED', 'PARTIALLY_IMPLEMENTED', 'NOT_IMPLEMENTED'] as const;
export const reportStatuses = ['IN_PROGRESS', ...assessedStatuses] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** A round of the recommendation: its due day, and when it was implemented or superseded by a new round. */
export interface RecommendationRound {
  round: number;
  dueOn: Date;
  /** The day an IMPLEMENTED report (or a finding of implementation) came, in this round. */
  implementedOn: Date | null;
  /** The day a re-supervision kept the recommendation open with a new due date (ends this round). */
  supersededOn: Date | null;
}

/** Evidence of implementation (a decision, a report, a photo record): a title and where to find it. */
export const evidenceInput = z.object({ title: text(500), reference: text(2_000) });
export type Evidence = z.output<typeof evidenceInput>;

export const addSupervisionRecommendationInput = z.object({
  programmeId: id,
  addressedToAgencyId: id,
  text: text(4_000),
  dueOn: z.date(),
});
export type AddSupervisionRecommendationInput = z.output<typeof addSupervisionRecommendationInput>;

export const reportRecommendationImplementationInput = z.object({
  status: z.enum(reportStatuses, {
    errorMap: () => ({ message: `must be one of ${reportStatuses.join(', ')}` }),
  }),
  report: text(20_000),
  reportedOn: pastOrToday(),
  evidence: z.array(evidenceInput).max(50, 'must list at most 50 pieces of evidence').nullish().transform((value) => value ?? []),
});
export type ReportRecommendationImplementationInput = z.output<typeof reportRecommendationImplementationInput>;

/** What a re-supervision decides for one recommendation it re-examines. */
export const reSupervisionOutcomes = ['CLOSED', 'KEPT_OPEN'] as const;
export type ReSupervisionOutcome = (typeof reSupervisionOutcomes)[number];

export const recordReSupervisionFindingInput = z
  .object({
    recommendationId: id,
    finding: text(20_000),
    assessedStatus: z.enum(assessedStatuses),
    outcome: z.enum(reSupervisionOutcomes),
    /** Required when KEPT_OPEN: the new due day, after the finding. */
    newDueOn: z.date().nullish().transform((value) => value ?? null),
    recordedOn: pastOrToday(),
  })
  .superRefine((input, ctx) => {
    const problem = newDueProblem(input.outcome, input.newDueOn, input.recordedOn);
    if (problem) ctx.addIssue({ code: 'custom', path: ['newDueOn'], message: problem });
  });
export type RecordReSupervisionFindingInput = z.output<typeof recordReSupervisionFindingInput>;

/** KEPT_OPEN needs a new due day after the finding; CLOSED takes none. */
export function newDueProblem(outcome: ReSupervisionOutcome, newDueOn: Date | null, recordedOn: Date): string | undefined {
  if (outcome === 'CLOSED') return newDueOn ? 'is only for a recommendation KEPT_OPEN' : undefined;
  if (!newDueOn) return 'is required when the recommendation is KEPT_OPEN';
  return newDueOn.getTime() <= recordedOn.getTime() ? 'must be after recordedOn' : undefined;
}

export const isResolved = (recommendation: { status: RecommendationStatus; closed: boolean }) =>
  recommendation.closed || recommendation.status === 'IMPLEMENTED';

/** A closed recommendation takes no more reports. */
export const reportProblem = (recommendation: { closed: boolean }): string | undefined =>
  recommendation.closed ? 'the recommendation was closed at a re-supervision: it takes no more reports' : undefined;

/** Overdue (quá hạn): unresolved after its due day (a recommendation due today is not yet overdue). */
export function isRecommendationOverdue(
  recommendation: { status: RecommendationStatus; closed: boolean; dueOn: Date },
  today: Date = hanoiToday(),
): boolean {
  return !isResolved(recommendation) && recommendation.dueOn.getTime() < today.getTime();
}

/**
 * The rounds after a report: an IMPLEMENTED report meets the current round (on the report day) unless it already
 * was; other reports change nothing of the rounds.
 */
export function roundsAfterReport(rounds: readonly RecommendationRound[], status: ReportStatus, on: Date): RecommendationRound[] {
  if (status !== 'IMPLEMENTED') return [...rounds];
  return rounds.map((round, index) => (index === rounds.length - 1 && !round.implementedOn ? { ...round, implementedOn: on } : round));
}

/**
 * The rounds after a re-supervision finding: KEPT_OPEN supersedes the current round and opens the next one with the
 * new due day; CLOSED with IMPLEMENTED meets the current round on the finding day (unless it was met already).
 */
export function roundsAfterFinding(rounds: readonly RecommendationRound[], input: Pick<RecordReSupervisionFindingInput, 'outcome' | 'assessedStatus' | 'newDueOn' | 'recordedOn'>): RecommendationRound[] {
  const current = rounds[rounds.length - 1]!;
  const earlier = rounds.slice(0, -1);
  if (input.outcome === 'KEPT_OPEN') {
    return [...earlier, { ...current, supersededOn: input.recordedOn }, { round: current.round + 1, dueOn: input.newDueOn!, implementedOn: null, supersededOn: null }];
  }
  if (input.assessedStatus === 'IMPLEMENTED' && !current.implementedOn) return [...earlier, { ...current, implementedOn: input.recordedOn }];
  return [...rounds];
}

/**
 * The obligations a recommendation holds (flow F4): one per round, owed by the addressed agency by the round's due
 * day, met when implemented; a round a re-supervision superseded is cancelled that day (missed if that was after its
 * due day). A recommendation closed unimplemented at a re-supervision closes its last round as failed: missed on its
 * due day, with the days late fixed at the closing.
 */
export function recommendationObligations(doc: { _id: string; addressedToAgencyId: string; closed: boolean; rounds: readonly RecommendationRound[] }): Obligation[] {
  return doc.rounds.map((round, index) => {
    const last = index === doc.rounds.length - 1;
    const closedUnmet = last && doc.closed && round.implementedOn === null;
    return {
      obligationId: `supervisionRecommendation:${doc._id}:${round.round}`,
      kind: 'SUPERVISION_RECOMMENDATION',
      agencyId: doc.addressedToAgencyId,
      dueOn: round.dueOn,
      subject: { type: 'SupervisionRecommendation', id: doc._id },
      basis: round.round === 1 ? 'Kết luận giám sát: thời hạn thực hiện kiến nghị' : `Tái giám sát: thời hạn mới (lần ${round.round})`,
      metOn: round.implementedOn,
      cancelled: (round.supersededOn !== null || closedUnmet) && round.implementedOn === null,
      failed: closedUnmet,
      reason: closedUnmet ? 'closed at a re-supervision as not (fully) implemented' : 'kept open at a re-supervision with a new due date',
    };
  });
}

/**
 * The day the overdue escalation of the current round is still to be published (the sweeper's key): the due day
 * while the recommendation is unresolved and no escalation went out for that day; otherwise null.
 */
export function escalationKey(doc: { status: RecommendationStatus; closed: boolean; dueOn: Date; escalatedFor: Date | null }): Date | null {
  if (isResolved(doc)) return null;
  return doc.escalatedFor?.getTime() === doc.dueOn.getTime() ? null : doc.dueOn;
}
