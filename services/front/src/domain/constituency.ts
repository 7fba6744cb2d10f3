import { id } from '@hanoi/platform';
import { z } from 'zod';

/**
 * Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2015 (sửa đổi 2025), art. 10: a National Assembly
 * constituency elects at most 3 deputies, a People's Council constituency at most 5.
 */
export const maxSeats = { NATIONAL_ASSEMBLY: 3, PEOPLES_COUNCIL: 5 } as const;
export type ConstituencyElection = keyof typeof maxSeats;
export const constituencyElections = Object.keys(maxSeats) as [ConstituencyElection, ...ConstituencyElection[]];

/** Why `seats` is not allowed for the election's constituencies (art. 10), or undefined. */
export function seatsProblem(election: ConstituencyElection, seats: number): string | undefined {
  if (!Number.isInteger(seats) || seats < 1) return 'must be a whole number of at least 1';
  const max = maxSeats[election];
  return seats > max ? `a ${election} constituency elects at most ${max} deputies (Election Law 2015, art. 10)` : undefined;
}

/**
 * The official list of a constituency names more candidates than its seats: for the National Assembly at least two
 * more (art. 57(6)); for a People's Council at least one more, two more where it elects three, three more where it
 * elects four or five (art. 58(3), with the National Election Council's guidance 45/VPHĐBCQG for one or two seats).
 * The smallest list allowed.
 */
export function minimumListSize(election: ConstituencyElection, seats: number): number {
  if (election === 'NATIONAL_ASSEMBLY') return seats + 2;
  if (seats >= 4) return seats + 3;
  return seats === 3 ? seats + 2 : seats + 1;
}

/** The constituency as officials write it. */
export const constituencyName = (number: number) => `Đơn vị bầu cử số ${number}`;

export const createConstituencyInput = z
  .object({
    election: z.enum(constituencyElections, { errorMap: () => ({ message: `must be one of ${constituencyElections.join(', ')}: people's jurors are elected by the council, not in constituencies` }) }),
    term: z.string().trim().regex(/^\d{4}-\d{4}$/, 'must look like 2026-2031'),
    number: z.number().int('must be a whole number').min(1, 'must be at least 1').max(999, 'must be at most 999'),
    seats: z.number(),
    administrativeUnitIds: z
      .array(id)
      .min(1, 'must name at least one administrative unit')
      .max(50, 'must name at most 50 administrative units')
      .transform((ids) => [...new Set(ids)]),
  })
  .superRefine((input, ctx) => {
    const problem = seatsProblem(input.election, input.seats);
    if (problem) ctx.addIssue({ code: 'custom', path: ['seats'], message: problem });
  });
export type CreateConstituencyInput = z.output<typeof createConstituencyInput>;

export const setConstituencyCandidatesInput = z.object({
  candidateIds: z
    .array(id)
    .min(1, 'must name at least one candidate')
    .max(20, 'must name at most 20 candidates')
    .superRefine((ids, ctx) => {
      if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'names a candidate twice' });
    }),
});

/**
 * Why a candidate cannot be on a constituency's official list, or undefined: they must stand in the same election
 * and have been ACCEPTED by the third consultation round (arts. 57, 58: the list follows the third round).
 */
export function listedCandidateProblem(
  constituency: { election: string; term: string },
  candidate: { election: string; term: string | null; status: string; round: number },
): string | undefined {
  if (candidate.election !== constituency.election || candidate.term !== constituency.term) {
    return `stands in ${candidate.election} ${candidate.term ?? '(no term)'}, not in this constituency's ${constituency.election} ${constituency.term}`;
  }
  if (candidate.round !== 3 || candidate.status !== 'ACCEPTED') {
    return 'only a candidate ACCEPTED by the third consultation round goes on the official list';
  }
  return undefined;
}
