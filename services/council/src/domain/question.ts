import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';
import { addDays, isOverdue, pastOrToday } from './council';

/**
 * Calendar days after a session closes by which a questioned agency answers in writing, when
 * `COUNCIL_QUESTION_ANSWER_DAYS` is not set.
 *
 * ASSUMPTION [U]: the legal period of a written answer to a question (trả lời chất vấn bằng văn bản) is not
 * confirmed: questions not answered at the session are answered in writing by a time the council sets, and its
 * working rules fix the practice. 20 days is a placeholder: keep it configurable and confirm it with the council's office.
 */
export const defaultQuestionAnswerDays = 20;

/** Hạn trả lời chất vấn: the session's closing day plus `answerDays` calendar days. */
export const answerDueOn = (sessionClosesOn: Date, answerDays: number = defaultQuestionAnswerDays): Date => addDays(sessionClosesOn, answerDays);

/**
 * Chậm trả lời: answered after the due day, or still unanswered once it has passed (Hanoi day). A question without a
 * due day (recorded before answer deadlines were kept) is never late.
 */
export const isAnswerLate = (question: { dueOn: Date | null; answeredOn: Date | null }, today: Date = hanoiToday()): boolean =>
  question.dueOn ? isOverdue(question.dueOn, question.answeredOn, today) : false;

/** Chất vấn — a deputy questions the head of an agency at a session; the agency answers. */
export const askQuestionInput = z.object({
  councilSessionId: id,
  askedByDeputyId: id,
  addressedToAgencyId: id,
  text: text(4_000),
});
export type AskQuestionInput = z.output<typeof askQuestionInput>;

/** Only deputies of the session's own term may question at it. */
export const askerTermProblem = (deputyTerm: string, sessionTerm: string) =>
  deputyTerm === sessionTerm ? undefined : `is a deputy of the term ${deputyTerm}, not of the session's term ${sessionTerm}`;

export const answerQuestionInput = z.object({
  answer: text(20_000),
  answeredOn: pastOrToday(),
});
export type AnswerQuestionInput = z.output<typeof answerQuestionInput>;

export const questionFilter = z
  .object({
    councilSessionId: id.nullish(),
    addressedToAgencyId: id.nullish(),
    askedByDeputyId: id.nullish(),
    status: z.enum(['ASKED', 'ANSWERED']).nullish(),
  })
  .default({});
export type QuestionFilter = z.output<typeof questionFilter>;
