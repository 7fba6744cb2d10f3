import { id, text } from '@hanoi/platform';
import { z } from 'zod';

/**
 * Where a contribution to a consultation came from: an agency (invited or not), citizens' opinions gathered at a
 * voter meeting (tiếp xúc cử tri), or a citizen online. A citizen's contribution keeps no personal data: not who
 * gave it, only the opinion, its source and, optionally, the administrative unit it came from.
 */
export const contributionSources = ['AGENCY', 'VOTER_MEETING', 'ONLINE_CITIZEN'] as const;
export type ContributionSource = (typeof contributionSources)[number];
export type CitizenSource = Exclude<ContributionSource, 'AGENCY'>;

export const submitCitizenContributionInput = z
  .object({
    consultationId: id,
    source: z.enum(['VOTER_MEETING', 'ONLINE_CITIZEN']),
    content: text(20_000),
    submittedOn: z.date(),
    /** The front's voter meeting the opinions were raised at: required for VOTER_MEETING, absent otherwise. */
    voterMeetingId: id.nullish().transform((value) => value ?? null),
    /** The commune-level unit the opinion came from, when known (no address, no person). */
    administrativeUnitId: id.nullish().transform((value) => value ?? null),
  })
  .superRefine((input, ctx) => {
    if (input.source === 'VOTER_MEETING' && !input.voterMeetingId) ctx.addIssue({ code: 'custom', path: ['voterMeetingId'], message: 'is required for a VOTER_MEETING contribution' });
    if (input.source === 'ONLINE_CITIZEN' && input.voterMeetingId) ctx.addIssue({ code: 'custom', path: ['voterMeetingId'], message: 'must be absent for an ONLINE_CITIZEN contribution' });
  });
export type SubmitCitizenContributionInput = z.output<typeof submitCitizenContributionInput>;

/**
 * The stored `agencyId` of a citizen's contribution: a value of its own (`citizen:<id>`), never an agency's, so the
 * unique index "one contribution per agency and consultation" never joins two citizens' (FerretDB has no partial
 * indexes). Read a contribution's agency with `contributingAgencyId`.
 */
export const citizenContributorKey = (contributionId: string) => `citizen:${contributionId}`;

/** The contributing agency: null for a citizen's contribution. */
export const contributingAgencyId = (doc: { source?: ContributionSource | null; agencyId: string }): string | null =>
  (doc.source ?? 'AGENCY') === 'AGENCY' ? doc.agencyId : null;
