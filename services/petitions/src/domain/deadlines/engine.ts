import { addWorkingDays, assertCalendarDate, calendarDaysDeadline, isCalendarDate, isoDay, labelDay, type HolidayCalendar } from '@hanoi/contracts';
import { DeadlineRuleError } from './errors';
import {
  complexities,
  deadlineRules,
  isDeadlineRuleId,
  type Complexity,
  type DayCountRule,
  type DayUnit,
  type DeadlineOverrides,
  type DeadlineRuleId,
  type SessionRule,
} from './rules';

/** Gia hạn: a written decision extending a denunciation's resolution period. */
export interface DeadlineExtension {
  /** Day the extension decision was signed; it must fall within the period it extends. */
  decidedOn: Date;
  /** Days added, 1–30 (Law on Denunciations 2018, art. 30). */
  days: number;
  /** Number of the written decision, e.g. `15/QĐ-UBND`. */
  decisionRef: string;
}

export interface DeadlineInput {
  rule: DeadlineRuleId;
  /** Day of the event the rule counts from (receipt, acceptance — thụ lý...). Not counted itself. */
  start: Date;
  /** Default NORMAL. See `Complexity` for how each rule uses it. */
  complexity?: Complexity;
  /** Vùng sâu, vùng xa: a remote or hard-to-reach area (complaint tiers only; other rules ignore it). */
  remote?: boolean;
  /** Verification is needed (DENUNCIATION_INITIAL_HANDLING only): the longer, configurable period applies. */
  verificationNeeded?: boolean;
  /** Extension decisions, oldest first (DENUNCIATION_RESOLUTION only). */
  extensions?: readonly DeadlineExtension[];
  /** Opening day of the next regular council session (COUNCIL_VOTER_RECOMMENDATION only). */
  nextRegularSessionOn?: Date | null;
  calendar: HolidayCalendar;
  /** Configuration of the [U] day counts. */
  overrides?: DeadlineOverrides;
}

export interface ComputedDeadline {
  ruleId: DeadlineRuleId;
  /** Last day to act: the period ends at the end of this day (Civil Code 2015, art. 148). */
  dueOn: Date;
  /** Human text naming the period, tier, extensions, the law and article, and any move past a day off. */
  basis: string;
  /** Law and article alone, e.g. `Law on Complaints 2011, art. 28`. */
  legalBasis: string;
  /** Unit of `days`; null for a session date. */
  unit: DayUnit | null;
  /** Days counted in all (tier and extensions included); null for a session date. */
  days: number | null;
  /** The period's last day when it fell on a day off and the deadline moved to the next working day. */
  movedFrom: Date | null;
  /** True when provisional holiday data (a year not announced yet) decided the date: it may still move. */
  provisional: boolean;
}

const civilCodeEnd = 'Civil Code 2015, art. 148';

/**
 * Computes a statutory due date (hạn giải quyết) and the legal text explaining it.
 * Throws `DeadlineRuleError` for input the law does not allow (field named), `MissingHolidayYearError` when the
 * count reaches a year the calendar has no data for.
 */
