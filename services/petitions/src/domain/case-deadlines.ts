import type { DueDate } from './due-dates';

/**
 * The statutory deadlines a case carries. Every case stores them as a list, each citing the rule that produced
 * it, so the API can say why a date is due. The deadline engine (domain/deadlines/) fills them; until it is wired
 * in, intake stores the deadlines `due-dates.ts` computes.
 */
export const deadlineKinds = [
  /** Thụ lý: accepting (or declining) the case. */
  'ACCEPTANCE',
  /** Xử lý ban đầu: initial handling of a denunciation (Law on Denunciations 2018 art. 24). */
  'INITIAL_HANDLING',
  /** Thông báo: notice of acceptance to the denouncer (art. 29). */
  'NOTICE',
  /** Giải quyết: the resolution (decision, conclusion). */
  'RESOLUTION',
  /** Trả lời: the answer to a recommendation or voter recommendation. */
  'ANSWER',
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

export interface CaseDeadline {
  kind: DeadlineKind;
  dueOn: Date;
  /** Which rule of the legal table produced it (the engine's rule id, e.g. `COMPLAINT_ACCEPTANCE`). */
  ruleId: string;
  /** The rule in words, with its legal basis. */
  basis: string;
  /** When it was met (null while pending). */
  metOn: Date | null;
  /** Whether the `deadline missed` event went out (the sweeper publishes it once). */
  missedNotified: boolean;
}

/** Sort key of cases without a due date: after every dated one (keyset pages need a key on every row). */
export const undatedSortKey = new Date(Date.UTC(9999, 11, 31));

/** The case's current due date: its earliest deadline not met yet (null when none is pending). */
export function currentDue(deadlines: readonly CaseDeadline[]): CaseDeadline | null {
  return deadlines.filter((deadline) => !deadline.metOn).sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime())[0] ?? null;
}

/** Marks the pending deadlines of these kinds met on `on`. */
export function markMet(deadlines: readonly CaseDeadline[], kinds: readonly DeadlineKind[], on: Date): CaseDeadline[] {
  return deadlines.map((deadline) => (!deadline.metOn && kinds.includes(deadline.kind) ? { ...deadline, metOn: on } : deadline));
}

/** The deadline list for one due date of `due-dates.ts` (none when it has no date yet). */
export function deadlinesFromDue(kind: DeadlineKind, ruleId: string, due: DueDate): CaseDeadline[] {
  return due.on ? [{ kind, dueOn: due.on, ruleId, basis: due.rule, metOn: null, missedNotified: false }] : [];
}

/**
 * The deadline kind and rule id of the date intake sets, per case kind. Rule ids are the deadline engine's
 * (`domain/deadlines/rules.ts`, `deadlineRuleIds`), so stored deadlines keep one vocabulary once it is wired in.
 */
export function intakeDeadlineRule(kind: string): { kind: DeadlineKind; ruleId: string } {
  switch (kind) {
    case 'COMPLAINT':
    case 'SECOND_COMPLAINT':
      return { kind: 'ACCEPTANCE', ruleId: 'COMPLAINT_ACCEPTANCE' };
    case 'DENUNCIATION':
      return { kind: 'INITIAL_HANDLING', ruleId: 'DENUNCIATION_INITIAL_HANDLING' };
    default:
      // Recommendations and feedback have no statutory intake deadline (intakeDue gives no date, so none is stored).
      return { kind: 'ANSWER', ruleId: `${kind}_ANSWER` };
  }
}

/** Rule ids (the engine's) of the voter-recommendation deadlines petitions sets from events. */
export const councilVoterRecommendationRuleId = 'COUNCIL_VOTER_RECOMMENDATION';
export const forwardedVoterRecommendationRuleId = 'NA_FORWARDED_VOTER_RECOMMENDATION';

/** Deadlines met when a case moves on: accepting meets the acceptance deadlines; resolving meets them all. */
export function deadlinesMetBy(action: string): DeadlineKind[] {
  switch (action) {
    case 'accept':
    case 'decline':
      return ['ACCEPTANCE', 'INITIAL_HANDLING'];
    case 'resolve':
    case 'answer':
      return [...deadlineKinds];
    default:
      return [];
  }
}
