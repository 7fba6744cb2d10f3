import { hanoiToday, id, parseCalendarDate, text } from '@hanoi/platform';
import { z } from 'zod';

export const assignmentStatuses = ['ASSIGNED', 'ANSWERED'] as const;
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
export const petitionRoutedType = 'vn.hanoi.petitions.petition.routed.v1';

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
