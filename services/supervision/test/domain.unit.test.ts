import { obligationChanges, supervisionEvents } from '@hanoi/contracts';
import { parseCalendarDate } from '@hanoi/platform';
import {
  closingProblem,
  contentOf,
  createCoordinationTaskInput,
  fiveClear,
  fiveClearGaps,
  isTaskLate,
  milestoneProblem,
  taskObligations,
  type TaskSource,
  type TaskStatus,
} from '../src/domain/coordination-task';
import { planItemProblem } from '../src/domain/plan';
import {
  acceptsFindings,
  acceptsRecommendations,
  createSupervisionProgrammeInput,
  periodProblem,
  programmeTransitionProblem,
  reSupervisionProblem,
} from '../src/domain/programme';
import {
  escalationKey,
  isRecommendationOverdue,
  isResolved,
  newDueProblem,
  recommendationObligations,
  recordReSupervisionFindingInput,
  reportProblem,
  reportRecommendationImplementationInput,
  roundsAfterFinding,
  roundsAfterReport,
  type RecommendationRound,
} from '../src/domain/recommendation';

const day = parseCalendarDate;
const today = day('2026-11-28');

describe('recommendation rounds (kiến nghị sau giám sát, tái giám sát)', () => {
  const first: RecommendationRound = { round: 1, dueOn: day('2026-09-30'), implementedOn: null, supersededOn: null };

  it('meets the current round on an IMPLEMENTED report only, and only once', () => {
    expect(roundsAfterReport([first], 'IN_PROGRESS', day('2026-09-01'))).toEqual([first]);
    expect(roundsAfterReport([first], 'PARTIALLY_IMPLEMENTED', day('2026-09-01'))).toEqual([first]);
    const implemented = roundsAfterReport([first], 'IMPLEMENTED', day('2026-09-20'));
    expect(implemented).toEqual([{ ...first, implementedOn: day('2026-09-20') }]);
    // A later IMPLEMENTED report keeps the day the round was first met.
    expect(roundsAfterReport(implemented, 'IMPLEMENTED', day('2026-10-05'))).toEqual(implemented);
    // Only the current (last) round is met.
    const superseded = { ...first, supersededOn: day('2026-10-10') };
    const second: RecommendationRound = { round: 2, dueOn: day('2027-03-31'), implementedOn: null, supersededOn: null };
    expect(roundsAfterReport([superseded, second], 'IMPLEMENTED', day('2026-11-01'))).toEqual([superseded, { ...second, implementedOn: day('2026-11-01') }]);
  });

  it('opens round 2 when a re-supervision keeps it open, and meets the round when it closes it implemented', () => {
    const keptOpen = roundsAfterFinding([first], { outcome: 'KEPT_OPEN', assessedStatus: 'PARTIALLY_IMPLEMENTED', newDueOn: day('2027-03-31'), recordedOn: day('2026-11-20') });
    expect(keptOpen).toEqual([
      { ...first, supersededOn: day('2026-11-20') },
      { round: 2, dueOn: day('2027-03-31'), implementedOn: null, supersededOn: null },
    ]);
    const closedImplemented = roundsAfterFinding([first], { outcome: 'CLOSED', assessedStatus: 'IMPLEMENTED', newDueOn: null, recordedOn: day('2026-11-20') });
    expect(closedImplemented).toEqual([{ ...first, implementedOn: day('2026-11-20') }]);
    const alreadyMet = [{ ...first, implementedOn: day('2026-09-15') }];
    expect(roundsAfterFinding(alreadyMet, { outcome: 'CLOSED', assessedStatus: 'IMPLEMENTED', newDueOn: null, recordedOn: day('2026-11-20') })).toEqual(alreadyMet);
    expect(roundsAfterFinding([first], { outcome: 'CLOSED', assessedStatus: 'NOT_IMPLEMENTED', newDueOn: null, recordedOn: day('2026-11-20') })).toEqual([first]);
  });

  it('owes one obligation per round; a superseded round is cancelled unless it was implemented', () => {
    const doc = { _id: 'rec-1', addressedToAgencyId: 'so-xay-dung', closed: false, rounds: [first] };
    const [only] = recommendationObligations(doc);
    expect(recommendationObligations(doc)).toHaveLength(1);
    expect(only).toMatchObject({
      obligationId: 'supervisionRecommendation:rec-1:1',
      kind: 'SUPERVISION_RECOMMENDATION',
      agencyId: 'so-xay-dung',
      dueOn: day('2026-09-30'),
      subject: { type: 'SupervisionRecommendation', id: 'rec-1' },
      metOn: null,
      cancelled: false,
    });
    expect(only!.basis).toContain('Kết luận giám sát');

    const rounds = roundsAfterFinding(doc.rounds, { outcome: 'KEPT_OPEN', assessedStatus: 'NOT_IMPLEMENTED', newDueOn: day('2027-03-31'), recordedOn: day('2026-11-20') });
    const after = recommendationObligations({ ...doc, rounds });
    expect(after.map((o) => [o.obligationId, o.cancelled, o.metOn])).toEqual([
      ['supervisionRecommendation:rec-1:1', true, null],
      ['supervisionRecommendation:rec-1:2', false, null],
    ]);
    expect(after[1]!.basis).toContain('lần 2');
    // What the store publishes for that change: round 1 cancelled, round 2 opened.
    const events = obligationChanges(supervisionEvents.obligation, recommendationObligations(doc), after, today);
    expect(events.map((event) => [event.type, event.data.obligationId])).toEqual([
      [supervisionEvents.obligation.cancelled.type, 'supervisionRecommendation:rec-1:1'],
      [supervisionEvents.obligation.opened.type, 'supervisionRecommendation:rec-1:2'],
    ]);

    // Implemented in round 1, then kept open: round 1 stays met (not cancelled).
    const metThenKept = roundsAfterFinding(roundsAfterReport(doc.rounds, 'IMPLEMENTED', day('2026-09-10')), {
      outcome: 'KEPT_OPEN',
      assessedStatus: 'PARTIALLY_IMPLEMENTED',
      newDueOn: day('2027-03-31'),
      recordedOn: day('2026-11-20'),
    });
    expect(recommendationObligations({ ...doc, rounds: metThenKept })[0]).toMatchObject({ metOn: day('2026-09-10'), cancelled: false });
  });

  it('closes the last round as failed when a re-supervision closes it unimplemented: a cancellation that stays missed', () => {
    const doc = { _id: 'rec-2', addressedToAgencyId: 'so-xay-dung', closed: false, rounds: [first] };
    const closed = { ...doc, closed: true };
    expect(recommendationObligations(closed)[0]).toMatchObject({ cancelled: true, failed: true, metOn: null });
    const events = obligationChanges(supervisionEvents.obligation, recommendationObligations(doc), recommendationObligations(closed), day('2026-09-01'));
    expect(events).toEqual([
      expect.objectContaining({ type: supervisionEvents.obligation.cancelled.type, data: expect.objectContaining({ obligationId: 'supervisionRecommendation:rec-2:1', on: '2026-09-01', missed: true }) }),
    ]);
    // Closed after it was implemented: nothing owed, nothing failed.
    const implemented = { ...doc, rounds: roundsAfterReport(doc.rounds, 'IMPLEMENTED', day('2026-09-10')) };
    expect(recommendationObligations({ ...implemented, closed: true })[0]).toMatchObject({ cancelled: false, failed: false, metOn: day('2026-09-10') });
  });

  it('names the day the overdue escalation is still to go out for', () => {
    const dueOn = day('2026-09-30');
    expect(escalationKey({ status: 'ISSUED', closed: false, dueOn, escalatedFor: null })).toEqual(dueOn);
    expect(escalationKey({ status: 'IN_PROGRESS', closed: false, dueOn, escalatedFor: dueOn })).toBeNull();
    // Kept open with a new due day: that one is escalated in turn.
    expect(escalationKey({ status: 'PARTIALLY_IMPLEMENTED', closed: false, dueOn: day('2027-03-31'), escalatedFor: dueOn })).toEqual(day('2027-03-31'));
    expect(escalationKey({ status: 'IMPLEMENTED', closed: false, dueOn, escalatedFor: null })).toBeNull();
    expect(escalationKey({ status: 'NOT_IMPLEMENTED', closed: true, dueOn, escalatedFor: null })).toBeNull();
  });

  it('needs a new due day after the finding exactly when the recommendation is KEPT_OPEN', () => {
    const recordedOn = day('2026-11-20');
    expect(newDueProblem('CLOSED', null, recordedOn)).toBeUndefined();
    expect(newDueProblem('CLOSED', day('2027-01-01'), recordedOn)).toMatch(/only for a recommendation KEPT_OPEN/);
    expect(newDueProblem('KEPT_OPEN', null, recordedOn)).toMatch(/required/);
    expect(newDueProblem('KEPT_OPEN', recordedOn, recordedOn)).toMatch(/after recordedOn/);
    expect(newDueProblem('KEPT_OPEN', day('2026-11-21'), recordedOn)).toBeUndefined();
    const parsed = recordReSupervisionFindingInput.safeParse({
      recommendationId: 'rec-1',
      finding: 'Mới xử lý 3/5 công trình',
      assessedStatus: 'PARTIALLY_IMPLEMENTED',
      outcome: 'KEPT_OPEN',
      recordedOn,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.path)).toEqual([['newDueOn']]);
  });

  it('is resolved when implemented or closed, and overdue only while unresolved after its due day', () => {
    expect(isResolved({ status: 'IMPLEMENTED', closed: false })).toBe(true);
    expect(isResolved({ status: 'NOT_IMPLEMENTED', closed: true })).toBe(true);
    expect(isResolved({ status: 'PARTIALLY_IMPLEMENTED', closed: false })).toBe(false);
    expect(isResolved({ status: 'ISSUED', closed: false })).toBe(false);

    const past = day('2026-11-27');
    expect(isRecommendationOverdue({ status: 'ISSUED', closed: false, dueOn: past }, today)).toBe(true);
    expect(isRecommendationOverdue({ status: 'PARTIALLY_IMPLEMENTED', closed: false, dueOn: past }, today)).toBe(true);
    expect(isRecommendationOverdue({ status: 'ISSUED', closed: false, dueOn: today }, today)).toBe(false);
    expect(isRecommendationOverdue({ status: 'ISSUED', closed: false, dueOn: day('2026-12-31') }, today)).toBe(false);
    expect(isRecommendationOverdue({ status: 'IMPLEMENTED', closed: false, dueOn: day('2020-01-01') }, today)).toBe(false);
    expect(isRecommendationOverdue({ status: 'NOT_IMPLEMENTED', closed: true, dueOn: day('2020-01-01') }, today)).toBe(false);
  });

  it('takes reports until it is closed, never with ISSUED as the reported status', () => {
    expect(reportProblem({ closed: false })).toBeUndefined();
    expect(reportProblem({ closed: true })).toMatch(/closed/);
    const issued = reportRecommendationImplementationInput.safeParse({ status: 'ISSUED', report: 'x', reportedOn: day('2026-01-01') });
    expect(issued.error!.issues.map((issue) => issue.path)).toEqual([['status']]);
    const plain = reportRecommendationImplementationInput.parse({ status: 'IN_PROGRESS', report: 'Đang rà soát', reportedOn: day('2026-01-01') });
    expect(plain.evidence).toEqual([]);
  });
});

