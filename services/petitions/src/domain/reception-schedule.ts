import { isoDay, nextWorkingDayOnOrAfter, shiftDays, type HolidayCalendar } from '@hanoi/contracts';
import { id, text } from '@hanoi/platform';
import { z } from 'zod';

/**
 * Lịch tiếp công dân — when a body's leaders receive citizens (Law on Citizen Reception 2013, arts. 12–16: e.g. the
 * chair of a provincial People's Committee at least one day a month, art. 12; the council's standing body and the
 * NA deputies' delegation per their own regulations) and the joint reception days of the four bodies (the
 * coordination regulation). A schedule gives its days either as a rule or as a list:
 * - `MONTHLY_ON_DAY` — day `dayOfMonth` (1–31) of every month; a month without that day uses its last day;
 * - `MONTHLY_ON_WEEKDAY` — the `weekOfMonth`-th (1–4, or -1 for the last) ISO `weekday` (1 = Monday … 7) of every month;
 * - `WEEKLY` — every ISO `weekday`;
 * - or `dates`, the days themselves (a year's joint days, decided together).
 * A day a rule gives that is not a working day (weekend, holiday, nghỉ bù) moves to the next working day — the
 * common wording of reception regulations ("trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo"); listed dates
 * are kept as given. Days count from `validFrom` to `validTo` (open-ended when null) and stop on `cancelledOn`.
 */
export const receptionScheduleKinds = ['REGULAR', 'JOINT'] as const;
export type ReceptionScheduleKind = (typeof receptionScheduleKinds)[number];
export const recurrenceKinds = ['MONTHLY_ON_DAY', 'MONTHLY_ON_WEEKDAY', 'WEEKLY'] as const;
export type RecurrenceKind = (typeof recurrenceKinds)[number];

export interface Recurrence {
  kind: RecurrenceKind;
  dayOfMonth: number | null;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number | null;
  /** 1–4, or -1 for the last in the month. */
  weekOfMonth: number | null;
}

/** A leader on duty (lãnh đạo trực tiếp công dân): an official, named in a published schedule. */
export interface LeaderOnDuty {
  name: string;
  position: string;
}

/** What a schedule says; stored as the document's fields. */
export interface ReceptionScheduleFields {
  title: string;
  participatingAgencyIds: string[];
  recurrence: Recurrence | null;
  dates: Date[];
  validFrom: Date;
  validTo: Date | null;
  leaders: LeaderOnDuty[];
  place: string;
}

/** Limits (bad input beyond them is refused, nothing written). */
export const scheduleLimits = { dates: 60, leaders: 20, participatingAgencies: 20, daysQueried: 366 } as const;

const calendarDay = z.date();
const recurrenceInput = z
  .object({
    kind: z.enum(recurrenceKinds),
    dayOfMonth: z.number().int().min(1, 'must be 1–31').max(31, 'must be 1–31').nullish(),
    weekday: z.number().int().min(1, 'must be 1 (Monday) – 7 (Sunday)').max(7, 'must be 1 (Monday) – 7 (Sunday)').nullish(),
    weekOfMonth: z
      .number()
      .int()
      .refine((n) => n === -1 || (n >= 1 && n <= 4), 'must be 1–4, or -1 for the last')
      .nullish(),
  })
  .superRefine((rule, ctx) => {
    const need = (field: 'dayOfMonth' | 'weekday' | 'weekOfMonth', wanted: boolean) => {
      if (wanted && rule[field] == null) ctx.addIssue({ code: 'custom', path: [field], message: `is required for ${rule.kind}` });
      if (!wanted && rule[field] != null) ctx.addIssue({ code: 'custom', path: [field], message: `does not apply to ${rule.kind}` });
    };
    need('dayOfMonth', rule.kind === 'MONTHLY_ON_DAY');
    need('weekday', rule.kind !== 'MONTHLY_ON_DAY');
    need('weekOfMonth', rule.kind === 'MONTHLY_ON_WEEKDAY');
  })
  .transform((rule): Recurrence => ({ kind: rule.kind, dayOfMonth: rule.dayOfMonth ?? null, weekday: rule.weekday ?? null, weekOfMonth: rule.weekOfMonth ?? null }));

