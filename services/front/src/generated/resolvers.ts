import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference as EntityReferenceMapper } from '@hanoi/platform';
import type { VoterMeetingDoc as VoterMeetingDocMapper } from '../repositories/voter-meetings';
import type { VoterMeetingPage as VoterMeetingPageMapper, RaisedRecommendationDoc as RaisedRecommendationDocMapper, SocialCritiquePage as SocialCritiquePageMapper, ElectionConsultationPage as ElectionConsultationPageMapper, CandidateRoundParent as CandidateRoundParentMapper, Context } from '../resolvers-mappers';
import type { SocialCritiqueDoc as SocialCritiqueDocMapper } from '../repositories/social-critiques';
import type { ElectionConsultationDoc as ElectionConsultationDocMapper } from '../repositories/election-consultations';
import type { CandidateDoc as CandidateDocMapper } from '../repositories/candidates';
import type { VoterOpinionReportDoc as VoterOpinionReportDocMapper } from '../repositories/voter-opinion-reports';
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

export type AdministrativeUnit = {
  __typename?: 'AdministrativeUnit';
  id: Scalars['ID']['output'];
  /** Provided (@provides) on the references this subgraph returns: its copy of the directory's names */
  name: Scalars['String']['output'];
};

export type Agency = {
  __typename?: 'Agency';
  id: Scalars['ID']['output'];
  /** Provided (@provides) on the references this subgraph returns: its copy of the directory's names */
  name: Scalars['String']['output'];
  shortName: Scalars['String']['output'];
};

export type Candidate = {
  __typename?: 'Candidate';
  /** The consultation round that nominated the candidate */
  consultation: ElectionConsultation;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  nominatedBy?: Maybe<Agency>;
  /** Every round the candidate appeared in, in order */
  rounds: Array<CandidateRound>;
  /** Status in the candidate's latest round */
  status: CandidateStatus;
};

/** A candidate's standing in one consultation round. */
export type CandidateRound = {
  __typename?: 'CandidateRound';
  candidate: Candidate;
  consultation: ElectionConsultation;
  /** Day the status was decided (null for the nomination itself) */
  decidedOn?: Maybe<Scalars['Date']['output']>;
  round: Scalars['Int']['output'];
  status: CandidateStatus;
};

export type CandidateStatus =
  /** Passed the round */
  | 'ACCEPTED'
  /** On the round's list, not decided yet */
  | 'NOMINATED'
  /** Not retained; appears in no later round */
  | 'REJECTED'
  /** Withdrew; appears in no later round */
  | 'WITHDRAWN';

