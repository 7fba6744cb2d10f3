import { validate } from '@hanoi/platform';
import { applyRoundResult, createElectionConsultationInput, sameElection, type CandidateRoundEntry } from '../src/domain/election';
import { isLate, isOverdue } from '../src/domain/social-critique';
import { heldOnProblem, planVoterMeetingInput, statusOf, voterMeetingHeldData } from '../src/domain/voter-meeting';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const entry = (round: number, status: CandidateRoundEntry['status'], consultationId = `c${round}`): CandidateRoundEntry => ({
  round,
  consultationId,
  status,
  decidedOn: status === 'NOMINATED' ? null : day('2026-03-01'),
});

describe('candidate rounds (applyRoundResult)', () => {
  const nominated = [entry(1, 'NOMINATED')];

  it('decides the current round or carries into the next', () => {
    expect(applyRoundResult(nominated, entry(1, 'ACCEPTED'))).toEqual({ rounds: [entry(1, 'ACCEPTED')] });
    expect(applyRoundResult([entry(1, 'ACCEPTED')], entry(2, 'NOMINATED'))).toEqual({ rounds: [entry(1, 'ACCEPTED'), entry(2, 'NOMINATED')] });
    expect(applyRoundResult(nominated, entry(2, 'ACCEPTED'))).toEqual({ rounds: [entry(1, 'NOMINATED'), entry(2, 'ACCEPTED')] });
    expect(applyRoundResult([entry(1, 'ACCEPTED')], entry(1, 'WITHDRAWN'))).toEqual({ rounds: [entry(1, 'WITHDRAWN')] });
    expect(applyRoundResult([], entry(2, 'NOMINATED'))).toEqual({ rounds: [entry(2, 'NOMINATED')] });
  });

  it('refuses skipping a round, going back, and anything after a final status', () => {
    expect(applyRoundResult(nominated, entry(3, 'ACCEPTED'))).toEqual({ problem: 'round 3 cannot be recorded before round 2' });
    expect(applyRoundResult([entry(1, 'ACCEPTED'), entry(2, 'ACCEPTED')], entry(1, 'REJECTED'))).toHaveProperty('problem');
    expect(applyRoundResult([entry(1, 'REJECTED')], entry(2, 'ACCEPTED'))).toEqual({
      problem: 'the candidate was REJECTED in round 1 and cannot appear in a later round',
    });
    expect(applyRoundResult([entry(1, 'WITHDRAWN')], entry(1, 'ACCEPTED'))).toHaveProperty('problem');
    expect(applyRoundResult([entry(1, 'ACCEPTED')], entry(1, 'REJECTED'))).toHaveProperty('problem');
    expect(applyRoundResult(nominated, entry(1, 'NOMINATED'))).toHaveProperty('problem');
    expect(applyRoundResult(nominated, entry(1, 'ACCEPTED', 'another-round-1'))).toHaveProperty('problem');
  });

  it('tells elections apart by kind and term', () => {
    expect(sameElection({ election: 'NATIONAL_ASSEMBLY', term: '2026-2031' }, { election: 'NATIONAL_ASSEMBLY', term: '2026-2031' })).toBe(true);
    expect(sameElection({ election: 'NATIONAL_ASSEMBLY', term: null }, { election: 'NATIONAL_ASSEMBLY' })).toBe(true);
    expect(sameElection({ election: 'NATIONAL_ASSEMBLY', term: '2021-2026' }, { election: 'NATIONAL_ASSEMBLY', term: '2026-2031' })).toBe(false);
    expect(sameElection({ election: 'NATIONAL_ASSEMBLY' }, { election: 'PEOPLES_COUNCIL' })).toBe(false);
  });

  it('checks the term format', () => {
    expect(() => validate(createElectionConsultationInput, { election: 'PEOPLES_COUNCIL', term: '2026', round: 1, heldOn: day('2026-02-01') })).toThrow(
      'input.term',
    );
  });
});

describe('social critique deadlines', () => {
  it('is late only after the deadline day', () => {
    expect(isLate(day('2026-10-01'), day('2026-10-01'))).toBe(false);
    expect(isLate(day('2026-10-01'), day('2026-10-02'))).toBe(true);
    expect(isLate(day('2026-10-01'), null)).toBe(false);
  });
  it('is overdue while open after the deadline', () => {
    expect(isOverdue({ status: 'OPEN', deadline: day('2026-10-01') }, day('2026-10-02'))).toBe(true);
    expect(isOverdue({ status: 'OPEN', deadline: day('2026-10-01') }, day('2026-10-01'))).toBe(false);
    expect(isOverdue({ status: 'REPORTED', deadline: day('2026-10-01') }, day('2026-12-01'))).toBe(false);
  });
});

describe('voter meetings', () => {
  it('refuses a held day after today', () => {
    expect(heldOnProblem(day('2026-10-02'), day('2026-10-01'))).toBeDefined();
    expect(heldOnProblem(day('2026-10-01'), day('2026-10-01'))).toBeUndefined();
  });

  it('lets a plan be dated in the future, but requires the session of a before-session meeting', () => {
    const plan = { kind: 'THEMATIC', heldOn: day('2099-01-01'), place: 'Hội trường', administrativeUnitId: 'phuong-x' };
    expect(validate(planVoterMeetingInput, plan).heldOn).toEqual(day('2099-01-01'));
    expect(() => validate(planVoterMeetingInput, { ...plan, kind: 'BEFORE_SESSION' })).toThrow('input.councilSessionId');
  });

  it('counts a meeting without status as held', () => {
    expect(statusOf({})).toBe('HELD');
    expect(statusOf({ status: 'PLANNED' })).toBe('PLANNED');
  });

  it('builds the held event data with exactly the F1 fields', () => {
    const data = voterMeetingHeldData({
      _id: 'm1',
      kind: 'THEMATIC',
      heldOn: day('2026-11-20'),
      administrativeUnitId: 'phuong-x',
      organiserAgencyId: 'front',
      councilSessionId: null,
      recommendations: [{ number: 1, text: 't', category: 'OTHER', addressedToAgencyId: null }],
      ...{ place: 'not in the event', attendance: 3 },
    } as Parameters<typeof voterMeetingHeldData>[0]);
    expect(data).toEqual({
      voterMeetingId: 'm1',
      kind: 'THEMATIC',
      heldOn: '2026-11-20',
      administrativeUnitId: 'phuong-x',
      organiserAgencyId: 'front',
      councilSessionId: null,
      recommendations: [{ number: 1, text: 't', category: 'OTHER', addressedToAgencyId: null }],
    });
  });
});
