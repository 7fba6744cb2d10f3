import type { ObligationKind, RegulationContent } from '@hanoi/contracts';
import { parseCalendarDate } from '@hanoi/platform';
import { computeIndex, daysLate, eventBasis, rankIndexes, standingOf, type IndexFigure } from '../src/domain/coordination-index/formula';
import { monthsBetween, parsePeriod, type Period } from '../src/domain/coordination-index/period';
import { applyObligationChange, emptyObligation, type AppliedEvent, type IndexedObligation, type ObligationChange } from '../src/domain/coordination-index/read-model';
import { bodyOf, reviewOf, type DirectoryEntry } from '../src/domain/coordination-index/review';
import { defaultWeights, nextWeights, setWeightsInput, type Weights } from '../src/domain/coordination-index/weights';

const day = parseCalendarDate;

function period(label: string): Period {
  const parsed = parsePeriod(label);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return parsed;
}

describe('index periods', () => {
  it('reads months, quarters and years', () => {
    expect(parsePeriod('2026-11')).toEqual({ label: '2026-11', granularity: 'MONTH', from: day('2026-11-01'), to: day('2026-11-30') });
    expect(period('2026-02').to).toEqual(day('2026-02-28'));
    expect(period('2028-02').to).toEqual(day('2028-02-29'));
    expect(parsePeriod('2026-Q4')).toEqual({ label: '2026-Q4', granularity: 'QUARTER', from: day('2026-10-01'), to: day('2026-12-31') });
    expect(period('2026-q1')).toMatchObject({ label: '2026-Q1', from: day('2026-01-01'), to: day('2026-03-31') });
    expect(parsePeriod(' 2026 ')).toEqual({ label: '2026', granularity: 'YEAR', from: day('2026-01-01'), to: day('2026-12-31') });
  });

  it('refuses anything else with the problem in words', () => {
    expect(parsePeriod('2026-13')).toEqual({ problem: 'the month must be 01–12' });
    expect(parsePeriod('2026-00')).toEqual({ problem: 'the month must be 01–12' });
    for (const bad of ['26-Q1', '2026-Q5', '2026-Q0', '2026-1', '1999', '2101', '', 'tháng 11', '2026-11-01']) {
      expect(parsePeriod(bad)).toEqual({ problem: expect.stringContaining('must be a month') });
    }
  });

  it('lists the months between two periods, within a maximum', () => {
    const months = monthsBetween(period('2026-Q4'), period('2027-02'));
    expect(Array.isArray(months) && months.map((month) => month.label)).toEqual(['2026-10', '2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween(period('2026-11'), period('2026-11'))).toEqual([period('2026-11')]);
    expect(monthsBetween(period('2026-12'), period('2026-11'))).toEqual({ problem: 'must not end before it starts' });
    expect(monthsBetween(period('2026'), period('2026'), 11)).toEqual({ problem: 'spans more than 11 months' });
    expect(monthsBetween(period('2026'), period('2026'), 12)).toHaveLength(12);
    expect(monthsBetween(period('2000'), period('2100'))).toEqual({ problem: 'spans more than 120 months' });
  });
});

/** Builds one obligation's row from its events, as the indexer does. */
let offset = 0;
const applied = (id: string, topic = 'council.events.v1', partition = 0): AppliedEvent => ({ id, topic, partition, offset: String(++offset) });
const opened = (obligationId: string, kind: ObligationKind, agencyId: string, dueOn: string, content: RegulationContent = 'COUNCIL_SESSIONS'): ObligationChange => ({
  verb: 'opened',
  data: {
    obligationId,
    kind,
    agencyId,
    dueOn: day(dueOn),
    subject: { type: 'AgendaItem', id: `item-${obligationId}` },
    content,
    basis: 'Quy chế phối hợp: tài liệu gửi chậm nhất 15 ngày trước kỳ họp',
    councilSessionId: 'session-2026-10',
    title: `Tờ trình ${obligationId}`,
  },
});
const met = (obligationId: string, metOn: string): ObligationChange => ({ verb: 'met', data: { obligationId, metOn: day(metOn) } });
const rescheduled = (obligationId: string, from: string, to: string, on: string): ObligationChange => ({
  verb: 'rescheduled',
  data: { obligationId, dueOn: day(to), previousDueOn: day(from), on: day(on), reason: 'Kỳ họp lùi lịch' },
});
const cancelled = (obligationId: string, on: string): ObligationChange => ({ verb: 'cancelled', data: { obligationId, on: day(on), reason: 'Rút khỏi chương trình' } });

function rowOf(changes: ObligationChange[]): IndexedObligation {
  const id = changes[0]!.data.obligationId;
  return changes.reduce((row, change, index) => applyObligationChange(row, change, applied(`${id}-${index}`)), emptyObligation(id, 'council'));
}
const withoutEvents = ({ events: _events, ...row }: IndexedObligation) => row;

describe('the index read model (applyObligationChange)', () => {
  it('fills the row from `opened` and changes nothing on a redelivered event', () => {
    const event = applied('e-open');
    const row = applyObligationChange(emptyObligation('o1', 'council'), opened('o1', 'AGENDA_DOCUMENT', 'so-tai-chinh', '2026-09-10'), event);
    expect(row).toMatchObject({
      obligationId: 'o1',
      service: 'council',
      kind: 'AGENDA_DOCUMENT',
      agencyId: 'so-tai-chinh',
      dueOn: day('2026-09-10'),
      countsOn: day('2026-09-10'),
      subject: { type: 'AgendaItem', id: 'item-o1' },
      metOn: null,
      events: [event],
    });
    expect(applyObligationChange(row, opened('o1', 'AGENDA_DOCUMENT', 'so-tai-chinh', '2026-09-10'), event)).toBe(row);
    const metEvent = applied('e-met');
    const metRow = applyObligationChange(row, met('o1', '2026-09-09'), metEvent);
    expect(applyObligationChange(metRow, met('o1', '2026-09-09'), metEvent)).toBe(metRow);
    expect(metRow.events).toEqual([event, metEvent]);
  });

  it('gives the same row whether `met` arrives before or after `opened`', () => {
    const open = opened('o2', 'AGENDA_DOCUMENT', 'so-tai-chinh', '2026-09-10');
    const done = met('o2', '2026-09-12');
    const [openEvent, metEvent] = [applied('o2-open'), applied('o2-met', 'council.events.v1', 2)];
    const inOrder = applyObligationChange(applyObligationChange(emptyObligation('o2', 'council'), open, openEvent), done, metEvent);
    const reversed = applyObligationChange(applyObligationChange(emptyObligation('o2', 'council'), done, metEvent), open, openEvent);
    expect(withoutEvents(reversed)).toEqual(withoutEvents(inOrder));
    expect(reversed.events).toHaveLength(2);
    expect(reversed.events).toEqual(expect.arrayContaining(inOrder.events));
    expect(standingOf(reversed, day('2026-10-01'))).toBe('LATE');
    // An earlier `met` wins over a later one.
    expect(applyObligationChange(inOrder, met('o2', '2026-09-11'), applied('o2-met-2')).metOn).toEqual(day('2026-09-11'));
    expect(applyObligationChange(inOrder, met('o2', '2026-09-20'), applied('o2-met-3')).metOn).toEqual(day('2026-09-12'));
  });

  it('keeps the missed due day when a reschedule or a cancellation is decided after it', () => {
    const movedInTime = rowOf([opened('o3', 'AGENDA_DOCUMENT', 'a', '2026-09-10'), rescheduled('o3', '2026-09-10', '2026-09-25', '2026-09-10')]);
    expect(movedInTime).toMatchObject({ dueOn: day('2026-09-25'), missedDueOn: null, countsOn: day('2026-09-25') });

    const movedLate = rowOf([opened('o4', 'AGENDA_DOCUMENT', 'a', '2026-09-10'), rescheduled('o4', '2026-09-10', '2026-10-05', '2026-09-11')]);
    expect(movedLate).toMatchObject({ dueOn: day('2026-10-05'), missedDueOn: day('2026-09-10'), countsOn: day('2026-09-10') });
    const metInNewTime = applyObligationChange(movedLate, met('o4', '2026-10-01'), applied('o4-met'));
    expect(standingOf(metInNewTime, day('2026-12-01'))).toBe('LATE');
    // A second move keeps the first miss.
    const movedAgain = applyObligationChange(movedLate, rescheduled('o4', '2026-10-05', '2026-10-20', '2026-10-10'), applied('o4-again'));
    expect(movedAgain).toMatchObject({ dueOn: day('2026-10-20'), missedDueOn: day('2026-09-10') });

    const cancelledInTime = rowOf([opened('o5', 'AGENDA_DOCUMENT', 'a', '2026-09-10'), cancelled('o5', '2026-09-02')]);
    expect(cancelledInTime).toMatchObject({ cancelledOn: day('2026-09-02'), cancelReason: 'Rút khỏi chương trình', missedDueOn: null, countsOn: day('2026-09-10') });
    expect(standingOf(cancelledInTime, day('2026-12-01'))).toBe('CANCELLED');

    const cancelledLate = rowOf([opened('o6', 'AGENDA_DOCUMENT', 'a', '2026-09-10'), cancelled('o6', '2026-09-15')]);
    expect(cancelledLate).toMatchObject({ cancelledOn: day('2026-09-15'), missedDueOn: day('2026-09-10'), countsOn: day('2026-09-10') });
    expect(standingOf(cancelledLate, day('2026-12-01'))).toBe('LATE');

    const movedThenCancelled = rowOf([
      opened('o7', 'AGENDA_DOCUMENT', 'a', '2026-09-10'),
      rescheduled('o7', '2026-09-10', '2026-10-05', '2026-09-12'),
      cancelled('o7', '2026-10-01'),
    ]);
    expect(movedThenCancelled).toMatchObject({ missedDueOn: day('2026-09-10'), countsOn: day('2026-09-10'), cancelledOn: day('2026-10-01') });
  });

  it('counts a failed closing as missed on the due day even when it came before it, with the days late fixed then', () => {
    const failed: ObligationChange = { verb: 'cancelled', data: { obligationId: 'o9', on: day('2026-09-01'), reason: 'closed unimplemented', missed: true } };
    const row = rowOf([opened('o9', 'SUPERVISION_RECOMMENDATION', 'so-xay-dung', '2026-09-10'), failed]);
    expect(row).toMatchObject({ missedDueOn: day('2026-09-10'), countsOn: day('2026-09-10'), cancelledOn: day('2026-09-01') });
    expect(standingOf(row, day('2026-12-01'))).toBe('LATE');
    expect(daysLate(row, day('2026-12-01'))).toBe(0);
    const closedLater = rowOf([opened('o10', 'SUPERVISION_RECOMMENDATION', 'so-xay-dung', '2026-09-10'), { verb: 'cancelled', data: { ...failed.data, obligationId: 'o10', on: day('2026-09-30') } } as ObligationChange]);
    expect(daysLate(closedLater, day('2026-12-01'))).toBe(20);
  });

  it('ignores a cancellation of an obligation already met', () => {
    const done = rowOf([opened('o8', 'AGENDA_DOCUMENT', 'a', '2026-09-10'), met('o8', '2026-09-09')]);
    const after = applyObligationChange(done, cancelled('o8', '2026-09-20'), applied('o8-cancel'));
    expect(withoutEvents(after)).toEqual(withoutEvents(done));
    expect(after.events).toHaveLength(3);
    expect(standingOf(after, day('2026-12-01'))).toBe('ON_TIME');
  });
});

describe('standings and days late', () => {
  const today = day('2026-09-20');
  it('classifies each obligation', () => {
    const base = rowOf([opened('s1', 'AGENDA_DOCUMENT', 'a', '2026-09-10')]);
    expect(standingOf(base, today)).toBe('OVERDUE');
    expect(standingOf(base, day('2026-09-10'))).toBe('PENDING');
    expect(standingOf(base, day('2026-09-01'))).toBe('PENDING');
    expect(standingOf({ ...base, metOn: day('2026-09-10') }, today)).toBe('ON_TIME');
    expect(standingOf({ ...base, metOn: day('2026-09-11') }, today)).toBe('LATE');
    expect(standingOf({ ...base, cancelledOn: day('2026-09-05') }, today)).toBe('CANCELLED');
    expect(standingOf({ ...base, missedDueOn: day('2026-09-10'), dueOn: day('2026-10-10'), cancelledOn: day('2026-09-12') }, today)).toBe('LATE');
  });

  it('counts the days past the due day until it was met, cancelled or today', () => {
    const base = rowOf([opened('d1', 'AGENDA_DOCUMENT', 'a', '2026-09-10')]);
    expect(daysLate(base, today)).toBe(10);
    expect(daysLate(base, day('2026-09-05'))).toBe(0);
    expect(daysLate({ ...base, metOn: day('2026-09-13') }, today)).toBe(3);
    expect(daysLate({ ...base, metOn: day('2026-09-01') }, today)).toBe(0);
    expect(daysLate({ ...base, missedDueOn: day('2026-09-10'), dueOn: day('2026-10-10') }, today)).toBe(10);
    expect(daysLate({ ...base, missedDueOn: day('2026-09-10'), cancelledOn: day('2026-09-14') }, today)).toBe(4);
    expect(daysLate(emptyObligation('none', 'council'), today)).toBe(0);
  });
});

/** Weights of the hand-computed table: 3 / 2 / 1, a zero weight, and a positive weight with nothing due. */
const tableWeights: Weights = {
  version: 7,
  byKind: { ...defaultWeights.byKind, AGENDA_DOCUMENT: 3, CASE_RESOLUTION: 2, ASSIGNMENT_ANSWER: 1, COORDINATION_TASK: 0, SESSION_PROGRAMME: 3 },
};

describe('computeIndex on a hand-computed table', () => {
  const A = 'so-tai-chinh';
  const today = day('2026-09-20');
  const rows = [
    // AGENDA_DOCUMENT (weight 3): 2 on time, 1 late, 1 overdue, 1 pending, 1 cancelled → due 4, rate 50
    rowOf([opened('a1', 'AGENDA_DOCUMENT', A, '2026-09-05'), met('a1', '2026-09-04')]),
    rowOf([opened('a2', 'AGENDA_DOCUMENT', A, '2026-09-10'), met('a2', '2026-09-10')]),
    rowOf([opened('a3', 'AGENDA_DOCUMENT', A, '2026-09-12'), met('a3', '2026-09-15')]),
    rowOf([opened('a4', 'AGENDA_DOCUMENT', A, '2026-09-15')]),
    rowOf([opened('a5', 'AGENDA_DOCUMENT', A, '2026-09-25')]),
    rowOf([opened('a6', 'AGENDA_DOCUMENT', A, '2026-09-28'), cancelled('a6', '2026-09-02')]),
    // CASE_RESOLUTION (weight 2): 2 on time, 1 missed then moved to October → due 3, rate 66.67
    rowOf([opened('c1', 'CASE_RESOLUTION', A, '2026-09-01', 'CITIZEN_RECEPTION'), met('c1', '2026-08-30')]),
    rowOf([opened('c2', 'CASE_RESOLUTION', A, '2026-09-03', 'CITIZEN_RECEPTION'), met('c2', '2026-09-01')]),
    rowOf([opened('c3', 'CASE_RESOLUTION', A, '2026-09-08', 'CITIZEN_RECEPTION'), rescheduled('c3', '2026-09-08', '2026-10-20', '2026-09-10')]),
    // ASSIGNMENT_ANSWER (weight 1): 1 overdue → due 1, rate 0
    rowOf([opened('s1', 'ASSIGNMENT_ANSWER', A, '2026-09-18', 'CITIZEN_RECEPTION')]),
    // COORDINATION_TASK (weight 0): on time, ignored by the value
    rowOf([opened('t1', 'COORDINATION_TASK', A, '2026-09-02'), met('t1', '2026-09-01')]),
    // SESSION_PROGRAMME (weight 3): only pending → no rate, ignored by the value
    rowOf([opened('p1', 'SESSION_PROGRAMME', A, '2026-09-29')]),
    // Ignored: another agency, and other months.
    rowOf([opened('x1', 'AGENDA_DOCUMENT', 'so-xay-dung', '2026-09-05')]),
    rowOf([opened('x2', 'AGENDA_DOCUMENT', A, '2026-10-02'), met('x2', '2026-10-09')]),
    rowOf([opened('x3', 'CASE_RESOLUTION', A, '2026-08-31', 'CITIZEN_RECEPTION')]),
  ];

  it('counts each component and takes the weighted mean of the rates', () => {
    const figure = computeIndex(A, period('2026-09'), rows, tableWeights, today);
    const counts = figure.components.map(({ kind, due, onTime, late, overdue, pending, rate, weight }) => ({ kind, due, onTime, late, overdue, pending, rate, weight }));
    expect(counts).toEqual([
      { kind: 'AGENDA_DOCUMENT', due: 4, onTime: 2, late: 1, overdue: 1, pending: 1, rate: 50, weight: 3 },
      { kind: 'ASSIGNMENT_ANSWER', due: 1, onTime: 0, late: 0, overdue: 1, pending: 0, rate: 0, weight: 1 },
      { kind: 'CASE_RESOLUTION', due: 3, onTime: 2, late: 1, overdue: 0, pending: 0, rate: 66.67, weight: 2 },
      { kind: 'COORDINATION_TASK', due: 1, onTime: 1, late: 0, overdue: 0, pending: 0, rate: 100, weight: 0 },
      { kind: 'SESSION_PROGRAMME', due: 0, onTime: 0, late: 0, overdue: 0, pending: 1, rate: null, weight: 3 },
    ]);
    // (3 × 50 + 1 × 0 + 2 × 66.67) ÷ (3 + 1 + 2) = 283.34 ÷ 6 = 47.2233… → 47.22
    expect(figure.value).toBe(47.22);
    expect(figure).toMatchObject({ agencyId: A, weightsVersion: 7, period: period('2026-09') });
    // The late and overdue items, earliest due first; the missed-and-moved one counts on its missed day.
    expect(figure.components[0]!.items.map((item) => item.obligationId)).toEqual(['a3', 'a4']);
    expect(figure.components[2]!.items.map((item) => [item.obligationId, item.countsOn])).toEqual([['c3', day('2026-09-08')]]);
    expect(figure.components[3]!.items).toEqual([]);
    // Events behind the figure: a1 a2 a3 (2 each), a4 a5 (1), a6 (2), c1 c2 c3 (2), s1 (1), t1 (2), p1 (1) = 20.
    expect(figure.basis.eventCount).toBe(20);
    expect(figure.components[0]!.basis.eventCount).toBe(10);
  });

  it('is null when nothing is due, or only components without weight are', () => {
    expect(computeIndex('so-y-te', period('2026-09'), rows, tableWeights, today)).toMatchObject({ value: null, components: [], basis: { eventCount: 0, lastOffsets: [] } });
    const pendingOnly = computeIndex(A, period('2026-09'), rows.filter((row) => row.obligationId === 'p1'), tableWeights, today);
    expect(pendingOnly.value).toBeNull();
    const weightless = computeIndex(A, period('2026-09'), rows.filter((row) => row.obligationId === 't1'), tableWeights, today);
    expect(weightless.components[0]!.rate).toBe(100);
    expect(weightless.value).toBeNull();
  });

  it('counts by quarter and year with the same rule', () => {
    // Q3 adds x3 (CASE_RESOLUTION due 31/8, overdue): CASE_RESOLUTION due 4, rate 50 → (150 + 0 + 100) ÷ 6 = 41.67
    const q3 = computeIndex(A, period('2026-Q3'), rows, tableWeights, today);
    expect(q3.components.find((component) => component.kind === 'CASE_RESOLUTION')).toMatchObject({ due: 4, onTime: 2, late: 1, overdue: 1, rate: 50 });
    expect(q3.value).toBe(41.67);
    // The year adds x2 (AGENDA_DOCUMENT due 2/10, late): AGENDA_DOCUMENT due 5, rate 40 → (120 + 0 + 100) ÷ 6 = 36.67
    const year = computeIndex(A, period('2026'), rows, tableWeights, today);
    expect(year.components[0]).toMatchObject({ kind: 'AGENDA_DOCUMENT', due: 5, onTime: 2, late: 2, rate: 40 });
    expect(year.value).toBe(36.67);
  });
});

describe('eventBasis and ranking', () => {
  it('counts the events and keeps the last offset per partition, comparing offsets as numbers', () => {
    const row = (events: [string, number, string][]) => ({
      ...emptyObligation('b', 'council'),
      events: events.map(([topic, partition, at], index) => ({ id: `${topic}-${partition}-${at}-${index}`, topic, partition, offset: at })),
    });
    const basis = eventBasis([
      row([
        ['council.events.v1', 0, '9'],
        ['council.events.v1', 0, '10'],
      ]),
      row([
        ['petitions.events.v1', 2, '100'],
        ['council.events.v1', 1, '3'],
        ['petitions.events.v1', 2, '99'],
      ]),
    ]);
    expect(basis).toEqual({
      eventCount: 5,
      lastOffsets: [
        { topic: 'council.events.v1', partition: 0, offset: '10' },
        { topic: 'council.events.v1', partition: 1, offset: '3' },
        { topic: 'petitions.events.v1', partition: 2, offset: '100' },
      ],
    });
    expect(eventBasis([])).toEqual({ eventCount: 0, lastOffsets: [] });
  });

  it('ranks the best first, ties by agency id, agencies without an index last', () => {
    const figure = (agencyId: string, value: number | null): IndexFigure => ({
      agencyId,
      value,
      period: period('2026-09'),
      weightsVersion: 1,
      components: [],
      basis: { eventCount: 0, lastOffsets: [] },
    });
    const ranked = rankIndexes([figure('so-y-te', 50), figure('so-cong-thuong', null), figure('so-xay-dung', 80), figure('so-tai-chinh', 50), figure('so-giao-duc', null)]);
    expect(ranked.map((f) => f.agencyId)).toEqual(['so-xay-dung', 'so-tai-chinh', 'so-y-te', 'so-cong-thuong', 'so-giao-duc']);
  });
});

describe('the periodic review (sơ kết, tổng kết)', () => {
  const entry = (agencyId: string, kind: string, parentId: string | null): [string, DirectoryEntry] => [agencyId, { agencyId, kind, parentId }];
  const directory = new Map([
    entry('council', 'CITY_BODY', null),
    entry('committee', 'CITY_BODY', null),
    entry('front', 'CITY_BODY', null),
    entry('so-tai-chinh', 'DEPARTMENT', 'committee'),
    entry('so-xay-dung', 'DEPARTMENT', 'committee'),
    entry('phong-quan-ly-gia', 'DEPARTMENT', 'so-tai-chinh'),
    entry('ubnd-phuong-hoan-kiem', 'COMMUNE_COMMITTEE', null),
    entry('loop-a', 'DEPARTMENT', 'loop-b'),
    entry('loop-b', 'DEPARTMENT', 'loop-a'),
  ]);

  it('places each agency under its nearest city body', () => {
    expect(bodyOf('committee', directory)).toBe('committee');
    expect(bodyOf('so-tai-chinh', directory)).toBe('committee');
    expect(bodyOf('phong-quan-ly-gia', directory)).toBe('committee');
    expect(bodyOf('ubnd-phuong-hoan-kiem', directory)).toBe('ubnd-phuong-hoan-kiem');
    expect(bodyOf('so-chua-biet', directory)).toBe('so-chua-biet');
    expect(bodyOf('loop-a', directory)).toBe('loop-a');
  });

  it('counts per body and content, with each body’s index', () => {
    const today = day('2026-09-20');
    const rows = [
      rowOf([opened('r1', 'AGENDA_DOCUMENT', 'so-tai-chinh', '2026-09-05'), met('r1', '2026-09-04')]),
      rowOf([opened('r2', 'AGENDA_DOCUMENT', 'so-xay-dung', '2026-09-10'), met('r2', '2026-09-12')]),
      rowOf([opened('r3', 'CASE_RESOLUTION', 'so-tai-chinh', '2026-09-08', 'CITIZEN_RECEPTION')]),
      rowOf([opened('r4', 'SESSION_PROGRAMME', 'council', '2026-09-25')]),
      rowOf([opened('r5', 'SOCIAL_CRITIQUE_REPORT', 'front', '2026-09-02', 'LAWS_AND_CRITIQUE'), met('r5', '2026-09-01')]),
      rowOf([opened('r6', 'VOTER_OPINION_REPORT', 'front', '2026-09-03'), cancelled('r6', '2026-09-01')]),
    ];
    const line = (content: string, due: number, onTime: number, late: number, overdue: number, pending: number) => ({ content, due, onTime, late, overdue, pending });
    const review = reviewOf(period('2026-09'), rows, directory, defaultWeights, today);
    expect(review).toEqual([
      // AGENDA_DOCUMENT 1/2 = 50 (weight 3), CASE_RESOLUTION 0/1 = 0 (weight 2): 150 ÷ 5 = 30
      { bodyId: 'committee', lines: [{ bodyId: 'committee', ...line('COUNCIL_SESSIONS', 2, 1, 1, 0, 0) }, { bodyId: 'committee', ...line('CITIZEN_RECEPTION', 1, 0, 0, 1, 0) }], index: 30 },
      { bodyId: 'council', lines: [{ bodyId: 'council', ...line('COUNCIL_SESSIONS', 0, 0, 0, 0, 1) }], index: null },
      // The cancelled voter opinion report leaves no line; the critique was on time.
      { bodyId: 'front', lines: [{ bodyId: 'front', ...line('LAWS_AND_CRITIQUE', 1, 1, 0, 0, 0) }], index: 100 },
    ]);
  });
});

describe('index weights', () => {
  it('replaces only the kinds given, as the next version', () => {
    const next = nextWeights(defaultWeights, { weights: [{ kind: 'AGENDA_DOCUMENT', weight: 5 }, { kind: 'CASE_ANSWER', weight: 0 }], note: 'Sơ kết 2026' });
    expect(next).toEqual({ version: 2, byKind: { ...defaultWeights.byKind, AGENDA_DOCUMENT: 5, CASE_ANSWER: 0 } });
    expect(defaultWeights.byKind.AGENDA_DOCUMENT).toBe(3);
  });

  it('refuses weights that would all be zero', () => {
    const allZero = Object.keys(defaultWeights.byKind).map((kind) => ({ kind: kind as ObligationKind, weight: 0 }));
    expect(nextWeights(defaultWeights, { weights: allZero, note: 'x' })).toEqual({ problem: expect.stringContaining('at least one weight must be positive') });
    const onlyAgenda: Weights = { version: 4, byKind: { ...Object.fromEntries(allZero.map(({ kind }) => [kind, 0])), AGENDA_DOCUMENT: 3 } as Weights['byKind'] };
    expect(nextWeights(onlyAgenda, { weights: [{ kind: 'AGENDA_DOCUMENT', weight: 0 }], note: 'x' })).toHaveProperty('problem');
    expect(nextWeights(onlyAgenda, { weights: [{ kind: 'CASE_ANSWER', weight: 1 }], note: 'x' })).toMatchObject({ version: 5 });
  });

  it('validates the input: no negative or too large weight, no kind twice, a note', () => {
    const negative = setWeightsInput.safeParse({ weights: [{ kind: 'AGENDA_DOCUMENT', weight: 4 }, { kind: 'CASE_ANSWER', weight: -1 }], note: 'x' });
    expect(negative.error!.issues.map((issue) => [issue.path, issue.message])).toEqual([[['weights', 1, 'weight'], 'must not be negative']]);
    expect(setWeightsInput.safeParse({ weights: [{ kind: 'CASE_ANSWER', weight: 101 }], note: 'x' }).error!.issues[0]!.path).toEqual(['weights', 0, 'weight']);
    const twice = setWeightsInput.safeParse({ weights: [{ kind: 'CASE_ANSWER', weight: 1 }, { kind: 'CASE_ANSWER', weight: 2 }], note: 'x' });
    expect(twice.error!.issues.map((issue) => issue.path)).toEqual([['weights']]);
    expect(setWeightsInput.safeParse({ weights: [], note: 'x' }).error!.issues.map((issue) => issue.path)).toEqual([['weights']]);
    expect(setWeightsInput.safeParse({ weights: [{ kind: 'CASE_ANSWER', weight: 1 }], note: '  ' }).error!.issues.map((issue) => issue.path)).toEqual([['note']]);
    expect(setWeightsInput.safeParse({ weights: [{ kind: 'CASE_ANSWER', weight: 1.5 }], note: 'Sơ kết' }).success).toBe(true);
  });
});
