import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';

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
  answeredOn: z.date().refine((answeredOn) => answeredOn.getTime() <= hanoiToday().getTime(), 'cannot be in the future'),
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
