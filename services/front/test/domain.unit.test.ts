import { callers } from '@hanoi/platform/testing';
import { validate } from '@hanoi/platform';
import { organiserAgencyOf } from '../src/access';
import { applyRoundResult, createElectionConsultationInput, sameElection, type CandidateRoundEntry } from '../src/domain/election';
import { isLate, isOverdue, socialCritiqueObligations } from '../src/domain/social-critique';
import { heldOnProblem, planVoterMeetingInput, statusOf, voterMeetingHeldEvent } from '../src/domain/voter-meeting';
import { reportStatusOf, takesVoterReport, voterOpinionReportIdOf, voterOpinionReportObligations } from '../src/domain/voter-opinion-report';

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

  it('builds the held event with exactly the F1 fields', () => {
    const event = voterMeetingHeldEvent({
      _id: 'm1',
      kind: 'THEMATIC',
      heldOn: day('2026-11-20'),
      administrativeUnitId: 'phuong-x',
      organiserAgencyId: 'front',
      councilSessionId: null,
      recommendations: [{ number: 1, text: 't', category: 'OTHER', addressedToAgencyId: null }],
      ...{ place: 'not in the event', attendance: 3 },
    } as Parameters<typeof voterMeetingHeldEvent>[0]);
    expect(event).toEqual({
      type: 'vn.hanoi.front.voterMeeting.held.v1',
      data: {
        voterMeetingId: 'm1',
        kind: 'THEMATIC',
        heldOn: '2026-11-20',
        administrativeUnitId: 'phuong-x',
        organiserAgencyId: 'front',
        // A meeting stored before levels were kept is the city Front committee's.
        level: 'CITY',
        jurisdictionUnitId: null,
        councilSessionId: null,
        recommendations: [{ number: 1, text: 't', category: 'OTHER', addressedToAgencyId: null }],
      },
    });
    const commune = voterMeetingHeldEvent({
      _id: 'm2',
      kind: 'THEMATIC',
      heldOn: day('2026-11-20'),
      administrativeUnitId: 'phuong-x',
      organiserAgencyId: 'mttq-phuong-x',
      level: 'COMMUNE',
      jurisdictionUnitId: 'phuong-x',
      councilSessionId: null,
      recommendations: [],
    });
    expect(commune.data).toMatchObject({ organiserAgencyId: 'mttq-phuong-x', level: 'COMMUNE', jurisdictionUnitId: 'phuong-x' });
  });
});

describe('what the front owes (flow F4)', () => {
  it('owes a critique report by the drafting agency\'s deadline, from its organiser (the city committee for older critiques)', () => {
    const critique = { _id: 'c1', targetDocument: 'Dự thảo Nghị quyết về giá dịch vụ xe buýt', deadline: day('2026-12-15'), reportedOn: null };
    expect(socialCritiqueObligations(critique)).toEqual([
      expect.objectContaining({
        obligationId: 'socialCritique:c1:report',
        kind: 'SOCIAL_CRITIQUE_REPORT',
        agencyId: 'front',
        dueOn: day('2026-12-15'),
        subject: { type: 'SocialCritique', id: 'c1' },
        title: 'Dự thảo Nghị quyết về giá dịch vụ xe buýt',
        metOn: null,
      }),
    ]);
    const reported = socialCritiqueObligations({ ...critique, organiserAgencyId: 'mttq-phuong-hoan-kiem', reportedOn: day('2026-12-10') })[0];
    expect(reported).toMatchObject({ agencyId: 'mttq-phuong-hoan-kiem', metOn: day('2026-12-10') });
  });

  it('owes a scheduled regular session its voter report by the document deadline; nothing without a schedule', () => {
    const report = { _id: voterOpinionReportIdOf('s22'), councilSessionId: 's22', dueOn: day('2026-11-23'), session: { number: 22, opensOn: day('2026-12-08') }, submittedOn: null };
    expect(voterOpinionReportObligations(report)).toEqual([
      {
        obligationId: 'voterOpinionReport:s22',
        kind: 'VOTER_OPINION_REPORT',
        agencyId: 'front',
        dueOn: day('2026-11-23'),
        subject: { type: 'VoterOpinionReport', id: voterOpinionReportIdOf('s22') },
        basis: expect.stringContaining('(khai mạc 08/12/2026)'),
        councilSessionId: 's22',
        title: 'Báo cáo tổng hợp ý kiến, kiến nghị cử tri — kỳ họp thứ 22',
        metOn: null,
      },
    ]);
    expect(voterOpinionReportObligations({ ...report, submittedOn: day('2026-11-22') })[0]!.metOn).toEqual(day('2026-11-22'));
    expect(voterOpinionReportObligations({ ...report, dueOn: null, session: null })).toEqual([]);
    expect(voterOpinionReportIdOf('s22')).not.toBe(voterOpinionReportIdOf('s23'));
    expect(takesVoterReport({ kind: 'REGULAR' })).toBe(true);
    expect(takesVoterReport({ kind: 'THEMATIC' })).toBe(false);
    expect(reportStatusOf({})).toBe('SUBMITTED');
  });

  it('takes the writer\'s own front committee as organiser; an administrator writes for the city committee', () => {
    expect(organiserAgencyOf(callers.frontClerk)).toBe('front');
    expect(organiserAgencyOf({ subject: 'mttq-hk-1', agency: 'mttq-phuong-hoan-kiem', roles: ['clerk'] })).toBe('mttq-phuong-hoan-kiem');
    expect(organiserAgencyOf(callers.admin)).toBe('front');
  });
});
