import { validate } from '@hanoi/platform';
import { createConstituencyInput, listedCandidateProblem, minimumListSize, seatsProblem } from '../src/domain/constituency';
import { electedOf, figuresProblems, sameCandidates, turnout, type ResultFigures } from '../src/domain/election-result';
import { nominatePeoplesJurorInput } from '../src/domain/peoples-juror-nomination';
import { confidenceShare, conferenceStandingProblem, isTrusted, quorumMet } from '../src/domain/voter-conference';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The BAD_USER_INPUT a validation throws, as `{ field, message }`. */
function refusal(run: () => unknown): { code: unknown; field: unknown } {
  try {
    run();
  } catch (error) {
    const extensions = (error as { extensions: Record<string, unknown> }).extensions;
    return { code: extensions.code, field: extensions.field };
  }
  throw new Error('expected a refusal');
}

describe('constituency seats (Election Law 2015, art. 10)', () => {
  it('allows a NA constituency at most 3 seats and a council one at most 5', () => {
    expect(seatsProblem('NATIONAL_ASSEMBLY', 3)).toBeUndefined();
    expect(seatsProblem('NATIONAL_ASSEMBLY', 4)).toMatch(/at most 3/);
    expect(seatsProblem('PEOPLES_COUNCIL', 5)).toBeUndefined();
    expect(seatsProblem('PEOPLES_COUNCIL', 6)).toMatch(/at most 5/);
    expect(seatsProblem('PEOPLES_COUNCIL', 0)).toMatch(/at least 1/);
  });

  it('refuses bad input with a coded error naming the field', () => {
    const input = { election: 'NATIONAL_ASSEMBLY', term: '2026-2031', number: 1, seats: 4, administrativeUnitIds: ['phuong-hoan-kiem'] };
    expect(refusal(() => validate(createConstituencyInput, input))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.seats' });
    expect(refusal(() => validate(createConstituencyInput, { ...input, seats: 2, election: 'PEOPLES_JURORS' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.election' });
    expect(refusal(() => validate(createConstituencyInput, { ...input, seats: 2, administrativeUnitIds: [] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.administrativeUnitIds' });
    expect(validate(createConstituencyInput, { ...input, seats: 3, administrativeUnitIds: ['a', 'a', 'b'] }).administrativeUnitIds).toEqual(['a', 'b']);
  });

  it('needs more candidates than seats on the official list (arts. 57(6), 58(3))', () => {
    expect(minimumListSize('NATIONAL_ASSEMBLY', 1)).toBe(3);
    expect(minimumListSize('NATIONAL_ASSEMBLY', 3)).toBe(5);
    expect(minimumListSize('PEOPLES_COUNCIL', 1)).toBe(2);
    expect(minimumListSize('PEOPLES_COUNCIL', 2)).toBe(3);
    expect(minimumListSize('PEOPLES_COUNCIL', 3)).toBe(5);
    expect(minimumListSize('PEOPLES_COUNCIL', 4)).toBe(7);
    expect(minimumListSize('PEOPLES_COUNCIL', 5)).toBe(8);
  });

  it('lists only candidates of the same election accepted by the third round', () => {
    const constituency = { election: 'PEOPLES_COUNCIL', term: '2026-2031' };
    expect(listedCandidateProblem(constituency, { election: 'PEOPLES_COUNCIL', term: '2026-2031', status: 'ACCEPTED', round: 3 })).toBeUndefined();
    expect(listedCandidateProblem(constituency, { election: 'PEOPLES_COUNCIL', term: '2026-2031', status: 'ACCEPTED', round: 2 })).toMatch(/third/);
    expect(listedCandidateProblem(constituency, { election: 'NATIONAL_ASSEMBLY', term: '2026-2031', status: 'ACCEPTED', round: 3 })).toMatch(/stands in/);
  });
});

describe('who is elected (art. 78)', () => {
  const figures = (votes: number[], overrides: Partial<ResultFigures> = {}): ResultFigures => ({
    votersOnList: 1000,
    votersVoted: 900,
    validBallots: 880,
    votes: votes.map((count, index) => ({ candidateId: `c${index}`, votes: count })),
    ...overrides,
  });

  it('elects those over half the valid ballots, most votes first, at most the seats', () => {
    expect(electedOf(figures([700, 600, 500, 300]), 2)).toEqual({ outcome: 'VALID', elected: ['c0', 'c1'], unfilledSeats: 0 });
    expect(electedOf(figures([700, 440, 300]), 2)).toEqual({ outcome: 'VALID', elected: ['c0'], unfilledSeats: 1 });
  });

  it('elects nobody when half the voters or fewer voted (a new vote, art. 80)', () => {
    expect(electedOf(figures([400, 300], { votersVoted: 500, validBallots: 490 }), 1)).toEqual({ outcome: 'REVOTE_REQUIRED', elected: [], unfilledSeats: 0 });
  });

  it('breaks a tie at the end of the list by age, asking for birth dates when they are missing', () => {
    const tied = figures([700, 600, 600]);
    expect(electedOf(tied, 2)).toEqual({ field: 'votes.1.bornOn', message: expect.stringMatching(/older/) });
    tied.votes[1]!.bornOn = day('1975-04-01');
    tied.votes[2]!.bornOn = day('1968-09-12');
    expect(electedOf(tied, 2)).toEqual({ outcome: 'VALID', elected: ['c0', 'c2'], unfilledSeats: 0 });
    // A tie that fits the seats needs no birth date.
    expect(electedOf(figures([600, 600, 100]), 2)).toEqual({ outcome: 'VALID', elected: ['c0', 'c1'], unfilledSeats: 0 });
  });

  it('checks the figures against the list and the seats', () => {
    const listed = ['c0', 'c1', 'c2'];
    expect(figuresProblems(figures([500, 400, 300]), 2, listed)).toEqual([]);
    expect(figuresProblems(figures([500, 400, 300], { votersVoted: 1200 }), 2, listed).map((p) => p.field)).toContain('votersVoted');
    expect(figuresProblems(figures([900, 400, 300]), 2, listed).map((p) => p.field)).toContain('votes.0.votes');
    expect(figuresProblems(figures([800, 800, 300]), 2, listed).map((p) => p.field)).toEqual(['votes']);
    expect(figuresProblems(figures([500, 400]), 2, listed)[0]!.message).toMatch(/lacks/);
    expect(turnout(figures([]))).toBe(90);
    expect(sameCandidates(['a', 'b'], ['b', 'a'])).toBe(true);
  });
});

describe('voter conferences', () => {
  it('needs a quorum at a residence conference: over half under 100 invited, else at least 55', () => {
    expect(quorumMet('RESIDENCE', 80, 41)).toBe(true);
    expect(quorumMet('RESIDENCE', 80, 40)).toBe(false);
    expect(quorumMet('RESIDENCE', 300, 55)).toBe(true);
    expect(quorumMet('RESIDENCE', 300, 54)).toBe(false);
    expect(quorumMet('WORKPLACE', 300, 20)).toBe(true);
  });

  it('counts confidence among the voters present', () => {
    expect(confidenceShare(96, 91)).toBe(94.79);
    expect(isTrusted(96, 48)).toBe(false);
    expect(isTrusted(96, 49)).toBe(true);
  });

  it('is held on candidates of the second round, not before it', () => {
    expect(conferenceStandingProblem({ round: 2, status: 'ACCEPTED' }, day('2026-02-03'), day('2026-02-05'))).toBeUndefined();
    expect(conferenceStandingProblem({ round: 1, status: 'ACCEPTED' }, null, day('2026-02-05'))?.field).toBe('candidateId');
    expect(conferenceStandingProblem({ round: 2, status: 'REJECTED' }, null, day('2026-02-05'))?.field).toBe('candidateId');
    expect(conferenceStandingProblem({ round: 2, status: 'NOMINATED' }, day('2026-02-03'), day('2026-02-01'))?.field).toBe('heldOn');
  });
});

describe("people's juror nomination", () => {
  const input = { fullName: 'Lê Văn Bình', courtLevel: 'REGIONAL', courtRegion: 3, councilTerm: '2026-2031', nominatedOn: day('2026-04-10') };
  it('names the regional court by number, the city court without', () => {
    expect(validate(nominatePeoplesJurorInput, input).courtRegion).toBe(3);
    expect(refusal(() => validate(nominatePeoplesJurorInput, { ...input, courtRegion: null }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.courtRegion' });
    expect(refusal(() => validate(nominatePeoplesJurorInput, { ...input, courtLevel: 'CITY' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.courtRegion' });
  });
});
