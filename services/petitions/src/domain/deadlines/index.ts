/**
 * Statutory deadline engine of the petitions service (hạn xử lý theo luật) — pure functions, no database.
 *
 * - Holiday calendar as data per year (`vietnamHolidayYears`, in @hanoi/contracts' working-days module, which every
 *   service counts with), injectable (`createHolidayCalendar`): working days
 *   (ngày làm việc) skip weekends, public holidays, compensatory days (nghỉ bù) and swapped days (hoán đổi), and
 *   count make-up Saturdays (ngày làm bù). Asking about a year without data throws `MissingHolidayYearError`.
 * - Counting (Civil Code 2015, arts. 147–148): the start day is not counted; a calendar-day period whose last day
 *   is off ends on the next working day.
 * - Rules (`deadlineRules`): complaint acceptance (thụ lý) and resolution tiers (complex, vùng sâu vùng xa),
 *   denunciation handling, notice and resolution with extensions (gia hạn), voter recommendations.
 * - Engine (`computeDeadline`): due date plus the legal text explaining it; `DeadlineRuleError` (with `field`) for
 *   what the law does not allow.
 */
export { computeDeadline, isOverdue } from './engine';
export type { ComputedDeadline, DeadlineExtension, DeadlineInput } from './engine';
export { DeadlineRuleError } from './errors';
// Working-day counting and the holiday data live in @hanoi/contracts (one copy for every service).
export {
  addCalendarDays,
  addWorkingDays,
  calendarDaysDeadline,
  countWorkingDays,
  createHolidayCalendar,
  day,
  daysLeft,
  HolidayDataError,
  isCalendarDate,
  isoDay,
  MissingHolidayYearError,
  nextWorkingDayOnOrAfter,
  parseIsoDay,
  vietnamHolidayCalendar,
  vietnamHolidayYears,
} from '@hanoi/contracts';
export type { DayOff, DayOffKind, DayStatus, HolidayCalendar, HolidayYear, MakeUpWorkingDay } from '@hanoi/contracts';
export { complexities, deadlineRuleIds, deadlineRules, isDeadlineRuleId } from './rules';
export type {
  Complexity,
  DayCountRule,
  DayTiers,
  DayUnit,
  DeadlineOverrides,
  DeadlineRule,
  DeadlineRuleId,
  ExtensionPolicy,
  SessionRule,
} from './rules';