/** A city council deputy (owned by council); the front adds the voter meetings the deputy attended. */
export type CouncilDeputy = {
  __typename?: 'CouncilDeputy';
  id: Scalars['ID']['output'];
  /**
   * HELD voter meetings where the deputy was present, most recent first (default 20, at most 100). Each meeting's
   * `recommendationCases` (petitions) tell where the recommendations voters raised stand.
   * Null when the front subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  voterMeetings?: Maybe<Array<VoterMeeting>>;
};


/** A city council deputy (owned by council); the front adds the voter meetings the deputy attended. */
export type CouncilDeputyVoterMeetingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A council session (kỳ họp), owned by council; the front adds its voter opinion report. */
export type CouncilSession = {
  __typename?: 'CouncilSession';
  id: Scalars['ID']['output'];
  /**
   * Voter meetings planned or held before or after this session, earliest first.
   * Null when the front subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  voterMeetings?: Maybe<Array<VoterMeeting>>;
  /**
   * Báo cáo tổng hợp ý kiến, kiến nghị của cử tri — the front's summary of voters' opinions for this session: DUE
   * once a regular session is scheduled, SUBMITTED when it went in (null when neither).
   * Null when the front subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  voterOpinionReport?: Maybe<VoterOpinionReport>;
};

export type CreateElectionConsultationInput = {
  election: ElectionKind;
  heldOn: Scalars['Date']['input'];
  round: Scalars['Int']['input'];
  /** e.g. "2026-2031"; rounds of one election share kind and term */
  term?: InputMaybe<Scalars['String']['input']>;
};

export type CreateSocialCritiqueInput = {
  deadline: Scalars['Date']['input'];
  draftingAgencyId: Scalars['ID']['input'];
  targetDocument: Scalars['String']['input'];
};

/** Hiệp thương — a consultation round that settles candidate lists for an election. */
export type ElectionConsultation = {
  __typename?: 'ElectionConsultation';
  /** Each candidate on this round's list with their status in this round, by name */
  candidateRounds: Array<CandidateRound>;
  /** Candidates on this round's list (nominated in it or carried from an earlier round), by name */
  candidates: Array<Candidate>;
  election: ElectionKind;
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** 1, 2 or 3 (the law holds three rounds) */
  round: Scalars['Int']['output'];
  /** Nhiệm kỳ the election fills, e.g. "2026-2031" (null when not recorded) */
  term?: Maybe<Scalars['String']['output']>;
};

export type ElectionConsultationConnection = {
  __typename?: 'ElectionConsultationConnection';
  edges: Array<ElectionConsultationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ElectionConsultationEdge = {
  __typename?: 'ElectionConsultationEdge';
  cursor: Scalars['String']['output'];
  node: ElectionConsultation;
};

export type ElectionKind =
  | 'NATIONAL_ASSEMBLY'
  | 'PEOPLES_COUNCIL'
  | 'PEOPLES_JURORS';

export type Mutation = {
  __typename?: 'Mutation';
  createElectionConsultation: ElectionConsultation;
  /**
   * Takes on critiquing a draft by the drafting agency's deadline (status OPEN); the organising front committee owes
   * the report by then (its obligation counts in the coordination index). Publishes
   * `vn.hanoi.front.socialCritique.created.v1`.
   */
  createSocialCritique: SocialCritique;
  /** Puts a candidate on a consultation round's list (status NOMINATED in that round). */
  nominateCandidate: Candidate;
  /**
   * Plans a voter meeting ahead (status PLANNED; its day may be still to come). No recommendations yet: they come
   * with `recordVoterMeetingHeld`. Publishes `vn.hanoi.front.voterMeeting.planned.v1`.
   */
  planVoterMeeting: VoterMeeting;
  /**
   * Records a candidate's status in a consultation round of their election: deciding their current round, or
   * carrying them into the next one. Rounds go in order (no skipping, no going back) and a WITHDRAWN or REJECTED
   * candidate appears in no later round: CONFLICT otherwise. Publishes `vn.hanoi.front.candidate.roundRecorded.v1`.
   */
  recordCandidateRoundResult: Candidate;
  /**
   * Records a voter meeting that took place (tiếp xúc cử tri), with the recommendations voters raised.
   * Publishes `vn.hanoi.front.voterMeeting.held.v1`; petitions opens one case per recommendation (flow F1).
   */
  recordVoterMeeting: VoterMeeting;
  /**
   * Records that a PLANNED meeting took place (PLANNED → HELD), with attendance and the recommendations raised.
   * Publishes the same `vn.hanoi.front.voterMeeting.held.v1` as `recordVoterMeeting` (flow F1).
   * CONFLICT when the meeting is already held.
   */
  recordVoterMeetingHeld: VoterMeeting;
  /**
   * Sends the front's critique report to the drafting agency (OPEN → REPORTED); late when after the deadline.
   * Publishes `vn.hanoi.front.socialCritique.reported.v1`. CONFLICT when it was reported already.
   */
  submitSocialCritiqueReport: SocialCritique;
  /**
   * Submits the summary of voters' opinions for a council session (DUE → SUBMITTED when the session is a scheduled
   * regular one, meeting the front's obligation; recorded without one for a session the front was not told of).
   * One per session: CONFLICT for a second. Publishes `vn.hanoi.front.voterOpinionReport.submitted.v1`.
   */
  submitVoterOpinionReport: VoterOpinionReport;
};


export type MutationCreateElectionConsultationArgs = {
  input: CreateElectionConsultationInput;
};


export type MutationCreateSocialCritiqueArgs = {
  input: CreateSocialCritiqueInput;
};


export type MutationNominateCandidateArgs = {
  input: NominateCandidateInput;
};


export type MutationPlanVoterMeetingArgs = {
  input: PlanVoterMeetingInput;
};


export type MutationRecordCandidateRoundResultArgs = {
  candidateId: Scalars['ID']['input'];
  input: RecordCandidateRoundResultInput;
};


export type MutationRecordVoterMeetingArgs = {
  input: RecordVoterMeetingInput;
};


export type MutationRecordVoterMeetingHeldArgs = {
  id: Scalars['ID']['input'];
  input: RecordVoterMeetingHeldInput;
};


export type MutationSubmitSocialCritiqueReportArgs = {
  id: Scalars['ID']['input'];
  input: SubmitSocialCritiqueReportInput;
};


export type MutationSubmitVoterOpinionReportArgs = {
  input: SubmitVoterOpinionReportInput;
};

/** A National Assembly deputy (owned by delegation); the front adds the voter meetings the deputy attended. */
export type NationalAssemblyDeputy = {
  __typename?: 'NationalAssemblyDeputy';
  id: Scalars['ID']['output'];
  /**
   * HELD voter meetings where the deputy was present, most recent first (default 20, at most 100). Each meeting's
   * `recommendationCases` (petitions) tell where the recommendations voters raised stand.
   * Null when the front subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  voterMeetings?: Maybe<Array<VoterMeeting>>;
};


/** A National Assembly deputy (owned by delegation); the front adds the voter meetings the deputy attended. */
export type NationalAssemblyDeputyVoterMeetingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type NominateCandidateInput = {
  consultationId: Scalars['ID']['input'];
  fullName: Scalars['String']['input'];
  nominatedByAgencyId: Scalars['ID']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PlanVoterMeetingInput = {
  administrativeUnitId: Scalars['ID']['input'];
  councilDeputyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Required for BEFORE_SESSION */
  councilSessionId?: InputMaybe<Scalars['ID']['input']>;
  /** The day it is planned for (may be in the future) */
  heldOn: Scalars['Date']['input'];
  kind: VoterMeetingKind;
  /** Deputies expected to attend */
  nationalAssemblyDeputyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  place: Scalars['String']['input'];
};

/**
 * Ủy ban Mặt trận Tổ quốc Việt Nam thành phố — the city's Fatherland Front Committee: voter meetings,
 * social critique, election consultation and the voter opinion report to each regular council session.
 */
export type Query = {
  __typename?: 'Query';
  candidate?: Maybe<Candidate>;
  electionConsultation?: Maybe<ElectionConsultation>;
  /** Null when the front subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  electionConsultations?: Maybe<ElectionConsultationConnection>;
  socialCritique?: Maybe<SocialCritique>;
  /** Null when the front subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  socialCritiques?: Maybe<SocialCritiqueConnection>;
  voterMeeting?: Maybe<VoterMeeting>;
  /** Null when the front subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  voterMeetings?: Maybe<VoterMeetingConnection>;
  voterOpinionReport?: Maybe<VoterOpinionReport>;
};


/**
 * Ủy ban Mặt trận Tổ quốc Việt Nam thành phố — the city's Fatherland Front Committee: voter meetings,
 * social critique, election consultation and the voter opinion report to each regular council session.
 */
export type QueryCandidateArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Ủy ban Mặt trận Tổ quốc Việt Nam thành phố — the city's Fatherland Front Committee: voter meetings,
 * social critique, election consultation and the voter opinion report to each regular council session.
 */
export type QueryElectionConsultationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Ủy ban Mặt trận Tổ quốc Việt Nam thành phố — the city's Fatherland Front Committee: voter meetings,
 * social critique, election consultation and the voter opinion report to each regular council session.
 */
export type QueryElectionConsultationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Ủy ban Mặt trận Tổ quốc Việt Nam thành phố — the city's Fatherland Front Committee: voter meetings,
 * social critique, election consultation and the voter opinion report to each regular council session.
 */
export type QuerySocialCritiqueArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Ủy ban Mặt trận Tổ quốc Việt Nam thành phố — the city's Fatherland Front Committee: voter meetings,
 * social critique, election consultation and the voter opinion report to each regular council session.
 */
export type QuerySocialCritiquesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SocialCritiqueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Ủy ban Mặt trận Tổ quốc Việt Nam thành phố — the city's Fatherland Front Committee: voter meetings,
 * social critique, election consultation and the voter opinion report to each regular council session.
 */
export type QueryVoterMeetingArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Ủy ban Mặt trận Tổ quốc Việt Nam thành phố — the city's Fatherland Front Committee: voter meetings,
 * social critique, election consultation and the voter opinion report to each regular council session.
 */
export type QueryVoterMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VoterMeetingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Ủy ban Mặt trận Tổ quốc Việt Nam thành phố — the city's Fatherland Front Committee: voter meetings,
 * social critique, election consultation and the voter opinion report to each regular council session.
 */
export type QueryVoterOpinionReportArgs = {
  id: Scalars['ID']['input'];
};

/** A recommendation (kiến nghị) a voter raised at a meeting; petitions follows it to resolution. */
export type RaisedRecommendation = {
  __typename?: 'RaisedRecommendation';
  /** Agency the meeting addressed it to, when it named one */
  addressedTo?: Maybe<Agency>;
  category: Scalars['String']['output'];
  /** Position in the meeting's list, from 1 */
  number: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type RaisedRecommendationInput = {
  addressedToAgencyId?: InputMaybe<Scalars['ID']['input']>;
  category: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type RecordCandidateRoundResultInput = {
  /** A consultation of the candidate's election: their current round or the next */
  consultationId: Scalars['ID']['input'];
  /** Not in the future, nor before the consultation */
  decidedOn: Scalars['Date']['input'];
  status: CandidateStatus;
};

export type RecordVoterMeetingHeldInput = {
  /** Voters present */
  attendance: Scalars['Int']['input'];
  councilDeputyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The day it took place, when not the planned day (not in the future) */
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  /** Deputies actually present, when not those planned (replaces the planned list) */
  nationalAssemblyDeputyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  recommendations: Array<RaisedRecommendationInput>;
};

export type RecordVoterMeetingInput = {
  administrativeUnitId: Scalars['ID']['input'];
  attendance: Scalars['Int']['input'];
  councilDeputyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  councilSessionId?: InputMaybe<Scalars['ID']['input']>;
  heldOn: Scalars['Date']['input'];
  kind: VoterMeetingKind;
  nationalAssemblyDeputyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  place: Scalars['String']['input'];
  recommendations: Array<RaisedRecommendationInput>;
};

/** Phản biện xã hội — the front's social critique of a draft document. */
export type SocialCritique = {
  __typename?: 'SocialCritique';
  createdAt: Scalars['DateTime']['output'];
  /** Day the drafting agency needs the critique by */
  deadline: Scalars['Date']['output'];
  /** Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  draftingAgency?: Maybe<Agency>;
  id: Scalars['ID']['output'];
  /** Reported after the deadline */
  late: Scalars['Boolean']['output'];
  /**
   * The front committee that organises the critique and owes its report.
   * Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  organiser?: Maybe<Agency>;
  /** Still OPEN after the deadline */
  overdue: Scalars['Boolean']['output'];
  /** Văn bản phản biện — the report sent (null while OPEN) */
  report?: Maybe<Scalars['String']['output']>;
  /** Day the report was sent (null while OPEN) */
  reportedOn?: Maybe<Scalars['Date']['output']>;
  status: SocialCritiqueStatus;
  targetDocument: Scalars['String']['output'];
};

export type SocialCritiqueConnection = {
  __typename?: 'SocialCritiqueConnection';
  edges: Array<SocialCritiqueEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SocialCritiqueEdge = {
  __typename?: 'SocialCritiqueEdge';
  cursor: Scalars['String']['output'];
  node: SocialCritique;
};

export type SocialCritiqueFilter = {
  draftingAgencyId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<SocialCritiqueStatus>;
};

export type SocialCritiqueStatus =
  | 'OPEN'
  | 'REPORTED';

export type SubmitSocialCritiqueReportInput = {
  report: Scalars['String']['input'];
  /** Day the report was sent; not in the future */
  reportedOn: Scalars['Date']['input'];
};

export type SubmitVoterOpinionReportInput = {
  councilSessionId: Scalars['ID']['input'];
  recommendationCount: Scalars['Int']['input'];
  /** Day it was submitted; not in the future */
  submittedOn: Scalars['Date']['input'];
  summary: Scalars['String']['input'];
};

/** Tiếp xúc cử tri — a meeting between deputies and voters, convened by the Fatherland Front. */
export type VoterMeeting = {
  __typename?: 'VoterMeeting';
  /** Null when the committee subgraph, which holds administrative units, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  administrativeUnit?: Maybe<AdministrativeUnit>;
  /** Voters present (null while PLANNED) */
  attendance?: Maybe<Scalars['Int']['output']>;
  /** Null when the council subgraph, which holds council deputies, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  councilDeputies?: Maybe<Array<CouncilDeputy>>;
  councilSession?: Maybe<CouncilSession>;
  /** The day it was held; for a PLANNED meeting, the day it is planned for */
  heldOn: Scalars['Date']['output'];
  /** When a PLANNED meeting was recorded as held (null for meetings recorded in one step) */
  heldRecordedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: VoterMeetingKind;
  /** Null when the delegation subgraph, which holds National Assembly deputies, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  nationalAssemblyDeputies?: Maybe<Array<NationalAssemblyDeputy>>;
  /** Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  organiser?: Maybe<Agency>;
  place: Scalars['String']['output'];
  /** Recommendations voters raised (empty while PLANNED) */
  recommendations: Array<RaisedRecommendation>;
  /** When the meeting was first recorded (planned, or held in one step) */
  recordedAt: Scalars['DateTime']['output'];
  status: VoterMeetingStatus;
};

export type VoterMeetingConnection = {
  __typename?: 'VoterMeetingConnection';
  edges: Array<VoterMeetingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VoterMeetingEdge = {
  __typename?: 'VoterMeetingEdge';
  cursor: Scalars['String']['output'];
  node: VoterMeeting;
};

export type VoterMeetingFilter = {
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  councilSessionId?: InputMaybe<Scalars['ID']['input']>;
  heldFrom?: InputMaybe<Scalars['Date']['input']>;
  heldTo?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<VoterMeetingKind>;
  status?: InputMaybe<VoterMeetingStatus>;
};

export type VoterMeetingKind =
  /** After a session, to report its results */
  | 'AFTER_SESSION'
  /** Before a council or NA session */
  | 'BEFORE_SESSION'
  /** On one subject (chuyên đề) */
  | 'THEMATIC';

export type VoterMeetingStatus =
  /** Took place; its recommendations went to petitions (flow F1) */
  | 'HELD'
  /** Convened, not yet held: no attendance or recommendations yet */
  | 'PLANNED';

/**
 * Báo cáo tổng hợp ý kiến, kiến nghị của cử tri — the front's summary of voters' opinions and recommendations
 * for a council session. Each regular session is owed one by its document deadline.
 */
export type VoterOpinionReport = {
  __typename?: 'VoterOpinionReport';
  /** Null when the council subgraph, which holds council sessions, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  councilSession?: Maybe<CouncilSession>;
  /** The session's document deadline; null for a report the front submitted for a session it was not told of */
  dueOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** Recommendations summarised in the report (null while DUE) */
  recommendationCount?: Maybe<Scalars['Int']['output']>;
  status: VoterOpinionReportStatus;
  /** Null while DUE */
  submittedOn?: Maybe<Scalars['Date']['output']>;
  /** Null while DUE */
  summary?: Maybe<Scalars['String']['output']>;
};

export type VoterOpinionReportStatus =
  /** Owed to a scheduled regular session, not submitted yet */
  | 'DUE'
  /** Submitted to the session */
  | 'SUBMITTED';



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
  Candidate: Candidate;
  CouncilDeputy: CouncilDeputy;
  CouncilSession: CouncilSession;
  ElectionConsultation: ElectionConsultation;
  NationalAssemblyDeputy: NationalAssemblyDeputy;
  SocialCritique: SocialCritique;
  VoterMeeting: VoterMeeting;
  VoterOpinionReport: VoterOpinionReport;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Candidate:
    ( { __typename: 'Candidate' }
    & GraphQLRecursivePick<FederationTypes['Candidate'], {"id":true}> );
  CouncilDeputy:
    ( { __typename: 'CouncilDeputy' }
    & GraphQLRecursivePick<FederationTypes['CouncilDeputy'], {"id":true}> );
  CouncilSession:
    ( { __typename: 'CouncilSession' }
    & GraphQLRecursivePick<FederationTypes['CouncilSession'], {"id":true}> );
  ElectionConsultation:
    ( { __typename: 'ElectionConsultation' }
    & GraphQLRecursivePick<FederationTypes['ElectionConsultation'], {"id":true}> );
  NationalAssemblyDeputy:
    ( { __typename: 'NationalAssemblyDeputy' }
    & GraphQLRecursivePick<FederationTypes['NationalAssemblyDeputy'], {"id":true}> );
  SocialCritique:
    ( { __typename: 'SocialCritique' }
    & GraphQLRecursivePick<FederationTypes['SocialCritique'], {"id":true}> );
  VoterMeeting:
    ( { __typename: 'VoterMeeting' }
    & GraphQLRecursivePick<FederationTypes['VoterMeeting'], {"id":true}> );
  VoterOpinionReport:
    ( { __typename: 'VoterOpinionReport' }
    & GraphQLRecursivePick<FederationTypes['VoterOpinionReport'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AdministrativeUnit: ResolverTypeWrapper<EntityReferenceMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Agency: ResolverTypeWrapper<EntityReferenceMapper>;
  Candidate: ResolverTypeWrapper<CandidateDocMapper>;
  CandidateRound: ResolverTypeWrapper<CandidateRoundParentMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CandidateStatus: CandidateStatus;
  CouncilDeputy: ResolverTypeWrapper<EntityReferenceMapper>;
  CouncilSession: ResolverTypeWrapper<EntityReferenceMapper>;
  CreateElectionConsultationInput: CreateElectionConsultationInput;
  CreateSocialCritiqueInput: CreateSocialCritiqueInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ElectionConsultation: ResolverTypeWrapper<ElectionConsultationDocMapper>;
  ElectionConsultationConnection: ResolverTypeWrapper<ElectionConsultationPageMapper>;
  ElectionConsultationEdge: ResolverTypeWrapper<Omit<ElectionConsultationEdge, 'node'> & { node: ResolversTypes['ElectionConsultation'] }>;
  ElectionKind: ElectionKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NationalAssemblyDeputy: ResolverTypeWrapper<EntityReferenceMapper>;
  NominateCandidateInput: NominateCandidateInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PlanVoterMeetingInput: PlanVoterMeetingInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RaisedRecommendation: ResolverTypeWrapper<RaisedRecommendationDocMapper>;
  RaisedRecommendationInput: RaisedRecommendationInput;
  RecordCandidateRoundResultInput: RecordCandidateRoundResultInput;
  RecordVoterMeetingHeldInput: RecordVoterMeetingHeldInput;
  RecordVoterMeetingInput: RecordVoterMeetingInput;
  SocialCritique: ResolverTypeWrapper<SocialCritiqueDocMapper>;
  SocialCritiqueConnection: ResolverTypeWrapper<SocialCritiquePageMapper>;
  SocialCritiqueEdge: ResolverTypeWrapper<Omit<SocialCritiqueEdge, 'node'> & { node: ResolversTypes['SocialCritique'] }>;
  SocialCritiqueFilter: SocialCritiqueFilter;
  SocialCritiqueStatus: SocialCritiqueStatus;
  SubmitSocialCritiqueReportInput: SubmitSocialCritiqueReportInput;
  SubmitVoterOpinionReportInput: SubmitVoterOpinionReportInput;
  VoterMeeting: ResolverTypeWrapper<VoterMeetingDocMapper>;
  VoterMeetingConnection: ResolverTypeWrapper<VoterMeetingPageMapper>;
  VoterMeetingEdge: ResolverTypeWrapper<Omit<VoterMeetingEdge, 'node'> & { node: ResolversTypes['VoterMeeting'] }>;
  VoterMeetingFilter: VoterMeetingFilter;
  VoterMeetingKind: VoterMeetingKind;
  VoterMeetingStatus: VoterMeetingStatus;
  VoterOpinionReport: ResolverTypeWrapper<VoterOpinionReportDocMapper>;
  VoterOpinionReportStatus: VoterOpinionReportStatus;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdministrativeUnit: EntityReferenceMapper;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Agency: EntityReferenceMapper;
  Candidate: CandidateDocMapper;
  CandidateRound: CandidateRoundParentMapper;
  Int: Scalars['Int']['output'];
  CouncilDeputy: EntityReferenceMapper;
  CouncilSession: EntityReferenceMapper;
  CreateElectionConsultationInput: CreateElectionConsultationInput;
  CreateSocialCritiqueInput: CreateSocialCritiqueInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  ElectionConsultation: ElectionConsultationDocMapper;
  ElectionConsultationConnection: ElectionConsultationPageMapper;
  ElectionConsultationEdge: Omit<ElectionConsultationEdge, 'node'> & { node: ResolversParentTypes['ElectionConsultation'] };
  Mutation: Record<PropertyKey, never>;
  NationalAssemblyDeputy: EntityReferenceMapper;
  NominateCandidateInput: NominateCandidateInput;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PlanVoterMeetingInput: PlanVoterMeetingInput;
  Query: Record<PropertyKey, never>;
  RaisedRecommendation: RaisedRecommendationDocMapper;
  RaisedRecommendationInput: RaisedRecommendationInput;
  RecordCandidateRoundResultInput: RecordCandidateRoundResultInput;
  RecordVoterMeetingHeldInput: RecordVoterMeetingHeldInput;
  RecordVoterMeetingInput: RecordVoterMeetingInput;
  SocialCritique: SocialCritiqueDocMapper;
  SocialCritiqueConnection: SocialCritiquePageMapper;
  SocialCritiqueEdge: Omit<SocialCritiqueEdge, 'node'> & { node: ResolversParentTypes['SocialCritique'] };
  SocialCritiqueFilter: SocialCritiqueFilter;
  SubmitSocialCritiqueReportInput: SubmitSocialCritiqueReportInput;
  SubmitVoterOpinionReportInput: SubmitVoterOpinionReportInput;
  VoterMeeting: VoterMeetingDocMapper;
  VoterMeetingConnection: VoterMeetingPageMapper;
  VoterMeetingEdge: Omit<VoterMeetingEdge, 'node'> & { node: ResolversParentTypes['VoterMeeting'] };
  VoterMeetingFilter: VoterMeetingFilter;
  VoterOpinionReport: VoterOpinionReportDocMapper;
};

export type AdministrativeUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdministrativeUnit'] = ResolversParentTypes['AdministrativeUnit']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Candidate'] = ResolversParentTypes['Candidate'], FederationReferenceType extends FederationReferenceTypes['Candidate'] = FederationReferenceTypes['Candidate']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Candidate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consultation?: Resolver<ResolversTypes['ElectionConsultation'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nominatedBy?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['CandidateRound']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CandidateStatus'], ParentType, ContextType>;
};

export type CandidateRoundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CandidateRound'] = ResolversParentTypes['CandidateRound']> = {
  candidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType>;
  consultation?: Resolver<ResolversTypes['ElectionConsultation'], ParentType, ContextType>;
  decidedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CandidateStatus'], ParentType, ContextType>;
};

export type CouncilDeputyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilDeputy'] = ResolversParentTypes['CouncilDeputy'], FederationReferenceType extends FederationReferenceTypes['CouncilDeputy'] = FederationReferenceTypes['CouncilDeputy']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilDeputy']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  voterMeetings?: Resolver<Maybe<Array<ResolversTypes['VoterMeeting']>>, ParentType, ContextType, Partial<CouncilDeputyVoterMeetingsArgs>>;
};

export type CouncilSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilSession'] = ResolversParentTypes['CouncilSession'], FederationReferenceType extends FederationReferenceTypes['CouncilSession'] = FederationReferenceTypes['CouncilSession']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilSession']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  voterMeetings?: Resolver<Maybe<Array<ResolversTypes['VoterMeeting']>>, ParentType, ContextType>;
  voterOpinionReport?: Resolver<Maybe<ResolversTypes['VoterOpinionReport']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ElectionConsultationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ElectionConsultation'] = ResolversParentTypes['ElectionConsultation'], FederationReferenceType extends FederationReferenceTypes['ElectionConsultation'] = FederationReferenceTypes['ElectionConsultation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ElectionConsultation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  candidateRounds?: Resolver<Array<ResolversTypes['CandidateRound']>, ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['Candidate']>, ParentType, ContextType>;
  election?: Resolver<ResolversTypes['ElectionKind'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  term?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ElectionConsultationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ElectionConsultationConnection'] = ResolversParentTypes['ElectionConsultationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ElectionConsultationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ElectionConsultationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ElectionConsultationEdge'] = ResolversParentTypes['ElectionConsultationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ElectionConsultation'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createElectionConsultation?: Resolver<ResolversTypes['ElectionConsultation'], ParentType, ContextType, RequireFields<MutationCreateElectionConsultationArgs, 'input'>>;
  createSocialCritique?: Resolver<ResolversTypes['SocialCritique'], ParentType, ContextType, RequireFields<MutationCreateSocialCritiqueArgs, 'input'>>;
  nominateCandidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType, RequireFields<MutationNominateCandidateArgs, 'input'>>;
  planVoterMeeting?: Resolver<ResolversTypes['VoterMeeting'], ParentType, ContextType, RequireFields<MutationPlanVoterMeetingArgs, 'input'>>;
  recordCandidateRoundResult?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType, RequireFields<MutationRecordCandidateRoundResultArgs, 'candidateId' | 'input'>>;
  recordVoterMeeting?: Resolver<ResolversTypes['VoterMeeting'], ParentType, ContextType, RequireFields<MutationRecordVoterMeetingArgs, 'input'>>;
  recordVoterMeetingHeld?: Resolver<ResolversTypes['VoterMeeting'], ParentType, ContextType, RequireFields<MutationRecordVoterMeetingHeldArgs, 'id' | 'input'>>;
  submitSocialCritiqueReport?: Resolver<ResolversTypes['SocialCritique'], ParentType, ContextType, RequireFields<MutationSubmitSocialCritiqueReportArgs, 'id' | 'input'>>;
  submitVoterOpinionReport?: Resolver<ResolversTypes['VoterOpinionReport'], ParentType, ContextType, RequireFields<MutationSubmitVoterOpinionReportArgs, 'input'>>;
};

export type NationalAssemblyDeputyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NationalAssemblyDeputy'] = ResolversParentTypes['NationalAssemblyDeputy'], FederationReferenceType extends FederationReferenceTypes['NationalAssemblyDeputy'] = FederationReferenceTypes['NationalAssemblyDeputy']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['NationalAssemblyDeputy']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  voterMeetings?: Resolver<Maybe<Array<ResolversTypes['VoterMeeting']>>, ParentType, ContextType, Partial<NationalAssemblyDeputyVoterMeetingsArgs>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  candidate?: Resolver<Maybe<ResolversTypes['Candidate']>, ParentType, ContextType, RequireFields<QueryCandidateArgs, 'id'>>;
  electionConsultation?: Resolver<Maybe<ResolversTypes['ElectionConsultation']>, ParentType, ContextType, RequireFields<QueryElectionConsultationArgs, 'id'>>;
  electionConsultations?: Resolver<Maybe<ResolversTypes['ElectionConsultationConnection']>, ParentType, ContextType, Partial<QueryElectionConsultationsArgs>>;
  socialCritique?: Resolver<Maybe<ResolversTypes['SocialCritique']>, ParentType, ContextType, RequireFields<QuerySocialCritiqueArgs, 'id'>>;
  socialCritiques?: Resolver<Maybe<ResolversTypes['SocialCritiqueConnection']>, ParentType, ContextType, Partial<QuerySocialCritiquesArgs>>;
  voterMeeting?: Resolver<Maybe<ResolversTypes['VoterMeeting']>, ParentType, ContextType, RequireFields<QueryVoterMeetingArgs, 'id'>>;
  voterMeetings?: Resolver<Maybe<ResolversTypes['VoterMeetingConnection']>, ParentType, ContextType, Partial<QueryVoterMeetingsArgs>>;
  voterOpinionReport?: Resolver<Maybe<ResolversTypes['VoterOpinionReport']>, ParentType, ContextType, RequireFields<QueryVoterOpinionReportArgs, 'id'>>;
};

export type RaisedRecommendationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RaisedRecommendation'] = ResolversParentTypes['RaisedRecommendation']> = {
  addressedTo?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SocialCritiqueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SocialCritique'] = ResolversParentTypes['SocialCritique'], FederationReferenceType extends FederationReferenceTypes['SocialCritique'] = FederationReferenceTypes['SocialCritique']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SocialCritique']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  draftingAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organiser?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SocialCritiqueStatus'], ParentType, ContextType>;
  targetDocument?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SocialCritiqueConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SocialCritiqueConnection'] = ResolversParentTypes['SocialCritiqueConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SocialCritiqueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SocialCritiqueEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SocialCritiqueEdge'] = ResolversParentTypes['SocialCritiqueEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SocialCritique'], ParentType, ContextType>;
};

export type VoterMeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VoterMeeting'] = ResolversParentTypes['VoterMeeting'], FederationReferenceType extends FederationReferenceTypes['VoterMeeting'] = FederationReferenceTypes['VoterMeeting']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VoterMeeting']> | FederationReferenceType, FederationReferenceType, ContextType>;
  administrativeUnit?: Resolver<Maybe<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  attendance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  councilDeputies?: Resolver<Maybe<Array<ResolversTypes['CouncilDeputy']>>, ParentType, ContextType>;
  councilSession?: Resolver<Maybe<ResolversTypes['CouncilSession']>, ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  heldRecordedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VoterMeetingKind'], ParentType, ContextType>;
  nationalAssemblyDeputies?: Resolver<Maybe<Array<ResolversTypes['NationalAssemblyDeputy']>>, ParentType, ContextType>;
  organiser?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['RaisedRecommendation']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VoterMeetingStatus'], ParentType, ContextType>;
};