describe('"5 rõ" coordination tasks', () => {
  const person = { kind: 'STAFF', id: 'user-42', name: 'Nguyễn Văn An', position: 'Phó Giám đốc Sở Xây dựng' };
  const complete = {
    title: 'Báo cáo tiến độ xử lý công trình vi phạm',
    responsible: person,
    agencyId: 'so-xay-dung',
    dueOn: today,
    expectedResult: 'Báo cáo bằng văn bản gửi Thường trực HĐND',
    content: 'SUPERVISION',
  };
  const taskDoc = (status: TaskStatus, source: TaskSource = 'MANUAL') => ({
    _id: 't-1',
    source,
    agencyId: 'so-xay-dung',
    dueOn: day('2026-11-20'),
    status,
    doneOn: status === 'DONE' ? day('2026-11-19') : null,
    title: 'Báo cáo tiến độ',
    content: null,
    councilSessionId: 'session-9',
    recommendationId: null,
  });

  it('is late when done after its due day or still open once it has passed; cancelled never', () => {
    const dueOn = day('2026-11-20');
    expect(isTaskLate({ status: 'DONE', dueOn, doneOn: day('2026-11-21') }, today)).toBe(true);
    expect(isTaskLate({ status: 'DONE', dueOn, doneOn: day('2026-11-20') }, today)).toBe(false);
    expect(isTaskLate({ status: 'DONE', dueOn, doneOn: null }, today)).toBe(false);
    expect(isTaskLate({ status: 'OPEN', dueOn }, today)).toBe(true);
    expect(isTaskLate({ status: 'OPEN', dueOn: today }, today)).toBe(false);
    expect(isTaskLate({ status: 'CANCELLED', dueOn }, today)).toBe(false);
  });

  it('takes its regulation content as given, else from what it serves', () => {
    expect(contentOf({ content: 'ELECTIONS', councilSessionId: 's', recommendationId: 'r' })).toBe('ELECTIONS');
    expect(contentOf({ content: null, councilSessionId: 's', recommendationId: 'r' })).toBe('COUNCIL_SESSIONS');
    expect(contentOf({ content: null, councilSessionId: null, recommendationId: 'r' })).toBe('SUPERVISION');
    expect(contentOf({ content: null, councilSessionId: null, recommendationId: null })).toBeNull();
  });

  it('is closed by hand only while OPEN, and a session-preparation task never', () => {
    expect(closingProblem({ status: 'OPEN', source: 'MANUAL' })).toBeUndefined();
    expect(closingProblem({ status: 'OPEN', source: 'PLAN' })).toBeUndefined();
    expect(closingProblem({ status: 'DONE', source: 'MANUAL' })).toMatch(/already DONE/);
    expect(closingProblem({ status: 'CANCELLED', source: 'PLAN' })).toMatch(/already CANCELLED/);
    expect(closingProblem({ status: 'OPEN', source: 'SESSION_PREPARATION' })).toMatch(/closed by the event/);
  });

  it('records a milestone that exists and is not yet done', () => {
    const milestones = [
      { title: 'Dự thảo', dueOn: day('2026-11-10'), doneOn: day('2026-11-09') },
      { title: 'Trình ký', dueOn: day('2026-11-15'), doneOn: null },
    ];
    expect(milestoneProblem(milestones, 1)).toBeUndefined();
    expect(milestoneProblem(milestones, 0)).toMatch(/milestone 0 was done on 2026-11-09/);
    expect(milestoneProblem(milestones, 2)).toMatch(/no milestone 2/);
  });

  it('owes a COORDINATION_TASK obligation when made by hand or by the plan, none when it prepares a session', () => {
    const [manual] = taskObligations(taskDoc('OPEN'));
    expect(manual).toMatchObject({
      obligationId: 'coordinationTask:t-1',
      kind: 'COORDINATION_TASK',
      agencyId: 'so-xay-dung',
      dueOn: day('2026-11-20'),
      subject: { type: 'CoordinationTask', id: 't-1' },
      content: 'COUNCIL_SESSIONS',
      councilSessionId: 'session-9',
      metOn: null,
      cancelled: false,
    });
    expect(manual!.basis).toContain('5 rõ');
    expect(taskObligations(taskDoc('OPEN', 'PLAN'))[0]!.basis).toContain('Kế hoạch phối hợp');
    expect(taskObligations(taskDoc('DONE'))[0]).toMatchObject({ metOn: day('2026-11-19'), cancelled: false });
    expect(taskObligations(taskDoc('CANCELLED'))[0]).toMatchObject({ metOn: null, cancelled: true });
    expect(taskObligations(taskDoc('OPEN', 'SESSION_PREPARATION'))).toEqual([]);
    expect(taskObligations(taskDoc('DONE', 'SESSION_PREPARATION'))).toEqual([]);
  });

  it('lists rõ người as the gap of a task without a person', () => {
    expect(fiveClearGaps({ responsible: null })).toEqual([fiveClear.responsible]);
    expect(fiveClear.responsible).toContain('rõ người');
    expect(fiveClearGaps({ responsible: { kind: 'STAFF', id: 'u', name: 'A', position: 'B' } })).toEqual([]);
  });

  it('names the missing "5 rõ" element of a new task, and requires a person', () => {
    expect(createCoordinationTaskInput.safeParse(complete).success).toBe(true);
    for (const [field, principle] of [
      ['title', 'rõ việc'],
      ['responsible', 'rõ người'],
      ['agencyId', 'rõ trách nhiệm'],
      ['dueOn', 'rõ tiến độ'],
      ['expectedResult', 'rõ hiệu quả'],
    ] as const) {
      const { [field]: _omitted, ...missing } = complete;
      const result = createCoordinationTaskInput.safeParse(missing);
      expect(result.success).toBe(false);
      expect(result.error!.issues).toEqual([expect.objectContaining({ path: [field], message: expect.stringContaining(principle) })]);
      if (field === 'dueOn' || field === 'responsible') continue;
      const blank = createCoordinationTaskInput.safeParse({ ...complete, [field]: '   ' });
      expect(blank.error!.issues).toEqual([expect.objectContaining({ path: [field], message: expect.stringContaining(principle) })]);
    }
    const nobody = createCoordinationTaskInput.safeParse({ ...complete, responsible: null });
    expect(nobody.error!.issues).toEqual([expect.objectContaining({ path: ['responsible'], message: expect.stringContaining('rõ người') })]);
    const nameless = createCoordinationTaskInput.safeParse({ ...complete, responsible: { ...person, name: ' ' } });
    expect(nameless.error!.issues.map((issue) => issue.path)).toEqual([['responsible', 'name']]);
  });

  it('keeps milestones within the due day and asks for the content unless the task serves a session or a recommendation', () => {
    const late = createCoordinationTaskInput.safeParse({
      ...complete,
      milestones: [
        { title: 'Dự thảo', dueOn: day('2026-11-20') },
        { title: 'Trình ký', dueOn: day('2026-11-29') },
      ],
    });
    expect(late.error!.issues.map((issue) => issue.path)).toEqual([['milestones', 1, 'dueOn']]);
    const { content: _content, ...noContent } = complete;
    expect(createCoordinationTaskInput.safeParse(noContent).error!.issues.map((issue) => issue.path)).toEqual([['content']]);
    expect(createCoordinationTaskInput.safeParse({ ...noContent, councilSessionId: 'session-9' }).success).toBe(true);
    expect(createCoordinationTaskInput.safeParse({ ...noContent, recommendationId: 'rec-1' }).success).toBe(true);
  });
});

