import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';

export const socialCritiqueStatuses = ['OPEN', 'REPORTED'] as const;
export type SocialCritiqueStatus = (typeof socialCritiqueStatuses)[number];

/** Phản biện xã hội: the front critiques a draft (resolution, plan, project) before it is adopted. */
export const createSocialCritiqueInput = z.object({
  targetDocument: text(500),
  draftingAgencyId: id,
  deadline: z.date(),
});
export type CreateSocialCritiqueInput = z.output<typeof createSocialCritiqueInput>;

/** Văn bản phản biện xã hội — the front's critique report sent to the drafting agency. */
export const submitSocialCritiqueReportInput = z.object({
  report: text(50_000),
  reportedOn: z.date().superRefine((reportedOn, ctx) => {
    if (reportedOn.getTime() > hanoiToday().getTime()) ctx.addIssue({ code: 'custom', message: 'cannot be in the future' });
  }),
});
export type SubmitSocialCritiqueReportInput = z.output<typeof submitSocialCritiqueReportInput>;

/** A report sent after the drafting agency's deadline is late (the deadline day itself is on time). */
export const isLate = (deadline: Date, reportedOn: Date | null | undefined): boolean =>
  reportedOn != null && reportedOn.getTime() > deadline.getTime();

/** Still open after its deadline (today, Hanoi time, is past the deadline day). */
export const isOverdue = (critique: { status: string; deadline: Date }, today: Date = hanoiToday()): boolean =>
  critique.status === 'OPEN' && today.getTime() > critique.deadline.getTime();
