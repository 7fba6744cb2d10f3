import { addWorkingDays, daysLeft, isoDay, shiftDays, type HolidayCalendar, type ObligationKind, type ObligationSubjectType } from '@hanoi/contracts';

/**
 * Nhắc hạn — the reminders of one obligation: DUE_SOON once it is due within `REMINDER_DAYS_BEFORE` working days,
 * OVERDUE once its due day has passed unmet. Each is sent at most once per obligation (an obligation moved after its
 * DUE_SOON reminder is not reminded again before its new day; it still gets OVERDUE if it passes that).
 */
export const reminderTypes = ['DUE_SOON', 'OVERDUE'] as const;
export type ReminderType = (typeof reminderTypes)[number];

/** An open obligation as the notifier keeps it (only what a reminder says: ids, kinds, agency, public words, days). */
export interface TrackedObligation {
  obligationId: string;
  /** The service that publishes it (holds its clock). */
  service: string;
  kind: ObligationKind;
  agencyId: string;
  /** Public words (an agenda item's title); null for a case, whose subject is free text about people. */
  title: string | null;
  dueOn: Date;
  subject: { type: ObligationSubjectType; id: string };
  /** Reminder types sent already. */
  reminded: ReminderType[];
}

/** What a channel delivers: no personal data (no case text, no petitioner), only what the obligation event carried. */
export interface Reminder {
  /** `<obligationId>:<type>`: the same reminder always has this id (receivers may deduplicate on it). */
  id: string;
  type: ReminderType;
  obligationId: string;
  kind: ObligationKind;
  service: string;
  agencyId: string;
  title: string | null;
  /** `YYYY-MM-DD`. */
  dueOn: string;
  /** Working days from today to the due day (0 on it), negative once overdue. */
  daysLeft: number;
  subject: { type: ObligationSubjectType; id: string };
  /** Where a front-end shows the subject: `/petitions/<id>`, `/agenda-items/<id>`… */
  link: string;
}

/** What to look for on `today`: due days up to `dueSoonBy` not yet reminded DUE_SOON, overdue ones since `overdueSince`. */
export interface ReminderWindow {
  today: Date;
  dueSoonBy: Date;
  overdueSince: Date;
}

export function reminderWindow(today: Date, daysBefore: number, overdueWithinDays: number, calendar: HolidayCalendar): ReminderWindow {
  return { today, dueSoonBy: addWorkingDays(today, daysBefore, calendar), overdueSince: shiftDays(today, -overdueWithinDays) };
}

/** The reminder an obligation is owed now, if any: OVERDUE after its due day, DUE_SOON within the window. */
export function reminderDue(obligation: Pick<TrackedObligation, 'dueOn' | 'reminded'>, window: ReminderWindow): ReminderType | null {
  const due = obligation.dueOn.getTime();
  if (due < window.today.getTime()) return due >= window.overdueSince.getTime() && !obligation.reminded.includes('OVERDUE') ? 'OVERDUE' : null;
  return due <= window.dueSoonBy.getTime() && !obligation.reminded.includes('DUE_SOON') ? 'DUE_SOON' : null;
}

/** `AgendaItem` → `agenda-items`: the path segment of an entity type. */
const pathOf = (type: string) => `${type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}s`;

export function reminderOf(obligation: TrackedObligation, type: ReminderType, today: Date, calendar: HolidayCalendar): Reminder {
  return {
    id: `${obligation.obligationId}:${type}`,
    type,
    obligationId: obligation.obligationId,
    kind: obligation.kind,
    service: obligation.service,
    agencyId: obligation.agencyId,
    title: obligation.title,
    dueOn: isoDay(obligation.dueOn),
    daysLeft: daysLeft(obligation.dueOn, today, calendar),
    subject: obligation.subject,
    link: `/${pathOf(obligation.subject.type)}/${encodeURIComponent(obligation.subject.id)}`,
  };
}