describe('annual coordination plan', () => {
  it('takes items due within its year', () => {
    expect(planItemProblem(2027, day('2027-01-01'))).toBeUndefined();
    expect(planItemProblem(2027, day('2027-12-31'))).toBeUndefined();
    expect(planItemProblem(2027, day('2026-12-31'))).toMatch(/2027/);
    expect(planItemProblem(2027, day('2028-01-01'))).toMatch(/2027/);
  });
});

describe('supervision programme rules', () => {
  const input = {
    title: 'Khảo sát tình hình thu ngân sách',
    kind: 'REGULAR',
    leadAgencyId: 'front',
    year: 2026,
    startsOn: day('2026-01-01'),
    endsOn: day('2026-02-01'),
    supervisedAgencyIds: ['so-y-te'],
  };

  it('moves only planned → in progress → concluded, and records findings while in progress', () => {
    expect(programmeTransitionProblem('PLANNED', 'IN_PROGRESS')).toBeUndefined();
    expect(programmeTransitionProblem('IN_PROGRESS', 'CONCLUDED')).toBeUndefined();
    expect(programmeTransitionProblem('PLANNED', 'CONCLUDED')).toBeDefined();
    expect(programmeTransitionProblem('CONCLUDED', 'IN_PROGRESS')).toBeDefined();
    expect(programmeTransitionProblem('IN_PROGRESS', 'IN_PROGRESS')).toBeDefined();
    expect(acceptsRecommendations('PLANNED')).toBe(false);
    expect(acceptsRecommendations('IN_PROGRESS')).toBe(true);
    expect(acceptsRecommendations('CONCLUDED')).toBe(true);
    expect(acceptsFindings('PLANNED')).toBe(false);
    expect(acceptsFindings('IN_PROGRESS')).toBe(true);
    expect(acceptsFindings('CONCLUDED')).toBe(false);
  });

  it('checks the period and the re-supervision link', () => {
    expect(periodProblem(day('2026-03-01'), day('2026-02-28'))).toBeDefined();
    expect(periodProblem(day('2026-03-01'), day('2026-03-01'))).toBeUndefined();
    expect(reSupervisionProblem('RE_SUPERVISION', null)).toMatch(/required/);
    expect(reSupervisionProblem('RE_SUPERVISION', 'p-1')).toBeUndefined();
    expect(reSupervisionProblem('THEMATIC', 'p-1')).toMatch(/only for/);
    expect(reSupervisionProblem('SURVEY', null)).toBeUndefined();
  });

  it('accepts only supervising bodies as lead agency, and a selection of recommendations only for a re-supervision', () => {
    expect(createSupervisionProgrammeInput.safeParse({ ...input, leadAgencyId: 'committee' }).error!.issues[0]!.path).toEqual(['leadAgencyId']);
    expect(createSupervisionProgrammeInput.safeParse(input).success).toBe(true);
    expect(createSupervisionProgrammeInput.safeParse({ ...input, kind: 'SURVEY' }).success).toBe(true);
    expect(createSupervisionProgrammeInput.safeParse({ ...input, supervisedAgencyIds: ['a', 'a'] }).success).toBe(false);
    const selection = createSupervisionProgrammeInput.safeParse({ ...input, recommendationIds: ['rec-1'] });
    expect(selection.error!.issues.map((issue) => issue.path)).toEqual([['recommendationIds']]);
    const twice = createSupervisionProgrammeInput.safeParse({ ...input, kind: 'RE_SUPERVISION', reSupervisionOfId: 'p-1', recommendationIds: ['rec-1', 'rec-1'] });
    expect(twice.error!.issues.map((issue) => issue.path)).toEqual([['recommendationIds']]);
    const reSupervision = createSupervisionProgrammeInput.parse({ ...input, kind: 'RE_SUPERVISION', reSupervisionOfId: 'p-1' });
    expect(reSupervision.recommendationIds).toBeNull();
  });
});
