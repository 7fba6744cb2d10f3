import { day, isoDay, vietnamHolidayCalendar as calendar, workingDayCalendar } from '@hanoi/contracts';
import { createReceptionScheduleInput, receptionDaysOf, type Recurrence } from '../src/domain/reception-schedule';

const rule = (kind: Recurrence['kind'], fields: Partial<Recurrence>): Recurrence => ({ kind, dayOfMonth: null, weekday: null, weekOfMonth: null, ...fields });
const schedule = (recurrence: Recurrence | null, more: { dates?: Date[]; validFrom?: Date; validTo?: Date | null; cancelledOn?: Date | null } = {}) => ({
  recurrence,
  dates: more.dates ?? [],
  validFrom: more.validFrom ?? day(2026, 1, 1),
  validTo: more.validTo ?? null,
  cancelledOn: more.cancelledOn ?? null,
});
/** `YYYY-MM-DD`, with `<named day` when a day off moved it. */
const days = (s: ReturnType<typeof schedule>, from: Date, to: Date) =>
  receptionDaysOf(s, from, to, calendar).map((d) => `${isoDay(d.on)}${d.movedFrom ? `<${isoDay(d.movedFrom)}` : ''}`);

describe('reception days of a schedule', () => {
  it('gives day N of each month, moved to the next working day off weekends and holidays (15/2/2026 is Sunday in Tết)', () => {
    expect(days(schedule(rule('MONTHLY_ON_DAY', { dayOfMonth: 15 })), day(2026, 1, 1), day(2026, 4, 30))).toEqual([
      '2026-01-15',
      '2026-02-23<2026-02-15',
      '2026-03-16<2026-03-15',
      '2026-04-15',
    ]);
  });

  it('uses the last day of a shorter month for day 31', () => {
    expect(days(schedule(rule('MONTHLY_ON_DAY', { dayOfMonth: 31 })), day(2026, 2, 1), day(2026, 4, 30))).toEqual(['2026-02-02<2026-01-31', '2026-03-02<2026-02-28', '2026-03-31']);
  });

  it('runs across the new year (2027 is provisional data: Tết makes 10–11/2 days off)', () => {
    expect(days(schedule(rule('MONTHLY_ON_DAY', { dayOfMonth: 10 })), day(2026, 11, 1), day(2027, 2, 28))).toEqual([
      '2026-11-10',
      '2026-12-10',
      '2027-01-11<2027-01-10',
      '2027-02-12<2027-02-10',
    ]);
  });

  it('includes a day moved into the range from before it', () => {
    expect(days(schedule(rule('MONTHLY_ON_DAY', { dayOfMonth: 15 })), day(2026, 2, 21), day(2026, 3, 10))).toEqual(['2026-02-23<2026-02-15']);
  });

  it('gives the n-th or the last weekday of each month', () => {
    expect(days(schedule(rule('MONTHLY_ON_WEEKDAY', { weekday: 4, weekOfMonth: 2 })), day(2026, 1, 1), day(2026, 3, 31))).toEqual(['2026-01-08', '2026-02-12', '2026-03-12']);
    expect(days(schedule(rule('MONTHLY_ON_WEEKDAY', { weekday: 5, weekOfMonth: -1 })), day(2026, 1, 1), day(2026, 3, 31))).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
  });

  it('gives a weekday every week, a holiday moved to the next working day', () => {
    expect(days(schedule(rule('WEEKLY', { weekday: 2 })), day(2026, 2, 1), day(2026, 3, 1))).toEqual(['2026-02-03', '2026-02-10', '2026-02-23<2026-02-17', '2026-02-24']);
  });

  it('keeps within validity and stops on the cancellation day; listed dates are kept as given', () => {
    const monthly = rule('MONTHLY_ON_DAY', { dayOfMonth: 10 });
    expect(days(schedule(monthly, { validFrom: day(2026, 3, 1), validTo: day(2026, 5, 31), cancelledOn: day(2026, 5, 10) }), day(2026, 1, 1), day(2026, 12, 31))).toEqual(['2026-03-10', '2026-04-10']);
    expect(days(schedule(null, { dates: [day(2026, 6, 6), day(2026, 9, 17)] }), day(2026, 6, 1), day(2026, 12, 31))).toEqual(['2026-06-06', '2026-09-17']);
  });

  it('counts weekends only in a year the calendar has no data for, when the calendar says so', () => {
    const monthly = schedule(rule('MONTHLY_ON_DAY', { dayOfMonth: 4 }));
    // A day named in the month before may move into the range: 2030 is asked too.
    expect(() => days(monthly, day(2031, 1, 1), day(2031, 1, 31))).toThrow('no holiday calendar for 2030');
    const lenient = workingDayCalendar([], { unknownYears: 'WEEKENDS_ONLY' });
    // Saturday 4/1/2031 moves to Monday 6/1.
    expect(receptionDaysOf(monthly, day(2031, 1, 1), day(2031, 1, 31), lenient).map((d) => isoDay(d.on))).toEqual(['2031-01-06']);
  });
});