export type VoterMeetingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VoterMeetingConnection'] = ResolversParentTypes['VoterMeetingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VoterMeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VoterMeetingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VoterMeetingEdge'] = ResolversParentTypes['VoterMeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VoterMeeting'], ParentType, ContextType>;
};

export type VoterOpinionReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VoterOpinionReport'] = ResolversParentTypes['VoterOpinionReport'], FederationReferenceType extends FederationReferenceTypes['VoterOpinionReport'] = FederationReferenceTypes['VoterOpinionReport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VoterOpinionReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  councilSession?: Resolver<Maybe<ResolversTypes['CouncilSession']>, ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recommendationCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VoterOpinionReportStatus'], ParentType, ContextType>;
  submittedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AdministrativeUnit?: AdministrativeUnitResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  Candidate?: CandidateResolvers<ContextType>;
  CandidateRound?: CandidateRoundResolvers<ContextType>;
  CouncilDeputy?: CouncilDeputyResolvers<ContextType>;
  CouncilSession?: CouncilSessionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  ElectionConsultation?: ElectionConsultationResolvers<ContextType>;
  ElectionConsultationConnection?: ElectionConsultationConnectionResolvers<ContextType>;
  ElectionConsultationEdge?: ElectionConsultationEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NationalAssemblyDeputy?: NationalAssemblyDeputyResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RaisedRecommendation?: RaisedRecommendationResolvers<ContextType>;
  SocialCritique?: SocialCritiqueResolvers<ContextType>;
  SocialCritiqueConnection?: SocialCritiqueConnectionResolvers<ContextType>;
  SocialCritiqueEdge?: SocialCritiqueEdgeResolvers<ContextType>;
  VoterMeeting?: VoterMeetingResolvers<ContextType>;
  VoterMeetingConnection?: VoterMeetingConnectionResolvers<ContextType>;
  VoterMeetingEdge?: VoterMeetingEdgeResolvers<ContextType>;
  VoterOpinionReport?: VoterOpinionReportResolvers<ContextType>;
};

