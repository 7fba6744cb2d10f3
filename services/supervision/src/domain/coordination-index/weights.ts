import { obligationKinds, obligationKindSchema, type ObligationKind } from '@hanoi/contracts';
import { z } from 'zod';

/** A version of the index's weights: one non-negative weight per obligation kind. */
export interface Weights {
  version: number;
  byKind: Record<ObligationKind, number>;
}

/**
 * Version 1 (the default until an administrator sets another). Preparing council sessions on time is the
 * regulation's own yardstick of the index, so its duties weigh most (3); statutory answers to citizens and voters,
 * and supervision recommendations, weigh 2; the rest 1.
 */
export const defaultWeights: Weights = {
  version: 1,
  byKind: {
    AGENDA_DOCUMENT: 3,
    SESSION_PROGRAMME: 3,
    VOTER_OPINION_REPORT: 3,
    QUESTION_ANSWER: 2,
    CASE_ACCEPTANCE: 1,
    CASE_INITIAL_HANDLING: 1,
    CASE_NOTICE: 1,
    CASE_RESOLUTION: 2,
    CASE_ANSWER: 1,
    VOTER_RECOMMENDATION_ANSWER: 2,
    NA_RECOMMENDATION_ANSWER: 2,
    ASSIGNMENT_ANSWER: 1,
    SUPERVISION_RECOMMENDATION: 2,
    COORDINATION_TASK: 1,
    LAW_CONSULTATION_CONTRIBUTION: 1,
    SOCIAL_CRITIQUE_REPORT: 1,
  },
};

/** Largest weight: a weight is a relative importance, not a count. */
export const maxWeight = 100;

export const setWeightsInput = z.object({
  weights: z
    .array(
      z.object({
        kind: obligationKindSchema,
        weight: z.number().finite().min(0, 'must not be negative').max(maxWeight, `must be at most ${maxWeight}`),
      }),
    )
    .min(1, 'must change at least one weight')
    .max(Object.keys(obligationKinds).length)
    .refine((items) => new Set(items.map((item) => item.kind)).size === items.length, 'must not name a kind twice'),
  note: z.string().trim().min(1, 'must say why the weights change').max(2_000),
});
export type SetWeightsInput = z.output<typeof setWeightsInput>;

/** The next version: the current weights with the given ones replaced; a problem when every weight would be zero. */
export function nextWeights(current: Weights, input: SetWeightsInput): Weights | { problem: string } {
  const byKind = { ...current.byKind };
  for (const { kind, weight } of input.weights) byKind[kind] = weight;
  if (Object.values(byKind).every((weight) => weight === 0)) return { problem: 'at least one weight must be positive (all zero leave nothing to measure)' };
  return { version: current.version + 1, byKind };
}
