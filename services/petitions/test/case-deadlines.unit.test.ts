import {
  acceptanceDeadlines,
  councilRecommendationDeadline,
  currentDue,
  flagNotified,
  forwardedRecommendationDeadline,
  intakeDeadlines,
  nextRegularSession,
  recomputedDeadlines,
  replaceDeadline,
  unnotifiedDueOn,
  unnotifiedMisses,
  type CaseDeadline,
} from '../src/domain/case-deadlines';
import { computeDeadline, createHolidayCalendar, vietnamHolidayCalendar as calendar, vietnamHolidayYears } from '../src/domain/deadlines';
import { calendarOf, holidayYearFromInput, mergeHolidayYears, setHolidayYearInput } from '../src/domain/holiday-calendar';
import { computing } from '../src/workflows/deadline-input';

const d = (value: string) => new Date(`${value}T00:00:00Z`);
const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const summary = (deadlines: CaseDeadline[]) => deadlines.map((x) => [x.kind, x.ruleId, iso(x.dueOn)]);

const deadline = (kind: CaseDeadline['kind'], dueOn: string, extra: Partial<CaseDeadline> = {}): CaseDeadline => ({
  kind,
  dueOn: d(dueOn),
  ruleId: 'X',
  basis: 'x',
  legalBasis: 'x',
  provisional: false,
  metOn: null,
  missedNotified: false,
  ...extra,
});