/** The fields a schedule's staff may change (`updateReceptionSchedule`); creating adds its kind and host. */
const scheduleFields = z.object({
  title: text(500),
  participatingAgencyIds: z.array(id).max(scheduleLimits.participatingAgencies, `at most ${scheduleLimits.participatingAgencies}`).nullish(),
  recurrence: recurrenceInput.nullish(),
  dates: z.array(calendarDay).max(scheduleLimits.dates, `at most ${scheduleLimits.dates} days`).nullish(),
  validFrom: calendarDay,
  validTo: calendarDay.nullish(),
  leaders: z
    .array(z.object({ name: text(200), position: text(200) }))
    .min(1, 'name at least one leader on duty')
    .max(scheduleLimits.leaders, `at most ${scheduleLimits.leaders}`),
  place: text(500),
});

type Problem = { path: (string | number)[]; message: string };

/**
 * What is wrong with the bodies a schedule names for its kind: a JOINT one names at least one body beside its host,
 * a REGULAR one none; none twice, never the host. `kind` and `host` may be unknown yet (a change: the stored ones).
 */
export function participantProblems(kind: ReceptionScheduleKind | null, hostAgencyId: string | null, participants: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  participants.forEach((agencyId, index) => {
    if (agencyId === hostAgencyId) problems.push({ path: ['participatingAgencyIds', index], message: 'must not be the host agency' });
    else if (participants.indexOf(agencyId) !== index) problems.push({ path: ['participatingAgencyIds', index], message: 'is listed twice' });
  });
  if (kind === 'REGULAR' && participants.length > 0) {
    problems.push({ path: ['participatingAgencyIds'], message: "a REGULAR schedule is one body's own: use JOINT for several bodies" });
  }
  if (kind === 'JOINT' && participants.length === 0) {
    problems.push({ path: ['participatingAgencyIds'], message: 'a JOINT schedule names at least one other body taking part' });
  }
  return problems;
}

/** Problems of a schedule's fields that need several of them (and its kind and host), on their paths. */
function checkFields(input: z.output<typeof scheduleFields>, kind: ReceptionScheduleKind | null, hostAgencyId: string | null, ctx: z.RefinementCtx) {
  const dates = input.dates ?? [];
  if ((input.recurrence ? 1 : 0) + (dates.length > 0 ? 1 : 0) !== 1) {
    ctx.addIssue({ code: 'custom', path: ['recurrence'], message: 'give either a recurrence rule or the dates, not both and not neither' });
  }
  if (input.validTo && input.validTo.getTime() < input.validFrom.getTime()) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'cannot be before validFrom' });
  }
  const seen = new Set<string>();
  dates.forEach((date, index) => {
    const key = isoDay(date);
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['dates', index], message: `${key} is listed twice` });
    seen.add(key);
    if (date.getTime() < input.validFrom.getTime() || (input.validTo && date.getTime() > input.validTo.getTime())) {
      ctx.addIssue({ code: 'custom', path: ['dates', index], message: `${key} is outside validFrom–validTo` });
    }
  });
  for (const problem of participantProblems(kind, hostAgencyId, input.participatingAgencyIds ?? [])) ctx.addIssue({ code: 'custom', ...problem });
}

export const createReceptionScheduleInput = scheduleFields
  .extend({ kind: z.enum(receptionScheduleKinds), hostAgencyId: id })
  .superRefine((input, ctx) => checkFields(input, input.kind, input.hostAgencyId, ctx));
export type CreateReceptionScheduleInput = z.output<typeof createReceptionScheduleInput>;

/** Changing a schedule: the same fields; its kind and host stay (the workflow checks `participantProblems` with them). */
export const updateReceptionScheduleInput = scheduleFields.superRefine((input, ctx) => checkFields(input, null, null, ctx));
export type UpdateReceptionScheduleInput = z.output<typeof updateReceptionScheduleInput>;

/** The stored fields from a checked input (absent lists become empty). */
export const scheduleFieldsOf = (input: UpdateReceptionScheduleInput): ReceptionScheduleFields => ({
  title: input.title,
  participatingAgencyIds: input.participatingAgencyIds ?? [],
  recurrence: input.recurrence ?? null,
  dates: [...(input.dates ?? [])].sort((a, b) => a.getTime() - b.getTime()),
  validFrom: input.validFrom,
  validTo: input.validTo ?? null,
  leaders: input.leaders,
  place: input.place,
});

