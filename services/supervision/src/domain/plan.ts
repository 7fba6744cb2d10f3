import { text } from '@hanoi/platform';
import { z } from 'zod';

/** Kế hoạch phối hợp hằng năm: one a year, its items are coordination tasks with their regulation content. */
export const createCoordinationPlanInput = z.object({
  year: z.number().int().min(2000, 'must be between 2000 and 2100').max(2100, 'must be between 2000 and 2100'),
  title: text(500),
});
export type CreateCoordinationPlanInput = z.output<typeof createCoordinationPlanInput>;

/** A plan item falls due within the plan's year. */
export function planItemProblem(planYear: number, dueOn: Date): string | undefined {
  return dueOn.getUTCFullYear() === planYear ? undefined : `must fall within the plan's year ${planYear}`;
}