describe('case deadlines from the engine', () => {
  it('sets the intake deadline per kind (dates counted by hand against the holiday data)', () => {
    // Fri 2026-02-06 + 10 = Mon 2026-02-16, Tết (29 tháng Chạp) → 16–20/2 off, weekend → Mon 2026-02-23.
    expect(summary(intakeDeadlines('COMPLAINT', d('2026-02-06'), {}, calendar))).toEqual([['ACCEPTANCE', 'COMPLAINT_ACCEPTANCE', '2026-02-23']]);
    // Tue 2026-04-21 + 10 = Fri 2026-05-01 (Labour Day) → Mon 2026-05-04.
    expect(summary(intakeDeadlines('SECOND_COMPLAINT', d('2026-04-21'), {}, calendar))).toEqual([['ACCEPTANCE', 'COMPLAINT_ACCEPTANCE', '2026-05-04']]);
    // Wed 2026-02-11: working days 12, 13, (Tết and weekends to 22/2), 23, 24, 25, 26, 27 → Fri 2026-02-27; 10 → Wed 2026-03-04.
    expect(summary(intakeDeadlines('DENUNCIATION', d('2026-02-11'), {}, calendar))).toEqual([['INITIAL_HANDLING', 'DENUNCIATION_INITIAL_HANDLING', '2026-02-27']]);
    expect(summary(intakeDeadlines('DENUNCIATION', d('2026-02-11'), { verificationNeeded: true }, calendar))).toEqual([
      ['INITIAL_HANDLING', 'DENUNCIATION_INITIAL_HANDLING', '2026-03-04'],
    ]);
    for (const kind of ['RECOMMENDATION', 'FEEDBACK', 'VOTER_RECOMMENDATION']) expect(intakeDeadlines(kind, d('2026-02-11'), {}, calendar)).toEqual([]);
  });

  it('adds the resolution deadlines at acceptance, with the tiers, and the notice of a denunciation', () => {
    const accept = (kind: string, on: string, complexity: 'NORMAL' | 'COMPLEX' | 'VERY_COMPLEX' = 'NORMAL', remote = false) =>
      summary(acceptanceDeadlines(kind, d(on), { complexity, remote }, calendar));
    expect(accept('COMPLAINT', '2026-03-02')).toEqual([['RESOLUTION', 'COMPLAINT_FIRST_RESOLUTION', '2026-04-01']]);
    // Tue 2026-03-17 + 45 = Fri 2026-05-01 → Mon 2026-05-04; + 60 = Sat 2026-05-16 → Mon 2026-05-18.
    expect(accept('COMPLAINT', '2026-03-17', 'COMPLEX')).toEqual([['RESOLUTION', 'COMPLAINT_FIRST_RESOLUTION', '2026-05-04']]);
    expect(accept('COMPLAINT', '2026-03-17', 'NORMAL', true)).toEqual([['RESOLUTION', 'COMPLAINT_FIRST_RESOLUTION', '2026-05-04']]);
    expect(accept('COMPLAINT', '2026-03-17', 'COMPLEX', true)).toEqual([['RESOLUTION', 'COMPLAINT_FIRST_RESOLUTION', '2026-05-18']]);
    // Tue 2026-05-05 + 45 = Fri 2026-06-19; + 60 = Sat 2026-07-04 → Mon 2026-07-06.
    expect(accept('SECOND_COMPLAINT', '2026-05-05')).toEqual([['RESOLUTION', 'COMPLAINT_SECOND_RESOLUTION', '2026-06-19']]);
    expect(accept('SECOND_COMPLAINT', '2026-05-05', 'COMPLEX')).toEqual([['RESOLUTION', 'COMPLAINT_SECOND_RESOLUTION', '2026-07-06']]);
    // Notice: 5 working days from Mon 2026-03-02 → Mon 2026-03-09; resolution 30 days → Wed 2026-04-01.
    expect(accept('DENUNCIATION', '2026-03-02', 'COMPLEX')).toEqual([
      ['NOTICE', 'DENUNCIATION_ACCEPTANCE_NOTICE', '2026-03-09'],
      ['RESOLUTION', 'DENUNCIATION_RESOLUTION', '2026-04-01'],
    ]);
    expect(accept('FEEDBACK', '2026-03-02')).toEqual([]);
  });

  it('answers voter recommendations at the next regular session, and forwarded ones within 60 days', () => {
    const sessions = [
      { id: 'prepared', kind: 'REGULAR' as const, opensOn: d('2026-07-07') },
      { id: 'thematic', kind: 'THEMATIC' as const, opensOn: d('2026-08-04') },
      { id: 'next', kind: 'REGULAR' as const, opensOn: d('2026-12-08') },
    ];
    expect(nextRegularSession(d('2026-06-10'), 'prepared', sessions)?.id).toBe('next');
    expect(nextRegularSession(d('2026-06-10'), null, sessions)?.id).toBe('prepared');
    expect(nextRegularSession(d('2026-12-09'), null, sessions)).toBeNull();
    // Thu 2026-07-02 + 60 = Mon 2026-08-31 (swapped day off), 1–2/9 National Day → Thu 2026-09-03.
    const forwarded = forwardedRecommendationDeadline(d('2026-07-02'), calendar);
    expect([forwarded.ruleId, iso(forwarded.dueOn), forwarded.provisional]).toEqual(['NA_FORWARDED_VOTER_RECOMMENDATION', '2026-09-03', false]);
    expect(forwarded.basis).toMatch(/Hoán đổi/);
  });

  it('records a forwarded recommendation due in a year without holiday data on its 60th day, provisional', () => {
    const only2026 = createHolidayCalendar(vietnamHolidayYears.filter((year) => year.year === 2026));
    const late = forwardedRecommendationDeadline(d('2026-11-20'), only2026);
    expect([iso(late.dueOn), late.provisional]).toEqual(['2027-01-19', true]);
    expect(late.basis).toMatch(/no holiday calendar for 2027/);
  });

  it('turns the engine refusals into BAD_USER_INPUT with the field', () => {
    const only2026 = createHolidayCalendar(vietnamHolidayYears.filter((year) => year.year === 2026));
    const missing = () => computing(() => intakeDeadlines('COMPLAINT', d('2023-05-02'), {}, only2026), { date: 'input.receivedOn' });
    expect(missing).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.receivedOn', year: 2023 }) }));
    expect(missing).toThrow(/no holiday calendar for 2023/);
    const extension = { decidedOn: d('2026-03-10'), days: 10, decisionRef: '1/QĐ' };
    const count = () => computing(() => computeDeadline({ rule: 'DENUNCIATION_RESOLUTION', start: d('2026-03-02'), extensions: [extension], calendar }), { date: 'input.decidedOn' });
    expect(count).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.extensions.0' }) }));
    expect(() => computing(() => { throw new RangeError('boom'); }, { date: 'x' })).toThrow(RangeError);
  });
});

