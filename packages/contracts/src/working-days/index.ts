/**
 * Working days (ngày làm việc) — the one place calendar days are counted: Vietnam's holiday calendar as data per
 * year (built-in 2024–2027, administrators set the years as the government announces them and petitions publishes
 * `holidayYear.set`), and the pure counting every service uses (petitions' deadline engine, supervision's inbox,
 * the notifier's reminders). Calendar days are `Date`s at midnight UTC.
 */
export { addCalendarDays, addWorkingDays, calendarDaysDeadline, countWorkingDays, daysLeft, nextWorkingDayOnOrAfter } from './counting';
export { assertCalendarDate, day, isCalendarDate, isoDay, isWeekend, labelDay, parseIsoDay, shiftDays } from './dates';
export { announcedHolidayYear, mergedHolidayYears, vietnamHolidayCalendar, vietnamHolidayYears, workingDayCalendar } from './holiday-data';
export { createHolidayCalendar, HolidayDataError, MissingHolidayYearError } from './holidays';
export type { DayOff, DayOffKind, DayStatus, HolidayCalendar, HolidayYear, MakeUpWorkingDay, UnknownYearPolicy } from './holidays';
export { createHolidayYearReadModel, type HolidayYearReadModel } from './announced-years';
