import { text } from '@hanoi/platform';
import { z } from 'zod';
import {
  announcedHolidayYear,
  createHolidayCalendar,
  isCalendarDate,
  isoDay,
  isWeekend,
  mergedHolidayYears,
  type HolidayCalendar,
  type HolidayYear,
  type UnknownYearPolicy,
} from '@hanoi/contracts';

/**
 * Lịch nghỉ lễ, tết — the holiday calendar as data. The engine ships 2024–2027 (`vietnamHolidayYears`); an
 * administrator sets a year as the government announces it (setHolidayYear). A year set in the database replaces
 * the built-in one wholly; the merged list is what every computation uses.
 */

/** Where a year of the calendar comes from. */
export type HolidayYearOrigin = 'BUILT_IN' | 'ADMIN';

export interface StoredHolidayYear extends HolidayYear {
  origin: HolidayYearOrigin;
  updatedBy: string | null;
  updatedAt: Date | null;
}

/** A calendar for the deadlines of one request (or one event, one sweep): loaded once, used for every date. */
export type CalendarSource = () => Promise<HolidayCalendar>;

const limits = { daysOff: 60, makeUpWorkingDays: 20 } as const;

/** Years an administrator may set: the recorded cases' past and the foreseeable future. */
export const holidayYearRange = { min: 2000, max: 2100 } as const;

const calendarDay = z.date().refine(isCalendarDate, 'must be a calendar day');

/** setHolidayYear's input: every date inside the year, none twice, make-up days on a Saturday or Sunday. */
export const setHolidayYearInput = z
  .object({
    year: z.number().int('must be a whole year').min(holidayYearRange.min, `must be ${holidayYearRange.min} or later`).max(holidayYearRange.max, `must be ${holidayYearRange.max} or earlier`),
    /** Weekdays state agencies do not work: holidays, compensatory days (nghỉ bù), swapped days (hoán đổi). */
    daysOff: z.array(calendarDay).max(limits.daysOff, `at most ${limits.daysOff} days`),
    /** Weekend days worked instead of a swapped day off (ngày làm bù). */
    makeUpWorkingDays: z.array(calendarDay).max(limits.makeUpWorkingDays, `at most ${limits.makeUpWorkingDays} days`),
    /** True while the government has not announced the year: dates computed from it may still move. */
    provisional: z.boolean().nullish(),
    /** The decision or notice announcing it (e.g. `Công văn 8726/VPCP-KGVX ngày 26/11/2024`). */
    source: text(500).nullish(),
  })
  .superRefine((input, ctx) => {
    const seen = new Map<string, string>();
    const check = (list: 'daysOff' | 'makeUpWorkingDays', date: Date, index: number) => {
      const path = [list, index];
      if (date.getUTCFullYear() !== input.year) {
        ctx.addIssue({ code: 'custom', path, message: `${isoDay(date)} is not in ${input.year}` });
        return;
      }
      const key = isoDay(date);
      const earlier = seen.get(key);
      if (earlier) {
        ctx.addIssue({ code: 'custom', path, message: `${key} is listed twice (also in ${earlier})` });
        return;
      }
      seen.set(key, list);
      if (list === 'makeUpWorkingDays' && !isWeekend(date)) {
        ctx.addIssue({ code: 'custom', path, message: `${key} is not a Saturday or Sunday: a weekday is worked anyway` });
      }
    };
    input.daysOff.forEach((date, index) => check('daysOff', date, index));
    input.makeUpWorkingDays.forEach((date, index) => check('makeUpWorkingDays', date, index));
  });
export type SetHolidayYearInput = z.output<typeof setHolidayYearInput>;

/** The engine's data for a year from an administrator's input (days named as the built-in data names them). */
export const holidayYearFromInput = (input: SetHolidayYearInput): HolidayYear =>
  announcedHolidayYear({ ...input, provisional: input.provisional ?? false, sources: input.source ? [input.source] : [] });

/** The built-in years with the stored ones over them (a stored year replaces the built-in one), ascending. */
export const mergeHolidayYears = (stored: readonly StoredHolidayYear[]): StoredHolidayYear[] =>
  mergedHolidayYears(stored, (year) => ({ ...year, origin: 'BUILT_IN', updatedBy: null, updatedAt: null }));

/**
 * The calendar every deadline is computed with: built-in data merged with the stored years. Deadlines never guess a
 * year without data (`THROW`, the default); reception schedules move their days with `WEEKENDS_ONLY` there.
 */
export const calendarOf = (stored: readonly StoredHolidayYear[], unknownYears: UnknownYearPolicy = 'THROW'): HolidayCalendar =>
  createHolidayCalendar(mergeHolidayYears(stored), { unknownYears });
