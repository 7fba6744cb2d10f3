/**
 * Calendar days as the repo stores them: a JS `Date` at midnight UTC (`Date.UTC(y, m, d)`), the same value the
 * GraphQL `Date` scalar produces. Nothing here looks at the time of day or a time zone.
 */

const dayMs = 86_400_000;

/** True for a valid `Date` at exactly midnight UTC. */
export const isCalendarDate = (value: unknown): value is Date =>
  value instanceof Date && !Number.isNaN(value.getTime()) && value.getTime() % dayMs === 0;

/** Refuses anything that is not a calendar day, so a stray DateTime cannot shift a deadline by a day. */
export function assertCalendarDate(value: unknown, name = 'date'): asserts value is Date {
  if (!isCalendarDate(value)) {
    throw new RangeError(`${name} must be a calendar day (a Date at midnight UTC), got ${describeValue(value)}`);
  }
}

function describeValue(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : value.toISOString();
  return String(value);
}

/** `YYYY-MM-DD` of a calendar day. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Parses a strict `YYYY-MM-DD` into a calendar day; refuses impossible dates such as 2025-02-30. */
export function parseIsoDay(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a YYYY-MM-DD date`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`"${text}" is not a real calendar date`);
  }
  return date;
}

/** Shorthand for tests and data: `day(2025, 1, 29)` is 29 January 2025 (month 1-based, unlike `Date.UTC`). */
export const day = (year: number, month: number, dayOfMonth: number) => new Date(Date.UTC(year, month - 1, dayOfMonth));

/** The calendar day `days` after (or before, when negative) `date`. */
export const shiftDays = (date: Date, days: number) => new Date(date.getTime() + days * dayMs);


/** Saturday or Sunday: the weekly rest days of state agencies (40-hour week, Decision 188/1999/QĐ-TTg). */
export const isWeekend = (date: Date) => date.getUTCDay() === 0 || date.getUTCDay() === 6;

const weekdayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
/** `Sat 2026-02-14`: how basis texts name a day. */
export const labelDay = (date: Date) => `${weekdayNames[date.getUTCDay()]} ${isoDay(date)}`;
