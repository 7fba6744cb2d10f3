import {
  addCalendarDays,
  computeDeadline,
  deadlineRules,
  isDeadlineRuleId,
  MissingHolidayYearError,
  type Complexity,
  type ComputedDeadline,
  type DeadlineExtension,
  type DeadlineOverrides,
  type DeadlineRuleId,
  type HolidayCalendar,
} from './deadlines';

/**
 * The statutory deadlines a case carries, each computed by the deadline engine (`domain/deadlines/`) and stored
 * with the rule that produced it, so the API can say why a date is due. Intake sets the first one, acceptance
 * (thụ lý) the resolution ones, an extension (gia hạn) recomputes the resolution one; the case's current due date
 * is always its earliest deadline not met yet.
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
  /** The rule in words: period, tier, extensions, legal basis, any move past a day off. */
  basis: string;
  /** Law and article alone (`Law on Complaints 2011, art. 28`). */
  legalBasis: string;
  /** Computed from provisional holiday data (a year not announced yet): the date may still move. */
  provisional: boolean;
  /** When it was met (null while pending). */
  metOn: Date | null;
  /**
   * The lead agency when it was met: a met deadline stays the obligation of the agency that met it when the case
   * is transferred later (absent on deadlines met before it was recorded, and on pending ones).
   */
  metByAgencyId?: string | null;
  /** Whether the `deadlineMissed` event went out (the sweeper publishes it once). */
  missedNotified: boolean;
}

/** Vụ việc phức tạp: complaints have one tier; denunciations COMPLEX (one extension) and VERY_COMPLEX (two). */
export type { Complexity } from './deadlines';

/** Sort key of cases without a due date: after every dated one (keyset pages need a key on every row). */
export const undatedSortKey = new Date(Date.UTC(9999, 11, 31));

/** Rule text of cases with no statutory deadline at intake (recommendations, feedback). */
export const noIntakeDeadline = 'No statutory deadline at intake';
/** Rule text of a case whose deadlines are all met. */
export const noPendingDeadline = 'No pending statutory deadline';
/** Rule text of a council voter recommendation whose next regular session is not scheduled yet. */
export const awaitingSessionRule = 'Answer due at the next regular council session, not scheduled yet';

/** The case's current due date: its earliest deadline not met yet (null when none is pending). */
export function currentDue(deadlines: readonly CaseDeadline[]): CaseDeadline | null {
  return deadlines.filter((deadline) => !deadline.metOn).sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime())[0] ?? null;
}

/**
 * The earliest due day among deadlines not met whose miss was not published yet (null when none): the key the
 * deadline sweeper looks cases up by (FerretDB cannot match one array element on several conditions).
 */
export function unnotifiedDueOn(deadlines: readonly CaseDeadline[]): Date | null {
  const pending = deadlines.filter((deadline) => !deadline.metOn && !deadline.missedNotified);
  return pending.length ? new Date(Math.min(...pending.map((deadline) => deadline.dueOn.getTime()))) : null;
}

/** Deadlines missed as of `today` (not met, past their day) whose miss was not published yet. */
export const unnotifiedMisses = (deadlines: readonly CaseDeadline[], today: Date): CaseDeadline[] =>
  deadlines.filter((deadline) => !deadline.metOn && !deadline.missedNotified && deadline.dueOn.getTime() < today.getTime());

/** The list with the given deadlines flagged as published missed (matched by kind and day). */
export const flagNotified = (deadlines: readonly CaseDeadline[], notified: readonly CaseDeadline[]): CaseDeadline[] =>
  deadlines.map((deadline) =>
    notified.some((n) => n.kind === deadline.kind && n.dueOn.getTime() === deadline.dueOn.getTime() && !deadline.metOn)
      ? { ...deadline, missedNotified: true }
      : deadline,
  );

/** Marks the pending deadlines of these kinds met on `on` by `agencyId` (the case's lead agency). */
export function markMet(deadlines: readonly CaseDeadline[], kinds: readonly DeadlineKind[], on: Date, agencyId: string): CaseDeadline[] {
  return deadlines.map((deadline) => (!deadline.metOn && kinds.includes(deadline.kind) ? { ...deadline, metOn: on, metByAgencyId: agencyId } : deadline));
}

