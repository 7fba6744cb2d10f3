import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';

/**
 * Hội nghị cử tri nơi cư trú / nơi công tác: voters' opinion of a candidate (Election Law 2015, art. 45 for NA
 * candidates and its People's Council counterpart), organised as the Standing Committee's resolution guides.
 */
export const voterConferenceKinds = ['RESIDENCE', 'WORKPLACE'] as const;
export type VoterConferenceKind = (typeof voterConferenceKinds)[number];

/**
 * Quorum of a residence conference (Nghị quyết 101/2025/UBTVQH15 guiding the 2026 elections, as its predecessors):
 * where fewer than 100 voters are invited, more than half of them; otherwise at least 55. A workplace conference has
 * no such figure: its organiser convenes it.
 */
export function quorumMet(kind: VoterConferenceKind, votersInvited: number, attendance: number): boolean {
  if (kind === 'WORKPLACE') return attendance > 0;
  return votersInvited < 100 ? attendance * 2 > votersInvited : attendance >= 55;
}

/** Share of the voters present who gave their confidence, in % with two decimals (0 when nobody attended). */
export const confidenceShare = (attendance: number, confidenceVotes: number): number =>
  attendance === 0 ? 0 : Math.round((confidenceVotes / attendance) * 10_000) / 100;

/** The candidate has the confidence of more than half the voters present (what the third round weighs). */
export const isTrusted = (attendance: number, confidenceVotes: number): boolean => confidenceVotes * 2 > attendance;

const count = z.number().int('must be a whole number').min(0, 'cannot be negative').max(100_000, 'must be at most 100000');

export const recordVoterConferenceInput = z
  .object({
    candidateId: id,
    kind: z.enum(voterConferenceKinds),
    heldOn: z.date().refine((day) => day.getTime() <= hanoiToday().getTime(), 'cannot be in the future'),
    /** Thôn, tổ dân phố or workplace where it was held. */
    place: text(500),
    votersInvited: count.min(1, 'must be at least 1'),
    attendance: count,
    confidenceVotes: count,
  })
  .superRefine((input, ctx) => {
    if (input.attendance > input.votersInvited) ctx.addIssue({ code: 'custom', path: ['attendance'], message: 'cannot exceed the voters invited' });
    if (input.confidenceVotes > input.attendance) ctx.addIssue({ code: 'custom', path: ['confidenceVotes'], message: 'cannot exceed the voters present' });
  });
export type RecordVoterConferenceInput = z.output<typeof recordVoterConferenceInput>;

/**
 * Voters are consulted on a candidate after the second consultation round and before the third (art. 45 and NQ 101/2025/UBTVQH15):
 * what stands against recording the conference for a candidate in this standing (the input field at fault), or undefined.
 */
export function conferenceStandingProblem(
  candidate: { status: string; round: number },
  secondRoundHeldOn: Date | null,
  heldOn: Date,
): { field: 'candidateId' | 'heldOn'; message: string } | undefined {
  if (candidate.round !== 2 && candidate.round !== 3) {
    return { field: 'candidateId', message: 'voters are consulted on candidates of the second consultation round, before the third' };
  }
  if (candidate.status === 'WITHDRAWN' || candidate.status === 'REJECTED') return { field: 'candidateId', message: `the candidate is ${candidate.status}` };
  if (secondRoundHeldOn && heldOn.getTime() < secondRoundHeldOn.getTime()) return { field: 'heldOn', message: 'cannot be before the second consultation round' };
  return undefined;
}