export function computeDeadline(input: DeadlineInput): ComputedDeadline {
  if (!isDeadlineRuleId(input.rule)) throw new DeadlineRuleError('rule', `unknown deadline rule ${String(input.rule)}`);
  const rule = deadlineRules[input.rule];
  if (!isCalendarDate(input.start)) throw new DeadlineRuleError('start', 'must be a calendar day');
  const complexity = input.complexity ?? 'NORMAL';
  if (!complexities.includes(complexity)) {
    throw new DeadlineRuleError('complexity', `must be one of ${complexities.join(', ')}`);
  }
  const overrides = checkOverrides(input.overrides ?? {});
  const extensions = input.extensions ?? [];
  if (rule.kind === 'NEXT_REGULAR_SESSION') {
    refuseExtensions(extensions, 'the answer is due at the session; there is no extension');
    return sessionDeadline(rule, input, overrides);
  }
  if (!rule.extensions) {
    refuseExtensions(
      extensions,
      rule.tiers.complex
        ? `complaints have no extension (gia hạn): the complex and remote tiers already are the longest periods (${rule.legalBasis})`
        : `this time limit cannot be extended (${rule.legalBasis})`,
    );
  }

  const period = periodOf(rule, input, complexity, overrides);
  let days = period.days;
  let basis = `${rule.baseDays} ${unitWord(rule.unit)} from ${rule.countedFrom}${period.tierText} (${rule.legalBasis})`;

  if (rule.extensions && extensions.length) {
    const policy = rule.extensions;
    const allowed = policy.maxCount[complexity];
    const parts: string[] = [];
    extensions.forEach((extension, index) => {
      const field = `extensions.${index}`;
      if (index >= allowed) throw new DeadlineRuleError(field, extensionCountMessage(complexity, allowed, rule.legalBasis));
      if (!Number.isInteger(extension.days) || extension.days < 1 || extension.days > policy.maxDaysEach) {
        throw new DeadlineRuleError(
          `${field}.days`,
          `an extension is 1 to ${policy.maxDaysEach} days (${rule.legalBasis}), got ${extension.days}`,
        );
      }
      if (typeof extension.decisionRef !== 'string' || !extension.decisionRef.trim()) {
        throw new DeadlineRuleError(`${field}.decisionRef`, 'an extension is a written decision: give its number');
      }
      if (!isCalendarDate(extension.decidedOn)) throw new DeadlineRuleError(`${field}.decidedOn`, 'must be a calendar day');
      if (extension.decidedOn.getTime() < input.start.getTime()) {
        throw new DeadlineRuleError(`${field}.decidedOn`, `cannot precede the ${rule.countedFrom} (${isoDay(input.start)})`);
      }
      const extended = calendarDaysDeadline(input.start, days, input.calendar).dueOn;
      if (extension.decidedOn.getTime() > extended.getTime()) {
        throw new DeadlineRuleError(
          `${field}.decidedOn`,
          `an extension must be decided before the period it extends ends (${isoDay(extended)})`,
        );
      }
      days += extension.days;
      parts.push(`+${extension.days} days (decision ${extension.decisionRef.trim()} of ${isoDay(extension.decidedOn)})`);
    });
    const tier = complexity === 'VERY_COMPLEX' ? 'very complex case' : 'complex case';
    basis += `; ${tier}, extended (gia hạn) ${parts.join(', ')}: ${days} days in all`;
  }

  let dueOn: Date;
  let movedFrom: Date | null = null;
  if (rule.unit === 'WORKING') {
    dueOn = addWorkingDays(input.start, days, input.calendar);
  } else {
    const counted = calendarDaysDeadline(input.start, days, input.calendar);
    dueOn = counted.dueOn;
    if (counted.moved) {
      movedFrom = counted.lastDay;
      basis += movedText(days, counted.lastDay, input.calendar);
    }
  }
  const consultedFrom = rule.unit === 'WORKING' ? input.start : (movedFrom ?? dueOn);
  return {
    ruleId: rule.id,
    dueOn,
    basis,
    legalBasis: rule.legalBasis,
    unit: rule.unit,
    days,
    movedFrom,
    provisional: usesProvisionalData(consultedFrom, dueOn, input.calendar),
  };
}

function periodOf(
  rule: DayCountRule,
  input: DeadlineInput,
  complexity: Complexity,
  overrides: DeadlineOverrides,
): { days: number; tierText: string } {
  if (rule.verification && input.verificationNeeded) {
    const configured = overrides[rule.verification.override];
    if (configured !== undefined && configured < rule.baseDays) {
      throw new DeadlineRuleError(
        `overrides.${rule.verification.override}`,
        `must be at least the ${rule.baseDays} ${unitWord(rule.unit)} of the base period`,
      );
    }
    const days = configured ?? rule.verification.defaultDays;
    return { days, tierText: `, verification needed: up to ${days}${configured !== undefined ? ' (configured)' : ''}` };
  }
  const complex = complexity !== 'NORMAL';
  const { tiers } = rule;
  if (input.remote && complex && tiers.remoteComplex) {
    return { days: tiers.remoteComplex, tierText: `, remote area (vùng sâu, vùng xa) and complex case: up to ${tiers.remoteComplex}` };
  }
  if (input.remote && tiers.remote) return { days: tiers.remote, tierText: `, remote area (vùng sâu, vùng xa): ${tiers.remote}` };
  if (complex && tiers.complex) return { days: tiers.complex, tierText: `, complex case: up to ${tiers.complex}` };
  return { days: rule.baseDays, tierText: '' };
}