/** One reception day a schedule gives. */
export interface ReceptionDay {
  on: Date;
  /** The day the rule named, when a day off moved it (null when held on it). */
  movedFrom: Date | null;
}

const isoWeekday = (date: Date) => ((date.getUTCDay() + 6) % 7) + 1;
const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month, 1));
const lastOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0));

/** The `n`-th (1–4, or -1: last) ISO weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Date {
  if (n === -1) {
    const last = lastOfMonth(year, month);
    return shiftDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = monthStart(year, month);
  return shiftDays(first, ((weekday - isoWeekday(first) + 7) % 7) + (n - 1) * 7);
}

/** The days a rule names from `from` to `to` (before moving days off), in order. */
function namedDays(rule: Recurrence, from: Date, to: Date): Date[] {
  const days: Date[] = [];
  if (rule.kind === 'WEEKLY') {
    for (let day = shiftDays(from, (rule.weekday! - isoWeekday(from) + 7) % 7); day.getTime() <= to.getTime(); day = shiftDays(day, 7)) days.push(day);
    return days;
  }
  // `month` runs past 11: `Date.UTC` carries it into the following years.
  for (let month = from.getUTCMonth(), year = from.getUTCFullYear(); monthStart(year, month).getTime() <= to.getTime(); month++) {
    const day =
      rule.kind === 'MONTHLY_ON_DAY'
        ? new Date(Math.min(Date.UTC(year, month, rule.dayOfMonth!), lastOfMonth(year, month).getTime()))
        : nthWeekday(year, month, rule.weekday!, rule.weekOfMonth!);
    if (day.getTime() >= from.getTime() && day.getTime() <= to.getTime()) days.push(day);
  }
  return days;
}

/** How far back a named day may lie and still move into a range (Tết with its weekends: well under a month). */
const moveLookbackDays = 31;

/**
 * The reception days of a schedule from `from` to `to` (both included), in order: its listed dates, or the days its
 * rule names moved off days off with `calendar`. Only days within its validity and before its cancellation.
 */
export function receptionDaysOf(
  schedule: Pick<ReceptionScheduleFields, 'recurrence' | 'dates' | 'validFrom' | 'validTo'> & { cancelledOn: Date | null },
  from: Date,
  to: Date,
  calendar: HolidayCalendar,
): ReceptionDay[] {
  const inRange = (day: Date) =>
    day.getTime() >= from.getTime() && day.getTime() <= to.getTime() && (!schedule.cancelledOn || day.getTime() < schedule.cancelledOn.getTime());
  if (!schedule.recurrence) return schedule.dates.filter(inRange).map((on) => ({ on, movedFrom: null }));
  const start = new Date(Math.max(schedule.validFrom.getTime(), shiftDays(from, -moveLookbackDays).getTime()));
  const end = new Date(Math.min(schedule.validTo?.getTime() ?? Infinity, to.getTime()));
  const days = new Map<string, ReceptionDay>();
  for (const named of namedDays(schedule.recurrence, start, end)) {
    const on = nextWorkingDayOnOrAfter(named, calendar);
    if (inRange(on) && !days.has(isoDay(on))) days.set(isoDay(on), { on, movedFrom: on.getTime() === named.getTime() ? null : named });
  }
  return [...days.values()];
}

/** The span of a reception-day query: `to` not before `from`, at most a year. Null when fine. */
export function rangeProblem(from: Date, to: Date): { field: string; message: string } | null {
  if (to.getTime() < from.getTime()) return { field: 'to', message: 'cannot be before from' };
  if ((to.getTime() - from.getTime()) / 86_400_000 + 1 > scheduleLimits.daysQueried) return { field: 'to', message: `the range may span at most ${scheduleLimits.daysQueried} days` };
  return null;
}

/** Cancelling a schedule: from a day (today by default; the workflow refuses a past day) and why. */
export const cancelReceptionScheduleInput = z.object({ from: calendarDay.nullish(), reason: text(2_000) });
export type CancelReceptionScheduleInput = z.output<typeof cancelReceptionScheduleInput>;