/** Deadlines met when a case moves on: accepting (or declining) meets the acceptance deadlines; resolving meets them all. */
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

/** A deadline of kind `kind` from the engine's result. */
export const fromComputed = (kind: DeadlineKind, computed: ComputedDeadline): CaseDeadline => ({
  kind,
  dueOn: computed.dueOn,
  ruleId: computed.ruleId,
  basis: computed.basis,
  legalBasis: computed.legalBasis,
  provisional: computed.provisional,
  metOn: null,
  missedNotified: false,
});

/**
 * Replaces the pending deadline of `next.kind` with `next` (a recomputed date). The miss flag carries over only
 * when the date did not move: a new date is a new deadline, which may be missed (and published) in its turn.
 */
export function replaceDeadline(deadlines: readonly CaseDeadline[], next: CaseDeadline): CaseDeadline[] {
  let replaced = false;
  const result = deadlines.map((deadline) => {
    if (replaced || deadline.metOn || deadline.kind !== next.kind) return deadline;
    replaced = true;
    return { ...next, missedNotified: deadline.dueOn.getTime() === next.dueOn.getTime() ? deadline.missedNotified : false };
  });
  return replaced ? result : [...result, next];
}

/** What intake knows that the intake deadline depends on. */
export interface IntakeFacts {
  /** Denunciations: verification is needed, the longer initial-handling period applies (art. 24). */
  verificationNeeded?: boolean;
}

/**
 * The deadlines a case gets when it is received: complaints (first and second) must be accepted within 10 days
 * (Law on Complaints 2011, art. 27); a denunciation's initial handling takes 7 working days, 10 when verification
 * is needed (Law on Denunciations 2018, art. 24). Recommendations and feedback have none.
 * Throws the engine's errors (`DeadlineRuleError`, `MissingHolidayYearError`): callers say which input they concern.
 */
export function intakeDeadlines(kind: string, receivedOn: Date, facts: IntakeFacts, calendar: HolidayCalendar, overrides: DeadlineOverrides = {}): CaseDeadline[] {
  switch (kind) {
    case 'COMPLAINT':
    case 'SECOND_COMPLAINT':
      return [fromComputed('ACCEPTANCE', computeDeadline({ rule: 'COMPLAINT_ACCEPTANCE', start: receivedOn, calendar }))];
    case 'DENUNCIATION':
      return [
        fromComputed(
          'INITIAL_HANDLING',
          computeDeadline({ rule: 'DENUNCIATION_INITIAL_HANDLING', start: receivedOn, verificationNeeded: facts.verificationNeeded ?? false, calendar, overrides }),
        ),
      ];
    default:
      return [];
  }
}

/** What acceptance (thụ lý) decides that the resolution deadline depends on. */
export interface AcceptanceFacts {
  complexity: Complexity;
  /** Vùng sâu, vùng xa (complaints only). */
  remote: boolean;
  /** Extension decisions of a denunciation's resolution period, oldest first. */
  extensions?: readonly DeadlineExtension[];
}

/** The resolution rule of a case kind (null: the kind has no statutory resolution period from acceptance). */
export function resolutionRule(kind: string): DeadlineRuleId | null {
  switch (kind) {
    case 'COMPLAINT':
      return 'COMPLAINT_FIRST_RESOLUTION';
    case 'SECOND_COMPLAINT':
      return 'COMPLAINT_SECOND_RESOLUTION';
    case 'DENUNCIATION':
      return 'DENUNCIATION_RESOLUTION';
    default:
      return null;
  }
}

/** The resolution deadline counted from acceptance, with the case's tiers and extensions. */
export function resolutionDeadline(kind: string, acceptedOn: Date, facts: AcceptanceFacts, calendar: HolidayCalendar): CaseDeadline | null {
  const rule = resolutionRule(kind);
  if (!rule) return null;
  return fromComputed(
    'RESOLUTION',
    computeDeadline({ rule, start: acceptedOn, complexity: facts.complexity, remote: facts.remote, extensions: facts.extensions ?? [], calendar }),
  );
}

