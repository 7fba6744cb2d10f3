import type { Obligation } from '@hanoi/contracts';
import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';
import { organiserOf } from './organiser';

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

/**
 * Văn bản phản biện xã hội (flow F4): the organising front committee owes its critique report to the drafting agency
 * by the deadline that agency set, met on the day the report went out. The title is the draft's name (public).
 */
export function socialCritiqueObligations(critique: {
  _id: string;
  targetDocument: string;
  deadline: Date;
  organiserAgencyId?: string | null;
  reportedOn?: Date | null;
}): Obligation[] {
  return [
    {
      obligationId: `socialCritique:${critique._id}:report`,
      kind: 'SOCIAL_CRITIQUE_REPORT',
      agencyId: organiserOf(critique),
      dueOn: critique.deadline,
      subject: { type: 'SocialCritique', id: critique._id },
      basis: 'Luật Mặt trận Tổ quốc Việt Nam 2015 (phản biện xã hội); Quy chế phối hợp: văn bản phản biện gửi cơ quan chủ trì soạn thảo theo thời hạn cơ quan đó đề nghị',
      title: critique.targetDocument,
      metOn: critique.reportedOn ?? null,
    },
  ];
}
