/*
 * The statutory time limits a petitions case runs against, one entry per row of the legal table in
 * shared/domain.md. Texts in `legalBasis` are shown to users next to the due date.
 *
 * Day counts the table marks [U] (not confirmed) are configurable through `DeadlineOverrides`; the others are
 * the law's and fixed here.
 */

/** CALENDAR: plain days (ngày); WORKING: working days (ngày làm việc). */
export type DayUnit = 'CALENDAR' | 'WORKING';

/**
 * How hard the case is. Complaints know one tier (vụ việc phức tạp); denunciations two: COMPLEX allows one
 * extension of the resolution period, VERY_COMPLEX (đặc biệt phức tạp) two. A rule that has no tier for the
 * given complexity ignores it (a very complex complaint gets the complex tier; acceptance has no tier at all).
 */
export type Complexity = 'NORMAL' | 'COMPLEX' | 'VERY_COMPLEX';
export const complexities = ['NORMAL', 'COMPLEX', 'VERY_COMPLEX'] as const satisfies readonly Complexity[];

export const deadlineRuleIds = [
  'COMPLAINT_ACCEPTANCE',
  'COMPLAINT_FIRST_RESOLUTION',
  'COMPLAINT_SECOND_RESOLUTION',
  'DENUNCIATION_INITIAL_HANDLING',
  'DENUNCIATION_ACCEPTANCE_NOTICE',
  'DENUNCIATION_RESOLUTION',
  'NA_FORWARDED_VOTER_RECOMMENDATION',
  'NA_FORWARDED_VOTER_RECOMMENDATION_COORDINATION_REQUEST',
  'NA_FORWARDED_VOTER_RECOMMENDATION_COORDINATION_REPLY',
  'COUNCIL_VOTER_RECOMMENDATION',
] as const;
export type DeadlineRuleId = (typeof deadlineRuleIds)[number];

interface RuleBase {
  id: DeadlineRuleId;
  /** What must be done by the due date, in English with the Vietnamese term. */
  title: string;
  /** Law and article, shown to users: `Law on Complaints 2011, art. 28`. */
  legalBasis: string;
  /** The event the days are counted from (its day is not counted): `receipt`, `acceptance`... */
  countedFrom: string;
}

/** Maximum days of the tiers a rule has (the law's "không quá": the longest period allowed). */
export interface DayTiers {
  /** Vụ việc phức tạp. */
  complex?: number;
  /** Vùng sâu, vùng xa đi lại khó khăn — remote or hard-to-reach area. */
  remote?: number;
  /** Remote area and complex case. */
  remoteComplex?: number;
}

export interface ExtensionPolicy {
  /** Gia hạn: each extension is a written decision of at most this many days. */
  maxDaysEach: number;
  /** How many extensions each complexity allows. */
  maxCount: Record<Complexity, number>;
}

export interface DayCountRule extends RuleBase {
  kind: 'DAY_COUNT';
  unit: DayUnit;
  baseDays: number;
  tiers: DayTiers;
  /** Longer period when verification is needed (only DENUNCIATION_INITIAL_HANDLING); [U] configurable. */
  verification?: { defaultDays: number; override: keyof DeadlineOverrides };
  extensions?: ExtensionPolicy;
}

/** Due at a date another body sets: the next regular council session (kỳ họp thường lệ). */
export interface SessionRule extends RuleBase {
  kind: 'NEXT_REGULAR_SESSION';
  /** [U] calendar days used when no session date is known and the configuration sets them. */
  fallbackOverride: keyof DeadlineOverrides;
}

export type DeadlineRule = DayCountRule | SessionRule;

/**
 * Configuration of the day counts the legal table marks [U]. A plain object; every field optional, the default
 * applies when absent.
 */
export interface DeadlineOverrides {
  /**
   * Working days for the initial handling of a denunciation when verification is needed (Law on Denunciations
   * 2018, art. 24: "up to 10"). Default 10; at least the 7 of the base period.
   */
  denunciationVerificationDays?: number;
  /**
   * Calendar days for answering a voter recommendation the council forwarded, used only when no next regular
   * session date is known. No default: without it the session date is required.
   */
  councilVoterRecommendationDays?: number;
}

const complaintsLaw = 'Law on Complaints 2011';
const denunciationsLaw = 'Law on Denunciations 2018';
const forwardedRegulation = 'Decision 33/2017/QĐ-TTg';

