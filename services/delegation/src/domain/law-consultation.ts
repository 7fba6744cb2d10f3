import type { Obligation } from '@hanoi/contracts';
import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';

/** What the National Assembly will adopt: a law (luật), an ordinance (pháp lệnh) or a resolution (nghị quyết). */
export const draftKinds = ['LAW', 'ORDINANCE', 'RESOLUTION'] as const;
export type DraftKind = (typeof draftKinds)[number];

export const consultationStatuses = ['OPEN', 'CLOSED', 'SUMMARY_SENT'] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];

/** Agencies one consultation may invite; a longer list is a mistake in the request. */
export const maxInvitedAgencies = 500;

/**
 * Lấy ý kiến góp ý dự thảo luật, pháp lệnh: the delegation sends a draft to agencies and collects their
 * opinions between `opensOn` and `closesOn`, then sends a summary to the National Assembly.
 */
export const createLawConsultationInput = z
  .object({
    draftTitle: text(500),
    draftKind: z.enum(draftKinds),
    opensOn: z.date(),
    closesOn: z.date(),
    invitedAgencyIds: z
      .array(id)
      .min(1, 'must invite at least one agency')
      .max(maxInvitedAgencies, `must invite at most ${maxInvitedAgencies} agencies`)
      .transform((ids) => [...new Set(ids)]),
  })
  .superRefine((input, ctx) => {
    const problem = closesOnProblem(input.opensOn, input.closesOn);
    if (problem) ctx.addIssue({ code: 'custom', path: ['closesOn'], message: problem });
  });
export type CreateLawConsultationInput = z.output<typeof createLawConsultationInput>;

/** A consultation must leave at least one day after it opens. */
export function closesOnProblem(opensOn: Date, closesOn: Date): string | undefined {
  return closesOn.getTime() <= opensOn.getTime() ? 'must be after opensOn' : undefined;
}

export const sendConsultationSummaryInput = z.object({
  summary: text(20_000),
  sentOn: z.date(),
});
export type SendConsultationSummaryInput = z.output<typeof sendConsultationSummaryInput>;

export const lawConsultationFilter = z.object({
  status: z.enum(consultationStatuses).nullish(),
  draftKind: z.enum(draftKinds).nullish(),
  invitedAgencyId: id.nullish(),
});
export type LawConsultationFilter = z.output<typeof lawConsultationFilter>;

/** The only allowed status changes: OPEN → CLOSED (close), CLOSED → SUMMARY_SENT (sendSummary). */
export const consultationTransitions = {
  close: { from: 'OPEN', to: 'CLOSED' },
  sendSummary: { from: 'CLOSED', to: 'SUMMARY_SENT' },
} as const satisfies Record<string, { from: ConsultationStatus; to: ConsultationStatus }>;
export type ConsultationAction = keyof typeof consultationTransitions;

/** Why `action` is not allowed in `status`, or undefined when it is. */
export function transitionProblem(status: ConsultationStatus, action: ConsultationAction): string | undefined {
  const { from } = consultationTransitions[action];
  return status === from ? undefined : `cannot ${action} a consultation that is ${status} (only from ${from})`;
}

/** A dated act on a consultation (summary sent, contribution submitted) cannot precede its opening or today. */
export function actDateProblem(opensOn: Date, on: Date, today: Date = hanoiToday()): string | undefined {
  if (on.getTime() < opensOn.getTime()) return 'cannot be before the consultation opened';
  if (on.getTime() > today.getTime()) return 'cannot be in the future';
  return undefined;
}

/** Invited agencies that have not contributed, in invitation order. */
export function pendingAgencyIds(invitedAgencyIds: readonly string[], contributedAgencyIds: Iterable<string>): string[] {
  const contributed = new Set(contributedAgencyIds);
  return invitedAgencyIds.filter((agencyId) => !contributed.has(agencyId));
}

/** The contribution an invited agency owes a consultation, as an obligation id (one per agency and consultation). */
export const contributionObligationId = (consultationId: string, agencyId: string) => `lawConsultation:${consultationId}:${agencyId}`;

/** Why a contribution is due on the consultation's last day. */
export const contributionBasis =
  'Quy chế phối hợp; Luật Tổ chức Quốc hội: Đoàn ĐBQH thành phố lấy ý kiến góp ý dự án luật, pháp lệnh; cơ quan được đề nghị gửi ý kiến chậm nhất ngày kết thúc lấy ý kiến';

/**
 * LAW_CONSULTATION_CONTRIBUTION (flow F4): one per invited agency, owed by it on the consultation's last day. The
 * consultation does not hold its contributions, so it never meets them: a contribution's own write does
 * (`contributionMeets`). Closing the consultation cancels those still missing on that day — missed all the same
 * when that is after their due day, not owed any more when the delegation closed early.
 */
export function consultationObligations(doc: {
  _id: string;
  draftTitle: string;
  closesOn: Date;
  invitedAgencyIds: readonly string[];
  missingAgencyIds?: readonly string[] | null;
}): Obligation[] {
  const missing = new Set(doc.missingAgencyIds ?? []);
  return doc.invitedAgencyIds.map((agencyId) => ({
    obligationId: contributionObligationId(doc._id, agencyId),
    kind: 'LAW_CONSULTATION_CONTRIBUTION',
    agencyId,
    dueOn: doc.closesOn,
    subject: { type: 'LawConsultation', id: doc._id },
    basis: contributionBasis,
    title: doc.draftTitle,
    metOn: null,
    cancelled: missing.has(agencyId),
    reason: 'consultation closed without a contribution from this agency',
  }));
}

/** The obligation a contribution meets, on its submission day: its agency's when invited (an uninvited one owed nothing). */
export function contributionMeets(
  consultation: { _id: string; invitedAgencyIds: readonly string[] },
  contribution: { agencyId: string; submittedOn: Date },
): { obligationId: string; metOn: Date } | null {
  if (!consultation.invitedAgencyIds.includes(contribution.agencyId)) return null;
  return { obligationId: contributionObligationId(consultation._id, contribution.agencyId), metOn: contribution.submittedOn };
}