/**
 * The deadlines acceptance adds: the resolution period (complaints 30/45 days with their complex and remote
 * tiers, art. 28 and 37; denunciations 30 days, art. 30) and, for a denunciation, the notice to the denouncer
 * within 5 working days (art. 29).
 */
export function acceptanceDeadlines(kind: string, acceptedOn: Date, facts: AcceptanceFacts, calendar: HolidayCalendar): CaseDeadline[] {
  const deadlines: CaseDeadline[] = [];
  if (kind === 'DENUNCIATION') {
    deadlines.push(fromComputed('NOTICE', computeDeadline({ rule: 'DENUNCIATION_ACCEPTANCE_NOTICE', start: acceptedOn, calendar })));
  }
  const resolution = resolutionDeadline(kind, acceptedOn, facts, calendar);
  if (resolution) deadlines.push(resolution);
  return deadlines;
}

export interface KnownSession {
  id: string;
  kind: 'REGULAR' | 'THEMATIC';
  opensOn: Date;
  /** The commune-level unit whose council holds it; null or absent for the city council's. */
  jurisdictionUnitId?: string | null;
}

/** The sessions of one council: the city's (`councilUnitId` null) or a commune's. */
export const sessionsOfCouncil = (sessions: readonly KnownSession[], councilUnitId: string | null): KnownSession[] =>
  sessions.filter((session) => (session.jurisdictionUnitId ?? null) === councilUnitId);

/**
 * Voter recommendations raised at a meeting are answered and the answers reported at the next regular council
 * session — the first regular session opening after the meeting, other than the one the meeting prepared (its
 * recommendations are summarised for that one). Null until council schedules it.
 */
export function nextRegularSession(heldOn: Date, preparedSessionId: string | null, sessions: readonly KnownSession[]): KnownSession | null {
  return (
    sessions
      .filter((s) => s.kind === 'REGULAR' && s.id !== preparedSessionId && s.opensOn.getTime() > heldOn.getTime())
      .sort((a, b) => a.opensOn.getTime() - b.opensOn.getTime())[0] ?? null
  );
}

/**
 * F1: the answer to a council voter recommendation, due at the next regular session (COUNCIL_VOTER_RECOMMENDATION).
 * While no session is scheduled: the configured day count when there is one (`councilVoterRecommendationDays`),
 * else null — the case waits for council's schedule.
 */
export function councilRecommendationDeadline(heldOn: Date, session: KnownSession, calendar: HolidayCalendar): CaseDeadline;
export function councilRecommendationDeadline(heldOn: Date, session: KnownSession | null, calendar: HolidayCalendar, overrides?: DeadlineOverrides): CaseDeadline | null;
export function councilRecommendationDeadline(
  heldOn: Date,
  session: KnownSession | null,
  calendar: HolidayCalendar,
  overrides: DeadlineOverrides = {},
): CaseDeadline | null {
  if (!session && overrides.councilVoterRecommendationDays === undefined) return null;
  return fromComputed(
    'ANSWER',
    computeDeadline({ rule: 'COUNCIL_VOTER_RECOMMENDATION', start: heldOn, nextRegularSessionOn: session?.opensOn ?? null, calendar, overrides }),
  );
}

/**
 * F5: the answer to a voter recommendation the National Assembly forwarded, 60 days (NA_FORWARDED_VOTER_RECOMMENDATION).
 * The case comes from an event and must be recorded whatever the calendar knows: when the period reaches a year
 * without holiday data, the 60th day is kept unmoved, marked provisional, and the basis says why.
 */
export function forwardedRecommendationDeadline(forwardedOn: Date, calendar: HolidayCalendar): CaseDeadline {
  try {
    return fromComputed('ANSWER', computeDeadline({ rule: 'NA_FORWARDED_VOTER_RECOMMENDATION', start: forwardedOn, calendar }));
  } catch (error) {
    if (!(error instanceof MissingHolidayYearError)) throw error;
    const rule = deadlineRules.NA_FORWARDED_VOTER_RECOMMENDATION;
    const days = rule.kind === 'DAY_COUNT' ? rule.baseDays : 60;
    return {
      kind: 'ANSWER',
      dueOn: addCalendarDays(forwardedOn, days),
      ruleId: rule.id,
      basis: `${days} days from ${rule.countedFrom} (${rule.legalBasis}); ${error.message}: not moved past a day off until the year's calendar is set`,
      legalBasis: rule.legalBasis,
      provisional: true,
      metOn: null,
      missedNotified: false,
    };
  }
}

