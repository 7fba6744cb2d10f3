import { eventType, hanoiToday, id, parseCalendarDate, text } from '@hanoi/platform';
import { z } from 'zod';

/** WITHDRAWN: the case left the agency (transferred, declined, merged, resolved or closed otherwise) unanswered. */
export const assignmentStatuses = ['ASSIGNED', 'ANSWERED', 'WITHDRAWN'] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];
export type AssignmentSubjectType = 'PETITION';

/** The answer an agency gives (trả lời kiến nghị / kết quả giải quyết) is bounded like other long texts. */
export const maxAnswerLength = 10_000;

export const answerAssignmentInput = z.object({
  answer: text(maxAnswerLength),
  answeredOn: z.date().superRefine((answeredOn, ctx) => {
    const problem = answeredOnProblem(answeredOn);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
});
export type AnswerAssignmentInput = z.output<typeof answerAssignmentInput>;

/** Sort key of assignments without a due date: after every dated one. */
export const undatedSortKey = new Date(Date.UTC(9999, 11, 31));

/** An answer cannot be dated after today (Hanoi time). */
export function answeredOnProblem(answeredOn: Date, today: Date = hanoiToday()): string | undefined {
  return answeredOn.getTime() > today.getTime() ? 'cannot be in the future' : undefined;
}

const calendarDate = z
  .string()
  .refine((value) => {
    try {
      parseCalendarDate(value);
      return true;
    } catch {
      return false;
    }
  }, 'must be a calendar day YYYY-MM-DD')
  .transform((value) => parseCalendarDate(value));

/** Type of the petitions event that routes a case to an agency (flow F2). */
export const petitionRoutedType = eventType('petitions', 'petition', 'routed');

/** Petitions' events after which a case no longer needs an answer from the agency it was assigned to. */
export const petitionEndedTypes = {
  declined: eventType('petitions', 'petition', 'declined'),
  resolved: eventType('petitions', 'petition', 'resolved'),
  closed: eventType('petitions', 'petition', 'closed'),
} as const;

/** `data` of those events, as far as the committee reads it. */
export const petitionEndedData = z.object({
  petitionId: id,
  reasonCode: z.string().max(100).nullish(),
  mergedInto: z.string().max(200).nullish(),
});
export type PetitionEnded = z.output<typeof petitionEndedData>;

/** Petitions' events that may move a case's current due date (acceptance adds the resolution period, etc.). */
export const petitionDueChangedTypes = ['accepted', 'started', 'dueDateSet', 'deadlineExtended', 'deadlinesRecomputed'].map((verb) =>
  eventType('petitions', 'petition', verb),
);

/** `data` of those events, as far as the committee reads it: the case's current due date after the change. */
export const petitionDueData = z.object({
  petitionId: id,
  agencyId: id,
  dueOn: calendarDate.nullish().transform((value) => value ?? null),
});
export type PetitionDue = z.output<typeof petitionDueData>;

/** Why an open assignment is withdrawn, in words its agency's staff read on the assignment. */
export function withdrawalReason(
  change: { routedTo: string } | { ended: keyof typeof petitionEndedTypes; data: PetitionEnded },
): string {
  if ('routedTo' in change) return `The case was transferred to ${change.routedTo}`;
  const { ended, data } = change;
  if (ended === 'declined') {
    return data.mergedInto ? `The case was merged into ${data.mergedInto} as a duplicate` : `The case was declined (${data.reasonCode ?? 'no reason code'})`;
  }
  return ended === 'resolved' ? 'The case was resolved without this assignment\'s answer' : 'The case was closed';
}

/** `data` of `petition.routed`, as petitions publishes it. */
export const petitionRoutedData = z.object({
  petitionId: id,
  agencyId: id,
  /** Null when petitions has no due date for the case yet (e.g. the next regular session is not scheduled). */
  dueOn: calendarDate.nullish(),
  kind: z.string().max(100).nullish(),
  category: z.string().max(100).nullish(),
  subject: z.string().max(2_000).nullish(),
});
export type PetitionRouted = z.output<typeof petitionRoutedData>;

/**
 * Whether a case routed to `agencyId` is the committee's to assign: the committee itself or any agency whose
 * parent chain reaches it (departments, commune-level committees). `parentOf` returns undefined for an unknown agency.
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
