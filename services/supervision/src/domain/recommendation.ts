import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';
import { pastOrToday } from './programme';

/** Kiến nghị sau giám sát: open until the addressed agency reports how it was implemented. */
export const recommendationStatuses = ['OPEN', 'IMPLEMENTED', 'PARTIALLY_IMPLEMENTED', 'NOT_IMPLEMENTED'] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];
export const reportedStatuses = ['IMPLEMENTED', 'PARTIALLY_IMPLEMENTED', 'NOT_IMPLEMENTED'] as const;

export const addSupervisionRecommendationInput = z.object({
  programmeId: id,
  addressedToAgencyId: id,
  text: text(4_000),
  dueOn: z.date(),
});
export type AddSupervisionRecommendationInput = z.output<typeof addSupervisionRecommendationInput>;

export const reportRecommendationImplementationInput = z.object({
  status: z.enum(reportedStatuses, {
    errorMap: () => ({ message: `must be one of ${reportedStatuses.join(', ')} (a report closes an OPEN recommendation)` }),
  }),
  report: text(20_000),
  reportedOn: pastOrToday(),
});
export type ReportRecommendationImplementationInput = z.output<typeof reportRecommendationImplementationInput>;

/** Only an OPEN recommendation takes an implementation report; a second report is a conflict. */
export function reportProblem(status: RecommendationStatus): string | undefined {
  return status === 'OPEN' ? undefined : `the recommendation is already reported as ${status}`;
}

/** Overdue (quá hạn): still OPEN and its due day has passed (a recommendation due today is not yet overdue). */
export function isRecommendationOverdue(recommendation: { status: string; dueOn: Date }, today: Date = hanoiToday()): boolean {
  return recommendation.status === 'OPEN' && recommendation.dueOn.getTime() < today.getTime();
}