describe('the current due date and the sweeper key', () => {
  const list = [deadline('ACCEPTANCE', '2026-03-02', { metOn: d('2026-03-01') }), deadline('NOTICE', '2026-03-09'), deadline('RESOLUTION', '2026-04-01')];

  it('is the earliest deadline not met; the sweeper key skips the ones published missed', () => {
    expect(currentDue(list)?.kind).toBe('NOTICE');
    expect(iso(unnotifiedDueOn(list))).toBe('2026-03-09');
    const misses = unnotifiedMisses(list, d('2026-03-10'));
    expect(misses.map((x) => x.kind)).toEqual(['NOTICE']);
    const flagged = flagNotified(list, misses);
    expect(flagged.map((x) => x.missedNotified)).toEqual([false, true, false]);
    expect(iso(unnotifiedDueOn(flagged))).toBe('2026-04-01');
    expect(unnotifiedMisses(flagged, d('2026-03-10'))).toEqual([]);
    expect(unnotifiedDueOn(markAll(flagged))).toBeNull();
  });

  it('replaces a recomputed deadline; the miss flag carries over only when the date did not move', () => {
    const notified = flagNotified(list, [list[2]!]);
    const moved = replaceDeadline(notified, deadline('RESOLUTION', '2026-05-01'));
    expect(moved.map((x) => [x.kind, iso(x.dueOn), x.missedNotified])).toEqual([
      ['ACCEPTANCE', '2026-03-02', false],
      ['NOTICE', '2026-03-09', false],
      ['RESOLUTION', '2026-05-01', false],
    ]);
    expect(replaceDeadline(notified, deadline('RESOLUTION', '2026-04-01'))[2]!.missedNotified).toBe(true);
    expect(replaceDeadline([], deadline('RESOLUTION', '2026-04-01'))).toHaveLength(1);
  });
});

function markAll(deadlines: CaseDeadline[]): CaseDeadline[] {
  return deadlines.map((x) => ({ ...x, metOn: x.metOn ?? d('2026-04-01') }));
}

describe('the holiday calendar as data', () => {
  const input = (value: object) => setHolidayYearInput.safeParse(value);
  const issues = (value: object) => {
    const result = input(value);
    return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
  };

  it('refuses dates outside the year, duplicates and weekday make-up days, naming the entry', () => {
    expect(issues({ year: 2028, daysOff: [d('2028-01-01'), d('2027-12-31')], makeUpWorkingDays: [] })).toEqual([['daysOff.1', '2027-12-31 is not in 2028']]);
    expect(issues({ year: 2028, daysOff: [d('2028-01-03')], makeUpWorkingDays: [d('2028-01-03')] })).toEqual([
      ['makeUpWorkingDays.0', '2028-01-03 is listed twice (also in daysOff)'],
    ]);
    expect(issues({ year: 2028, daysOff: [], makeUpWorkingDays: [d('2028-01-04')] })).toEqual([
      ['makeUpWorkingDays.0', '2028-01-04 is not a Saturday or Sunday: a weekday is worked anyway'],
    ]);
    expect(issues({ year: 1999, daysOff: [], makeUpWorkingDays: [] })[0]![0]).toBe('year');
    expect(issues({ year: 2028, daysOff: [], makeUpWorkingDays: [d('2028-01-08')], provisional: true })).toEqual([]);
  });

  it('keeps the built-in names of known days, and a set year replaces the built-in one', () => {
    const parsed = setHolidayYearInput.parse({ year: 2026, daysOff: [d('2026-11-02'), d('2026-02-17')], makeUpWorkingDays: [], source: 'test' });
    const year = holidayYearFromInput(parsed);
    expect(year.daysOff.map((x) => [x.on, x.name])).toEqual([
      ['2026-02-17', 'Tết Nguyên đán (mùng 1)'],
      ['2026-11-02', 'Ngày nghỉ (day off set by an administrator)'],
    ]);
    const stored = { ...year, origin: 'ADMIN' as const, updatedBy: 'admin-1', updatedAt: new Date() };
    const merged = mergeHolidayYears([stored]);
    expect(merged.map((x) => [x.year, x.origin])).toEqual([[2024, 'BUILT_IN'], [2025, 'BUILT_IN'], [2026, 'ADMIN'], [2027, 'BUILT_IN']]);
    const edited = calendarOf([stored]);
    expect(edited.isWorkingDay(d('2026-11-02'))).toBe(false);
    // Days the admin left out are working days now (the set year replaces the built-in one wholly).
    expect(edited.isWorkingDay(d('2026-02-16'))).toBe(true);
    expect(calendar.isWorkingDay(d('2026-11-02'))).toBe(true);
  });
});

