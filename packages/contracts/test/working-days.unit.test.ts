import { addWorkingDays, announcedHolidayYear, day, daysLeft, MissingHolidayYearError, workingDayCalendar } from '../src';

describe('working days, shared by every service', () => {
  it('names the days of an announced year as the built-in data does, generically otherwise', () => {
    const year = announcedHolidayYear({ year: 2026, provisional: false, daysOff: [day(2026, 2, 17), day(2026, 12, 4)], makeUpWorkingDays: [day(2026, 1, 10)], sources: ['Công văn 1/VPCP'] });
    expect(year.daysOff).toEqual([
      { on: '2026-02-17', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 1)' },
      { on: '2026-12-04', kind: 'HOLIDAY', name: 'Ngày nghỉ (day off set by an administrator)' },
    ]);
    expect(year.makeUpWorkingDays).toEqual([{ on: '2026-01-10', name: 'Làm bù for Friday 2/1' }]);
  });

  it('puts a set year over the built-in one wholly, and counts with it', () => {
    const builtIn = workingDayCalendar([]);
    const set = workingDayCalendar([announcedHolidayYear({ year: 2026, provisional: false, daysOff: [day(2026, 12, 4)], makeUpWorkingDays: [], sources: [] })]);
    // Thursday 3/12/2026: Friday 4/12 is off in the set year; Tết is not any more (the set year lists only 4/12).
    expect(addWorkingDays(day(2026, 12, 3), 1, builtIn)).toEqual(day(2026, 12, 4));
    expect(addWorkingDays(day(2026, 12, 3), 1, set)).toEqual(day(2026, 12, 7));
    expect(set.isWorkingDay(day(2026, 2, 17))).toBe(true);
  });

  it('throws for a year without data unless asked to count weekends only', () => {
    expect(() => daysLeft(day(2031, 3, 10), day(2031, 3, 3), workingDayCalendar([]))).toThrow(MissingHolidayYearError);
    expect(daysLeft(day(2031, 3, 10), day(2031, 3, 3), workingDayCalendar([], { unknownYears: 'WEEKENDS_ONLY' }))).toBe(5);
    expect(daysLeft(day(2031, 3, 3), day(2031, 3, 10), workingDayCalendar([], { unknownYears: 'WEEKENDS_ONLY' }))).toBe(-5);
  });
});
