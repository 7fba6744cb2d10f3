import { caseCategorySchema, hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';

export const voterMeetingKinds = ['BEFORE_SESSION', 'AFTER_SESSION', 'THEMATIC'] as const;
/** A meeting lists at most this many recommendations; longer minutes are split into several records. */
export const maxRecommendationsPerMeeting = 200;

export const raisedRecommendationInput = z.object({
  text: text(4_000),
  category: caseCategorySchema,
  addressedToAgencyId: id.nullish(),
});

export const recordVoterMeetingInput = z
  .object({
    kind: z.enum(voterMeetingKinds),
    heldOn: z.date().superRefine((heldOn, ctx) => {
      const problem = heldOnProblem(heldOn);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    place: text(500),
    administrativeUnitId: id,
    councilSessionId: id.nullish(),
    nationalAssemblyDeputyIds: z.array(id).max(50).nullish(),
    councilDeputyIds: z.array(id).max(200).nullish(),
    attendance: z.number().int().min(0, 'cannot be negative').max(100_000),
    recommendations: z.array(raisedRecommendationInput).max(maxRecommendationsPerMeeting),
  })
  .superRefine((input, ctx) => {
    if (input.kind === 'BEFORE_SESSION' && !input.councilSessionId) {
      // Before-session meetings feed one session's voter report; knowing which keeps F1 deadlines right.
      ctx.addIssue({ code: 'custom', path: ['councilSessionId'], message: 'is required for a meeting before a session' });
    }
  });

export type RecordVoterMeetingInput = z.output<typeof recordVoterMeetingInput>;

/** A held meeting cannot be dated after today (Hanoi time). */
export function heldOnProblem(heldOn: Date, today: Date = hanoiToday()): string | undefined {
  return heldOn.getTime() > today.getTime() ? 'cannot be in the future for a meeting that was held' : undefined;
}

/** Numbers recommendations from 1 in the order the minutes list them. */
export const numberRecommendations = (recommendations: RecordVoterMeetingInput['recommendations']) =>
  recommendations.map((recommendation, index) => ({
    number: index + 1,
    text: recommendation.text,
    category: recommendation.category,
    addressedToAgencyId: recommendation.addressedToAgencyId ?? null,
  }));
