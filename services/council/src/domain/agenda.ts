import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';
import { councilCommitteeSchema, daysBetween } from './council';

/**
 * Where an item's document stands on a day:
 * ON_TIME (submitted on or before the due day), LATE (submitted after it), MISSING (not submitted and the
 * due day has passed), PENDING (not submitted, still due). Each item is in exactly one of these.
 */
export type DocumentTimeliness = 'ON_TIME' | 'LATE' | 'MISSING' | 'PENDING';

export interface DocumentDates {
  documentDueOn: Date;
  submittedOn: Date | null;
}

export function documentTimeliness(item: DocumentDates, today: Date = hanoiToday()): DocumentTimeliness {
  const due = item.documentDueOn.getTime();
  if (item.submittedOn) return item.submittedOn.getTime() > due ? 'LATE' : 'ON_TIME';
  return today.getTime() > due ? 'MISSING' : 'PENDING';
}

/** Chậm: submitted after the due day, or not submitted and the due day has passed (as of `today`). */
export const isLate = (item: DocumentDates, today: Date = hanoiToday()): boolean => {
  const timeliness = documentTimeliness(item, today);
  return timeliness === 'LATE' || timeliness === 'MISSING';
};

/** Days past due: to the submission day, or to `today` while missing; 0 otherwise. */
export function daysLate(item: DocumentDates, today: Date = hanoiToday()): number {
  const until = item.submittedOn ?? today;
  return Math.max(0, daysBetween(item.documentDueOn, until));
}

/**
 * Hồ sơ chuẩn bị kỳ họp: every item with its timeliness on `asOf`, and the counts per timeliness.
 * A document submitted after `asOf` counts as not yet submitted on that day, so a past day's dossier
 * reads as it stood then.
 */
export function preparationDossier<T extends DocumentDates>(items: T[], asOf: Date) {
  const entries = items.map((item) => {
    const known = item.submittedOn && item.submittedOn.getTime() <= asOf.getTime() ? item.submittedOn : null;
    const asItStood = { documentDueOn: item.documentDueOn, submittedOn: known };
    return { agendaItem: item, timeliness: documentTimeliness(asItStood, asOf), daysLate: daysLate(asItStood, asOf) };
  });
  const count = (timeliness: DocumentTimeliness) => entries.filter((entry) => entry.timeliness === timeliness).length;
  return {
    asOf,
    entries,
    total: entries.length,
    onTime: count('ON_TIME'),
    late: count('LATE'),
    missing: count('MISSING'),
    pending: count('PENDING'),
  };
}

/** A report or draft resolution (tờ trình, dự thảo nghị quyết) an agency presents to a session. */
export const addAgendaItemInput = z.object({
  councilSessionId: id,
  title: text(500),
  presentingAgencyId: id,
  reviewingCommittee: councilCommitteeSchema,
});
export type AddAgendaItemInput = z.output<typeof addAgendaItemInput>;

/** A document cannot be recorded as received on a day that has not come yet. */
export function submittedOnProblem(submittedOn: Date, today: Date = hanoiToday()): string | undefined {
  return submittedOn.getTime() > today.getTime() ? 'cannot be in the future' : undefined;
}

export const submitAgendaDocumentInput = z.object({
  submittedOn: z.date().superRefine((submittedOn, ctx) => {
    const problem = submittedOnProblem(submittedOn);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
});
export type SubmitAgendaDocumentInput = z.output<typeof submitAgendaDocumentInput>;