export const deadlineRules: Readonly<Record<DeadlineRuleId, DeadlineRule>> = {
  COMPLAINT_ACCEPTANCE: {
    id: 'COMPLAINT_ACCEPTANCE',
    kind: 'DAY_COUNT',
    title: 'Accept the complaint (thụ lý khiếu nại) and notify in writing',
    legalBasis: `${complaintsLaw}, art. 27`,
    countedFrom: 'receipt',
    unit: 'CALENDAR',
    baseDays: 10,
    tiers: {},
  },
  COMPLAINT_FIRST_RESOLUTION: {
    id: 'COMPLAINT_FIRST_RESOLUTION',
    kind: 'DAY_COUNT',
    title: 'Resolve the complaint, first time (giải quyết khiếu nại lần đầu)',
    legalBasis: `${complaintsLaw}, art. 28`,
    countedFrom: 'acceptance',
    unit: 'CALENDAR',
    baseDays: 30,
    tiers: { complex: 45, remote: 45, remoteComplex: 60 },
  },
  COMPLAINT_SECOND_RESOLUTION: {
    id: 'COMPLAINT_SECOND_RESOLUTION',
    kind: 'DAY_COUNT',
    title: 'Resolve the complaint, second time (giải quyết khiếu nại lần hai)',
    legalBasis: `${complaintsLaw}, art. 37`,
    countedFrom: 'acceptance',
    unit: 'CALENDAR',
    baseDays: 45,
    tiers: { complex: 60, remote: 60, remoteComplex: 70 },
  },
  DENUNCIATION_INITIAL_HANDLING: {
    id: 'DENUNCIATION_INITIAL_HANDLING',
    kind: 'DAY_COUNT',
    title: 'Initial handling of the denunciation (xử lý ban đầu thông tin tố cáo): accept it or not',
    legalBasis: `${denunciationsLaw}, art. 24`,
    countedFrom: 'receipt',
    unit: 'WORKING',
    baseDays: 7,
    tiers: {},
    verification: { defaultDays: 10, override: 'denunciationVerificationDays' },
  },
  DENUNCIATION_ACCEPTANCE_NOTICE: {
    id: 'DENUNCIATION_ACCEPTANCE_NOTICE',
    kind: 'DAY_COUNT',
    title: 'Notify the denouncer of the acceptance (thông báo thụ lý tố cáo)',
    legalBasis: `${denunciationsLaw}, art. 29`,
    countedFrom: 'acceptance',
    unit: 'WORKING',
    baseDays: 5,
    tiers: {},
  },
  DENUNCIATION_RESOLUTION: {
    id: 'DENUNCIATION_RESOLUTION',
    kind: 'DAY_COUNT',
    title: 'Resolve the denunciation (giải quyết tố cáo)',
    legalBasis: `${denunciationsLaw}, art. 30`,
    countedFrom: 'acceptance',
    unit: 'CALENDAR',
    baseDays: 30,
    tiers: {},
    extensions: { maxDaysEach: 30, maxCount: { NORMAL: 0, COMPLEX: 1, VERY_COMPLEX: 2 } },
  },
  NA_FORWARDED_VOTER_RECOMMENDATION: {
    id: 'NA_FORWARDED_VOTER_RECOMMENDATION',
    kind: 'DAY_COUNT',
    title: 'Answer a voter recommendation the National Assembly forwarded (trả lời kiến nghị cử tri)',
    legalBasis: `${forwardedRegulation}, art. 12, as amended by Decision 30/2020/QĐ-TTg`,
    countedFrom: 'receipt of the recommendation',
    unit: 'CALENDAR',
    baseDays: 60,
    tiers: {},
  },
  NA_FORWARDED_VOTER_RECOMMENDATION_COORDINATION_REQUEST: {
    id: 'NA_FORWARDED_VOTER_RECOMMENDATION_COORDINATION_REQUEST',
    kind: 'DAY_COUNT',
    title: 'Ask the agencies concerned to coordinate on a forwarded voter recommendation (đề nghị phối hợp)',
    legalBasis: forwardedRegulation,
    countedFrom: 'receipt of the recommendation',
    unit: 'WORKING',
    baseDays: 5,
    tiers: {},
  },
  NA_FORWARDED_VOTER_RECOMMENDATION_COORDINATION_REPLY: {
    id: 'NA_FORWARDED_VOTER_RECOMMENDATION_COORDINATION_REPLY',
    kind: 'DAY_COUNT',
    title: 'Reply to a request to coordinate on a forwarded voter recommendation (trả lời đề nghị phối hợp)',
    legalBasis: forwardedRegulation,
    countedFrom: 'receipt of the coordination request',
    unit: 'CALENDAR',
    baseDays: 15,
    tiers: {},
  },
  COUNCIL_VOTER_RECOMMENDATION: {
    id: 'COUNCIL_VOTER_RECOMMENDATION',
    kind: 'NEXT_REGULAR_SESSION',
    title: 'Answer a voter recommendation the council forwarded; the answer is reported at the next regular session',
    legalBasis: 'no statutory day count',
    countedFrom: 'the voter meeting',
    fallbackOverride: 'councilVoterRecommendationDays',
  },
};

export const isDeadlineRuleId = (value: unknown): value is DeadlineRuleId =>
  typeof value === 'string' && (deadlineRuleIds as readonly string[]).includes(value);
