import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference as EntityReferenceMapper } from '@hanoi/platform';
import type { PetitionDoc as PetitionDocMapper, HistoryEntry as HistoryEntryMapper } from '../domain/case';
import type { PetitionPage as PetitionPageMapper, DeadlineView as DeadlineViewMapper, PetitionCountsParent as PetitionCountsParentMapper, CountBucketParent as CountBucketParentMapper, AgencySuggestionParent as AgencySuggestionParentMapper, IdentityAccessPage as IdentityAccessPageMapper, CitizenReceptionPage as CitizenReceptionPageMapper, ReceptionSchedulePage as ReceptionSchedulePageMapper, Context } from '../resolvers-mappers';
import type { Satisfaction as SatisfactionMapper } from '../domain/satisfaction';
import type { StoredHolidayYear as StoredHolidayYearMapper } from '../domain/holiday-calendar';
import type { DuplicateCandidate as DuplicateCandidateMapper } from '../workflows/merge';
import type { RoutingRuleDoc as RoutingRuleDocMapper } from '../repositories/routing-rules';
import type { IdentityAccessDoc as IdentityAccessDocMapper } from '../repositories/identity-access-log';
import type { CitizenReceptionDoc as CitizenReceptionDocMapper } from '../repositories/citizen-receptions';
import type { ReceptionScheduleDoc as ReceptionScheduleDocMapper } from '../repositories/reception-schedules';
import type { ScheduledReceptionDay as ScheduledReceptionDayMapper } from '../workflows/reception';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  Date: { input: Date; output: Date; }
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: string; output: string; }
};