function sessionDeadline(rule: SessionRule, input: DeadlineInput, overrides: DeadlineOverrides): ComputedDeadline {
  const session = input.nextRegularSessionOn;
  if (session != null) {
    if (!isCalendarDate(session)) throw new DeadlineRuleError('nextRegularSessionOn', 'must be a calendar day');
    if (session.getTime() <= input.start.getTime()) {
      throw new DeadlineRuleError('nextRegularSessionOn', `must be after ${rule.countedFrom} (${isoDay(input.start)})`);
    }
    return {
      ruleId: rule.id,
      dueOn: session,
      basis: `Answer reported at the next regular council session, opening ${isoDay(session)} (${rule.legalBasis})`,
      legalBasis: rule.legalBasis,
      unit: null,
      days: null,
      movedFrom: null,
      provisional: false,
    };
  }
  const days = overrides[rule.fallbackOverride];
  if (days === undefined) {
    throw new DeadlineRuleError(
      'nextRegularSessionOn',
      'is required: the answer is due at the next regular council session (no statutory day count is configured)',
    );
  }
  const counted = calendarDaysDeadline(input.start, days, input.calendar);
  let basis = `${days} days from ${rule.countedFrom}, configured while no regular council session is scheduled (${rule.legalBasis})`;
  if (counted.moved) {
    basis += movedText(days, counted.lastDay, input.calendar);
  }
  return {
    ruleId: rule.id,
    dueOn: counted.dueOn,
    basis,
    legalBasis: rule.legalBasis,
    unit: 'CALENDAR',
    days,
    movedFrom: counted.moved ? counted.lastDay : null,
    provisional: usesProvisionalData(counted.lastDay, counted.dueOn, input.calendar),
  };
}

function checkOverrides(overrides: DeadlineOverrides): DeadlineOverrides {
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (key !== 'denunciationVerificationDays' && key !== 'councilVoterRecommendationDays') {
      throw new DeadlineRuleError(`overrides.${key}`, 'is not a configurable day count');
    }
    if (!Number.isInteger(value) || value < 1 || value > 365) {
      throw new DeadlineRuleError(`overrides.${key}`, `must be a whole number of days from 1 to 365, got ${String(value)}`);
    }
  }
  return overrides;
}

function refuseExtensions(extensions: readonly DeadlineExtension[], message: string) {
  if (extensions.length) throw new DeadlineRuleError('extensions.0', message);
}

function extensionCountMessage(complexity: Complexity, allowed: number, legalBasis: string): string {
  if (complexity === 'NORMAL') {
    return `a denunciation that is not complex cannot be extended; a complex one allows one extension, a very complex one two (${legalBasis})`;
  }
  if (complexity === 'COMPLEX') {
    return `a complex denunciation allows ${allowed} extension; a second one needs the case to be very complex (${legalBasis})`;
  }
  return `a very complex denunciation allows at most ${allowed} extensions (${legalBasis})`;
}

const unitWord = (unit: DayUnit) => (unit === 'WORKING' ? 'working days' : 'days');

/** `; day 45 (Mon 2025-04-07) is a day off, Giỗ Tổ Hùng Vương (10/3 âm lịch): the deadline moves...` */
function movedText(days: number, lastDay: Date, calendar: HolidayCalendar): string {
  const status = calendar.describe(lastDay);
  const off = 'name' in status && !status.working ? `a day off, ${status.name}` : 'a weekend day';
  return `; day ${days} (${labelDay(lastDay)}) is ${off}: the deadline moves to the next working day (${civilCodeEnd})`;
}

/** Whether any year from `from` to `to` is provisional in the calendar. */
function usesProvisionalData(from: Date, to: Date, calendar: HolidayCalendar): boolean {
  for (let year = from.getUTCFullYear(); year <= to.getUTCFullYear(); year += 1) {
    if (calendar.isProvisional(year)) return true;
  }
  return false;
}

/** Quá hạn: the period ended at the end of `dueOn` (Civil Code 2015, art. 148), so overdue from the next day. */
export function isOverdue(dueOn: Date, today: Date): boolean {
  assertCalendarDate(dueOn, 'dueOn');
  assertCalendarDate(today, 'today');
  return today.getTime() > dueOn.getTime();
}
