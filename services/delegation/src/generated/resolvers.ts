import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference as EntityReferenceMapper } from '@hanoi/platform';
import type { NationalAssemblyDeputyDoc as NationalAssemblyDeputyDocMapper } from '../repositories/deputies';
import type { NationalAssemblyDeputyPage as NationalAssemblyDeputyPageMapper, LawConsultationPage as LawConsultationPageMapper, ForwardedVoterRecommendationPage as ForwardedVoterRecommendationPageMapper, Context } from '../resolvers-mappers';
import type { LawConsultationDoc as LawConsultationDocMapper } from '../repositories/law-consultations';
import type { ContributionDoc as ContributionDocMapper } from '../repositories/contributions';
import type { ForwardedVoterRecommendationDoc as ForwardedVoterRecommendationDocMapper } from '../repositories/forwarded-recommendations';
import type { DisseminationActivityDoc as DisseminationActivityDocMapper } from '../repositories/dissemination-activities';
import type { DisseminationActivityPage as DisseminationActivityPageMapper } from '../resolvers-laws';
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

/** An administrative unit of the directory (owned by committee). */
export type AdministrativeUnit = {
  __typename?: 'AdministrativeUnit';
  /** The unit's id */
  id: Scalars['ID']['output'];
};

/** An agency of the directory (owned by committee); the delegation adds the consultations it still owes a contribution to. */
export type Agency = {
  __typename?: 'Agency';
  /**
   * OPEN consultations that invited this agency and have no contribution from it yet, the soonest closing first.
   * Null when the delegation subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  consultationsOwed?: Maybe<Array<LawConsultation>>;
  id: Scalars['ID']['output'];
};

/** An audience of an activity: its kind and how many it reached. */
export type Audience = {
  __typename?: 'Audience';
  /** People reached */
  count: Scalars['Int']['output'];
  /** Who */
  kind: AudienceKind;
};

export type AudienceInput = {
  /** At least 1 */
  count: Scalars['Int']['input'];
  /** Who; each kind once per activity */
  kind: AudienceKind;
};

/** Đối tượng — who an activity reached. */
export type AudienceKind =
  /** Doanh nghiệp */
  | 'BUSINESSES'
  /** Cán bộ, công chức, viên chức */
  | 'CADRES_CIVIL_SERVANTS'
  /** Người đang chấp hành hình phạt tù, bị tạm giữ, tạm giam */
  | 'DETAINEES'
  /** Đồng bào dân tộc thiểu số */
  | 'ETHNIC_MINORITIES'
  /** Another audience */
  | 'OTHER'
  /** Người khuyết tật */
  | 'PEOPLE_WITH_DISABILITIES'
  /** Nhân dân, cử tri */
  | 'RESIDENTS'
  /** Học sinh, sinh viên */
  | 'STUDENTS'
  /** Người lao động */
  | 'WORKERS';

/** A candidate of an election (owned by front); the delegation adds the National Assembly deputy the candidate was elected as. */
export type Candidate = {
  __typename?: 'Candidate';
  /**
   * The National Assembly deputy this candidate was elected as (trúng cử), when recorded.
   * Null when the delegation subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  electedNationalAssemblyDeputy?: Maybe<NationalAssemblyDeputy>;
  id: Scalars['ID']['output'];
};

/** Where citizens' opinions on a draft were gathered. */
export type CitizenContributionSource =
  /** Sent online by a citizen */
  | 'ONLINE_CITIZEN'
  /** Gathered at a voter meeting (tiếp xúc cử tri) */
  | 'VOTER_MEETING';

/** Góp ý — one agency's contribution to a consultation (at most one per agency). */
export type Contribution = {
  __typename?: 'Contribution';
  /** The unit a citizen's contribution came from, when recorded */
  administrativeUnit?: Maybe<AdministrativeUnit>;
  /**
   * The contributing agency; null for a citizen's contribution (`source`).
   * Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  agency?: Maybe<Agency>;
  consultation: LawConsultation;
  content: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Submitted after the consultation's closesOn (it was still open) */
  late: Scalars['Boolean']['output'];
  /** AGENCY for an agency's (then `agency` names it); a citizen's has no agency */
  source: ContributionSource;
  submittedAt: Scalars['DateTime']['output'];
  submittedOn: Scalars['Date']['output'];
  /** The voter meeting a VOTER_MEETING contribution was gathered at */
  voterMeeting?: Maybe<VoterMeeting>;
};

/** Where a contribution to a consultation came from. */
export type ContributionSource =
  /** An agency's written contribution (invited or not) */
  | 'AGENCY'
  /** A citizen's opinion sent online */
  | 'ONLINE_CITIZEN'
  /** Citizens' opinions gathered at a voter meeting (tiếp xúc cử tri) */
  | 'VOTER_MEETING';

export type CreateLawConsultationInput = {
  /** Must be after opensOn */
  closesOn: Scalars['Date']['input'];
  draftKind: DraftKind;
  draftTitle: Scalars['String']['input'];
  /** At least one agency; duplicates are ignored */
  invitedAgencyIds: Array<Scalars['ID']['input']>;
  opensOn: Scalars['Date']['input'];
};

export type CreateNationalAssemblyDeputyInput = {
  /** The front's candidate elected as this deputy; one deputy per candidate (CONFLICT otherwise) */
  candidateId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 10 */
  constituency: Scalars['Int']['input'];
  fullName: Scalars['String']['input'];
  fullTime: Scalars['Boolean']['input'];
  /** Roman numeral and years, e.g. "XV (2021-2026)" */
  term: Scalars['String']['input'];
  workplace?: InputMaybe<Scalars['String']['input']>;
};

/** Hoạt động phổ biến, giáo dục pháp luật — a body's legal dissemination and education activity. */
export type DisseminationActivity = {
  __typename?: 'DisseminationActivity';
  /** Each kind of audience once */
  audiences: Array<Audience>;
  /**
   * The body that held it.
   * Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  body?: Maybe<Agency>;
  /** How (art. 11) */
  form: DisseminationForm;
  /** The day it was held */
  heldOn: Scalars['Date']['output'];
  /** The activity's id */
  id: Scalars['ID']['output'];
  /** Titles of the laws disseminated */
  laws: Array<Scalars['String']['output']>;
  /** The audiences' counts added up */
  peopleReached: Scalars['Int']['output'];
  /** Where, or the channel */
  place?: Maybe<Scalars['String']['output']>;
  /** When it was recorded */
  recordedAt: Scalars['DateTime']['output'];
  /** What was covered */
  summary?: Maybe<Scalars['String']['output']>;
};

export type DisseminationActivityConnection = {
  __typename?: 'DisseminationActivityConnection';
  /** This page, latest held first */
  edges: Array<DisseminationActivityEdge>;
  /** Whether more pages follow */
  pageInfo: PageInfo;
  /** Activities matching the filter */
  totalCount: Scalars['Int']['output'];
};

export type DisseminationActivityEdge = {
  __typename?: 'DisseminationActivityEdge';
  /** Opaque cursor: pass as `after` for the next page */
  cursor: Scalars['String']['output'];
  /** The activity */
  node: DisseminationActivity;
};

export type DisseminationActivityFilter = {
  /** Activities that reached this kind of audience */
  audienceKind?: InputMaybe<AudienceKind>;
  /** Activities of this body */
  bodyAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Activities of this form */
  form?: InputMaybe<DisseminationForm>;
  /** Held on or after */
  heldFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Held on or before */
  heldTo?: InputMaybe<Scalars['Date']['input']>;
  /** Part of a law's title; case and Vietnamese diacritics are ignored */
  law?: InputMaybe<Scalars['String']['input']>;
};

/** Hình thức phổ biến pháp luật (Luật Phổ biến, giáo dục pháp luật 2012, art. 11). */
export type DisseminationForm =
  /** Thi tìm hiểu pháp luật */
  | 'CONTEST'
  /** Tư vấn, hướng dẫn tìm hiểu pháp luật */
  | 'COUNSELLING'
  /** Lồng ghép trong hoạt động văn hóa, câu lạc bộ, tủ sách pháp luật */
  | 'CULTURAL_ACTIVITY'
  /** Phổ biến pháp luật trực tiếp */
  | 'DIRECT'
  /** Cổng thông tin điện tử, mạng xã hội */
  | 'INTERNET'
  /** Báo chí, phát thanh, truyền hình, loa truyền thanh, pa-nô, áp-phích */
  | 'MASS_MEDIA'
  /** Another form */
  | 'OTHER'
  /** Họp báo, thông cáo báo chí */
  | 'PRESS_CONFERENCE'
  /** Thông qua xét xử, xử lý vi phạm */
  | 'TRIAL_OR_SANCTION';

export type DraftKind =
  /** Dự án luật */
  | 'LAW'
  /** Dự thảo pháp lệnh */
  | 'ORDINANCE'
  /** Dự thảo nghị quyết của Quốc hội */
  | 'RESOLUTION';

export type ForwardVoterRecommendationInput = {
  addressedToAgencyId: Scalars['ID']['input'];
  category: Scalars['String']['input'];
  /** Day the National Assembly forwarded it; not in the future */
  forwardedOn: Scalars['Date']['input'];
  nationalAssemblyDeputyId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};

/** A voter recommendation (kiến nghị cử tri) the National Assembly forwarded to a city agency for an answer. */
export type ForwardedVoterRecommendation = {
  __typename?: 'ForwardedVoterRecommendation';
  /**
   * The agency that must answer.
   * Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  addressedTo?: Maybe<Agency>;
  /** A case category code (petitions' list), e.g. TRANSPORT */
  category: Scalars['String']['output'];
  /** The deputy who follows it, when named */
  deputy?: Maybe<NationalAssemblyDeputy>;
  /** Day the National Assembly forwarded it */
  forwardedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  recordedAt: Scalars['DateTime']['output'];
  text: Scalars['String']['output'];
};

export type ForwardedVoterRecommendationConnection = {
  __typename?: 'ForwardedVoterRecommendationConnection';
  edges: Array<ForwardedVoterRecommendationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ForwardedVoterRecommendationEdge = {
  __typename?: 'ForwardedVoterRecommendationEdge';
  cursor: Scalars['String']['output'];
  node: ForwardedVoterRecommendation;
};

export type ForwardedVoterRecommendationFilter = {
  addressedToAgencyId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  forwardedFrom?: InputMaybe<Scalars['Date']['input']>;
  forwardedTo?: InputMaybe<Scalars['Date']['input']>;
  nationalAssemblyDeputyId?: InputMaybe<Scalars['ID']['input']>;
};

/** Lấy ý kiến góp ý dự thảo — the delegation collects agencies' opinions on a draft law, ordinance or resolution. */
export type LawConsultation = {
  __typename?: 'LawConsultation';
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Last day for contributions */
  closesOn: Scalars['Date']['output'];
  /** Contributions received, in submission order */
  contributions: Array<Contribution>;
  createdAt: Scalars['DateTime']['output'];
  draftKind: DraftKind;
  draftTitle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  invitedAgencies?: Maybe<Array<Agency>>;
  opensOn: Scalars['Date']['output'];
  /**
   * Invited agencies that have not contributed yet.
   * Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  pendingAgencies?: Maybe<Array<Agency>>;
  status: LawConsultationStatus;
  /** Báo cáo tổng hợp — the summary sent to the National Assembly */
  summary?: Maybe<Scalars['String']['output']>;
  summarySentOn?: Maybe<Scalars['Date']['output']>;
};

export type LawConsultationConnection = {
  __typename?: 'LawConsultationConnection';
  edges: Array<LawConsultationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LawConsultationEdge = {
  __typename?: 'LawConsultationEdge';
  cursor: Scalars['String']['output'];
  node: LawConsultation;
};

export type LawConsultationFilter = {
  draftKind?: InputMaybe<DraftKind>;
  /** Consultations that invited this agency */
  invitedAgencyId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<LawConsultationStatus>;
};

export type LawConsultationStatus =
  /** No more contributions; the summary is being written */
  | 'CLOSED'
  /** Contributions are accepted */
  | 'OPEN'
  /** The summary went to the National Assembly */
  | 'SUMMARY_SENT';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Closes an OPEN consultation: no more contributions (CONFLICT in any other status).
   * Publishes `vn.hanoi.delegation.lawConsultation.closed.v1` with the invited agencies that did and did not contribute,
   * and cancels the obligations of those that did not (missed all the same when closed after closesOn).
   */
  closeLawConsultation: LawConsultation;
  /**
   * Opens a consultation on a draft and invites agencies to contribute.
   * Publishes `vn.hanoi.delegation.lawConsultation.opened.v1` and one LAW_CONSULTATION_CONTRIBUTION obligation per
   * invited agency, due on closesOn.
   */
  createLawConsultation: LawConsultation;
  /** Adds a deputy elected in Hanoi. Publishes `vn.hanoi.delegation.nationalAssemblyDeputy.created.v1`. */
  createNationalAssemblyDeputy: NationalAssemblyDeputy;
  /**
   * Records a voter recommendation the National Assembly forwarded to a city agency (flow F5).
   * Publishes `vn.hanoi.delegation.voterRecommendation.forwarded.v1` with data
   * `{ recommendationId, text, category, forwardedOn, addressedToAgencyId, nationalAssemblyDeputyId }`;
   * petitions opens a case with the 60-day answer rule.
   */
  forwardVoterRecommendation: ForwardedVoterRecommendation;
  /**
   * Records a legal dissemination and education activity (hoạt động phổ biến, giáo dục pháp luật) of a body: its clerks
   * and leaders (FORBIDDEN for another body's). Publishes `vn.hanoi.delegation.disseminationActivity.recorded.v1`.
   */
  recordDisseminationActivity: DisseminationActivity;
  /**
   * Records that the summary of contributions was sent to the National Assembly; only from CLOSED (CONFLICT otherwise).
   * Publishes `vn.hanoi.delegation.lawConsultation.summarySent.v1`.
   */
  sendConsultationSummary: LawConsultation;
  /**
   * Records citizens' opinion on a draft, gathered at a voter meeting (the delegation's or the Front's clerks and leaders)
   * or online (the delegation's), as a contribution to an OPEN consultation (CONFLICT otherwise). Nothing about who gave
   * it is stored: only the opinion, its source and, optionally, the unit it came from. It meets no agency's obligation.
   * Publishes `vn.hanoi.delegation.citizenContribution.received.v1` (without the opinion's text).
   */
  submitCitizenContribution: Contribution;
  /**
   * Submits an agency's contribution to an OPEN consultation (CONFLICT when it is not open, or when the agency already
   * contributed). Staff of the contributing agency, or of the delegation, may submit it.
   * Publishes `vn.hanoi.delegation.contribution.submitted.v1` and, from an invited agency, meets its obligation.
   */
  submitContribution: Contribution;
};


export type MutationCloseLawConsultationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateLawConsultationArgs = {
  input: CreateLawConsultationInput;
};


export type MutationCreateNationalAssemblyDeputyArgs = {
  input: CreateNationalAssemblyDeputyInput;
};


export type MutationForwardVoterRecommendationArgs = {
  input: ForwardVoterRecommendationInput;
};


export type MutationRecordDisseminationActivityArgs = {
  input: RecordDisseminationActivityInput;
};


export type MutationSendConsultationSummaryArgs = {
  id: Scalars['ID']['input'];
  input: SendConsultationSummaryInput;
};


export type MutationSubmitCitizenContributionArgs = {
  input: SubmitCitizenContributionInput;
};


export type MutationSubmitContributionArgs = {
  input: SubmitContributionInput;
};

/** Đại biểu Quốc hội — a National Assembly deputy elected in Hanoi. */
export type NationalAssemblyDeputy = {
  __typename?: 'NationalAssemblyDeputy';
  /** The candidate (front) elected as this deputy, when recorded */
  candidate?: Maybe<Candidate>;
  /** Đơn vị bầu cử số 1..10 (Hanoi's constituencies for the 15th National Assembly) */
  constituency: Scalars['Int']['output'];
  /** The constituency as officials write it, e.g. "Đơn vị bầu cử số 3" */
  constituencyName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  fullName: Scalars['String']['output'];
  /** Đại biểu chuyên trách — works full time as a deputy */
  fullTime: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Khóa, e.g. "XV (2021-2026)" */
  term: Scalars['String']['output'];
  /** Where the deputy works, when recorded */
  workplace?: Maybe<Scalars['String']['output']>;
};

export type NationalAssemblyDeputyConnection = {
  __typename?: 'NationalAssemblyDeputyConnection';
  edges: Array<NationalAssemblyDeputyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NationalAssemblyDeputyEdge = {
  __typename?: 'NationalAssemblyDeputyEdge';
  cursor: Scalars['String']['output'];
  node: NationalAssemblyDeputy;
};

export type NationalAssemblyDeputyFilter = {
  constituency?: InputMaybe<Scalars['Int']['input']>;
  fullTime?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name; case and Vietnamese diacritics are ignored ("nguyen" finds "Nguyễn") */
  search?: InputMaybe<Scalars['String']['input']>;
  term?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * Đoàn đại biểu Quốc hội thành phố Hà Nội — the city's delegation of National Assembly deputies: its deputies,
 * the collection of opinions on draft laws and ordinances (lấy ý kiến góp ý dự thảo luật, pháp lệnh), and
 * voter recommendations the National Assembly forwards to the city's agencies.
 */
export type Query = {
  __typename?: 'Query';
  contribution?: Maybe<Contribution>;
  /**
   * Legal dissemination and education activities, latest held first; filters combine.
   * Null when the delegation subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  disseminationActivities?: Maybe<DisseminationActivityConnection>;
  /** A legal dissemination activity (null when none has this id) */
  disseminationActivity?: Maybe<DisseminationActivity>;
  forwardedVoterRecommendation?: Maybe<ForwardedVoterRecommendation>;
  /**
   * Forwarded recommendations, the most recently forwarded first.
   * Null when the delegation subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  forwardedVoterRecommendations?: Maybe<ForwardedVoterRecommendationConnection>;
  lawConsultation?: Maybe<LawConsultation>;
  /**
   * Consultations, the most recently opened first.
   * Null when the delegation subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  lawConsultations?: Maybe<LawConsultationConnection>;
  /**
   * Deputies sorted by constituency, then name.
   * Null when the delegation subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  nationalAssemblyDeputies?: Maybe<NationalAssemblyDeputyConnection>;
  nationalAssemblyDeputy?: Maybe<NationalAssemblyDeputy>;
};


/**
 * Đoàn đại biểu Quốc hội thành phố Hà Nội — the city's delegation of National Assembly deputies: its deputies,
 * the collection of opinions on draft laws and ordinances (lấy ý kiến góp ý dự thảo luật, pháp lệnh), and
 * voter recommendations the National Assembly forwards to the city's agencies.
 */
export type QueryContributionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Đoàn đại biểu Quốc hội thành phố Hà Nội — the city's delegation of National Assembly deputies: its deputies,
 * the collection of opinions on draft laws and ordinances (lấy ý kiến góp ý dự thảo luật, pháp lệnh), and
 * voter recommendations the National Assembly forwards to the city's agencies.
 */
export type QueryDisseminationActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DisseminationActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Đoàn đại biểu Quốc hội thành phố Hà Nội — the city's delegation of National Assembly deputies: its deputies,
 * the collection of opinions on draft laws and ordinances (lấy ý kiến góp ý dự thảo luật, pháp lệnh), and
 * voter recommendations the National Assembly forwards to the city's agencies.
 */
export type QueryDisseminationActivityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Đoàn đại biểu Quốc hội thành phố Hà Nội — the city's delegation of National Assembly deputies: its deputies,
 * the collection of opinions on draft laws and ordinances (lấy ý kiến góp ý dự thảo luật, pháp lệnh), and
 * voter recommendations the National Assembly forwards to the city's agencies.
 */
export type QueryForwardedVoterRecommendationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Đoàn đại biểu Quốc hội thành phố Hà Nội — the city's delegation of National Assembly deputies: its deputies,
 * the collection of opinions on draft laws and ordinances (lấy ý kiến góp ý dự thảo luật, pháp lệnh), and
 * voter recommendations the National Assembly forwards to the city's agencies.
 */
export type QueryForwardedVoterRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ForwardedVoterRecommendationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Đoàn đại biểu Quốc hội thành phố Hà Nội — the city's delegation of National Assembly deputies: its deputies,
 * the collection of opinions on draft laws and ordinances (lấy ý kiến góp ý dự thảo luật, pháp lệnh), and
 * voter recommendations the National Assembly forwards to the city's agencies.
 */
export type QueryLawConsultationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Đoàn đại biểu Quốc hội thành phố Hà Nội — the city's delegation of National Assembly deputies: its deputies,
 * the collection of opinions on draft laws and ordinances (lấy ý kiến góp ý dự thảo luật, pháp lệnh), and
 * voter recommendations the National Assembly forwards to the city's agencies.
 */
export type QueryLawConsultationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LawConsultationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Đoàn đại biểu Quốc hội thành phố Hà Nội — the city's delegation of National Assembly deputies: its deputies,
 * the collection of opinions on draft laws and ordinances (lấy ý kiến góp ý dự thảo luật, pháp lệnh), and
 * voter recommendations the National Assembly forwards to the city's agencies.
 */
export type QueryNationalAssemblyDeputiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NationalAssemblyDeputyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Đoàn đại biểu Quốc hội thành phố Hà Nội — the city's delegation of National Assembly deputies: its deputies,
 * the collection of opinions on draft laws and ordinances (lấy ý kiến góp ý dự thảo luật, pháp lệnh), and
 * voter recommendations the National Assembly forwards to the city's agencies.
 */
export type QueryNationalAssemblyDeputyArgs = {
  id: Scalars['ID']['input'];
};

export type RecordDisseminationActivityInput = {
  /** 1 or more, each kind once */
  audiences: Array<AudienceInput>;
  /** The body that held it: the caller's own agency (an administrator may name any) */
  bodyAgencyId: Scalars['ID']['input'];
  /** How (art. 11) */
  form: DisseminationForm;
  /** Not in the future */
  heldOn: Scalars['Date']['input'];
  /** 1 to 20 titles (at most 300 characters each); duplicates ignored */
  laws: Array<Scalars['String']['input']>;
  /** Where, or the channel (at most 500 characters) */
  place?: InputMaybe<Scalars['String']['input']>;
  /** At most 4000 characters */
  summary?: InputMaybe<Scalars['String']['input']>;
};

export type SendConsultationSummaryInput = {
  /** Day the summary was sent; not before the consultation opened, not in the future */
  sentOn: Scalars['Date']['input'];
  summary: Scalars['String']['input'];
};

export type SubmitCitizenContributionInput = {
  /** The commune-level unit it came from, when known */
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** An OPEN consultation */
  consultationId: Scalars['ID']['input'];
  /** The opinion, at most 20000 characters; give no name or address */
  content: Scalars['String']['input'];
  /** Voter meeting or online */
  source: CitizenContributionSource;
  /** Not before the consultation opened, not in the future */
  submittedOn: Scalars['Date']['input'];
  /** Required for VOTER_MEETING, absent for ONLINE_CITIZEN */
  voterMeetingId?: InputMaybe<Scalars['ID']['input']>;
};

export type SubmitContributionInput = {
  /** The contributing agency */
  agencyId: Scalars['ID']['input'];
  consultationId: Scalars['ID']['input'];
  /** At most 20000 characters */
  content: Scalars['String']['input'];
  /** Not before the consultation opened, not in the future */
  submittedOn: Scalars['Date']['input'];
};

/** A voter meeting (owned by front). */
export type VoterMeeting = {
  __typename?: 'VoterMeeting';
  /** The meeting's id */
  id: Scalars['ID']['output'];
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
  Candidate: Candidate;
  Contribution: Contribution;
  DisseminationActivity: DisseminationActivity;
  ForwardedVoterRecommendation: ForwardedVoterRecommendation;
  LawConsultation: LawConsultation;
  NationalAssemblyDeputy: NationalAssemblyDeputy;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Agency:
    ( { __typename: 'Agency' }
    & GraphQLRecursivePick<FederationTypes['Agency'], {"id":true}> );
  Candidate:
    ( { __typename: 'Candidate' }
    & GraphQLRecursivePick<FederationTypes['Candidate'], {"id":true}> );
  Contribution:
    ( { __typename: 'Contribution' }
    & GraphQLRecursivePick<FederationTypes['Contribution'], {"id":true}> );
  DisseminationActivity:
    ( { __typename: 'DisseminationActivity' }
    & GraphQLRecursivePick<FederationTypes['DisseminationActivity'], {"id":true}> );
  ForwardedVoterRecommendation:
    ( { __typename: 'ForwardedVoterRecommendation' }
    & GraphQLRecursivePick<FederationTypes['ForwardedVoterRecommendation'], {"id":true}> );
  LawConsultation:
    ( { __typename: 'LawConsultation' }
    & GraphQLRecursivePick<FederationTypes['LawConsultation'], {"id":true}> );
  NationalAssemblyDeputy:
    ( { __typename: 'NationalAssemblyDeputy' }
    & GraphQLRecursivePick<FederationTypes['NationalAssemblyDeputy'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AdministrativeUnit: ResolverTypeWrapper<EntityReferenceMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Agency: ResolverTypeWrapper<EntityReferenceMapper>;
  Audience: ResolverTypeWrapper<Audience>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AudienceInput: AudienceInput;
  AudienceKind: AudienceKind;
  Candidate: ResolverTypeWrapper<EntityReferenceMapper>;
  CitizenContributionSource: CitizenContributionSource;
  Contribution: ResolverTypeWrapper<ContributionDocMapper>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ContributionSource: ContributionSource;
  CreateLawConsultationInput: CreateLawConsultationInput;
  CreateNationalAssemblyDeputyInput: CreateNationalAssemblyDeputyInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisseminationActivity: ResolverTypeWrapper<DisseminationActivityDocMapper>;
  DisseminationActivityConnection: ResolverTypeWrapper<DisseminationActivityPageMapper>;
  DisseminationActivityEdge: ResolverTypeWrapper<Omit<DisseminationActivityEdge, 'node'> & { node: ResolversTypes['DisseminationActivity'] }>;
  DisseminationActivityFilter: DisseminationActivityFilter;
  DisseminationForm: DisseminationForm;
  DraftKind: DraftKind;
  ForwardVoterRecommendationInput: ForwardVoterRecommendationInput;
  ForwardedVoterRecommendation: ResolverTypeWrapper<ForwardedVoterRecommendationDocMapper>;
  ForwardedVoterRecommendationConnection: ResolverTypeWrapper<ForwardedVoterRecommendationPageMapper>;
  ForwardedVoterRecommendationEdge: ResolverTypeWrapper<Omit<ForwardedVoterRecommendationEdge, 'node'> & { node: ResolversTypes['ForwardedVoterRecommendation'] }>;
  ForwardedVoterRecommendationFilter: ForwardedVoterRecommendationFilter;
  LawConsultation: ResolverTypeWrapper<LawConsultationDocMapper>;
  LawConsultationConnection: ResolverTypeWrapper<LawConsultationPageMapper>;
  LawConsultationEdge: ResolverTypeWrapper<Omit<LawConsultationEdge, 'node'> & { node: ResolversTypes['LawConsultation'] }>;
  LawConsultationFilter: LawConsultationFilter;
  LawConsultationStatus: LawConsultationStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NationalAssemblyDeputy: ResolverTypeWrapper<NationalAssemblyDeputyDocMapper>;
  NationalAssemblyDeputyConnection: ResolverTypeWrapper<NationalAssemblyDeputyPageMapper>;
  NationalAssemblyDeputyEdge: ResolverTypeWrapper<Omit<NationalAssemblyDeputyEdge, 'node'> & { node: ResolversTypes['NationalAssemblyDeputy'] }>;
  NationalAssemblyDeputyFilter: NationalAssemblyDeputyFilter;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordDisseminationActivityInput: RecordDisseminationActivityInput;
  SendConsultationSummaryInput: SendConsultationSummaryInput;
  SubmitCitizenContributionInput: SubmitCitizenContributionInput;
  SubmitContributionInput: SubmitContributionInput;
  VoterMeeting: ResolverTypeWrapper<EntityReferenceMapper>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdministrativeUnit: EntityReferenceMapper;
  ID: Scalars['ID']['output'];
  Agency: EntityReferenceMapper;
  Audience: Audience;
  Int: Scalars['Int']['output'];
  AudienceInput: AudienceInput;
  Candidate: EntityReferenceMapper;
  Contribution: ContributionDocMapper;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  CreateLawConsultationInput: CreateLawConsultationInput;
  CreateNationalAssemblyDeputyInput: CreateNationalAssemblyDeputyInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DisseminationActivity: DisseminationActivityDocMapper;
  DisseminationActivityConnection: DisseminationActivityPageMapper;
  DisseminationActivityEdge: Omit<DisseminationActivityEdge, 'node'> & { node: ResolversParentTypes['DisseminationActivity'] };
  DisseminationActivityFilter: DisseminationActivityFilter;
  ForwardVoterRecommendationInput: ForwardVoterRecommendationInput;
  ForwardedVoterRecommendation: ForwardedVoterRecommendationDocMapper;
  ForwardedVoterRecommendationConnection: ForwardedVoterRecommendationPageMapper;
  ForwardedVoterRecommendationEdge: Omit<ForwardedVoterRecommendationEdge, 'node'> & { node: ResolversParentTypes['ForwardedVoterRecommendation'] };
  ForwardedVoterRecommendationFilter: ForwardedVoterRecommendationFilter;
  LawConsultation: LawConsultationDocMapper;
  LawConsultationConnection: LawConsultationPageMapper;
  LawConsultationEdge: Omit<LawConsultationEdge, 'node'> & { node: ResolversParentTypes['LawConsultation'] };
  LawConsultationFilter: LawConsultationFilter;
  Mutation: Record<PropertyKey, never>;
  NationalAssemblyDeputy: NationalAssemblyDeputyDocMapper;
  NationalAssemblyDeputyConnection: NationalAssemblyDeputyPageMapper;
  NationalAssemblyDeputyEdge: Omit<NationalAssemblyDeputyEdge, 'node'> & { node: ResolversParentTypes['NationalAssemblyDeputy'] };
  NationalAssemblyDeputyFilter: NationalAssemblyDeputyFilter;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RecordDisseminationActivityInput: RecordDisseminationActivityInput;
  SendConsultationSummaryInput: SendConsultationSummaryInput;
  SubmitCitizenContributionInput: SubmitCitizenContributionInput;
  SubmitContributionInput: SubmitContributionInput;
  VoterMeeting: EntityReferenceMapper;
};

export type AdministrativeUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdministrativeUnit'] = ResolversParentTypes['AdministrativeUnit']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency'], FederationReferenceType extends FederationReferenceTypes['Agency'] = FederationReferenceTypes['Agency']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agency']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consultationsOwed?: Resolver<Maybe<Array<ResolversTypes['LawConsultation']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AudienceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Audience'] = ResolversParentTypes['Audience']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AudienceKind'], ParentType, ContextType>;
};

export type CandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Candidate'] = ResolversParentTypes['Candidate'], FederationReferenceType extends FederationReferenceTypes['Candidate'] = FederationReferenceTypes['Candidate']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Candidate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  electedNationalAssemblyDeputy?: Resolver<Maybe<ResolversTypes['NationalAssemblyDeputy']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ContributionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contribution'] = ResolversParentTypes['Contribution'], FederationReferenceType extends FederationReferenceTypes['Contribution'] = FederationReferenceTypes['Contribution']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Contribution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  administrativeUnit?: Resolver<Maybe<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  consultation?: Resolver<ResolversTypes['LawConsultation'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ContributionSource'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  submittedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  voterMeeting?: Resolver<Maybe<ResolversTypes['VoterMeeting']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisseminationActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisseminationActivity'] = ResolversParentTypes['DisseminationActivity'], FederationReferenceType extends FederationReferenceTypes['DisseminationActivity'] = FederationReferenceTypes['DisseminationActivity']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DisseminationActivity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  audiences?: Resolver<Array<ResolversTypes['Audience']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  form?: Resolver<ResolversTypes['DisseminationForm'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  laws?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  peopleReached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DisseminationActivityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisseminationActivityConnection'] = ResolversParentTypes['DisseminationActivityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DisseminationActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisseminationActivityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisseminationActivityEdge'] = ResolversParentTypes['DisseminationActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DisseminationActivity'], ParentType, ContextType>;
};

export type ForwardedVoterRecommendationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForwardedVoterRecommendation'] = ResolversParentTypes['ForwardedVoterRecommendation'], FederationReferenceType extends FederationReferenceTypes['ForwardedVoterRecommendation'] = FederationReferenceTypes['ForwardedVoterRecommendation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ForwardedVoterRecommendation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  addressedTo?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deputy?: Resolver<Maybe<ResolversTypes['NationalAssemblyDeputy']>, ParentType, ContextType>;
  forwardedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ForwardedVoterRecommendationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForwardedVoterRecommendationConnection'] = ResolversParentTypes['ForwardedVoterRecommendationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ForwardedVoterRecommendationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ForwardedVoterRecommendationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForwardedVoterRecommendationEdge'] = ResolversParentTypes['ForwardedVoterRecommendationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ForwardedVoterRecommendation'], ParentType, ContextType>;
};

export type LawConsultationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LawConsultation'] = ResolversParentTypes['LawConsultation'], FederationReferenceType extends FederationReferenceTypes['LawConsultation'] = FederationReferenceTypes['LawConsultation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LawConsultation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closesOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  contributions?: Resolver<Array<ResolversTypes['Contribution']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  draftKind?: Resolver<ResolversTypes['DraftKind'], ParentType, ContextType>;
  draftTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedAgencies?: Resolver<Maybe<Array<ResolversTypes['Agency']>>, ParentType, ContextType>;
  opensOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  pendingAgencies?: Resolver<Maybe<Array<ResolversTypes['Agency']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LawConsultationStatus'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summarySentOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type LawConsultationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LawConsultationConnection'] = ResolversParentTypes['LawConsultationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LawConsultationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LawConsultationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LawConsultationEdge'] = ResolversParentTypes['LawConsultationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LawConsultation'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  closeLawConsultation?: Resolver<ResolversTypes['LawConsultation'], ParentType, ContextType, RequireFields<MutationCloseLawConsultationArgs, 'id'>>;
  createLawConsultation?: Resolver<ResolversTypes['LawConsultation'], ParentType, ContextType, RequireFields<MutationCreateLawConsultationArgs, 'input'>>;
  createNationalAssemblyDeputy?: Resolver<ResolversTypes['NationalAssemblyDeputy'], ParentType, ContextType, RequireFields<MutationCreateNationalAssemblyDeputyArgs, 'input'>>;
  forwardVoterRecommendation?: Resolver<ResolversTypes['ForwardedVoterRecommendation'], ParentType, ContextType, RequireFields<MutationForwardVoterRecommendationArgs, 'input'>>;
  recordDisseminationActivity?: Resolver<ResolversTypes['DisseminationActivity'], ParentType, ContextType, RequireFields<MutationRecordDisseminationActivityArgs, 'input'>>;
  sendConsultationSummary?: Resolver<ResolversTypes['LawConsultation'], ParentType, ContextType, RequireFields<MutationSendConsultationSummaryArgs, 'id' | 'input'>>;
  submitCitizenContribution?: Resolver<ResolversTypes['Contribution'], ParentType, ContextType, RequireFields<MutationSubmitCitizenContributionArgs, 'input'>>;
  submitContribution?: Resolver<ResolversTypes['Contribution'], ParentType, ContextType, RequireFields<MutationSubmitContributionArgs, 'input'>>;
};

export type NationalAssemblyDeputyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NationalAssemblyDeputy'] = ResolversParentTypes['NationalAssemblyDeputy'], FederationReferenceType extends FederationReferenceTypes['NationalAssemblyDeputy'] = FederationReferenceTypes['NationalAssemblyDeputy']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['NationalAssemblyDeputy']> | FederationReferenceType, FederationReferenceType, ContextType>;
  candidate?: Resolver<Maybe<ResolversTypes['Candidate']>, ParentType, ContextType>;
  constituency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  constituencyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workplace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NationalAssemblyDeputyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NationalAssemblyDeputyConnection'] = ResolversParentTypes['NationalAssemblyDeputyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NationalAssemblyDeputyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NationalAssemblyDeputyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NationalAssemblyDeputyEdge'] = ResolversParentTypes['NationalAssemblyDeputyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NationalAssemblyDeputy'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  contribution?: Resolver<Maybe<ResolversTypes['Contribution']>, ParentType, ContextType, RequireFields<QueryContributionArgs, 'id'>>;
  disseminationActivities?: Resolver<Maybe<ResolversTypes['DisseminationActivityConnection']>, ParentType, ContextType, Partial<QueryDisseminationActivitiesArgs>>;
  disseminationActivity?: Resolver<Maybe<ResolversTypes['DisseminationActivity']>, ParentType, ContextType, RequireFields<QueryDisseminationActivityArgs, 'id'>>;
  forwardedVoterRecommendation?: Resolver<Maybe<ResolversTypes['ForwardedVoterRecommendation']>, ParentType, ContextType, RequireFields<QueryForwardedVoterRecommendationArgs, 'id'>>;
  forwardedVoterRecommendations?: Resolver<Maybe<ResolversTypes['ForwardedVoterRecommendationConnection']>, ParentType, ContextType, Partial<QueryForwardedVoterRecommendationsArgs>>;
  lawConsultation?: Resolver<Maybe<ResolversTypes['LawConsultation']>, ParentType, ContextType, RequireFields<QueryLawConsultationArgs, 'id'>>;
  lawConsultations?: Resolver<Maybe<ResolversTypes['LawConsultationConnection']>, ParentType, ContextType, Partial<QueryLawConsultationsArgs>>;
  nationalAssemblyDeputies?: Resolver<Maybe<ResolversTypes['NationalAssemblyDeputyConnection']>, ParentType, ContextType, Partial<QueryNationalAssemblyDeputiesArgs>>;
  nationalAssemblyDeputy?: Resolver<Maybe<ResolversTypes['NationalAssemblyDeputy']>, ParentType, ContextType, RequireFields<QueryNationalAssemblyDeputyArgs, 'id'>>;
};

export type VoterMeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VoterMeeting'] = ResolversParentTypes['VoterMeeting']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AdministrativeUnit?: AdministrativeUnitResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  Audience?: AudienceResolvers<ContextType>;
  Candidate?: CandidateResolvers<ContextType>;
  Contribution?: ContributionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DisseminationActivity?: DisseminationActivityResolvers<ContextType>;
  DisseminationActivityConnection?: DisseminationActivityConnectionResolvers<ContextType>;
  DisseminationActivityEdge?: DisseminationActivityEdgeResolvers<ContextType>;
  ForwardedVoterRecommendation?: ForwardedVoterRecommendationResolvers<ContextType>;
  ForwardedVoterRecommendationConnection?: ForwardedVoterRecommendationConnectionResolvers<ContextType>;
  ForwardedVoterRecommendationEdge?: ForwardedVoterRecommendationEdgeResolvers<ContextType>;
  LawConsultation?: LawConsultationResolvers<ContextType>;
  LawConsultationConnection?: LawConsultationConnectionResolvers<ContextType>;
  LawConsultationEdge?: LawConsultationEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NationalAssemblyDeputy?: NationalAssemblyDeputyResolvers<ContextType>;
  NationalAssemblyDeputyConnection?: NationalAssemblyDeputyConnectionResolvers<ContextType>;
  NationalAssemblyDeputyEdge?: NationalAssemblyDeputyEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  VoterMeeting?: VoterMeetingResolvers<ContextType>;
};