/** The legal basis of a stored deadline (older documents lack it: taken from the rule). */
export const legalBasisOf = (deadline: Pick<CaseDeadline, 'ruleId'> & { legalBasis?: string | null }): string =>
  deadline.legalBasis ?? (isDeadlineRuleId(deadline.ruleId) ? deadlineRules[deadline.ruleId].legalBasis : '');

/** What a case's deadlines were computed from; all of it is stored on the case. */
export interface DeadlineFacts {
  kind: string;
  receivedOn: Date;
  acceptedOn: Date | null;
  verificationNeeded: boolean;
  complexity: Complexity | null;
  remote: boolean;
  extensions: readonly DeadlineExtension[];
  /** The council session a voter recommendation's answer is dated by (null: not scheduled yet). */
  dueSessionId: string | null;
}

/**
 * The deadlines after the holiday calendar changed: every pending one whose period may reach `fromYear` or later
 * (due on or after 1 January of it) computed again by its own rule from the case's stored facts, with `calendar`.
 * Met deadlines, session-dated answers (a council session date moves with no holiday) and deadlines the new
 * calendar still cannot count (a year without data) stay as they are. A miss already published stays published
 * when the new day is past too (the same deadline, missed either way); a new day still ahead may be missed anew.
 * Returns null when no day, rule text or provisional flag changed.
 */
export function recomputedDeadlines(
  deadlines: readonly CaseDeadline[],
  facts: DeadlineFacts,
  fromYear: number,
  calendar: HolidayCalendar,
  today: Date,
  overrides: DeadlineOverrides = {},
): CaseDeadline[] | null {
  const from = Date.UTC(fromYear, 0, 1);
  let changed = false;
  const next = deadlines.map((deadline) => {
    if (deadline.metOn || deadline.dueOn.getTime() < from) return deadline;
    const fresh = freshDeadline(deadline, facts, calendar, overrides);
    if (!fresh || fresh.ruleId !== deadline.ruleId) return deadline;
    const sameDay = fresh.dueOn.getTime() === deadline.dueOn.getTime();
    if (sameDay && fresh.basis === deadline.basis && fresh.provisional === deadline.provisional) return deadline;
    changed = true;
    const stillMissed = deadline.missedNotified && (sameDay || fresh.dueOn.getTime() < today.getTime());
    return { ...fresh, missedNotified: stillMissed };
  });
  return changed ? next : null;
}

function freshDeadline(deadline: CaseDeadline, facts: DeadlineFacts, calendar: HolidayCalendar, overrides: DeadlineOverrides): CaseDeadline | null {
  try {
    switch (deadline.kind) {
      case 'ACCEPTANCE':
      case 'INITIAL_HANDLING':
        return intakeDeadlines(facts.kind, facts.receivedOn, { verificationNeeded: facts.verificationNeeded }, calendar, overrides).find((d) => d.kind === deadline.kind) ?? null;
      case 'NOTICE':
      case 'RESOLUTION': {
        if (!facts.acceptedOn) return null;
        const acceptance = { complexity: facts.complexity ?? 'NORMAL', remote: facts.remote, extensions: facts.extensions };
        return acceptanceDeadlines(facts.kind, facts.acceptedOn, acceptance, calendar).find((d) => d.kind === deadline.kind) ?? null;
      }
      case 'ANSWER':
        if (deadline.ruleId === 'NA_FORWARDED_VOTER_RECOMMENDATION') return forwardedRecommendationDeadline(facts.receivedOn, calendar);
        // A configured day count (no session yet) is moved past days off; a session date is not.
        return deadline.ruleId === 'COUNCIL_VOTER_RECOMMENDATION' && facts.dueSessionId === null
          ? councilRecommendationDeadline(facts.receivedOn, null, calendar, overrides)
          : null;
    }
  } catch (error) {
    if (error instanceof MissingHolidayYearError) return null;
    throw error;
  }
}
