import { caseCategorySchema } from '@hanoi/contracts';
import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';

/**
 * Kiến nghị cử tri do Quốc hội chuyển đến: a voter recommendation the National Assembly forwarded to a city
 * agency. The agency answers within 60 days; petitions opens the case and runs that deadline (flow F5).
 */
export const forwardVoterRecommendationInput = z.object({
  text: text(4_000),
  category: caseCategorySchema,
  forwardedOn: z.date().superRefine((forwardedOn, ctx) => {
    const problem = forwardedOnProblem(forwardedOn);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  addressedToAgencyId: id,
  nationalAssemblyDeputyId: id.nullish(),
});
export type ForwardVoterRecommendationInput = z.output<typeof forwardVoterRecommendationInput>;

/** The forwarding already happened: its date cannot be after today (Hanoi time); the 60 days run from it. */
export function forwardedOnProblem(forwardedOn: Date, today: Date = hanoiToday()): string | undefined {
  return forwardedOn.getTime() > today.getTime() ? 'cannot be in the future' : undefined;
}

export const forwardedVoterRecommendationFilter = z.object({
  category: caseCategorySchema.nullish(),
  addressedToAgencyId: id.nullish(),
  nationalAssemblyDeputyId: id.nullish(),
  forwardedFrom: z.date().nullish(),
  forwardedTo: z.date().nullish(),
});
export type ForwardedVoterRecommendationFilter = z.output<typeof forwardedVoterRecommendationFilter>;
