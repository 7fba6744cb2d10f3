import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';

export const electionKinds = ['NATIONAL_ASSEMBLY', 'PEOPLES_COUNCIL', 'PEOPLES_JURORS'] as const;
export type ElectionKind = (typeof electionKinds)[number];
/** The Law on Election of NA and People's Council Deputies 2015 (arts. 38, 43, 50) holds three consultation rounds. */
export const consultationRounds = 3;

export const candidateStatuses = ['NOMINATED', 'ACCEPTED', 'WITHDRAWN', 'REJECTED'] as const;
export type CandidateStatus = (typeof candidateStatuses)[number];
/** Out of the race: a withdrawn or rejected candidate appears in no later round. */
export const finalCandidateStatuses: readonly CandidateStatus[] = ['WITHDRAWN', 'REJECTED'];

export const createElectionConsultationInput = z.object({
  election: z.enum(electionKinds),
  /** Nhiệm kỳ the election fills, e.g. "2026-2031": tells one election's rounds from another's of the same kind. */
  term: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{4}$/, 'must look like 2026-2031')
    .nullish(),
  round: z.number().int().min(1, `must be 1 to ${consultationRounds}`).max(consultationRounds, `must be 1 to ${consultationRounds}`),
  heldOn: z.date(),
});
export type CreateElectionConsultationInput = z.output<typeof createElectionConsultationInput>;

export const nominateCandidateInput = z.object({
  consultationId: id,
  fullName: text(200),
  nominatedByAgencyId: id,
});
export type NominateCandidateInput = z.output<typeof nominateCandidateInput>;

/** Kết quả hiệp thương — a candidate's status as a consultation round settled it. */
export const recordCandidateRoundResultInput = z.object({
  consultationId: id,
  status: z.enum(candidateStatuses),
  decidedOn: z.date().superRefine((decidedOn, ctx) => {
    if (decidedOn.getTime() > hanoiToday().getTime()) ctx.addIssue({ code: 'custom', message: 'cannot be in the future' });
  }),
});
export type RecordCandidateRoundResultInput = z.output<typeof recordCandidateRoundResultInput>;

/** A candidate's standing in one consultation round. */
export interface CandidateRoundEntry {
  round: number;
  consultationId: string;
  status: CandidateStatus;
  /** Null while the round has not decided (NOMINATED on its list). */
  decidedOn: Date | null;
}

/** Two consultations belong to the same election when kind and term agree (no term on either counts as equal). */
export const sameElection = (a: { election: string; term?: string | null }, b: { election: string; term?: string | null }) =>
  a.election === b.election && (a.term ?? null) === (b.term ?? null);

/**
 * The candidate's rounds after recording `result`, or why it cannot be recorded (a CONFLICT with the state).
 * Rounds go in order: the result is for the candidate's current round (deciding it: NOMINATED → any, or
 * ACCEPTED → WITHDRAWN) or for the next one (carried forward unless WITHDRAWN or REJECTED). Skipping a round,
 * going back to a past one, or changing a final status are refused.
 */
export function applyRoundResult(
  rounds: readonly CandidateRoundEntry[],
  result: CandidateRoundEntry,
): { rounds: CandidateRoundEntry[] } | { problem: string } {
  const last = rounds.at(-1);
  if (!last) return { rounds: [result] };
  if (result.round < last.round) {
    return { problem: `round ${result.round} is over for this candidate: they are in round ${last.round}` };
  }
  if (result.round > last.round + 1) {
    return { problem: `round ${result.round} cannot be recorded before round ${last.round + 1}` };
  }
  if (result.round === last.round + 1) {
    if (finalCandidateStatuses.includes(last.status)) {
      return { problem: `the candidate was ${last.status} in round ${last.round} and cannot appear in a later round` };
    }
    return { rounds: [...rounds, result] };
  }
  // Same round: decide it, through the consultation that holds it.
  if (result.consultationId !== last.consultationId) {
    return { problem: `the candidate's round ${last.round} is consultation ${last.consultationId}` };
  }
  if (finalCandidateStatuses.includes(last.status)) {
    return { problem: `the candidate is already ${last.status} in round ${last.round}` };
  }
  if (last.status === 'ACCEPTED' && result.status !== 'WITHDRAWN') {
    return { problem: `the candidate is already ACCEPTED in round ${last.round}; only a withdrawal can follow` };
  }
  if (last.status === 'NOMINATED' && result.status === 'NOMINATED') {
    return { problem: `the candidate is already on round ${last.round}'s list` };
  }
  return { rounds: [...rounds.slice(0, -1), result] };
}
