import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';

/**
 * Xác định người trúng cử — Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2015 (sửa đổi 2025):
 * art. 78(1) a result counts only when more than half the voters on the list voted (otherwise a new vote, art. 80);
 * art. 78(2) a candidate is elected with more than half the valid ballots; art. 78(3) when more qualify than the
 * seats, those with more votes; art. 78(4) a tie at the end of the list goes to the older candidate; art. 79 seats
 * left unfilled call for a supplementary vote (bầu cử thêm).
 */
export type ResultOutcome = 'VALID' | 'REVOTE_REQUIRED';

export interface CandidateVotes {
  candidateId: string;
  votes: number;
  /** Needed only to break a tie at the end of the elected list (art. 78(4)). */
  bornOn?: Date | null;
}

export interface ResultFigures {
  votersOnList: number;
  votersVoted: number;
  validBallots: number;
  votes: CandidateVotes[];
}

/** Why figures or the tie cannot settle who is elected: the input field at fault (relative to `input`). */
export interface ResultProblem {
  field: string;
  message: string;
}

export interface ElectedOutcome {
  outcome: ResultOutcome;
  /** Elected candidates, most votes first. */
  elected: string[];
  /** Seats left for a supplementary vote (0 when all were filled, or the result does not count). */
  unfilledSeats: number;
}

/** Turnout in % with two decimals. */
export const turnout = (figures: Pick<ResultFigures, 'votersOnList' | 'votersVoted'>): number =>
  figures.votersOnList === 0 ? 0 : Math.round((figures.votersVoted / figures.votersOnList) * 10_000) / 100;

/** Problems in the figures themselves against the constituency's seats and official list (each at its field). */
export function figuresProblems(figures: ResultFigures, seats: number, listedCandidateIds: readonly string[]): ResultProblem[] {
  const problems: ResultProblem[] = [];
  if (figures.votersVoted > figures.votersOnList) problems.push({ field: 'votersVoted', message: 'cannot exceed the voters on the list' });
  if (figures.validBallots > figures.votersVoted) problems.push({ field: 'validBallots', message: 'cannot exceed the voters who voted' });
  const named = figures.votes.map((entry) => entry.candidateId);
  const missing = listedCandidateIds.filter((candidateId) => !named.includes(candidateId));
  const foreign = named.filter((candidateId) => !listedCandidateIds.includes(candidateId));
  if (new Set(named).size !== named.length) problems.push({ field: 'votes', message: 'names a candidate twice' });
  if (foreign.length > 0) problems.push({ field: 'votes', message: `names candidates not on the constituency's official list: ${foreign.join(', ')}` });
  if (missing.length > 0) problems.push({ field: 'votes', message: `lacks candidates of the official list: ${missing.join(', ')}` });
  figures.votes.forEach((entry, index) => {
    if (entry.votes > figures.validBallots) problems.push({ field: `votes.${index}.votes`, message: 'cannot exceed the valid ballots' });
  });
  const total = figures.votes.reduce((sum, entry) => sum + entry.votes, 0);
  // Each valid ballot keeps at most as many names as there are seats.
  if (total > figures.validBallots * seats) problems.push({ field: 'votes', message: `total ${total} exceeds ${seats} vote(s) on each of the ${figures.validBallots} valid ballots` });
  return problems;
}

/** Who is elected (art. 78), or the problem that stops it (a tie needing birth dates the input lacks). */
export function electedOf(figures: ResultFigures, seats: number): ElectedOutcome | ResultProblem {
  if (figures.votersVoted * 2 <= figures.votersOnList) return { outcome: 'REVOTE_REQUIRED', elected: [], unfilledSeats: 0 };
  const indexed = figures.votes.map((entry, index) => ({ ...entry, index }));
  const qualified = indexed.filter((entry) => entry.votes * 2 > figures.validBallots).sort((a, b) => b.votes - a.votes);
  if (qualified.length <= seats) {
    return { outcome: 'VALID', elected: qualified.map((entry) => entry.candidateId), unfilledSeats: seats - qualified.length };
  }
  const cut = qualified[seats - 1]!.votes;
  const above = qualified.filter((entry) => entry.votes > cut);
  const atCut = qualified.filter((entry) => entry.votes === cut);
  const open = seats - above.length;
  if (atCut.length > open) {
    const unborn = atCut.find((entry) => !entry.bornOn);
    if (unborn) {
      return { field: `votes.${unborn.index}.bornOn`, message: `${atCut.length} candidates tie for the last ${open} seat(s): give their birth dates, the older is elected (art. 78(4))` };
    }
    const byAge = [...atCut].sort((a, b) => a.bornOn!.getTime() - b.bornOn!.getTime());
    if (byAge[open - 1]!.bornOn!.getTime() === byAge[open]!.bornOn!.getTime()) {
      return { field: `votes.${byAge[open]!.index}.bornOn`, message: 'candidates tie on votes and birth date: the law gives no further rule, the election committee decides' };
    }
    return { outcome: 'VALID', elected: [...above, ...byAge.slice(0, open)].map((entry) => entry.candidateId), unfilledSeats: 0 };
  }
  return { outcome: 'VALID', elected: [...above, ...atCut].map((entry) => entry.candidateId), unfilledSeats: 0 };
}

/** Both lists name the same candidates (order aside). */
export const sameCandidates = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((candidateId) => b.includes(candidateId));

const count = z.number().int('must be a whole number').min(0, 'cannot be negative').max(50_000_000, 'is too large');
const pastDay = z.date().refine((day) => day.getTime() <= hanoiToday().getTime(), 'cannot be in the future');

const figuresInput = {
  votersOnList: count,
  votersVoted: count,
  validBallots: count,
  votes: z
    .array(z.object({ candidateId: id, votes: count, bornOn: pastDay.nullish().transform((day) => day ?? null) }))
    .min(1, 'must give every listed candidate\'s votes')
    .max(20, 'must list at most 20 candidates'),
};

export const recordConstituencyResultInput = z.object({
  constituencyId: id,
  /** Ngày bầu cử. */
  votedOn: pastDay,
  ...figuresInput,
});
export type RecordConstituencyResultInput = z.output<typeof recordConstituencyResultInput>;

/** Why a recorded result may change: nothing else changes it. */
export const correctionCodes = ['CLERICAL_ERROR', 'RECOUNT', 'ELECTION_COMMITTEE_DECISION'] as const;
export type CorrectionCode = (typeof correctionCodes)[number];

export const correctConstituencyResultInput = z.object({
  code: z.enum(correctionCodes),
  reason: text(2_000),
  correctedOn: pastDay,
  ...figuresInput,
});
export type CorrectConstituencyResultInput = z.output<typeof correctConstituencyResultInput>;