describe('a schedule as input', () => {
  const base = {
    kind: 'REGULAR',
    hostAgencyId: 'committee',
    title: 'Chủ tịch UBND thành phố tiếp công dân định kỳ',
    validFrom: day(2026, 1, 1),
    leaders: [{ name: 'Trần Sỹ Thanh', position: 'Chủ tịch UBND thành phố' }],
    place: '1 Đinh Lễ',
  };
  const problems = (input: object) => {
    const result = createReceptionScheduleInput.safeParse({ ...base, ...input });
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('takes a rule or dates, never both or neither', () => {
    expect(problems({ recurrence: { kind: 'MONTHLY_ON_DAY', dayOfMonth: 15 } })).toEqual([]);
    expect(problems({})).toEqual(['recurrence: give either a recurrence rule or the dates, not both and not neither']);
    expect(problems({ recurrence: { kind: 'WEEKLY', weekday: 2 }, dates: [day(2026, 2, 3)] })).toEqual(['recurrence: give either a recurrence rule or the dates, not both and not neither']);
  });

  it('names the rule fields each kind needs or refuses', () => {
    expect(problems({ recurrence: { kind: 'MONTHLY_ON_WEEKDAY', weekday: 4, dayOfMonth: 3 } })).toEqual([
      'recurrence.dayOfMonth: does not apply to MONTHLY_ON_WEEKDAY',
      'recurrence.weekOfMonth: is required for MONTHLY_ON_WEEKDAY',
    ]);
    expect(problems({ recurrence: { kind: 'WEEKLY', weekday: 8 } })).toEqual(['recurrence.weekday: must be 1 (Monday) – 7 (Sunday)']);
  });

  it('keeps dates within validity, once each, and bodies right for the kind', () => {
    expect(problems({ dates: [day(2025, 12, 1), day(2026, 2, 3), day(2026, 2, 3)] })).toEqual([
      'dates.0: 2025-12-01 is outside validFrom–validTo',
      'dates.2: 2026-02-03 is listed twice',
    ]);
    expect(problems({ recurrence: { kind: 'WEEKLY', weekday: 2 }, participatingAgencyIds: ['council'] })).toEqual([
      "participatingAgencyIds: a REGULAR schedule is one body's own: use JOINT for several bodies",
    ]);
    expect(problems({ kind: 'JOINT', recurrence: { kind: 'WEEKLY', weekday: 2 }, participatingAgencyIds: ['committee'] })).toEqual([
      'participatingAgencyIds.0: must not be the host agency',
    ]);
    expect(problems({ kind: 'JOINT', recurrence: { kind: 'WEEKLY', weekday: 2 } })).toEqual(['participatingAgencyIds: a JOINT schedule names at least one other body taking part']);
  });
});