export type AcceptPetitionInput = {
  /** Complaints and denunciations; default NORMAL */
  complexity?: InputMaybe<CaseComplexity>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The day of acceptance (default today); not before receipt, not in the future. Resolution periods count from it. */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** Complaints only: a remote or hard-to-reach area (vùng sâu, vùng xa); default false */
  remote?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AdministrativeUnit = {
  __typename?: 'AdministrativeUnit';
  id: Scalars['ID']['output'];
  /** Provided (@provides) on the references this subgraph returns: its copy of the directory's names */
  name: Scalars['String']['output'];
};

/** A directory agency (owned by committee); petitions adds the cases routed to it. */
export type Agency = {
  __typename?: 'Agency';
  /**
   * Cases whose lead (competent) agency this is, most recently received first.
   * Null when the petitions subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  cases?: Maybe<PetitionConnection>;
  id: Scalars['ID']['output'];
  /** Provided (@provides) on the references this subgraph returns: its copy of the directory's names */
  name: Scalars['String']['output'];
  /** Cases not yet resolved or closed. Null when the petitions subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  openCaseCount?: Maybe<Scalars['Int']['output']>;
  shortName: Scalars['String']['output'];
};


/** A directory agency (owned by committee); petitions adds the cases routed to it. */
export type AgencyCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgencyCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgencyCaseFilter = {
  kind?: InputMaybe<PetitionKind>;
  status?: InputMaybe<PetitionStatus>;
};

export type AgencyCountBucket = {
  __typename?: 'AgencyCountBucket';
  /** Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  agency?: Maybe<Agency>;
  count: Scalars['Int']['output'];
  key: Scalars['ID']['output'];
};

/** The routing table's answer for a case. */
export type AgencySuggestion = {
  __typename?: 'AgencySuggestion';
  /** Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  agency?: Maybe<Agency>;
  legalBasis: Scalars['String']['output'];
  rule: RoutingRule;
};

/** Metadata of a document handed in; the file itself is kept in the document store. */
export type Attachment = {
  __typename?: 'Attachment';
  fileName: Scalars['String']['output'];
  mediaType: Scalars['String']['output'];
  receivedOn: Scalars['Date']['output'];
  /** Hex SHA-256 of the file, to prove it unchanged */
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
};

export type AttachmentInput = {
  fileName: Scalars['String']['input'];
  mediaType: Scalars['String']['input'];
  receivedOn: Scalars['Date']['input'];
  sha256: Scalars['String']['input'];
  sizeBytes: Scalars['Int']['input'];
};

export type CancelReceptionScheduleInput = {
  /** Today by default; not in the past */
  from?: InputMaybe<Scalars['Date']['input']>;
  reason: Scalars['String']['input'];
};

/**
 * Vụ việc phức tạp — decided at acceptance. Complaints: COMPLEX (or VERY_COMPLEX) gets the longer resolution
 * tier. Denunciations: COMPLEX allows one extension of the resolution period, VERY_COMPLEX (đặc biệt phức tạp) two.
 */
export type CaseComplexity =
  | 'COMPLEX'
  | 'NORMAL'
  | 'VERY_COMPLEX';

export type CaseResolution = {
  __typename?: 'CaseResolution';
  /** The committee assignment whose answer resolved it (flow F2) */
  assignmentId?: Maybe<Scalars['ID']['output']>;
  kind: CaseResolutionKind;
  resolvedOn: Scalars['Date']['output'];
  text: Scalars['String']['output'];
};

export type CaseResolutionKind =
  /** Văn bản trả lời */
  | 'ANSWER'
  /** Quyết định giải quyết / kết luận nội dung tố cáo */
  | 'DECISION';

/** Tiếp công dân — a reception session where leaders receive citizens. */
export type CitizenReception = {
  __typename?: 'CitizenReception';
  /** The cases recorded at the session */
  cases: Array<Petition>;
  /** How many citizens were received */
  citizensReceived: Scalars['Int']['output'];
  heldOn: Scalars['Date']['output'];
  /**
   * The hosting body.
   * Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  hostAgency?: Maybe<Agency>;
  id: Scalars['ID']['output'];
  /** The leaders receiving (e.g. the chair on the monthly reception day) */
  leaders: Array<Scalars['String']['output']>;
  place: Scalars['String']['output'];
  /** The reception schedule whose day it held */
  schedule?: Maybe<ReceptionSchedule>;
};

export type CitizenReceptionConnection = {
  __typename?: 'CitizenReceptionConnection';
  edges: Array<CitizenReceptionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CitizenReceptionEdge = {
  __typename?: 'CitizenReceptionEdge';
  cursor: Scalars['String']['output'];
  node: CitizenReception;
};

export type CitizenReceptionFilter = {
  heldFrom?: InputMaybe<Scalars['Date']['input']>;
  heldTo?: InputMaybe<Scalars['Date']['input']>;
  hostAgencyId?: InputMaybe<Scalars['ID']['input']>;
};

/** A council session (owned by council); petitions adds the voter recommendations whose answers are due at it. */
export type CouncilSession = {
  __typename?: 'CouncilSession';
  id: Scalars['ID']['output'];
  /**
   * The voter recommendations whose answers are due at this session, oldest first: `first` of them (default 20, at most
   * 100; more is refused with `BAD_USER_INPUT`, field `first`), after the case whose id is `after` (the last of the
   * previous page; an unknown id is refused, field `after`). Cases the caller may not see are left out.
   * Null when the petitions subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  voterRecommendationsDue?: Maybe<Array<Petition>>;
};


/** A council session (owned by council); petitions adds the voter recommendations whose answers are due at it. */
export type CouncilSessionVoterRecommendationsDueArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CountBucket = {
  __typename?: 'CountBucket';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
};

export type CreateReceptionScheduleInput = {
  /** …or the days (at most 60, within validFrom–validTo) */
  dates?: InputMaybe<Array<Scalars['Date']['input']>>;
  hostAgencyId: Scalars['ID']['input'];
  kind: ReceptionScheduleKind;
  /** 1–20 */
  leaders: Array<LeaderOnDutyInput>;
  /** JOINT: at least one other body; REGULAR: none (at most 20) */
  participatingAgencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  place: Scalars['String']['input'];
  /** Either a rule… */
  recurrence?: InputMaybe<ReceptionRecurrenceInput>;
  title: Scalars['String']['input'];
  validFrom: Scalars['Date']['input'];
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type CreateRoutingRuleInput = {
  /** An agency id or COMMUNE_COMMITTEE_OF_UNIT */
  agencyId: Scalars['ID']['input'];
  category?: InputMaybe<PetitionCategory>;
  kind: PetitionKind;
  legalBasis: Scalars['String']['input'];
  level: RoutingLevel;
};

/** One statutory deadline of a case, computed by the deadline engine. */
export type Deadline = {
  __typename?: 'Deadline';
  /** The rule in words: period, tier, extensions, legal basis, and any move past a day off */
  basis: Scalars['String']['output'];
  /**
   * Working days left until the due day (0 on the due day itself; negative once overdue), counted with the holiday
   * calendar. Null once met, or when the calendar lacks a year of the count.
   */
  daysLeft?: Maybe<Scalars['Int']['output']>;
  /** Last day to act (the period ends at the end of this day) */
  dueOn: Scalars['Date']['output'];
  kind: DeadlineKind;
  /** Law and article alone, e.g. 'Law on Complaints 2011, art. 28' */
  legalBasis: Scalars['String']['output'];
  /** When it was met (null while pending) */
  metOn?: Maybe<Scalars['Date']['output']>;
  /** Pending past its day, or met after it */
  missed: Scalars['Boolean']['output'];
  /** Not met, past its day, and the case still open */
  overdue: Scalars['Boolean']['output'];
  /** Computed from provisional holiday data (a year not announced yet): the date may still move */
  provisional: Scalars['Boolean']['output'];
  /**
   * The rule of the legal table that produced it: COMPLAINT_ACCEPTANCE, COMPLAINT_FIRST_RESOLUTION,
   * COMPLAINT_SECOND_RESOLUTION, DENUNCIATION_INITIAL_HANDLING, DENUNCIATION_ACCEPTANCE_NOTICE,
   * DENUNCIATION_RESOLUTION, NA_FORWARDED_VOTER_RECOMMENDATION, COUNCIL_VOTER_RECOMMENDATION
   */
  ruleId: Scalars['String']['output'];
};

/** Gia hạn — a written decision extending a denunciation's resolution period. */
export type DeadlineExtension = {
  __typename?: 'DeadlineExtension';
  /** Days added (1–30) */
  days: Scalars['Int']['output'];
  /** The day the decision was signed */
  decidedOn: Scalars['Date']['output'];
  /** Number of the written decision, e.g. 15/QĐ-UBND */
  decisionRef: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it */
  recordedBy: Scalars['String']['output'];
};

export type DeadlineKind =
  /** Thụ lý */
  | 'ACCEPTANCE'
  /** Trả lời */
  | 'ANSWER'
  /** Xử lý ban đầu of a denunciation */
  | 'INITIAL_HANDLING'
  /** Thông báo thụ lý tố cáo */
  | 'NOTICE'
  /** Giải quyết */
  | 'RESOLUTION';

export type DeclinePetitionInput = {
  /** Required for OTHER */
  note?: InputMaybe<Scalars['String']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
  reasonCode: DeclineReasonCode;
};

export type DeclineReason = {
  __typename?: 'DeclineReason';
  code: DeclineReasonCode;
  note?: Maybe<Scalars['String']['output']>;
};

export type DeclineReasonCode =
  /** Tố cáo nặc danh: a denunciation without the denouncer's name and address */
  | 'ANONYMOUS_DENUNCIATION'
  /** Khiếu nại quá thời hiệu: past the complaint time limit */
  | 'COMPLAINT_TIME_LIMIT_PASSED'
  /** Trùng đơn: merged into another case */
  | 'DUPLICATE'
  | 'OTHER'
  /** Chuyển đơn: not competent, sent to the competent agency */
  | 'TRANSFERRED_NOT_COMPETENT';

/** A due date and the rule that produced it, so every deadline cites its legal basis. */
export type DueDate = {
  __typename?: 'DueDate';
  /** Which of the case's deadlines it is; null when nothing is pending */
  kind?: Maybe<DeadlineKind>;
  on?: Maybe<Scalars['Date']['output']>;
  /** Why this date, e.g. 'answer reported at the next regular council session' or a legal article */
  rule: Scalars['String']['output'];
  /** The deadline engine's rule behind it (see Deadline.ruleId); null when nothing is pending */
  ruleId?: Maybe<Scalars['String']['output']>;
};

export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  petition: Petition;
  reasons: Array<DuplicateReason>;
  /** 1 for the same petitioner; the text similarity (Jaccard, 0..1) otherwise */
  score: Scalars['Float']['output'];
};

export type DuplicateReason =
  /** A petitioner in common (matched by a keyed hash of the national id or phone) */
  | 'SAME_PETITIONER'
  /** Similar text in the same unit and category (accent-insensitive) */
  | 'SIMILAR_TEXT';

export type ExtendResolutionDeadlineInput = {
  /** Days added, 1 to 30 */
  days: Scalars['Int']['input'];
  /** The day the decision was signed: not in the future, within the period it extends */
  decidedOn: Scalars['Date']['input'];
  /** Number of the written decision, e.g. 15/QĐ-UBND (at most 100 characters) */
  decisionRef: Scalars['String']['input'];
};

/**
 * A voter recommendation the National Assembly forwarded (owned by delegation); petitions adds the case it opened
 * for it (flow F5), answered within 60 days.
 */
export type ForwardedVoterRecommendation = {
  __typename?: 'ForwardedVoterRecommendation';
  /**
   * The case opened for it; null until petitions has received the forwarding.
   * Null when the petitions subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  case?: Maybe<Petition>;
  id: Scalars['ID']['output'];
};

/** One line of a case's append-only history. */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  /** RECEIVED, ACCEPTED, DECLINED, STARTED, RESOLVED, ANSWERED, CLOSED, TRANSFERRED, COOPERATING_AGENCY_ADDED, MERGED, MERGED_INTO, DUE_DATE_SET, NOTICE_SENT, DEADLINE_EXTENDED, DEADLINES_RECOMPUTED, SECOND_COMPLAINT_OPENED, SATISFACTION_RECORDED */
  action: Scalars['String']['output'];
  /** The user, or the service whose event caused it */
  actor: Scalars['String']['output'];
  /** The actor's agency */
  agency?: Maybe<Agency>;
  at: Scalars['DateTime']['output'];
  /** Other cases involved (merged duplicates, the second complaint…) */
  caseIds: Array<Scalars['ID']['output']>;
  from?: Maybe<PetitionStatus>;
  fromAgency?: Maybe<Agency>;
  reason?: Maybe<Scalars['String']['output']>;
  to?: Maybe<PetitionStatus>;
  toAgency?: Maybe<Agency>;
};

/** A weekday state agencies do not work. */
export type HolidayDayOff = {
  __typename?: 'HolidayDayOff';
  kind: HolidayDayOffKind;
  name: Scalars['String']['output'];
  on: Scalars['Date']['output'];
};

/**
 * Why a weekday is off: HOLIDAY (Labour Code 2019, art. 112), COMPENSATORY (nghỉ bù, a holiday on a weekend),
 * SWAPPED (hoán đổi, worked on a make-up day instead).
 */
export type HolidayDayOffKind =
  | 'COMPENSATORY'
  | 'HOLIDAY'
  | 'SWAPPED';

/** One year of the holiday calendar. */
export type HolidayYear = {
  __typename?: 'HolidayYear';
  daysOff: Array<HolidayDayOff>;
  makeUpWorkingDays: Array<MakeUpWorkingDay>;
  origin: HolidayYearOrigin;
  /** The government has not announced the year yet: dates computed from it may still move */
  provisional: Scalars['Boolean']['output'];
  /** Decisions and notices the data comes from */
  sources: Array<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who set it (null for built-in data) */
  updatedBy?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

/** Where a year of the holiday calendar comes from. */
export type HolidayYearOrigin =
  /** Set by an administrator (setHolidayYear), replacing the built-in year */
  | 'ADMIN'
  /** The data shipped with the deadline engine */
  | 'BUILT_IN';

/** One read of petitioners' identities. */
export type IdentityAccess = {
  __typename?: 'IdentityAccess';
  /** Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  agency?: Maybe<Agency>;
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  petition: Petition;
  petitionerCount: Scalars['Int']['output'];
  purpose: Scalars['String']['output'];
  roles: Array<Scalars['String']['output']>;
  /** Who read (token subject) */
  subject: Scalars['String']['output'];
};

export type IdentityAccessConnection = {
  __typename?: 'IdentityAccessConnection';
  edges: Array<IdentityAccessEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IdentityAccessEdge = {
  __typename?: 'IdentityAccessEdge';
  cursor: Scalars['String']['output'];
  node: IdentityAccess;
};

/** A leader on duty (lãnh đạo tiếp công dân): an official named in the published schedule. */
export type LeaderOnDuty = {
  __typename?: 'LeaderOnDuty';
  name: Scalars['String']['output'];
  position: Scalars['String']['output'];
};

export type LeaderOnDutyInput = {
  name: Scalars['String']['input'];
  position: Scalars['String']['input'];
};

/** A Saturday or Sunday worked instead of a swapped day off (ngày làm bù). */
export type MakeUpWorkingDay = {
  __typename?: 'MakeUpWorkingDay';
  name: Scalars['String']['output'];
  on: Scalars['Date']['output'];
};

export type MergePetitionsInput = {
  duplicateIds: Array<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
  /** The surviving case */
  targetId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Thụ lý — the lead agency accepts the case (RECEIVED → ACCEPTED). The acceptance (or initial-handling)
   * deadline is met; a complaint gets its resolution deadline (30/45 days, longer when complex or remote), a
   * denunciation its resolution deadline (30 days) and the notice to the denouncer (5 working days).
   */
  acceptPetition: Petition;
  /** Cơ quan phối hợp — another agency cooperates with the lead one on the case. */
  addCooperatingAgency: Petition;
  /**
   * Cancels a schedule from a day on (today by default, never a past day): no reception day from then on. CONFLICT
   * when already cancelled. Publishes `vn.hanoi.petitions.receptionSchedule.cancelled.v1`.
   */
  cancelReceptionSchedule: ReceptionSchedule;
  /** The file is closed after resolution (RESOLVED → CLOSED). */
  closePetition: Petition;
  /**
   * Publishes a reception schedule: a REGULAR one by the clerks, handlers or leaders of its host agency, a JOINT one
   * (several bodies receiving together) by administrators. BAD_USER_INPUT names the field at fault (a rule and dates
   * together or neither, a date outside validFrom–validTo, a JOINT schedule without another body…), NOT_FOUND an agency
   * the directory does not know; nothing is written. Publishes `vn.hanoi.petitions.receptionSchedule.created.v1`.
   */
  createReceptionSchedule: ReceptionSchedule;
  /** Adds a routing rule (admins). */
  createRoutingRule: RoutingRule;
  /** Không thụ lý — the lead agency declines the case with a reason (RECEIVED → DECLINED). */
  declinePetition: Petition;
  /** Deletes a routing rule (admins); returns it as it was. */
  deleteRoutingRule: RoutingRule;
  /**
   * Gia hạn — records a written decision extending a denunciation's resolution period (≤ 30 days; one extension
   * for a COMPLEX case, two for a VERY_COMPLEX one, none otherwise; decided within the period it extends) and
   * recomputes its resolution deadline. Beyond the legal count: BAD_USER_INPUT with field `input.extensions.<n>`
   * (the extension at fault), nothing written. Complaints have no extension (BAD_USER_INPUT). Staff of the lead agency.
   */
  extendResolutionDeadline: Petition;
  /** Gộp đơn — the duplicates are declined as DUPLICATE, linked to the target, and their co-signers counted on it. Never automatic. */
  mergePetitions: Petition;
  /**
   * Thông báo thụ lý — the denouncer was notified of the acceptance (Law on Denunciations 2018, art. 29): the NOTICE
   * deadline (5 working days from acceptance) is met. An accepted denunciation; staff of the lead agency.
   */
  recordAcceptanceNotice: Petition;
  /** Records a citizen reception session (tiếp công dân). */
  recordCitizenReception: CitizenReception;
  /**
   * Mức độ hài lòng — records, once, how satisfied the petitioner said they were with a RESOLVED or CLOSED case (staff of
   * its lead agency; CONFLICT before resolution or when recorded already). DISSATISFIED on a first COMPLAINT opens the
   * second-complaint path (Law on Complaints 2011, art. 33): the record shows until when the petitioner may lodge it,
   * and `secondComplaint` opens the SECOND_COMPLAINT case now, linked to this one, as `reopenAsSecondComplaint` does
   * (its errors on `input.secondComplaint.*`). Publishes `vn.hanoi.petitions.petition.satisfactionRecorded.v1`.
   */
  recordSatisfaction: Petition;
  /** Khiếu nại lần hai — a new SECOND_COMPLAINT case linked to a RESOLVED or CLOSED first complaint. */
  reopenAsSecondComplaint: Petition;
  /** A decision or an answer resolves the case (→ RESOLVED). */
  resolvePetition: Petition;
  /**
   * Sets one year of the holiday calendar (admins), replacing the built-in data for that year; deadlines computed
   * from then on use it (due dates already stored keep theirs).
   */
  setHolidayYear: HolidayYear;
  /** Handling starts (ACCEPTED → IN_PROGRESS; recommendations and feedback also from RECEIVED). */
  startPetition: Petition;
  /**
   * Records a case received through any channel and routes it to the competent agency: the handler's choice
   * (with `overrideReason` when it differs from the routing table's suggestion) or the suggestion.
   */
  submitPetition: Petition;
  /** Not competent: the case moves to another lead agency and stays open, its history kept. */
  transferPetition: Petition;
  /**
   * Replaces what a running schedule says (days, leaders on duty, place, bodies taking part); its kind and host stay.
   * The same people and errors as creating; CONFLICT once cancelled.
   * Publishes `vn.hanoi.petitions.receptionSchedule.updated.v1`.
   */
  updateReceptionSchedule: ReceptionSchedule;
  /** Changes a routing rule's agency and legal basis (admins). */
  updateRoutingRule: RoutingRule;
};


export type MutationAcceptPetitionArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<AcceptPetitionInput>;
};


export type MutationAddCooperatingAgencyArgs = {
  agencyId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCancelReceptionScheduleArgs = {
  id: Scalars['ID']['input'];
  input: CancelReceptionScheduleInput;
};


export type MutationClosePetitionArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<TransitionInput>;
};


export type MutationCreateReceptionScheduleArgs = {
  input: CreateReceptionScheduleInput;
};


export type MutationCreateRoutingRuleArgs = {
  input: CreateRoutingRuleInput;
};


export type MutationDeclinePetitionArgs = {
  id: Scalars['ID']['input'];
  input: DeclinePetitionInput;
};


export type MutationDeleteRoutingRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationExtendResolutionDeadlineArgs = {
  id: Scalars['ID']['input'];
  input: ExtendResolutionDeadlineInput;
};


export type MutationMergePetitionsArgs = {
  input: MergePetitionsInput;
};


export type MutationRecordAcceptanceNoticeArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<TransitionInput>;
};


export type MutationRecordCitizenReceptionArgs = {
  input: RecordCitizenReceptionInput;
};


export type MutationRecordSatisfactionArgs = {
  id: Scalars['ID']['input'];
  input: RecordSatisfactionInput;
};


export type MutationReopenAsSecondComplaintArgs = {
  id: Scalars['ID']['input'];
  input: ReopenAsSecondComplaintInput;
};


export type MutationResolvePetitionArgs = {
  id: Scalars['ID']['input'];
  input: ResolvePetitionInput;
};


export type MutationSetHolidayYearArgs = {
  input: SetHolidayYearInput;
};


export type MutationStartPetitionArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<TransitionInput>;
};


export type MutationSubmitPetitionArgs = {
  input: SubmitPetitionInput;
};


export type MutationTransferPetitionArgs = {
  id: Scalars['ID']['input'];
  input: TransferPetitionInput;
};


export type MutationUpdateReceptionScheduleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateReceptionScheduleInput;
};


export type MutationUpdateRoutingRuleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRoutingRuleInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Petition = {
  __typename?: 'Petition';
  acceptedOn?: Maybe<Scalars['Date']['output']>;
  /** Where in the unit (street address), when given */
  address?: Maybe<Scalars['String']['output']>;
  /**
   * The competent agency leading the case.
   * Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  agency?: Maybe<Agency>;
  attachments: Array<Attachment>;
  category: PetitionCategory;
  channel: PetitionChannel;
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** Decided at acceptance (null before) */
  complexity?: Maybe<CaseComplexity>;
  /**
   * Agencies cooperating with the lead one.
   * Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  cooperatingAgencies?: Maybe<Array<Agency>>;
  /** Distinct people who signed this case or a duplicate merged into it */
  cosignerCount: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Every statutory deadline of the case, each citing its rule */
  deadlines: Array<Deadline>;
  declineReason?: Maybe<DeclineReason>;
  description?: Maybe<Scalars['String']['output']>;
  /** The current due date (the earliest pending deadline) and why */
  due: DueDate;
  /** The session at which its answer is due (voter recommendations) */
  dueAtSession?: Maybe<CouncilSession>;
  /** Likely duplicates, for staff of the lead agency (null and FORBIDDEN for others) */
  duplicateCandidates?: Maybe<Array<DuplicateCandidate>>;
  /** Extension decisions of the resolution period (denunciations), oldest first */
  extensions: Array<DeadlineExtension>;
  /** The recommendation the National Assembly forwarded, for a case opened from one (flow F5) */
  forwardedRecommendation?: Maybe<ForwardedVoterRecommendation>;
  /** Append-only: who did what, when, and why */
  history: Array<HistoryEntry>;
  id: Scalars['ID']['output'];
  /**
   * The petitioners' identities, for handlers and leaders of the lead agency (or admins) only, who must state
   * why; every read is recorded in the identity access log. FORBIDDEN to everyone else.
   */
  identity?: Maybe<Array<Petitioner>>;
  kind: PetitionKind;
  /** The administrative unit valid on the received date where the matter is */
  location?: Maybe<AdministrativeUnit>;
  /** Duplicates merged into this case */
  mergedCases: Array<Petition>;
  /** The case this duplicate was merged into */
  mergedInto?: Maybe<Petition>;
  /** Open and its current due date has passed */
  overdue: Scalars['Boolean']['output'];
  /** Why the lead agency differs from the suggestion */
  overrideReason?: Maybe<Scalars['String']['output']>;
  /** Petitioners listed on this case */
  petitionerCount: Scalars['Int']['output'];
  /** A second complaint: the first one */
  previousCase?: Maybe<Petition>;
  receivedOn: Scalars['Date']['output'];
  reception?: Maybe<CitizenReception>;
  relatedCases: Array<Petition>;
  /** Vùng sâu, vùng xa: a remote or hard-to-reach area, decided at acceptance (complaints) */
  remote: Scalars['Boolean']['output'];
  resolution?: Maybe<CaseResolution>;
  /** The routing rule behind the suggestion */
  routingRuleId?: Maybe<Scalars['String']['output']>;
  /** The petitioner's satisfaction with the outcome, once recorded after resolution */
  satisfaction?: Maybe<PetitionSatisfaction>;
  /** A first complaint: its second one */
  secondComplaint?: Maybe<Petition>;
  startedOn?: Maybe<Scalars['Date']['output']>;
  status: PetitionStatus;
  subject: Scalars['String']['output'];
  /** What the routing table suggested at intake */
  suggestedAgency?: Maybe<Agency>;
  /** Denunciations: verification is needed, so initial handling may take 10 working days instead of 7 */
  verificationNeeded: Scalars['Boolean']['output'];
  /** The voter meeting that raised it (voter recommendations) */
  voterMeeting?: Maybe<VoterMeeting>;
};


export type PetitionIdentityArgs = {
  purpose: Scalars['String']['input'];
};

export type PetitionCategory =
  | 'CONSTRUCTION_URBAN_ORDER'
  | 'EDUCATION'
  | 'ENVIRONMENT'
  | 'HEALTH'
  | 'LAND_HOUSING'
  | 'MISCONDUCT_CORRUPTION'
  | 'OTHER'
  | 'SOCIAL_POLICY'
  | 'TRANSPORT';

export type PetitionChannel =
  | 'CITIZEN_RECEPTION'
  /** Forwarded by another body, the National Assembly among them */
  | 'FORWARDED'
  | 'MAIL'
  | 'ONLINE'
  | 'SUPERVISION'
  | 'VOTER_MEETING';

export type PetitionConnection = {
  __typename?: 'PetitionConnection';
  edges: Array<PetitionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PetitionCounts = {
  __typename?: 'PetitionCounts';
  byAgency: Array<AgencyCountBucket>;
  byCategory: Array<CountBucket>;
  byStatus: Array<CountBucket>;
  total: Scalars['Int']['output'];
};

export type PetitionEdge = {
  __typename?: 'PetitionEdge';
  cursor: Scalars['String']['output'];
  node: Petition;
};

export type PetitionFilter = {
  /**
   * With administrativeUnitId: the place across the reform — also the cases of the units it was formed from (and
   * theirs), and of the units formed from it (a district's through its wards and communes): a ward's cases before and
   * after 1 July 2025 in one list
   */
  acrossReform?: InputMaybe<Scalars['Boolean']['input']>;
  /** The unit the case was located in (valid on its day) */
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** The lead agency */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<PetitionCategory>;
  channel?: InputMaybe<PetitionChannel>;
  /** An agency cooperating on the case */
  cooperatingAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Current due date strictly before this day */
  dueBefore?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<PetitionKind>;
  /** Open cases past their due date (true), or all others (false) */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  receivedFrom?: InputMaybe<Scalars['Date']['input']>;
  receivedTo?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<PetitionStatus>;
  /** Words that must all appear in the subject, description or address (accent- and case-insensitive) */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type PetitionKind =
  /** Khiếu nại — complaint, first resolution */
  | 'COMPLAINT'
  /** Tố cáo — denunciation */
  | 'DENUNCIATION'
  /** Phản ánh — feedback */
  | 'FEEDBACK'
  /** Kiến nghị — recommendation */
  | 'RECOMMENDATION'
  /** Khiếu nại lần hai — complaint, second resolution */
  | 'SECOND_COMPLAINT'
  /** Kiến nghị cử tri — voter recommendation */
  | 'VOTER_RECOMMENDATION';

export type PetitionOrder =
  /** Earliest current due date first; cases without one last */
  | 'DUE_ASC'
  /** Newest received first */
  | 'RECEIVED_DESC';

/** Mức độ hài lòng — how satisfied the petitioner said they were with a resolved case. */
export type PetitionSatisfaction = {
  __typename?: 'PetitionSatisfaction';
  /** How the petitioner told it (the case's channel or another) */
  channel: PetitionChannel;
  level: SatisfactionLevel;
  /** The staff member who recorded it (user id) */
  recordedBy: Scalars['String']['output'];
  /**
   * The agency of the staff member.
   * Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  recordedByAgency?: Maybe<Agency>;
  recordedOn: Scalars['Date']['output'];
  /**
   * A DISSATISFIED first complaint not yet taken further: the last day to lodge the second complaint, 30 days (45 in
   * remote areas) after the resolution moved off days off (Law on Complaints 2011, art. 33; indicative, the law
   * counts from the day the decision was received). Null otherwise.
   */
  secondComplaintOpenUntil?: Maybe<Scalars['Date']['output']>;
};

export type PetitionStatus =
  /** Thụ lý */
  | 'ACCEPTED'
  | 'CLOSED'
  /** Không thụ lý (see declineReason) */
  | 'DECLINED'
  | 'IN_PROGRESS'
  | 'RECEIVED'
  | 'RESOLVED';

/** A petitioner or co-signer (người khiếu nại, tố cáo, kiến nghị). Personal data; the denouncer's is secret. */
export type Petitioner = {
  __typename?: 'Petitioner';
  address?: Maybe<Scalars['String']['output']>;
  fullName: Scalars['String']['output'];
  /** The first petitioner leads (người đại diện) */
  lead: Scalars['Boolean']['output'];
  nationalId?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
};

export type PetitionerInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  fullName: Scalars['String']['input'];
  /** Căn cước / CMND or passport number */
  nationalId?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The city's one record of what citizens ask of the four bodies: citizen reception, complaints,
 * denunciations, recommendations, feedback and voter recommendations — intake, routing, deadlines, resolution.
 */
export type Query = {
  __typename?: 'Query';
  citizenReception?: Maybe<CitizenReception>;
  /** Null when the petitions subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  citizenReceptions?: Maybe<CitizenReceptionConnection>;
  /**
   * Likely duplicates of a case (same petitioner, or similar text in the same unit and category). Staff of its lead agency.
   * Null when the petitions subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  duplicateCandidates?: Maybe<Array<DuplicateCandidate>>;
  /**
   * The holiday calendar deadlines are computed with, one entry per year (ascending, optionally from/to a year):
   * the built-in years (2024–2027) with the years an administrator set over them.
   * Null when the petitions subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  holidayYears?: Maybe<Array<HolidayYear>>;
  /**
   * Every read of petitioners' identities, most recent first (admins).
   * Null when the petitions subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  identityAccessLog?: Maybe<IdentityAccessConnection>;
  petition?: Maybe<Petition>;
  /**
   * Dashboard counts of the cases a filter matches, by status, lead agency and category.
   * Null when the petitions subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  petitionCounts?: Maybe<PetitionCounts>;
  /**
   * Cases matching a filter, newest received first or earliest due first (cases without a due date last).
   * Null when the petitions subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  petitions?: Maybe<PetitionConnection>;
  /**
   * The cases a filter matches as CSV (RFC 4180, header row, CRLF), newest first, at most 50,000 rows.
   * Nothing about petitioners is exported. Analysts, leaders and admins.
   * Null when the petitions subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  petitionsCsv?: Maybe<Scalars['String']['output']>;
  /**
   * The citizen-reception days from `from` to `to` (both included; at most 366 days, else BAD_USER_INPUT on `to`) of
   * the schedules an agency hosts or takes part in (every agency's when omitted), of a kind, in date order: each day
   * with the leaders on duty and place of its schedule, and the session recorded on it once held.
   * Null when the petitions subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  receptionDays?: Maybe<Array<ReceptionDay>>;
  /** A reception schedule (lịch tiếp công dân). */
  receptionSchedule?: Maybe<ReceptionSchedule>;
  /**
   * Reception schedules, latest start first: those an agency hosts or takes part in, of a kind; cancelled ones only
   * with `includeCancelled`. Null when the petitions subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  receptionSchedules?: Maybe<ReceptionScheduleConnection>;
  /**
   * The routing table (at most one rule per kind × category × level, so a short list).
   * Null when the petitions subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  routingRules?: Maybe<Array<RoutingRule>>;
  /** The agency the routing table suggests for a case of this kind and category located in this unit (on `on`, default today). */
  suggestAgency?: Maybe<AgencySuggestion>;
};


/**
 * The city's one record of what citizens ask of the four bodies: citizen reception, complaints,
 * denunciations, recommendations, feedback and voter recommendations — intake, routing, deadlines, resolution.
 */
export type QueryCitizenReceptionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The city's one record of what citizens ask of the four bodies: citizen reception, complaints,
 * denunciations, recommendations, feedback and voter recommendations — intake, routing, deadlines, resolution.
 */
export type QueryCitizenReceptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CitizenReceptionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The city's one record of what citizens ask of the four bodies: citizen reception, complaints,
 * denunciations, recommendations, feedback and voter recommendations — intake, routing, deadlines, resolution.
 */
export type QueryDuplicateCandidatesArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The city's one record of what citizens ask of the four bodies: citizen reception, complaints,
 * denunciations, recommendations, feedback and voter recommendations — intake, routing, deadlines, resolution.
 */
export type QueryHolidayYearsArgs = {
  from?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The city's one record of what citizens ask of the four bodies: citizen reception, complaints,
 * denunciations, recommendations, feedback and voter recommendations — intake, routing, deadlines, resolution.
 */
export type QueryIdentityAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  caseId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The city's one record of what citizens ask of the four bodies: citizen reception, complaints,
 * denunciations, recommendations, feedback and voter recommendations — intake, routing, deadlines, resolution.
 */
export type QueryPetitionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The city's one record of what citizens ask of the four bodies: citizen reception, complaints,
 * denunciations, recommendations, feedback and voter recommendations — intake, routing, deadlines, resolution.
 */
export type QueryPetitionCountsArgs = {
  filter?: InputMaybe<PetitionFilter>;
};


/**
 * The city's one record of what citizens ask of the four bodies: citizen reception, complaints,
 * denunciations, recommendations, feedback and voter recommendations — intake, routing, deadlines, resolution.
 */
export type QueryPetitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PetitionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PetitionOrder>;
};


/**
 * The city's one record of what citizens ask of the four bodies: citizen reception, complaints,
 * denunciations, recommendations, feedback and voter recommendations — intake, routing, deadlines, resolution.
 */
export type QueryPetitionsCsvArgs = {
  filter?: InputMaybe<PetitionFilter>;
};


/**
 * The city's one record of what citizens ask of the four bodies: citizen reception, complaints,
 * denunciations, recommendations, feedback and voter recommendations — intake, routing, deadlines, resolution.
 */
export type QueryReceptionDaysArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  kind?: InputMaybe<ReceptionScheduleKind>;
  to: Scalars['Date']['input'];
};


/**
 * The city's one record of what citizens ask of the four bodies: citizen reception, complaints,
 * denunciations, recommendations, feedback and voter recommendations — intake, routing, deadlines, resolution.
 */
export type QueryReceptionScheduleArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The city's one record of what citizens ask of the four bodies: citizen reception, complaints,
 * denunciations, recommendations, feedback and voter recommendations — intake, routing, deadlines, resolution.
 */
export type QueryReceptionSchedulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReceptionScheduleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The city's one record of what citizens ask of the four bodies: citizen reception, complaints,
 * denunciations, recommendations, feedback and voter recommendations — intake, routing, deadlines, resolution.
 */
export type QueryRoutingRulesArgs = {
  category?: InputMaybe<PetitionCategory>;
  kind?: InputMaybe<PetitionKind>;
  level?: InputMaybe<RoutingLevel>;
};


/**
 * The city's one record of what citizens ask of the four bodies: citizen reception, complaints,
 * denunciations, recommendations, feedback and voter recommendations — intake, routing, deadlines, resolution.
 */
export type QuerySuggestAgencyArgs = {
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  category: PetitionCategory;
  kind: PetitionKind;
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** One reception day of a schedule. */
export type ReceptionDay = {
  __typename?: 'ReceptionDay';
  /** The day the rule named, when a day off moved it */
  movedFrom?: Maybe<Scalars['Date']['output']>;
  on: Scalars['Date']['output'];
  /** The session recorded on this day of the schedule, once held */
  reception?: Maybe<CitizenReception>;
  schedule: ReceptionSchedule;
};

/**
 * A rule giving a schedule's days. A day it gives that is not a working day (weekend, holiday, nghỉ bù) moves to the
 * next working day (the holiday calendar; a year without data counts weekends only).
 */
export type ReceptionRecurrence = {
  __typename?: 'ReceptionRecurrence';
  /** MONTHLY_ON_DAY: 1–31 */
  dayOfMonth?: Maybe<Scalars['Int']['output']>;
  kind: ReceptionRecurrenceKind;
  /** MONTHLY_ON_WEEKDAY: 1–4, or -1 for the last */
  weekOfMonth?: Maybe<Scalars['Int']['output']>;
  /** MONTHLY_ON_WEEKDAY, WEEKLY: ISO weekday, 1 = Monday … 7 = Sunday */
  weekday?: Maybe<Scalars['Int']['output']>;
};

export type ReceptionRecurrenceInput = {
  dayOfMonth?: InputMaybe<Scalars['Int']['input']>;
  kind: ReceptionRecurrenceKind;
  weekOfMonth?: InputMaybe<Scalars['Int']['input']>;
  weekday?: InputMaybe<Scalars['Int']['input']>;
};

export type ReceptionRecurrenceKind =
  /** Day `dayOfMonth` of every month (its last day in a shorter month) */
  | 'MONTHLY_ON_DAY'
  /** The `weekOfMonth`-th (or last, -1) `weekday` of every month */
  | 'MONTHLY_ON_WEEKDAY'
  /** Every `weekday` */
  | 'WEEKLY';

/**
 * Lịch tiếp công dân — when a body's leaders receive citizens (Law on Citizen Reception 2013, arts. 12–16: e.g. the
 * chair of the People's Committee at least one day a month) or the bodies' joint reception days, with the leaders on
 * duty and the place. Its days are a rule (`recurrence`) or a list (`dates`), from `validFrom` to `validTo`, none from
 * `cancelledOn` on.
 */
export type ReceptionSchedule = {
  __typename?: 'ReceptionSchedule';
  cancelReason?: Maybe<Scalars['String']['output']>;
  cancelledOn?: Maybe<Scalars['Date']['output']>;
  /** The days themselves, when not given by a rule, ascending */
  dates: Array<Scalars['Date']['output']>;
  /**
   * The body that holds the reception.
   * Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  hostAgency?: Maybe<Agency>;
  id: Scalars['ID']['output'];
  kind: ReceptionScheduleKind;
  leaders: Array<LeaderOnDuty>;
  /**
   * JOINT: the other bodies taking part.
   * Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  participatingAgencies?: Maybe<Array<Agency>>;
  place: Scalars['String']['output'];
  /**
   * Sessions held on its days, oldest first: `first` of them (default 20, at most 100; more is refused with
   * `BAD_USER_INPUT`, field `first`), after the session whose id is `after` (the last of the previous page; an unknown
   * id is refused, field `after`).
   */
  receptions: Array<CitizenReception>;
  recurrence?: Maybe<ReceptionRecurrence>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  validFrom: Scalars['Date']['output'];
  /** Null: until further notice */
  validTo?: Maybe<Scalars['Date']['output']>;
};


/**
 * Lịch tiếp công dân — when a body's leaders receive citizens (Law on Citizen Reception 2013, arts. 12–16: e.g. the
 * chair of the People's Committee at least one day a month) or the bodies' joint reception days, with the leaders on
 * duty and the place. Its days are a rule (`recurrence`) or a list (`dates`), from `validFrom` to `validTo`, none from
 * `cancelledOn` on.
 */
export type ReceptionScheduleReceptionsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ReceptionScheduleConnection = {
  __typename?: 'ReceptionScheduleConnection';
  edges: Array<ReceptionScheduleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReceptionScheduleEdge = {
  __typename?: 'ReceptionScheduleEdge';
  cursor: Scalars['String']['output'];
  node: ReceptionSchedule;
};

export type ReceptionScheduleFilter = {
  /** Schedules this agency hosts or takes part in */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  includeCancelled?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<ReceptionScheduleKind>;
};

export type ReceptionScheduleKind =
  /** Tiếp công dân liên ngành — several bodies receive together (the coordination regulation's joint days) */
  | 'JOINT'
  /** Tiếp công dân định kỳ — one body's own regular days */
  | 'REGULAR';

export type RecordCitizenReceptionInput = {
  citizensReceived: Scalars['Int']['input'];
  heldOn: Scalars['Date']['input'];
  hostAgencyId: Scalars['ID']['input'];
  leaders: Array<Scalars['String']['input']>;
  place: Scalars['String']['input'];
  /**
   * The reception schedule whose day this session held: `heldOn` must be one of its days and the host one of its
   * bodies (BAD_USER_INPUT on the field at fault), NOT_FOUND when there is no such schedule.
   */
  receptionScheduleId?: InputMaybe<Scalars['ID']['input']>;
};

export type RecordSatisfactionInput = {
  /** Default: the case's channel */
  channel?: InputMaybe<PetitionChannel>;
  level: SatisfactionLevel;
  /** Not in the future, not before the resolution */
  recordedOn: Scalars['Date']['input'];
  /** DISSATISFIED on a COMPLAINT only: the second complaint the petitioner lodges now */
  secondComplaint?: InputMaybe<ReopenAsSecondComplaintInput>;
};

export type ReopenAsSecondComplaintInput = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  attachments?: InputMaybe<Array<AttachmentInput>>;
  /** Defaults to the first complaint's channel */
  channel?: InputMaybe<PetitionChannel>;
  description?: InputMaybe<Scalars['String']['input']>;
  overrideReason?: InputMaybe<Scalars['String']['input']>;
  receivedOn: Scalars['Date']['input'];
  /** Defaults to 'Khiếu nại lần hai: ' and the first complaint's subject */
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type ResolvePetitionInput = {
  kind: CaseResolutionKind;
  resolvedOn: Scalars['Date']['input'];
  text: Scalars['String']['input'];
};

/** The level of the unit a case is located in: a rule of the routing table applies to one level. */
export type RoutingLevel =
  | 'CITY'
  /** Phường, xã */
  | 'COMMUNE'
  /** Quận, huyện, thị xã (before 1 July 2025) */
  | 'DISTRICT';

/** A rule of the routing table: cases of this kind and category at this level go to this agency. */
export type RoutingRule = {
  __typename?: 'RoutingRule';
  /** The agency, when the target is a fixed one */
  agency?: Maybe<Agency>;
  /** Null: any category without a rule of its own */
  category?: Maybe<PetitionCategory>;
  /** kind.category.level, e.g. COMPLAINT.ANY.COMMUNE */
  id: Scalars['ID']['output'];
  kind: PetitionKind;
  legalBasis: Scalars['String']['output'];
  level: RoutingLevel;
  /** An agency id, or COMMUNE_COMMITTEE_OF_UNIT (the People's Committee governing the case's unit) */
  target: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type SatisfactionLevel =
  /** Không hài lòng */
  | 'DISSATISFIED'
  /** Hài lòng một phần */
  | 'PARTLY'
  /** Hài lòng */
  | 'SATISFIED';

export type SetHolidayYearInput = {
  /** Weekdays off (holidays, compensatory and swapped days); every date inside the year, at most 60 */
  daysOff: Array<Scalars['Date']['input']>;
  /** Saturdays or Sundays worked (ngày làm bù), at most 20 */
  makeUpWorkingDays: Array<Scalars['Date']['input']>;
  /** True while the government has not announced the year (default false) */
  provisional?: InputMaybe<Scalars['Boolean']['input']>;
  /** The decision or notice announcing it */
  source?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

export type SubmitPetitionInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** Must be valid on receivedOn */
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** The lead agency; the routing table's suggestion when absent */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 20 */
  attachments?: InputMaybe<Array<AttachmentInput>>;
  category: PetitionCategory;
  channel: PetitionChannel;
  cooperatingAgencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At most 20,000 characters */
  description?: InputMaybe<Scalars['String']['input']>;
  kind: PetitionKind;
  /** Required when agencyId differs from the suggestion */
  overrideReason?: InputMaybe<Scalars['String']['input']>;
  /** One or many (≤ 50); the first is the lead */
  petitioners?: InputMaybe<Array<PetitionerInput>>;
  receivedOn: Scalars['Date']['input'];
  receptionId?: InputMaybe<Scalars['ID']['input']>;
  relatedCaseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At most 500 characters */
  subject: Scalars['String']['input'];
  /** Denunciations only: verification is needed (initial handling up to 10 working days instead of 7) */
  verificationNeeded?: InputMaybe<Scalars['Boolean']['input']>;
};

export type TransferPetitionInput = {
  reason: Scalars['String']['input'];
  toAgencyId: Scalars['ID']['input'];
};

export type TransitionInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  /** The day it happened (default today); not before receipt, not in the future */
  on?: InputMaybe<Scalars['Date']['input']>;
};

export type UpdateReceptionScheduleInput = {
  dates?: InputMaybe<Array<Scalars['Date']['input']>>;
  leaders: Array<LeaderOnDutyInput>;
  participatingAgencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  place: Scalars['String']['input'];
  recurrence?: InputMaybe<ReceptionRecurrenceInput>;
  title: Scalars['String']['input'];
  validFrom: Scalars['Date']['input'];
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type UpdateRoutingRuleInput = {
  agencyId: Scalars['ID']['input'];
  legalBasis: Scalars['String']['input'];
};

/** A voter meeting (owned by front); petitions adds the cases opened from its recommendations (flow F1). */
export type VoterMeeting = {
  __typename?: 'VoterMeeting';
  id: Scalars['ID']['output'];
  /**
   * The cases opened from its recommendations, in the order they were raised: `first` of them (default 20, at most 100;
   * more is refused with `BAD_USER_INPUT`, field `first`), after the case whose id is `after` (the last of the previous
   * page; an unknown id is refused, field `after`). Cases the caller may not see are left out.
   * Null when the petitions subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  recommendationCases?: Maybe<Array<Petition>>;
};


/** A voter meeting (owned by front); petitions adds the cases opened from its recommendations (flow F1). */
export type VoterMeetingRecommendationCasesArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Agency: Agency;
  CitizenReception: CitizenReception;
  CouncilSession: CouncilSession;
  ForwardedVoterRecommendation: ForwardedVoterRecommendation;
  Petition: Petition;
  ReceptionSchedule: ReceptionSchedule;
  VoterMeeting: VoterMeeting;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Agency:
    ( { __typename: 'Agency' }
    & GraphQLRecursivePick<FederationTypes['Agency'], {"id":true}> );
  CitizenReception:
    ( { __typename: 'CitizenReception' }
    & GraphQLRecursivePick<FederationTypes['CitizenReception'], {"id":true}> );
  CouncilSession:
    ( { __typename: 'CouncilSession' }
    & GraphQLRecursivePick<FederationTypes['CouncilSession'], {"id":true}> );
  ForwardedVoterRecommendation:
    ( { __typename: 'ForwardedVoterRecommendation' }
    & GraphQLRecursivePick<FederationTypes['ForwardedVoterRecommendation'], {"id":true}> );
  Petition:
    ( { __typename: 'Petition' }
    & GraphQLRecursivePick<FederationTypes['Petition'], {"id":true}> );
  ReceptionSchedule:
    ( { __typename: 'ReceptionSchedule' }
    & GraphQLRecursivePick<FederationTypes['ReceptionSchedule'], {"id":true}> );
  VoterMeeting:
    ( { __typename: 'VoterMeeting' }
    & GraphQLRecursivePick<FederationTypes['VoterMeeting'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptPetitionInput: AcceptPetitionInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AdministrativeUnit: ResolverTypeWrapper<EntityReferenceMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Agency: ResolverTypeWrapper<EntityReferenceMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AgencyCaseFilter: AgencyCaseFilter;
  AgencyCountBucket: ResolverTypeWrapper<CountBucketParentMapper>;
  AgencySuggestion: ResolverTypeWrapper<AgencySuggestionParentMapper>;
  Attachment: ResolverTypeWrapper<Attachment>;
  AttachmentInput: AttachmentInput;
  CancelReceptionScheduleInput: CancelReceptionScheduleInput;
  CaseComplexity: CaseComplexity;
  CaseResolution: ResolverTypeWrapper<CaseResolution>;
  CaseResolutionKind: CaseResolutionKind;
  CitizenReception: ResolverTypeWrapper<CitizenReceptionDocMapper>;
  CitizenReceptionConnection: ResolverTypeWrapper<CitizenReceptionPageMapper>;
  CitizenReceptionEdge: ResolverTypeWrapper<Omit<CitizenReceptionEdge, 'node'> & { node: ResolversTypes['CitizenReception'] }>;
  CitizenReceptionFilter: CitizenReceptionFilter;
  CouncilSession: ResolverTypeWrapper<EntityReferenceMapper>;
  CountBucket: ResolverTypeWrapper<CountBucketParentMapper>;
  CreateReceptionScheduleInput: CreateReceptionScheduleInput;
  CreateRoutingRuleInput: CreateRoutingRuleInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deadline: ResolverTypeWrapper<DeadlineViewMapper>;
  DeadlineExtension: ResolverTypeWrapper<DeadlineExtension>;
  DeadlineKind: DeadlineKind;
  DeclinePetitionInput: DeclinePetitionInput;
  DeclineReason: ResolverTypeWrapper<DeclineReason>;
  DeclineReasonCode: DeclineReasonCode;
  DueDate: ResolverTypeWrapper<DueDate>;
  DuplicateCandidate: ResolverTypeWrapper<DuplicateCandidateMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DuplicateReason: DuplicateReason;
  ExtendResolutionDeadlineInput: ExtendResolutionDeadlineInput;
  ForwardedVoterRecommendation: ResolverTypeWrapper<EntityReferenceMapper>;
  HistoryEntry: ResolverTypeWrapper<HistoryEntryMapper>;
  HolidayDayOff: ResolverTypeWrapper<HolidayDayOff>;
  HolidayDayOffKind: HolidayDayOffKind;
  HolidayYear: ResolverTypeWrapper<StoredHolidayYearMapper>;
  HolidayYearOrigin: HolidayYearOrigin;
  IdentityAccess: ResolverTypeWrapper<IdentityAccessDocMapper>;
  IdentityAccessConnection: ResolverTypeWrapper<IdentityAccessPageMapper>;
  IdentityAccessEdge: ResolverTypeWrapper<Omit<IdentityAccessEdge, 'node'> & { node: ResolversTypes['IdentityAccess'] }>;
  LeaderOnDuty: ResolverTypeWrapper<LeaderOnDuty>;
  LeaderOnDutyInput: LeaderOnDutyInput;
  MakeUpWorkingDay: ResolverTypeWrapper<MakeUpWorkingDay>;
  MergePetitionsInput: MergePetitionsInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Petition: ResolverTypeWrapper<PetitionDocMapper>;
  PetitionCategory: PetitionCategory;
  PetitionChannel: PetitionChannel;
  PetitionConnection: ResolverTypeWrapper<PetitionPageMapper>;
  PetitionCounts: ResolverTypeWrapper<PetitionCountsParentMapper>;
  PetitionEdge: ResolverTypeWrapper<Omit<PetitionEdge, 'node'> & { node: ResolversTypes['Petition'] }>;
  PetitionFilter: PetitionFilter;
  PetitionKind: PetitionKind;
  PetitionOrder: PetitionOrder;
  PetitionSatisfaction: ResolverTypeWrapper<SatisfactionMapper>;
  PetitionStatus: PetitionStatus;
  Petitioner: ResolverTypeWrapper<Petitioner>;
  PetitionerInput: PetitionerInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceptionDay: ResolverTypeWrapper<ScheduledReceptionDayMapper>;
  ReceptionRecurrence: ResolverTypeWrapper<ReceptionRecurrence>;
  ReceptionRecurrenceInput: ReceptionRecurrenceInput;
  ReceptionRecurrenceKind: ReceptionRecurrenceKind;
  ReceptionSchedule: ResolverTypeWrapper<ReceptionScheduleDocMapper>;
  ReceptionScheduleConnection: ResolverTypeWrapper<ReceptionSchedulePageMapper>;
  ReceptionScheduleEdge: ResolverTypeWrapper<Omit<ReceptionScheduleEdge, 'node'> & { node: ResolversTypes['ReceptionSchedule'] }>;
  ReceptionScheduleFilter: ReceptionScheduleFilter;
  ReceptionScheduleKind: ReceptionScheduleKind;
  RecordCitizenReceptionInput: RecordCitizenReceptionInput;
  RecordSatisfactionInput: RecordSatisfactionInput;
  ReopenAsSecondComplaintInput: ReopenAsSecondComplaintInput;
  ResolvePetitionInput: ResolvePetitionInput;
  RoutingLevel: RoutingLevel;
  RoutingRule: ResolverTypeWrapper<RoutingRuleDocMapper>;
  SatisfactionLevel: SatisfactionLevel;
  SetHolidayYearInput: SetHolidayYearInput;
  SubmitPetitionInput: SubmitPetitionInput;
  TransferPetitionInput: TransferPetitionInput;
  TransitionInput: TransitionInput;
  UpdateReceptionScheduleInput: UpdateReceptionScheduleInput;
  UpdateRoutingRuleInput: UpdateRoutingRuleInput;
  VoterMeeting: ResolverTypeWrapper<EntityReferenceMapper>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptPetitionInput: AcceptPetitionInput;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  AdministrativeUnit: EntityReferenceMapper;
  ID: Scalars['ID']['output'];
  Agency: EntityReferenceMapper;
  Int: Scalars['Int']['output'];
  AgencyCaseFilter: AgencyCaseFilter;
  AgencyCountBucket: CountBucketParentMapper;
  AgencySuggestion: AgencySuggestionParentMapper;
  Attachment: Attachment;
  AttachmentInput: AttachmentInput;
  CancelReceptionScheduleInput: CancelReceptionScheduleInput;
  CaseResolution: CaseResolution;
  CitizenReception: CitizenReceptionDocMapper;
  CitizenReceptionConnection: CitizenReceptionPageMapper;
  CitizenReceptionEdge: Omit<CitizenReceptionEdge, 'node'> & { node: ResolversParentTypes['CitizenReception'] };
  CitizenReceptionFilter: CitizenReceptionFilter;
  CouncilSession: EntityReferenceMapper;
  CountBucket: CountBucketParentMapper;
  CreateReceptionScheduleInput: CreateReceptionScheduleInput;
  CreateRoutingRuleInput: CreateRoutingRuleInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deadline: DeadlineViewMapper;
  DeadlineExtension: DeadlineExtension;
  DeclinePetitionInput: DeclinePetitionInput;
  DeclineReason: DeclineReason;
  DueDate: DueDate;
  DuplicateCandidate: DuplicateCandidateMapper;
  Float: Scalars['Float']['output'];
  ExtendResolutionDeadlineInput: ExtendResolutionDeadlineInput;
  ForwardedVoterRecommendation: EntityReferenceMapper;
  HistoryEntry: HistoryEntryMapper;
  HolidayDayOff: HolidayDayOff;
  HolidayYear: StoredHolidayYearMapper;
  IdentityAccess: IdentityAccessDocMapper;
  IdentityAccessConnection: IdentityAccessPageMapper;
  IdentityAccessEdge: Omit<IdentityAccessEdge, 'node'> & { node: ResolversParentTypes['IdentityAccess'] };
  LeaderOnDuty: LeaderOnDuty;
  LeaderOnDutyInput: LeaderOnDutyInput;
  MakeUpWorkingDay: MakeUpWorkingDay;
  MergePetitionsInput: MergePetitionsInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Petition: PetitionDocMapper;
  PetitionConnection: PetitionPageMapper;
  PetitionCounts: PetitionCountsParentMapper;
  PetitionEdge: Omit<PetitionEdge, 'node'> & { node: ResolversParentTypes['Petition'] };
  PetitionFilter: PetitionFilter;
  PetitionSatisfaction: SatisfactionMapper;
  Petitioner: Petitioner;
  PetitionerInput: PetitionerInput;
  Query: Record<PropertyKey, never>;
  ReceptionDay: ScheduledReceptionDayMapper;
  ReceptionRecurrence: ReceptionRecurrence;
  ReceptionRecurrenceInput: ReceptionRecurrenceInput;
  ReceptionSchedule: ReceptionScheduleDocMapper;
  ReceptionScheduleConnection: ReceptionSchedulePageMapper;
  ReceptionScheduleEdge: Omit<ReceptionScheduleEdge, 'node'> & { node: ResolversParentTypes['ReceptionSchedule'] };
  ReceptionScheduleFilter: ReceptionScheduleFilter;
  RecordCitizenReceptionInput: RecordCitizenReceptionInput;
  RecordSatisfactionInput: RecordSatisfactionInput;
  ReopenAsSecondComplaintInput: ReopenAsSecondComplaintInput;
  ResolvePetitionInput: ResolvePetitionInput;
  RoutingRule: RoutingRuleDocMapper;
  SetHolidayYearInput: SetHolidayYearInput;
  SubmitPetitionInput: SubmitPetitionInput;
  TransferPetitionInput: TransferPetitionInput;
  TransitionInput: TransitionInput;
  UpdateReceptionScheduleInput: UpdateReceptionScheduleInput;
  UpdateRoutingRuleInput: UpdateRoutingRuleInput;
  VoterMeeting: EntityReferenceMapper;
};

export type AdministrativeUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdministrativeUnit'] = ResolversParentTypes['AdministrativeUnit']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency'], FederationReferenceType extends FederationReferenceTypes['Agency'] = FederationReferenceTypes['Agency']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agency']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cases?: Resolver<Maybe<ResolversTypes['PetitionConnection']>, ParentType, ContextType, Partial<AgencyCasesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openCaseCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgencyCountBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyCountBucket'] = ResolversParentTypes['AgencyCountBucket']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AgencySuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencySuggestion'] = ResolversParentTypes['AgencySuggestion']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['RoutingRule'], ParentType, ContextType>;
};

export type AttachmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = {
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseResolutionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseResolution'] = ResolversParentTypes['CaseResolution']> = {
  assignmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CaseResolutionKind'], ParentType, ContextType>;
  resolvedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CitizenReceptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitizenReception'] = ResolversParentTypes['CitizenReception'], FederationReferenceType extends FederationReferenceTypes['CitizenReception'] = FederationReferenceTypes['CitizenReception']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CitizenReception']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Petition']>, ParentType, ContextType>;
  citizensReceived?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hostAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leaders?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schedule?: Resolver<Maybe<ResolversTypes['ReceptionSchedule']>, ParentType, ContextType>;
};

export type CitizenReceptionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitizenReceptionConnection'] = ResolversParentTypes['CitizenReceptionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CitizenReceptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CitizenReceptionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitizenReceptionEdge'] = ResolversParentTypes['CitizenReceptionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CitizenReception'], ParentType, ContextType>;
};

export type CouncilSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilSession'] = ResolversParentTypes['CouncilSession'], FederationReferenceType extends FederationReferenceTypes['CouncilSession'] = FederationReferenceTypes['CouncilSession']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilSession']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  voterRecommendationsDue?: Resolver<Maybe<Array<ResolversTypes['Petition']>>, ParentType, ContextType, Partial<CouncilSessionVoterRecommendationsDueArgs>>;
};

export type CountBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountBucket'] = ResolversParentTypes['CountBucket']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeadlineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Deadline'] = ResolversParentTypes['Deadline']> = {
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  daysLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DeadlineKind'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  missed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DeadlineExtensionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeadlineExtension'] = ResolversParentTypes['DeadlineExtension']> = {
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decisionRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DeclineReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeclineReason'] = ResolversParentTypes['DeclineReason']> = {
  code?: Resolver<ResolversTypes['DeclineReasonCode'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DueDateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DueDate'] = ResolversParentTypes['DueDate']> = {
  kind?: Resolver<Maybe<ResolversTypes['DeadlineKind']>, ParentType, ContextType>;
  on?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ruleId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DuplicateCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateCandidate'] = ResolversParentTypes['DuplicateCandidate']> = {
  petition?: Resolver<ResolversTypes['Petition'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['DuplicateReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ForwardedVoterRecommendationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForwardedVoterRecommendation'] = ResolversParentTypes['ForwardedVoterRecommendation'], FederationReferenceType extends FederationReferenceTypes['ForwardedVoterRecommendation'] = FederationReferenceTypes['ForwardedVoterRecommendation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ForwardedVoterRecommendation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['Petition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type HistoryEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  caseIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['PetitionStatus']>, ParentType, ContextType>;
  fromAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['PetitionStatus']>, ParentType, ContextType>;
  toAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
};

export type HolidayDayOffResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HolidayDayOff'] = ResolversParentTypes['HolidayDayOff']> = {
  kind?: Resolver<ResolversTypes['HolidayDayOffKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type HolidayYearResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HolidayYear'] = ResolversParentTypes['HolidayYear']> = {
  daysOff?: Resolver<Array<ResolversTypes['HolidayDayOff']>, ParentType, ContextType>;
  makeUpWorkingDays?: Resolver<Array<ResolversTypes['MakeUpWorkingDay']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['HolidayYearOrigin'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IdentityAccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IdentityAccess'] = ResolversParentTypes['IdentityAccess']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  petition?: Resolver<ResolversTypes['Petition'], ParentType, ContextType>;
  petitionerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IdentityAccessConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IdentityAccessConnection'] = ResolversParentTypes['IdentityAccessConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IdentityAccessEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IdentityAccessEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IdentityAccessEdge'] = ResolversParentTypes['IdentityAccessEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IdentityAccess'], ParentType, ContextType>;
};

export type LeaderOnDutyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeaderOnDuty'] = ResolversParentTypes['LeaderOnDuty']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MakeUpWorkingDayResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MakeUpWorkingDay'] = ResolversParentTypes['MakeUpWorkingDay']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptPetition?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationAcceptPetitionArgs, 'id'>>;
  addCooperatingAgency?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationAddCooperatingAgencyArgs, 'agencyId' | 'id'>>;
  cancelReceptionSchedule?: Resolver<ResolversTypes['ReceptionSchedule'], ParentType, ContextType, RequireFields<MutationCancelReceptionScheduleArgs, 'id' | 'input'>>;
  closePetition?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationClosePetitionArgs, 'id'>>;
  createReceptionSchedule?: Resolver<ResolversTypes['ReceptionSchedule'], ParentType, ContextType, RequireFields<MutationCreateReceptionScheduleArgs, 'input'>>;
  createRoutingRule?: Resolver<ResolversTypes['RoutingRule'], ParentType, ContextType, RequireFields<MutationCreateRoutingRuleArgs, 'input'>>;
  declinePetition?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationDeclinePetitionArgs, 'id' | 'input'>>;
  deleteRoutingRule?: Resolver<ResolversTypes['RoutingRule'], ParentType, ContextType, RequireFields<MutationDeleteRoutingRuleArgs, 'id'>>;
  extendResolutionDeadline?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationExtendResolutionDeadlineArgs, 'id' | 'input'>>;
  mergePetitions?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationMergePetitionsArgs, 'input'>>;
  recordAcceptanceNotice?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationRecordAcceptanceNoticeArgs, 'id'>>;
  recordCitizenReception?: Resolver<ResolversTypes['CitizenReception'], ParentType, ContextType, RequireFields<MutationRecordCitizenReceptionArgs, 'input'>>;
  recordSatisfaction?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationRecordSatisfactionArgs, 'id' | 'input'>>;
  reopenAsSecondComplaint?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationReopenAsSecondComplaintArgs, 'id' | 'input'>>;
  resolvePetition?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationResolvePetitionArgs, 'id' | 'input'>>;
  setHolidayYear?: Resolver<ResolversTypes['HolidayYear'], ParentType, ContextType, RequireFields<MutationSetHolidayYearArgs, 'input'>>;
  startPetition?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationStartPetitionArgs, 'id'>>;
  submitPetition?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationSubmitPetitionArgs, 'input'>>;
  transferPetition?: Resolver<ResolversTypes['Petition'], ParentType, ContextType, RequireFields<MutationTransferPetitionArgs, 'id' | 'input'>>;
  updateReceptionSchedule?: Resolver<ResolversTypes['ReceptionSchedule'], ParentType, ContextType, RequireFields<MutationUpdateReceptionScheduleArgs, 'id' | 'input'>>;
  updateRoutingRule?: Resolver<ResolversTypes['RoutingRule'], ParentType, ContextType, RequireFields<MutationUpdateRoutingRuleArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PetitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Petition'] = ResolversParentTypes['Petition'], FederationReferenceType extends FederationReferenceTypes['Petition'] = FederationReferenceTypes['Petition']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Petition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['PetitionCategory'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['PetitionChannel'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  complexity?: Resolver<Maybe<ResolversTypes['CaseComplexity']>, ParentType, ContextType>;
  cooperatingAgencies?: Resolver<Maybe<Array<ResolversTypes['Agency']>>, ParentType, ContextType>;
  cosignerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadlines?: Resolver<Array<ResolversTypes['Deadline']>, ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['DeclineReason']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  due?: Resolver<ResolversTypes['DueDate'], ParentType, ContextType>;
  dueAtSession?: Resolver<Maybe<ResolversTypes['CouncilSession']>, ParentType, ContextType>;
  duplicateCandidates?: Resolver<Maybe<Array<ResolversTypes['DuplicateCandidate']>>, ParentType, ContextType>;
  extensions?: Resolver<Array<ResolversTypes['DeadlineExtension']>, ParentType, ContextType>;
  forwardedRecommendation?: Resolver<Maybe<ResolversTypes['ForwardedVoterRecommendation']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['HistoryEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identity?: Resolver<Maybe<Array<ResolversTypes['Petitioner']>>, ParentType, ContextType, RequireFields<PetitionIdentityArgs, 'purpose'>>;
  kind?: Resolver<ResolversTypes['PetitionKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  mergedCases?: Resolver<Array<ResolversTypes['Petition']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['Petition']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overrideReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  petitionerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previousCase?: Resolver<Maybe<ResolversTypes['Petition']>, ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reception?: Resolver<Maybe<ResolversTypes['CitizenReception']>, ParentType, ContextType>;
  relatedCases?: Resolver<Array<ResolversTypes['Petition']>, ParentType, ContextType>;
  remote?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['CaseResolution']>, ParentType, ContextType>;
  routingRuleId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  satisfaction?: Resolver<Maybe<ResolversTypes['PetitionSatisfaction']>, ParentType, ContextType>;
  secondComplaint?: Resolver<Maybe<ResolversTypes['Petition']>, ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PetitionStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestedAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  verificationNeeded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  voterMeeting?: Resolver<Maybe<ResolversTypes['VoterMeeting']>, ParentType, ContextType>;
};

export type PetitionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PetitionConnection'] = ResolversParentTypes['PetitionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PetitionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PetitionCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PetitionCounts'] = ResolversParentTypes['PetitionCounts']> = {
  byAgency?: Resolver<Array<ResolversTypes['AgencyCountBucket']>, ParentType, ContextType>;
  byCategory?: Resolver<Array<ResolversTypes['CountBucket']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['CountBucket']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PetitionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PetitionEdge'] = ResolversParentTypes['PetitionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Petition'], ParentType, ContextType>;
};

export type PetitionSatisfactionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PetitionSatisfaction'] = ResolversParentTypes['PetitionSatisfaction']> = {
  channel?: Resolver<ResolversTypes['PetitionChannel'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['SatisfactionLevel'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedByAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  recordedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  secondComplaintOpenUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PetitionerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Petitioner'] = ResolversParentTypes['Petitioner']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nationalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  citizenReception?: Resolver<Maybe<ResolversTypes['CitizenReception']>, ParentType, ContextType, RequireFields<QueryCitizenReceptionArgs, 'id'>>;
  citizenReceptions?: Resolver<Maybe<ResolversTypes['CitizenReceptionConnection']>, ParentType, ContextType, Partial<QueryCitizenReceptionsArgs>>;
  duplicateCandidates?: Resolver<Maybe<Array<ResolversTypes['DuplicateCandidate']>>, ParentType, ContextType, RequireFields<QueryDuplicateCandidatesArgs, 'id'>>;
  holidayYears?: Resolver<Maybe<Array<ResolversTypes['HolidayYear']>>, ParentType, ContextType, Partial<QueryHolidayYearsArgs>>;
  identityAccessLog?: Resolver<Maybe<ResolversTypes['IdentityAccessConnection']>, ParentType, ContextType, Partial<QueryIdentityAccessLogArgs>>;
  petition?: Resolver<Maybe<ResolversTypes['Petition']>, ParentType, ContextType, RequireFields<QueryPetitionArgs, 'id'>>;
  petitionCounts?: Resolver<Maybe<ResolversTypes['PetitionCounts']>, ParentType, ContextType, Partial<QueryPetitionCountsArgs>>;
  petitions?: Resolver<Maybe<ResolversTypes['PetitionConnection']>, ParentType, ContextType, RequireFields<QueryPetitionsArgs, 'orderBy'>>;
  petitionsCsv?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<QueryPetitionsCsvArgs>>;
  receptionDays?: Resolver<Maybe<Array<ResolversTypes['ReceptionDay']>>, ParentType, ContextType, RequireFields<QueryReceptionDaysArgs, 'from' | 'to'>>;
  receptionSchedule?: Resolver<Maybe<ResolversTypes['ReceptionSchedule']>, ParentType, ContextType, RequireFields<QueryReceptionScheduleArgs, 'id'>>;
  receptionSchedules?: Resolver<Maybe<ResolversTypes['ReceptionScheduleConnection']>, ParentType, ContextType, Partial<QueryReceptionSchedulesArgs>>;
  routingRules?: Resolver<Maybe<Array<ResolversTypes['RoutingRule']>>, ParentType, ContextType, Partial<QueryRoutingRulesArgs>>;
  suggestAgency?: Resolver<Maybe<ResolversTypes['AgencySuggestion']>, ParentType, ContextType, RequireFields<QuerySuggestAgencyArgs, 'category' | 'kind'>>;
};

export type ReceptionDayResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReceptionDay'] = ResolversParentTypes['ReceptionDay']> = {
  movedFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reception?: Resolver<Maybe<ResolversTypes['CitizenReception']>, ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['ReceptionSchedule'], ParentType, ContextType>;
};

export type ReceptionRecurrenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReceptionRecurrence'] = ResolversParentTypes['ReceptionRecurrence']> = {
  dayOfMonth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReceptionRecurrenceKind'], ParentType, ContextType>;
  weekOfMonth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  weekday?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ReceptionScheduleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReceptionSchedule'] = ResolversParentTypes['ReceptionSchedule'], FederationReferenceType extends FederationReferenceTypes['ReceptionSchedule'] = FederationReferenceTypes['ReceptionSchedule']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReceptionSchedule']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dates?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  hostAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReceptionScheduleKind'], ParentType, ContextType>;
  leaders?: Resolver<Array<ResolversTypes['LeaderOnDuty']>, ParentType, ContextType>;
  participatingAgencies?: Resolver<Maybe<Array<ResolversTypes['Agency']>>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receptions?: Resolver<Array<ResolversTypes['CitizenReception']>, ParentType, ContextType, Partial<ReceptionScheduleReceptionsArgs>>;
  recurrence?: Resolver<Maybe<ResolversTypes['ReceptionRecurrence']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ReceptionScheduleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReceptionScheduleConnection'] = ResolversParentTypes['ReceptionScheduleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReceptionScheduleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReceptionScheduleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReceptionScheduleEdge'] = ResolversParentTypes['ReceptionScheduleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReceptionSchedule'], ParentType, ContextType>;
};

export type RoutingRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoutingRule'] = ResolversParentTypes['RoutingRule']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['PetitionCategory']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PetitionKind'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RoutingLevel'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type VoterMeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VoterMeeting'] = ResolversParentTypes['VoterMeeting'], FederationReferenceType extends FederationReferenceTypes['VoterMeeting'] = FederationReferenceTypes['VoterMeeting']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VoterMeeting']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recommendationCases?: Resolver<Maybe<Array<ResolversTypes['Petition']>>, ParentType, ContextType, Partial<VoterMeetingRecommendationCasesArgs>>;
};

export type Resolvers<ContextType = Context> = {
  AdministrativeUnit?: AdministrativeUnitResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  AgencyCountBucket?: AgencyCountBucketResolvers<ContextType>;
  AgencySuggestion?: AgencySuggestionResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  CaseResolution?: CaseResolutionResolvers<ContextType>;
  CitizenReception?: CitizenReceptionResolvers<ContextType>;
  CitizenReceptionConnection?: CitizenReceptionConnectionResolvers<ContextType>;
  CitizenReceptionEdge?: CitizenReceptionEdgeResolvers<ContextType>;
  CouncilSession?: CouncilSessionResolvers<ContextType>;
  CountBucket?: CountBucketResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deadline?: DeadlineResolvers<ContextType>;
  DeadlineExtension?: DeadlineExtensionResolvers<ContextType>;
  DeclineReason?: DeclineReasonResolvers<ContextType>;
  DueDate?: DueDateResolvers<ContextType>;
  DuplicateCandidate?: DuplicateCandidateResolvers<ContextType>;
  ForwardedVoterRecommendation?: ForwardedVoterRecommendationResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  HolidayDayOff?: HolidayDayOffResolvers<ContextType>;
  HolidayYear?: HolidayYearResolvers<ContextType>;
  IdentityAccess?: IdentityAccessResolvers<ContextType>;
  IdentityAccessConnection?: IdentityAccessConnectionResolvers<ContextType>;
  IdentityAccessEdge?: IdentityAccessEdgeResolvers<ContextType>;
  LeaderOnDuty?: LeaderOnDutyResolvers<ContextType>;
  MakeUpWorkingDay?: MakeUpWorkingDayResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Petition?: PetitionResolvers<ContextType>;
  PetitionConnection?: PetitionConnectionResolvers<ContextType>;
  PetitionCounts?: PetitionCountsResolvers<ContextType>;
  PetitionEdge?: PetitionEdgeResolvers<ContextType>;
  PetitionSatisfaction?: PetitionSatisfactionResolvers<ContextType>;
  Petitioner?: PetitionerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReceptionDay?: ReceptionDayResolvers<ContextType>;
  ReceptionRecurrence?: ReceptionRecurrenceResolvers<ContextType>;
  ReceptionSchedule?: ReceptionScheduleResolvers<ContextType>;
  ReceptionScheduleConnection?: ReceptionScheduleConnectionResolvers<ContextType>;
  ReceptionScheduleEdge?: ReceptionScheduleEdgeResolvers<ContextType>;
  RoutingRule?: RoutingRuleResolvers<ContextType>;
  VoterMeeting?: VoterMeetingResolvers<ContextType>;
};

