import { isoDay, isWeekend, parseIsoDay } from './dates';

/**
 * Why a weekday is a day off:
 * - `HOLIDAY` — a public holiday of the Labour Code 2019, art. 112 (ngày nghỉ lễ, tết);
 * - `COMPENSATORY` — nghỉ bù: a holiday fell on a weekly rest day, so the next working day is off (art. 111(3));
 * - `SWAPPED` — hoán đổi: a working day the government moved into a holiday break, worked instead on a
 *   make-up day (ngày làm bù) listed in `makeUpWorkingDays`.
 */
export type DayOffKind = 'HOLIDAY' | 'COMPENSATORY' | 'SWAPPED';

export interface DayOff {
  /** `YYYY-MM-DD`, inside the year it is listed under. */
  on: string;
  kind: DayOffKind;
  /** Shown to users, e.g. `Tết Nguyên đán (mùng 1)`. */
  name: string;
}

export interface MakeUpWorkingDay {
  /** `YYYY-MM-DD` of a Saturday or Sunday that is worked (ngày làm bù). */
  on: string;
  name: string;
}

/** One year of the holiday calendar, as announced by the government (or provisional until it is). */
export interface HolidayYear {
  year: number;
  /**
   * True while the government has not announced the year's days off: the data then encodes the statutory days
   * only (Labour Code 2019, arts. 111(3) and 112), and dates computed from it may move when the year is announced.
   */
  provisional: boolean;
  /** Where the data comes from (decisions, notices), for the admin who maintains it. */
  sources: readonly string[];
  /**
   * Days off. Weekdays matter for counting; holidays that fall on a weekend may be listed too (so a day can be
   * named), they change nothing.
   */
  daysOff: readonly DayOff[];
  makeUpWorkingDays: readonly MakeUpWorkingDay[];
}

/** How a calendar sees one day. */
export type DayStatus =
  | { working: true; reason: 'WEEKDAY' }
  | { working: true; reason: 'MAKE_UP_WORKING_DAY'; name: string }
  | { working: false; reason: 'WEEKEND' }
  | { working: false; reason: DayOffKind; name: string };

/**
 * Lịch ngày làm việc — which days state agencies work. Built from per-year data by `createHolidayCalendar`, so
 * tests and an admin screen can supply their own years. Every question about a year it has no data for throws
 * `MissingHolidayYearError` rather than guessing.
 */
export interface HolidayCalendar {
  /** Ngày làm việc: a weekday that is not a day off, or a weekend day that is a make-up working day. */
  isWorkingDay(date: Date): boolean;
  /** The day's status and, for holidays and make-up days, their name. */
  describe(date: Date): DayStatus;
  /** The years the calendar knows, ascending. */
  readonly years: readonly number[];
  /** Whether a year's data is provisional; false for a year the calendar does not know. */
  isProvisional(year: number): boolean;
}

/** A date outside the calendar's years: `no holiday calendar for 2031`. */
export class MissingHolidayYearError extends Error {
  override readonly name = 'MissingHolidayYearError';
  constructor(
    readonly year: number,
    readonly knownYears: readonly number[],
  ) {
    super(
      `no holiday calendar for ${year}` +
        (knownYears.length ? ` (known years: ${knownYears.join(', ')}); add the year's holidays and make-up days` : ''),
    );
  }
}

/** Holiday data that cannot be right (a make-up day on a weekday, a date outside its year, a duplicate...). */
export class HolidayDataError extends Error {
  override readonly name = 'HolidayDataError';
}

type Entry = { kind: 'OFF'; dayOff: DayOff } | { kind: 'MAKE_UP'; makeUp: MakeUpWorkingDay };

/**
 * How a calendar answers for a year it has no data for: `THROW` (`MissingHolidayYearError`: a statutory deadline is
 * never guessed) or `WEEKENDS_ONLY` (only Saturdays and Sundays off: good enough to say how near a due day is, for
 * inboxes and reminders, until the year is announced).
 */
export type UnknownYearPolicy = 'THROW' | 'WEEKENDS_ONLY';

/**
 * Builds a calendar from per-year data, checking the data first: every date is a real `YYYY-MM-DD` inside its
 * year, no date is listed twice, and make-up working days are weekend days (a weekday is worked anyway).
 */
export function createHolidayCalendar(data: readonly HolidayYear[], options: { unknownYears?: UnknownYearPolicy } = {}): HolidayCalendar {
  const byYear = new Map<number, { provisional: boolean; days: Map<string, Entry> }>();
  for (const year of data) {
    if (!Number.isInteger(year.year)) throw new HolidayDataError(`year ${String(year.year)} is not an integer`);
    if (byYear.has(year.year)) throw new HolidayDataError(`year ${year.year} is listed twice`);
    const days = new Map<string, Entry>();
    const add = (on: string, entry: Entry) => {
      let date: Date;
      try {
        date = parseIsoDay(on);
      } catch (error) {
        throw new HolidayDataError(`${year.year}: ${(error as Error).message}`);
      }
      if (date.getUTCFullYear() !== year.year) throw new HolidayDataError(`${year.year}: ${on} is not in ${year.year}`);
      if (days.has(on)) throw new HolidayDataError(`${year.year}: ${on} is listed twice`);
      if (entry.kind === 'MAKE_UP' && !isWeekend(date)) {
        throw new HolidayDataError(`${year.year}: make-up working day ${on} is not a Saturday or Sunday`);
      }
      days.set(on, entry);
    };
    for (const dayOff of year.daysOff) add(dayOff.on, { kind: 'OFF', dayOff });
    for (const makeUp of year.makeUpWorkingDays) add(makeUp.on, { kind: 'MAKE_UP', makeUp });
    byYear.set(year.year, { provisional: year.provisional, days });
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);

  const describe = (date: Date): DayStatus => {
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError('not a valid Date');
    const known = byYear.get(date.getUTCFullYear());
    if (!known && options.unknownYears !== 'WEEKENDS_ONLY') throw new MissingHolidayYearError(date.getUTCFullYear(), years);
    const entry = known?.days.get(isoDay(date));
    if (entry?.kind === 'MAKE_UP') return { working: true, reason: 'MAKE_UP_WORKING_DAY', name: entry.makeUp.name };
    if (entry?.kind === 'OFF') return { working: false, reason: entry.dayOff.kind, name: entry.dayOff.name };
    return isWeekend(date) ? { working: false, reason: 'WEEKEND' } : { working: true, reason: 'WEEKDAY' };
  };

  return {
    describe,
    isWorkingDay: (date) => describe(date).working,
    years,
    isProvisional: (year) => byYear.get(year)?.provisional ?? false,
  };
}
