import { id, text } from '@hanoi/platform';
import { z } from 'zod';
import type { ConsultationStatus } from './law-consultation';

/** Góp ý: one agency's written opinion on a draft, at most 20 000 characters (longer texts go as attachments). */
export const submitContributionInput = z.object({
  consultationId: id,
  agencyId: id,
  content: text(20_000),
  submittedOn: z.date(),
});
export type SubmitContributionInput = z.output<typeof submitContributionInput>;

/** Contributions are accepted only while the consultation is OPEN. */
export function contributionStatusProblem(status: ConsultationStatus): string | undefined {
  return status === 'OPEN' ? undefined : `the consultation is ${status}: contributions are accepted only while it is OPEN`;
}

/** Submitted after the last day while the consultation was still open. */
export const isLate = (submittedOn: Date, closesOn: Date) => submittedOn.getTime() > closesOn.getTime();
