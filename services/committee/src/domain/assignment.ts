import { hanoiToday, text } from '@hanoi/platform';
import { z } from 'zod';

/**
 * WITHDRAWN: it no longer needs this agency's answer — the case left the agency (transferred, declined, merged,
 * resolved or closed otherwise), or a re-supervision closed the recommendation or reopened it with a new due day.
 */
export const assignmentStatuses = ['ASSIGNED', 'ANSWERED', 'WITHDRAWN'] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];
/** A petitions case routed to the committee (F2), or a post-supervision recommendation (kiến nghị sau giám sát). */
export const assignmentSubjectTypes = ['PETITION', 'SUPERVISION_RECOMMENDATION'] as const;
export type AssignmentSubjectType = (typeof assignmentSubjectTypes)[number];

/** The answer an agency gives (trả lời kiến nghị / kết quả giải quyết) is bounded like other long texts. */
export const maxAnswerLength = 10_000;
/** An assignment's one-line summary: as long as a case's subject line in petitions. */
export const maxSummaryLength = 500;

/** Báo cáo kết quả thực hiện kiến nghị: how far a supervision recommendation is implemented. */
export const implementationStatuses = ['IN_PROGRESS', 'IMPLEMENTED', 'PARTIALLY_IMPLEMENTED', 'NOT_IMPLEMENTED'] as const;
export type ImplementationStatus = (typeof implementationStatuses)[number];

/** Evidence of implementation (a decision, a report, a record): its title and where to find it. */
export const evidenceInput = z.object({ title: text(500), reference: text(2_000) });
export type Evidence = z.output<typeof evidenceInput>;

export const answerAssignmentInput = z.object({
  answer: text(maxAnswerLength),
  answeredOn: z.date().superRefine((answeredOn, ctx) => {
    const problem = answeredOnProblem(answeredOn);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  implementationStatus: z.enum(implementationStatuses).nullish().transform((value) => value ?? null),
  evidence: z.array(evidenceInput).max(50, 'must list at most 50 pieces of evidence').nullish().transform((value) => value ?? []),
});
export type AnswerAssignmentInput = z.output<typeof answerAssignmentInput>;

/** Sort key of assignments without a due date: after every dated one. */
export const undatedSortKey = new Date(Date.UTC(9999, 11, 31));

/** An answer cannot be dated after today (Hanoi time). */
export function answeredOnProblem(answeredOn: Date, today: Date = hanoiToday()): string | undefined {
  return answeredOn.getTime() > today.getTime() ? 'cannot be in the future' : undefined;
}

/**
 * What an answer lacks or must not carry for what the assignment is about (field and why), or undefined: the answer
 * to a supervision recommendation is its implementation report and says how far it is implemented; a case's answer
 * has no implementation status or evidence (petitions resolves the case with the text).
 */
export function answerProblem(subjectType: AssignmentSubjectType, input: AnswerAssignmentInput): { field: string; message: string } | undefined {
  if (subjectType === 'SUPERVISION_RECOMMENDATION') {
    return input.implementationStatus ? undefined : { field: 'implementationStatus', message: 'is required to answer a supervision recommendation' };
  }
  if (input.implementationStatus) return { field: 'implementationStatus', message: 'is only for a supervision recommendation' };
  if (input.evidence.length > 0) return { field: 'evidence', message: 'is only for a supervision recommendation' };
  return undefined;
}

/** A long text cut to an assignment's summary (a recommendation's text can run to 4,000 characters). */
export const summaryOf = (value: string): string => (value.length > maxSummaryLength ? `${value.slice(0, maxSummaryLength - 1)}…` : value);

/** What ended a case's open assignment in petitions, as far as the withdrawal reason tells it. */
export type CaseChange =
  | { routedTo: string }
  | { declined: { reasonCode: string; mergedInto?: string | null } }
  | { ended: 'resolved' | 'closed' };

/** Why a case's open assignment is withdrawn, in words its agency's staff read on the assignment. */
export function withdrawalReason(change: CaseChange): string {
  if ('routedTo' in change) return `The case was transferred to ${change.routedTo}`;
  if ('declined' in change) {
    const { reasonCode, mergedInto } = change.declined;
    return mergedInto ? `The case was merged into ${mergedInto} as a duplicate` : `The case was declined (${reasonCode})`;
  }
  return change.ended === 'resolved' ? "The case was resolved without this assignment's answer" : 'The case was closed';
}

/**
 * Why a recommendation's open assignment is withdrawn at a re-supervision (tái giám sát): closed, or kept open
 * with a new due day (the new round gets a new assignment).
 */
export function reSupervisionWithdrawalReason(finding: { outcome: 'CLOSED' | 'KEPT_OPEN'; assessedStatus: string; round: number }): string {
  return finding.outcome === 'CLOSED'
    ? `The recommendation was closed at re-supervision (assessed ${finding.assessedStatus})`
    : `The recommendation was kept open at re-supervision (assessed ${finding.assessedStatus}) with a new due day: round ${finding.round} is a new assignment`;
}

/**
 * Whether a case or recommendation addressed to `agencyId` is the committee's to assign: the committee itself or any
 * agency whose parent chain reaches it (departments, commune-level committees). `parentOf` returns undefined for an
 * unknown agency.
 */
export async function reachesAgency(
  agencyId: string,
  target: string,
  parentOf: (id: string) => Promise<string | null | undefined>,
  maxDepth = 10,
): Promise<boolean> {
  let current: string | null | undefined = agencyId;
  for (let depth = 0; current && depth <= maxDepth; depth++) {
    if (current === target) return true;
    current = await parentOf(current);
  }
  return false;
}

/** The assignment that stands for a subject now: its open one (the latest, should there be two), else its latest. */
export function currentAssignment<T extends { status: AssignmentStatus }>(oldestFirst: readonly T[]): T | null {
  return oldestFirst.findLast((assignment) => assignment.status === 'ASSIGNED') ?? oldestFirst.at(-1) ?? null;
}
