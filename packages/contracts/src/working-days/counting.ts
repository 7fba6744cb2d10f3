import { assertCalendarDate, shiftDays } from './dates';
import type { HolidayCalendar } from './holidays';

/*
 * Counting a time limit (cách tính thời hạn), Civil Code 2015:
 * - art. 147(2): when a time limit is in days, the day of the event that starts it is not counted; counting
 *   starts the next day. So "10 days from receipt on 1/3" ends on 11/3.
 * - art. 148: the limit ends at the end of its last day; when that last day is a weekend day or a holiday, it
 *   ends at the end of the next working day.
 * "Days" in the laws are calendar days; "working days" (ngày làm việc) skip weekends, holidays and the
 * government's swapped days off, and include make-up Saturdays (ngày làm bù).
 */

function assertCount(n: number, name: string) {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number of days ≥ 0, got ${n}`);
}

/** The calendar day `n` days after `start` (day 1 is the day after `start`); no holiday rule applied. */
export function addCalendarDays(start: Date, n: number): Date {
  assertCalendarDate(start, 'start');
  assertCount(n, 'n');
  return shiftDays(start, n);
}

/** `date` itself when it is a working day, otherwise the first working day after it. */
export function nextWorkingDayOnOrAfter(date: Date, calendar: HolidayCalendar): Date {
  assertCalendarDate(date, 'date');
  let current = date;
  while (!calendar.isWorkingDay(current)) current = shiftDays(current, 1);
  return current;
}

/**
 * A time limit of `n` calendar days from `start`: the `n`th day after it, moved to the next working day when that
 * day is off (Civil Code 2015, art. 148). `lastDay` is the `n`th day, `moved` whether the rule moved it.
 */
export function calendarDaysDeadline(
  start: Date,
  n: number,
  calendar: HolidayCalendar,
): { dueOn: Date; lastDay: Date; moved: boolean } {
  const lastDay = addCalendarDays(start, n);
  const dueOn = nextWorkingDayOnOrAfter(lastDay, calendar);
  return { dueOn, lastDay, moved: dueOn.getTime() !== lastDay.getTime() };
}

/** The `n`th working day after `start` (`start` itself is never counted; `n = 0` gives `start`). */
export function addWorkingDays(start: Date, n: number, calendar: HolidayCalendar): Date {
  assertCalendarDate(start, 'start');
  assertCount(n, 'n');
  let current = start;
  for (let counted = 0; counted < n; ) {
    current = shiftDays(current, 1);
    if (calendar.isWorkingDay(current)) counted += 1;
  }
  return current;
}

/** Working days `d` with `from < d ≤ to` (0 when `to` is not after `from`). */
export function countWorkingDays(from: Date, to: Date, calendar: HolidayCalendar): number {
  assertCalendarDate(from, 'from');
  assertCalendarDate(to, 'to');
  let count = 0;
  for (let current = shiftDays(from, 1); current.getTime() <= to.getTime(); current = shiftDays(current, 1)) {
    if (calendar.isWorkingDay(current)) count += 1;
  }
  return count;
}

/**
 * Working days left: those after `today` up to and including `dueOn` (0 on the due day itself). Once overdue,
 * negative: minus the working days since `dueOn` up to today, and at least -1 (overdue on a weekend is -1).
 */
export function daysLeft(dueOn: Date, today: Date, calendar: HolidayCalendar): number {
  assertCalendarDate(dueOn, 'dueOn');
  assertCalendarDate(today, 'today');
  if (today.getTime() <= dueOn.getTime()) return countWorkingDays(today, dueOn, calendar);
  return -Math.max(1, countWorkingDays(dueOn, today, calendar));
}