describe('deadlines recomputed after a holiday year is set', () => {
  // The built-in 2026 plus Mon 2026-11-02 off, as an administrator would set it.
  const builtIn2026 = vietnamHolidayYears.find((year) => year.year === 2026)!;
  const edited = calendarOf([
    {
      ...holidayYearFromInput(
        setHolidayYearInput.parse({
          year: 2026,
          daysOff: [...builtIn2026.daysOff.map((x) => d(x.on)), d('2026-11-02')],
          makeUpWorkingDays: builtIn2026.makeUpWorkingDays.map((x) => d(x.on)),
        }),
      ),
      origin: 'ADMIN' as const,
      updatedBy: 'admin-1',
      updatedAt: new Date(),
    },
  ]);
  const facts = (kind: string, receivedOn: string, acceptedOn: string | null = null, dueSessionId: string | null = null) => ({
    kind,
    receivedOn: d(receivedOn),
    acceptedOn: acceptedOn ? d(acceptedOn) : null,
    verificationNeeded: false,
    complexity: null,
    remote: false,
    extensions: [],
    dueSessionId,
  });
  const today = d('2026-11-28');

  it('counts the pending deadlines again by their own rules; met ones stay', () => {
    const denunciation = facts('DENUNCIATION', '2026-10-14', '2026-10-26');
    const stored = [
      { ...intakeDeadlines('DENUNCIATION', d('2026-10-14'), {}, calendar)[0]!, metOn: d('2026-10-26') },
      ...acceptanceDeadlines('DENUNCIATION', d('2026-10-26'), { complexity: 'NORMAL', remote: false }, calendar),
    ];
    // Notice: 5 working days from Mon 26/10 → 27, 28, 29, 30/10, 2/11; with 2/11 off → Tue 3/11.
    expect(summary(stored)).toContainEqual(['NOTICE', 'DENUNCIATION_ACCEPTANCE_NOTICE', '2026-11-02']);
    const next = recomputedDeadlines(stored, denunciation, 2026, edited, today)!;
    expect(summary(next)).toContainEqual(['NOTICE', 'DENUNCIATION_ACCEPTANCE_NOTICE', '2026-11-03']);
    expect(next[0]).toBe(stored[0]);
    expect(next.slice(1)).toEqual(acceptanceDeadlines('DENUNCIATION', d('2026-10-26'), { complexity: 'NORMAL', remote: false }, edited));
    // Once more with the same calendar: nothing to change.
    expect(recomputedDeadlines(next, denunciation, 2026, edited, today)).toBeNull();
  });

  it('leaves deadlines due before the year, session-dated answers and unchanged days alone', () => {
    const old = intakeDeadlines('COMPLAINT', d('2025-12-01'), {}, calendar);
    expect(recomputedDeadlines(old, facts('COMPLAINT', '2025-12-01'), 2026, edited, today)).toBeNull();
    const session = [deadline('ANSWER', '2026-12-08', { ruleId: 'COUNCIL_VOTER_RECOMMENDATION' })];
    expect(recomputedDeadlines(session, facts('VOTER_RECOMMENDATION', '2026-10-01'), 2026, edited, today)).toBeNull();
    const untouched = intakeDeadlines('COMPLAINT', d('2026-12-01'), {}, calendar);
    expect(recomputedDeadlines(untouched, facts('COMPLAINT', '2026-12-01'), 2026, edited, today)).toBeNull();
  });

  it('moves a configured council answer (no session yet) past the new day off; a session date stays', () => {
    const overrides = { councilVoterRecommendationDays: 30 };
    // Sat 2026-10-03 + 30 days = Mon 2026-11-02 → Tue 2026-11-03 once 2/11 is off.
    const stored = [councilRecommendationDeadline(d('2026-10-03'), null, calendar, overrides)!];
    expect(iso(stored[0]!.dueOn)).toBe('2026-11-02');
    expect(summary(recomputedDeadlines(stored, facts('VOTER_RECOMMENDATION', '2026-10-03'), 2026, edited, today, overrides)!)).toEqual([
      ['ANSWER', 'COUNCIL_VOTER_RECOMMENDATION', '2026-11-03'],
    ]);
    expect(recomputedDeadlines(stored, facts('VOTER_RECOMMENDATION', '2026-10-03', null, 'session-1'), 2026, edited, today, overrides)).toBeNull();
    expect(councilRecommendationDeadline(d('2026-10-03'), null, calendar)).toBeNull();
  });

  it('keeps a published miss when the new day is past too; a day still ahead may be missed anew', () => {
    // Fri 2026-10-23 + 10 = Mon 2026-11-02 → Tue 2026-11-03 with 2/11 off.
    const notified = intakeDeadlines('COMPLAINT', d('2026-10-23'), {}, calendar).map((x) => ({ ...x, missedNotified: true }));
    const past = recomputedDeadlines(notified, facts('COMPLAINT', '2026-10-23'), 2026, edited, today)!;
    expect(past[0]).toMatchObject({ dueOn: d('2026-11-03'), missedNotified: true });
    const ahead = recomputedDeadlines(notified, facts('COMPLAINT', '2026-10-23'), 2026, edited, d('2026-11-03'))!;
    expect(ahead[0]).toMatchObject({ dueOn: d('2026-11-03'), missedNotified: false });
  });
});
