import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference as EntityReferenceMapper } from '@hanoi/platform';
import type { VoterMeetingDoc as VoterMeetingDocMapper } from '../repositories/voter-meetings';
import type { VoterMeetingPage as VoterMeetingPageMapper, RaisedRecommendationDoc as RaisedRecommendationDocMapper, SocialCritiquePage as SocialCritiquePageMapper, ElectionConsultationPage as ElectionConsultationPageMapper, CandidateRoundParent as CandidateRoundParentMapper, Context } from '../resolvers-mappers';
import type { SocialCritiqueDoc as SocialCritiqueDocMapper } from '../repositories/social-critiques';
import type { ElectionConsultationDoc as ElectionConsultationDocMapper } from '../repositories/election-consultations';
import type { CandidateDoc as CandidateDocMapper } from '../repositories/candidates';
import type { VoterOpinionReportDoc as VoterOpinionReportDocMapper } from '../repositories/voter-opinion-reports';
import type { ConstituencyDoc as ConstituencyDocMapper } from '../repositories/constituencies';
import type { ConstituencyPage as ConstituencyPageMapper, CandidateVotesParent as CandidateVotesParentMapper, CorrectedFiguresParent as CorrectedFiguresParentMapper, CorrectedVotesParent as CorrectedVotesParentMapper, PeoplesJurorNominationPage as PeoplesJurorNominationPageMapper } from '../resolvers-elections';
import type { VoterConferenceDoc as VoterConferenceDocMapper } from '../repositories/voter-conferences';
import type { ConstituencyResultDoc as ConstituencyResultDocMapper, ResultCorrectionDoc as ResultCorrectionDocMapper } from '../repositories/constituency-results';
import type { PeoplesJurorNominationDoc as PeoplesJurorNominationDocMapper } from '../repositories/peoples-juror-nominations';
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

/** Tiếp xúc cử tri — a meeting between deputies and voters, convened by the Fatherland Front. */
export type AgencyLevel =
  | 'CITY'
  | 'COMMUNE'
  | 'DISTRICT';

export type Candidate = {
  __typename?: 'Candidate';
  /** The constituency whose official list names the candidate (null until listed) */
  constituency?: Maybe<Constituency>;
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
  /** Voter conferences on the candidate (residence, workplace), earliest first */
  voterConferences: Array<VoterConference>;
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

/** One candidate's votes in a constituency's result. */
export type CandidateVotes = {
  __typename?: 'CandidateVotes';
  /** The candidate */
  candidate: Candidate;
  /** Trúng cử */
  elected: Scalars['Boolean']['output'];
  /** votes ÷ valid ballots, in % (two decimals) */
  share: Scalars['Float']['output'];
  /** Votes for the candidate */
  votes: Scalars['Int']['output'];
};

export type CandidateVotesInput = {
  /** Only to break a tie at the end of the elected list (the older is elected); never published */
  bornOn?: InputMaybe<Scalars['Date']['input']>;
  /** A candidate of the constituency's official list */
  candidateId: Scalars['ID']['input'];
  /** At most the valid ballots */
  votes: Scalars['Int']['input'];
};

/** Đơn vị bầu cử — a constituency of a National Assembly or People's Council election. */
export type Constituency = {
  __typename?: 'Constituency';
  /**
   * The administrative units it covers.
   * Null when the committee subgraph, which holds administrative units, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  administrativeUnits?: Maybe<Array<AdministrativeUnit>>;
  /** Its official list of candidates (empty until set), by name */
  candidates: Array<Candidate>;
  /** When it was recorded */
  createdAt: Scalars['DateTime']['output'];
  /** NATIONAL_ASSEMBLY or PEOPLES_COUNCIL */
  election: ElectionKind;
  /** The constituency's id */
  id: Scalars['ID']['output'];
  /** The smallest official list the law allows for its seats */
  minimumCandidates: Scalars['Int']['output'];
  /** "Đơn vị bầu cử số N" */
  name: Scalars['String']['output'];
  /** Đơn vị bầu cử số N */
  number: Scalars['Int']['output'];
  /** Its result (null until recorded) */
  result?: Maybe<ConstituencyResult>;
  /** Deputies it elects (NA at most 3, council at most 5) */
  seats: Scalars['Int']['output'];
  /** Nhiệm kỳ the election fills, e.g. "2026-2031" */
  term: Scalars['String']['output'];
};

export type ConstituencyConnection = {
  __typename?: 'ConstituencyConnection';
  /** This page, by number */
  edges: Array<ConstituencyEdge>;
  /** Whether more pages follow */
  pageInfo: PageInfo;
  /** Constituencies matching the filter */
  totalCount: Scalars['Int']['output'];
};

export type ConstituencyEdge = {
  __typename?: 'ConstituencyEdge';
  /** Opaque cursor: pass as `after` for the next page */
  cursor: Scalars['String']['output'];
  /** The constituency */
  node: Constituency;
};

export type ConstituencyFilter = {
  /** NATIONAL_ASSEMBLY or PEOPLES_COUNCIL */
  election?: InputMaybe<ElectionKind>;
  /** e.g. "2026-2031" */
  term?: InputMaybe<Scalars['String']['input']>;
};

/** Kết quả bầu cử — a constituency's result: recorded once, then changed only by coded corrections that keep who was elected. */
export type ConstituencyResult = {
  __typename?: 'ConstituencyResult';
  /** The constituency it is the result of */
  constituency: Constituency;
  /** Corrections, oldest first */
  corrections: Array<ResultCorrection>;
  /** The elected candidates, most votes first */
  elected: Array<Candidate>;
  /** The result's id (one per constituency) */
  id: Scalars['ID']['output'];
  /** Whether the vote counts */
  outcome: ResultOutcome;
  /** When it was first recorded */
  recordedAt: Scalars['DateTime']['output'];
  /** votersVoted ÷ votersOnList, in % (two decimals) */
  turnout: Scalars['Float']['output'];
  /** Seats no candidate won: a supplementary vote is due (bầu cử thêm, art. 79) */
  unfilledSeats: Scalars['Int']['output'];
  /** Phiếu hợp lệ */
  validBallots: Scalars['Int']['output'];
  /** Ngày bầu cử */
  votedOn: Scalars['Date']['output'];
  /** Voters on the list */
  votersOnList: Scalars['Int']['output'];
  /** Voters who voted */
  votersVoted: Scalars['Int']['output'];
  /** Each listed candidate's votes, most votes first */
  votes: Array<CandidateVotes>;
};

export type CorrectConstituencyResultInput = {
  /** Why */
  code: ResultCorrectionCode;
  /** Not in the future */
  correctedOn: Scalars['Date']['input'];
  /** Why (at most 2000 characters) */
  reason: Scalars['String']['input'];
  /** At most votersVoted */
  validBallots: Scalars['Int']['input'];
  /** The corrected figures, whole */
  votersOnList: Scalars['Int']['input'];
  /** At most votersOnList */
  votersVoted: Scalars['Int']['input'];
  /** Every candidate of the official list once */
  votes: Array<CandidateVotesInput>;
};

/** A result's figures as they stood before a correction. */
export type CorrectedFigures = {
  __typename?: 'CorrectedFigures';
  /** Valid ballots */
  validBallots: Scalars['Int']['output'];
  /** Voters on the list */
  votersOnList: Scalars['Int']['output'];
  /** Voters who voted */
  votersVoted: Scalars['Int']['output'];
  /** Each listed candidate's votes */
  votes: Array<CorrectedVotes>;
};

/** A candidate's votes as they stood before a correction. */
export type CorrectedVotes = {
  __typename?: 'CorrectedVotes';
  /** The candidate */
  candidate: Candidate;
  /** Their votes then */
  votes: Scalars['Int']['output'];
};

/** A city council deputy (owned by council); the front adds the voter meetings the deputy attended. */
export type CouncilDeputy = {
  __typename?: 'CouncilDeputy';
  id: Scalars['ID']['output'];
  /**
   * HELD voter meetings where the deputy was present, most recent first: `first` of them (default 20, at most 100; more
   * is refused with `BAD_USER_INPUT`, field `first`), after the meeting whose id is `after` (the last of the previous
   * page; an unknown id is refused, field `after`). Each meeting's `recommendationCases` (petitions) tell where the
   * recommendations voters raised stand.
   * Null when the front subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  voterMeetings?: Maybe<Array<VoterMeeting>>;
};


/** A city council deputy (owned by council); the front adds the voter meetings the deputy attended. */
export type CouncilDeputyVoterMeetingsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A council session (kỳ họp), owned by council; the front adds its voter opinion report. */
export type CouncilSession = {
  __typename?: 'CouncilSession';
  id: Scalars['ID']['output'];
  /**
   * Voter meetings planned or held before or after this session, earliest first: `first` of them (default 20, at most
   * 100; more is refused with `BAD_USER_INPUT`, field `first`), after the meeting whose id is `after` (the last of the
   * previous page; an unknown id is refused, field `after`).
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


/** A council session (kỳ họp), owned by council; the front adds its voter opinion report. */
export type CouncilSessionVoterMeetingsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Tòa án nhân dân thành phố, or a Tòa án nhân dân khu vực. */
export type CourtLevel =
  /** Tòa án nhân dân thành phố Hà Nội */
  | 'CITY'
  /** A Tòa án nhân dân khu vực (numbered) */
  | 'REGIONAL';

export type CreateConstituencyInput = {
  /** The administrative units it covers (1 to 50; duplicates ignored) */
  administrativeUnitIds: Array<Scalars['ID']['input']>;
  /** NATIONAL_ASSEMBLY or PEOPLES_COUNCIL (PEOPLES_JURORS is refused) */
  election: ElectionKind;
  /** Đơn vị bầu cử số N, from 1 */
  number: Scalars['Int']['input'];
  /** 1 to 3 for the National Assembly, 1 to 5 for a People's Council */
  seats: Scalars['Int']['input'];
  /** e.g. "2026-2031" */
  term: Scalars['String']['input'];
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
  /**
   * Corrects a recorded result's figures with a code and reason (the only change a result admits); CONFLICT when the
   * corrected figures would change who was elected (an annulment or a new vote, not a correction). NOT_FOUND when the
   * constituency has no result. Publishes `vn.hanoi.front.constituencyResult.corrected.v1`.
   */
  correctConstituencyResult: ConstituencyResult;
  /**
   * Records a constituency (đơn vị bầu cử) of an NA or council election. BAD_USER_INPUT on `input.seats` over the law's
   * limit (NA at most 3, council at most 5: art. 10) and on `input.election` PEOPLES_JURORS (the council elects jurors).
   * CONFLICT when the election and term already have a constituency with this number.
   * Publishes `vn.hanoi.front.constituency.created.v1`.
   */
  createConstituency: Constituency;
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
   * Nominates a people's juror (Hội thẩm nhân dân) for the city court or a regional court; the council elects them.
   * Publishes `vn.hanoi.front.peoplesJuror.nominated.v1`: council records the nominee.
   */
  nominatePeoplesJuror: PeoplesJurorNomination;
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
   * Records a constituency's result, once (CONFLICT for a second): turnout, votes per listed candidate, and who is
   * elected (art. 78: more than half the valid ballots, the most votes up to the seats, a tie at the end of the list
   * to the older candidate — BAD_USER_INPUT on `input.votes.N.bornOn` when a tie needs birth dates). Publishes
   * `vn.hanoi.front.constituencyResult.recorded.v1` and one `vn.hanoi.front.candidate.elected.v1` per elected candidate:
   * council records a council deputy, delegation a National Assembly deputy, each linked to the candidate.
   */
  recordConstituencyResult: ConstituencyResult;
  /**
   * Records a voter conference (hội nghị cử tri) at a candidate's residence or workplace, with attendance and the
   * voters' confidence; held after the second consultation round (BAD_USER_INPUT on `input.heldOn` otherwise), one of
   * each kind per candidate (CONFLICT for a second). Publishes `vn.hanoi.front.voterConference.recorded.v1` (counts only).
   */
  recordVoterConference: VoterConference;
  /**
   * Records a voter meeting that took place (tiếp xúc cử tri), with the recommendations voters raised, organised by
   * the caller's Front committee: the city's, or a commune's (an administrator records for the city's; FORBIDDEN for
   * other callers). Publishes `vn.hanoi.front.voterMeeting.held.v1`; petitions opens one case per recommendation (flow F1).
   */
  recordVoterMeeting: VoterMeeting;
  /**
   * Records that a PLANNED meeting took place (PLANNED → HELD), with attendance and the recommendations raised.
   * Publishes the same `vn.hanoi.front.voterMeeting.held.v1` as `recordVoterMeeting` (flow F1). Staff of its organiser
   * only (FORBIDDEN for another Front committee); CONFLICT when the meeting is already held.
   */
  recordVoterMeetingHeld: VoterMeeting;
  /**
   * Sets the constituency's official list of candidates (danh sách chính thức): candidates of its election ACCEPTED by
   * the third consultation round, more than its seats — for the National Assembly at least two more (art. 57(6)); for a
   * People's Council one more, two more for three seats, three more for four or five (art. 58(3)); `minimumCandidates`
   * gives it; BAD_USER_INPUT on `input.candidateIds` otherwise. CONFLICT once its result is
   * recorded, or when a candidate is on another constituency's list.
   */
  setConstituencyCandidates: Constituency;
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


export type MutationCorrectConstituencyResultArgs = {
  constituencyId: Scalars['ID']['input'];
  input: CorrectConstituencyResultInput;
};


export type MutationCreateConstituencyArgs = {
  input: CreateConstituencyInput;
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


export type MutationNominatePeoplesJurorArgs = {
  input: NominatePeoplesJurorInput;
};


export type MutationPlanVoterMeetingArgs = {
  input: PlanVoterMeetingInput;
};


export type MutationRecordCandidateRoundResultArgs = {
  candidateId: Scalars['ID']['input'];
  input: RecordCandidateRoundResultInput;
};


export type MutationRecordConstituencyResultArgs = {
  input: RecordConstituencyResultInput;
};


export type MutationRecordVoterConferenceArgs = {
  input: RecordVoterConferenceInput;
};


export type MutationRecordVoterMeetingArgs = {
  input: RecordVoterMeetingInput;
};


export type MutationRecordVoterMeetingHeldArgs = {
  id: Scalars['ID']['input'];
  input: RecordVoterMeetingHeldInput;
};


export type MutationSetConstituencyCandidatesArgs = {
  constituencyId: Scalars['ID']['input'];
  input: SetConstituencyCandidatesInput;
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
   * HELD voter meetings where the deputy was present, most recent first: `first` of them (default 20, at most 100; more
   * is refused with `BAD_USER_INPUT`, field `first`), after the meeting whose id is `after` (the last of the previous
   * page; an unknown id is refused, field `after`). Each meeting's `recommendationCases` (petitions) tell where the
   * recommendations voters raised stand.
   * Null when the front subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  voterMeetings?: Maybe<Array<VoterMeeting>>;
};


/** A National Assembly deputy (owned by delegation); the front adds the voter meetings the deputy attended. */
export type NationalAssemblyDeputyVoterMeetingsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type NominateCandidateInput = {
  consultationId: Scalars['ID']['input'];
  fullName: Scalars['String']['input'];
  nominatedByAgencyId: Scalars['ID']['input'];
};

export type NominatePeoplesJurorInput = {
  /** The council term, e.g. "2026-2031" */
  councilTerm: Scalars['String']['input'];
  /** City court or a regional court */
  courtLevel: CourtLevel;
  /** Required for REGIONAL (1 to 99), absent for CITY */
  courtRegion?: InputMaybe<Scalars['Int']['input']>;
  /** At most 200 characters */
  fullName: Scalars['String']['input'];
  /** Not in the future */
  nominatedOn: Scalars['Date']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A people's juror (owned by council), elected by the council on the Front's nomination. */
export type PeoplesJuror = {
  __typename?: 'PeoplesJuror';
  /** The juror's id */
  id: Scalars['ID']['output'];
};

/** Giới thiệu người ứng cử Hội thẩm nhân dân — the Front's nominee for the council to elect. */
export type PeoplesJurorNomination = {
  __typename?: 'PeoplesJurorNomination';
  /** The council term the juror would serve, e.g. "2026-2031" */
  councilTerm: Scalars['String']['output'];
  /** The court as officials name it */
  court: Scalars['String']['output'];
  /** City court or a regional court */
  courtLevel: CourtLevel;
  /** Tòa án nhân dân khu vực N (null for the city court) */
  courtRegion?: Maybe<Scalars['Int']['output']>;
  /** When it was recorded */
  createdAt: Scalars['DateTime']['output'];
  /** Public: the electing resolution names the juror */
  fullName: Scalars['String']['output'];
  /** The nomination's id */
  id: Scalars['ID']['output'];
  /**
   * The juror council records from this nomination (NOMINATED until elected); null until council has it, or when the
   * council subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  juror?: Maybe<PeoplesJuror>;
  /** Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  nominatedBy?: Maybe<Agency>;
  /** Day the Front nominated */
  nominatedOn: Scalars['Date']['output'];
};

export type PeoplesJurorNominationConnection = {
  __typename?: 'PeoplesJurorNominationConnection';
  /** This page, latest first */
  edges: Array<PeoplesJurorNominationEdge>;
  /** Whether more pages follow */
  pageInfo: PageInfo;
  /** Nominations matching */
  totalCount: Scalars['Int']['output'];
};

export type PeoplesJurorNominationEdge = {
  __typename?: 'PeoplesJurorNominationEdge';
  /** Opaque cursor: pass as `after` for the next page */
  cursor: Scalars['String']['output'];
  /** The nomination */
  node: PeoplesJurorNomination;
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
  /**
   * The Front committee organising it: the caller's own by default; an administrator may name a commune's
   * (`mttq-<unit id>`; BAD_USER_INPUT when it is no Front committee); anyone else naming another is FORBIDDEN
   */
  organiserAgencyId?: InputMaybe<Scalars['ID']['input']>;
  place: Scalars['String']['input'];
};

/**
 * Ủy ban Mặt trận Tổ quốc Việt Nam thành phố — the city's Fatherland Front Committee: voter meetings,
 * social critique, election consultation and the voter opinion report to each regular council session.
 */
export type Query = {
  __typename?: 'Query';
  candidate?: Maybe<Candidate>;
  /** Constituencies by number. Null when the front subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  constituencies?: Maybe<ConstituencyConnection>;
  /** A constituency (null when none has this id) */
  constituency?: Maybe<Constituency>;
  electionConsultation?: Maybe<ElectionConsultation>;
  /** Null when the front subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  electionConsultations?: Maybe<ElectionConsultationConnection>;
  /** A people's juror nomination (null when none has this id) */
  peoplesJurorNomination?: Maybe<PeoplesJurorNomination>;
  /**
   * The Front's nominations of people's jurors, latest first; `councilTerm` keeps one term's.
   * Null when the front subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  peoplesJurorNominations?: Maybe<PeoplesJurorNominationConnection>;
  socialCritique?: Maybe<SocialCritique>;
  /** Null when the front subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  socialCritiques?: Maybe<SocialCritiqueConnection>;
  /** A voter conference (null when none has this id) */
  voterConference?: Maybe<VoterConference>;
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
export type QueryConstituenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConstituencyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Ủy ban Mặt trận Tổ quốc Việt Nam thành phố — the city's Fatherland Front Committee: voter meetings,
 * social critique, election consultation and the voter opinion report to each regular council session.
 */
export type QueryConstituencyArgs = {
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
export type QueryPeoplesJurorNominationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Ủy ban Mặt trận Tổ quốc Việt Nam thành phố — the city's Fatherland Front Committee: voter meetings,
 * social critique, election consultation and the voter opinion report to each regular council session.
 */
export type QueryPeoplesJurorNominationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  councilTerm?: InputMaybe<Scalars['String']['input']>;
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
export type QueryVoterConferenceArgs = {
  id: Scalars['ID']['input'];
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

export type RecordConstituencyResultInput = {
  /** A constituency with its official list set and no result yet */
  constituencyId: Scalars['ID']['input'];
  /** At most votersVoted */
  validBallots: Scalars['Int']['input'];
  /** Ngày bầu cử; not in the future */
  votedOn: Scalars['Date']['input'];
  /** Voters on the list */
  votersOnList: Scalars['Int']['input'];
  /** At most votersOnList */
  votersVoted: Scalars['Int']['input'];
  /** Every candidate of the official list once, each at most validBallots */
  votes: Array<CandidateVotesInput>;
};

export type RecordVoterConferenceInput = {
  /** At most votersInvited */
  attendance: Scalars['Int']['input'];
  /** A candidate of the second consultation round (or since carried into the third) */
  candidateId: Scalars['ID']['input'];
  /** At most attendance */
  confidenceVotes: Scalars['Int']['input'];
  /** Not in the future, not before the candidate's second consultation round */
  heldOn: Scalars['Date']['input'];
  /** Residence or workplace: one of each per candidate */
  kind: VoterConferenceKind;
  /** Where it was held (at most 500 characters) */
  place: Scalars['String']['input'];
  /** At least 1 */
  votersInvited: Scalars['Int']['input'];
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
  /**
   * The Front committee organising it: the caller's own by default; an administrator may name a commune's
   * (`mttq-<unit id>`; BAD_USER_INPUT when it is no Front committee); anyone else naming another is FORBIDDEN
   */
  organiserAgencyId?: InputMaybe<Scalars['ID']['input']>;
  place: Scalars['String']['input'];
  recommendations: Array<RaisedRecommendationInput>;
};

/** A correction of a result: why, when, and the figures it replaced. */
export type ResultCorrection = {
  __typename?: 'ResultCorrection';
  /** Why */
  code: ResultCorrectionCode;
  /** The day of the correction */
  correctedOn: Scalars['Date']['output'];
  /** The figures before this correction */
  previous: CorrectedFigures;
  /** The reason as recorded */
  reason: Scalars['String']['output'];
};

/** Why a recorded result was corrected. */
export type ResultCorrectionCode =
  /** A clerical error in the record (nhầm lẫn khi ghi biên bản) */
  | 'CLERICAL_ERROR'
  /** The election committee decided it */
  | 'ELECTION_COMMITTEE_DECISION'
  /** The ballots were counted again (kiểm phiếu lại) */
  | 'RECOUNT';

/** Whether a constituency's vote counts (art. 78(1)). */
export type ResultOutcome =
  /** Half or fewer voted: nobody is elected, a new vote is held (bầu cử lại, art. 80) */
  | 'REVOTE_REQUIRED'
  /** More than half the voters on the list voted: the result counts */
  | 'VALID';

export type SetConstituencyCandidatesInput = {
  /** The whole official list, each candidate once (replaces the previous list) */
  candidateIds: Array<Scalars['ID']['input']>;
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
  /** The commune-level unit whose Front committee organises it; null for the city's */
  jurisdiction?: Maybe<AdministrativeUnit>;
  /** Reported after the deadline */
  late: Scalars['Boolean']['output'];
  /** CITY for the city Front committee's, COMMUNE for a commune's */
  level: AgencyLevel;
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
  /** Critiques organised by the Front committee of this commune-level unit */
  jurisdictionUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Critiques organised at this level (CITY includes those recorded before levels were kept) */
  level?: InputMaybe<AgencyLevel>;
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

/** A voter conference on a candidate: attendance and the voters' confidence (counts only: no voter is recorded). */
export type VoterConference = {
  __typename?: 'VoterConference';
  /** Voters present */
  attendance: Scalars['Int']['output'];
  /** The candidate voters were consulted on */
  candidate: Candidate;
  /** confidenceVotes ÷ attendance, in % (two decimals) */
  confidenceShare: Scalars['Float']['output'];
  /** Voters present who gave the candidate their confidence */
  confidenceVotes: Scalars['Int']['output'];
  /** The day it was held */
  heldOn: Scalars['Date']['output'];
  /** The conference's id */
  id: Scalars['ID']['output'];
  /** Residence or workplace */
  kind: VoterConferenceKind;
  /** Where it was held (thôn, tổ dân phố, workplace) */
  place: Scalars['String']['output'];
  /**
   * Attendance met the quorum: for a residence conference, more than half the voters invited under 100, else at least
   * 55 (Nghị quyết 101/2025/UBTVQH15); a workplace conference, anyone present
   */
  quorate: Scalars['Boolean']['output'];
  /** When it was recorded */
  recordedAt: Scalars['DateTime']['output'];
  /** More than half the voters present gave their confidence */
  trusted: Scalars['Boolean']['output'];
  /** Voters convened */
  votersInvited: Scalars['Int']['output'];
};

/** Hội nghị cử tri nơi cư trú (residence) or nơi công tác (workplace). */
export type VoterConferenceKind =
  /** At the candidate's residence (thôn, tổ dân phố), convened by the commune-level Front with the People's Committee */
  | 'RESIDENCE'
  /** At the candidate's workplace, convened by its head */
  | 'WORKPLACE';

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
  /** The commune-level unit whose Front committee organises it; null for the city's */
  jurisdiction?: Maybe<AdministrativeUnit>;
  kind: VoterMeetingKind;
  /** CITY for the city Front committee's, COMMUNE for a commune's */
  level: AgencyLevel;
  /** Null when the delegation subgraph, which holds National Assembly deputies, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  nationalAssemblyDeputies?: Maybe<Array<NationalAssemblyDeputy>>;
  /**
   * The Front committee that convenes it: the city's (`front`) or a commune's (`mttq-<unit id>`), which alone records it held.
   * Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
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
  /** Meetings organised by the Front committee of this commune-level unit */
  jurisdictionUnitId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<VoterMeetingKind>;
  /** Meetings organised at this level (CITY includes those recorded before levels were kept) */
  level?: InputMaybe<AgencyLevel>;
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
  Constituency: Constituency;
  ConstituencyResult: ConstituencyResult;
  CouncilDeputy: CouncilDeputy;
  CouncilSession: CouncilSession;
  ElectionConsultation: ElectionConsultation;
  NationalAssemblyDeputy: NationalAssemblyDeputy;
  PeoplesJurorNomination: PeoplesJurorNomination;
  SocialCritique: SocialCritique;
  VoterConference: VoterConference;
  VoterMeeting: VoterMeeting;
  VoterOpinionReport: VoterOpinionReport;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Candidate:
    ( { __typename: 'Candidate' }
    & GraphQLRecursivePick<FederationTypes['Candidate'], {"id":true}> );
  Constituency:
    ( { __typename: 'Constituency' }
    & GraphQLRecursivePick<FederationTypes['Constituency'], {"id":true}> );
  ConstituencyResult:
    ( { __typename: 'ConstituencyResult' }
    & GraphQLRecursivePick<FederationTypes['ConstituencyResult'], {"id":true}> );
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
  PeoplesJurorNomination:
    ( { __typename: 'PeoplesJurorNomination' }
    & GraphQLRecursivePick<FederationTypes['PeoplesJurorNomination'], {"id":true}> );
  SocialCritique:
    ( { __typename: 'SocialCritique' }
    & GraphQLRecursivePick<FederationTypes['SocialCritique'], {"id":true}> );
  VoterConference:
    ( { __typename: 'VoterConference' }
    & GraphQLRecursivePick<FederationTypes['VoterConference'], {"id":true}> );
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
  AgencyLevel: AgencyLevel;
  Candidate: ResolverTypeWrapper<CandidateDocMapper>;
  CandidateRound: ResolverTypeWrapper<CandidateRoundParentMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CandidateStatus: CandidateStatus;
  CandidateVotes: ResolverTypeWrapper<CandidateVotesParentMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CandidateVotesInput: CandidateVotesInput;
  Constituency: ResolverTypeWrapper<ConstituencyDocMapper>;
  ConstituencyConnection: ResolverTypeWrapper<ConstituencyPageMapper>;
  ConstituencyEdge: ResolverTypeWrapper<Omit<ConstituencyEdge, 'node'> & { node: ResolversTypes['Constituency'] }>;
  ConstituencyFilter: ConstituencyFilter;
  ConstituencyResult: ResolverTypeWrapper<ConstituencyResultDocMapper>;
  CorrectConstituencyResultInput: CorrectConstituencyResultInput;
  CorrectedFigures: ResolverTypeWrapper<CorrectedFiguresParentMapper>;
  CorrectedVotes: ResolverTypeWrapper<CorrectedVotesParentMapper>;
  CouncilDeputy: ResolverTypeWrapper<EntityReferenceMapper>;
  CouncilSession: ResolverTypeWrapper<EntityReferenceMapper>;
  CourtLevel: CourtLevel;
  CreateConstituencyInput: CreateConstituencyInput;
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
  NominatePeoplesJurorInput: NominatePeoplesJurorInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeoplesJuror: ResolverTypeWrapper<EntityReferenceMapper>;
  PeoplesJurorNomination: ResolverTypeWrapper<PeoplesJurorNominationDocMapper>;
  PeoplesJurorNominationConnection: ResolverTypeWrapper<PeoplesJurorNominationPageMapper>;
  PeoplesJurorNominationEdge: ResolverTypeWrapper<Omit<PeoplesJurorNominationEdge, 'node'> & { node: ResolversTypes['PeoplesJurorNomination'] }>;
  PlanVoterMeetingInput: PlanVoterMeetingInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RaisedRecommendation: ResolverTypeWrapper<RaisedRecommendationDocMapper>;
  RaisedRecommendationInput: RaisedRecommendationInput;
  RecordCandidateRoundResultInput: RecordCandidateRoundResultInput;
  RecordConstituencyResultInput: RecordConstituencyResultInput;
  RecordVoterConferenceInput: RecordVoterConferenceInput;
  RecordVoterMeetingHeldInput: RecordVoterMeetingHeldInput;
  RecordVoterMeetingInput: RecordVoterMeetingInput;
  ResultCorrection: ResolverTypeWrapper<ResultCorrectionDocMapper>;
  ResultCorrectionCode: ResultCorrectionCode;
  ResultOutcome: ResultOutcome;
  SetConstituencyCandidatesInput: SetConstituencyCandidatesInput;
  SocialCritique: ResolverTypeWrapper<SocialCritiqueDocMapper>;
  SocialCritiqueConnection: ResolverTypeWrapper<SocialCritiquePageMapper>;
  SocialCritiqueEdge: ResolverTypeWrapper<Omit<SocialCritiqueEdge, 'node'> & { node: ResolversTypes['SocialCritique'] }>;
  SocialCritiqueFilter: SocialCritiqueFilter;
  SocialCritiqueStatus: SocialCritiqueStatus;
  SubmitSocialCritiqueReportInput: SubmitSocialCritiqueReportInput;
  SubmitVoterOpinionReportInput: SubmitVoterOpinionReportInput;
  VoterConference: ResolverTypeWrapper<VoterConferenceDocMapper>;
  VoterConferenceKind: VoterConferenceKind;
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
  CandidateVotes: CandidateVotesParentMapper;
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  CandidateVotesInput: CandidateVotesInput;
  Constituency: ConstituencyDocMapper;
  ConstituencyConnection: ConstituencyPageMapper;
  ConstituencyEdge: Omit<ConstituencyEdge, 'node'> & { node: ResolversParentTypes['Constituency'] };
  ConstituencyFilter: ConstituencyFilter;
  ConstituencyResult: ConstituencyResultDocMapper;
  CorrectConstituencyResultInput: CorrectConstituencyResultInput;
  CorrectedFigures: CorrectedFiguresParentMapper;
  CorrectedVotes: CorrectedVotesParentMapper;
  CouncilDeputy: EntityReferenceMapper;
  CouncilSession: EntityReferenceMapper;
  CreateConstituencyInput: CreateConstituencyInput;
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
  NominatePeoplesJurorInput: NominatePeoplesJurorInput;
  PageInfo: PageInfo;
  PeoplesJuror: EntityReferenceMapper;
  PeoplesJurorNomination: PeoplesJurorNominationDocMapper;
  PeoplesJurorNominationConnection: PeoplesJurorNominationPageMapper;
  PeoplesJurorNominationEdge: Omit<PeoplesJurorNominationEdge, 'node'> & { node: ResolversParentTypes['PeoplesJurorNomination'] };
  PlanVoterMeetingInput: PlanVoterMeetingInput;
  Query: Record<PropertyKey, never>;
  RaisedRecommendation: RaisedRecommendationDocMapper;
  RaisedRecommendationInput: RaisedRecommendationInput;
  RecordCandidateRoundResultInput: RecordCandidateRoundResultInput;
  RecordConstituencyResultInput: RecordConstituencyResultInput;
  RecordVoterConferenceInput: RecordVoterConferenceInput;
  RecordVoterMeetingHeldInput: RecordVoterMeetingHeldInput;
  RecordVoterMeetingInput: RecordVoterMeetingInput;
  ResultCorrection: ResultCorrectionDocMapper;
  SetConstituencyCandidatesInput: SetConstituencyCandidatesInput;
  SocialCritique: SocialCritiqueDocMapper;
  SocialCritiqueConnection: SocialCritiquePageMapper;
  SocialCritiqueEdge: Omit<SocialCritiqueEdge, 'node'> & { node: ResolversParentTypes['SocialCritique'] };
  SocialCritiqueFilter: SocialCritiqueFilter;
  SubmitSocialCritiqueReportInput: SubmitSocialCritiqueReportInput;
  SubmitVoterOpinionReportInput: SubmitVoterOpinionReportInput;
  VoterConference: VoterConferenceDocMapper;
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
  constituency?: Resolver<Maybe<ResolversTypes['Constituency']>, ParentType, ContextType>;
  consultation?: Resolver<ResolversTypes['ElectionConsultation'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nominatedBy?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['CandidateRound']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CandidateStatus'], ParentType, ContextType>;
  voterConferences?: Resolver<Array<ResolversTypes['VoterConference']>, ParentType, ContextType>;
};

export type CandidateRoundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CandidateRound'] = ResolversParentTypes['CandidateRound']> = {
  candidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType>;
  consultation?: Resolver<ResolversTypes['ElectionConsultation'], ParentType, ContextType>;
  decidedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CandidateStatus'], ParentType, ContextType>;
};

export type CandidateVotesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CandidateVotes'] = ResolversParentTypes['CandidateVotes']> = {
  candidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType>;
  elected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  votes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConstituencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Constituency'] = ResolversParentTypes['Constituency'], FederationReferenceType extends FederationReferenceTypes['Constituency'] = FederationReferenceTypes['Constituency']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Constituency']> | FederationReferenceType, FederationReferenceType, ContextType>;
  administrativeUnits?: Resolver<Maybe<Array<ResolversTypes['AdministrativeUnit']>>, ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['Candidate']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  election?: Resolver<ResolversTypes['ElectionKind'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minimumCandidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['ConstituencyResult']>, ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConstituencyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConstituencyConnection'] = ResolversParentTypes['ConstituencyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConstituencyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConstituencyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConstituencyEdge'] = ResolversParentTypes['ConstituencyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Constituency'], ParentType, ContextType>;
};

export type ConstituencyResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConstituencyResult'] = ResolversParentTypes['ConstituencyResult'], FederationReferenceType extends FederationReferenceTypes['ConstituencyResult'] = FederationReferenceTypes['ConstituencyResult']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ConstituencyResult']> | FederationReferenceType, FederationReferenceType, ContextType>;
  constituency?: Resolver<ResolversTypes['Constituency'], ParentType, ContextType>;
  corrections?: Resolver<Array<ResolversTypes['ResultCorrection']>, ParentType, ContextType>;
  elected?: Resolver<Array<ResolversTypes['Candidate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ResultOutcome'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  turnout?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unfilledSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validBallots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  votedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  votersOnList?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  votersVoted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  votes?: Resolver<Array<ResolversTypes['CandidateVotes']>, ParentType, ContextType>;
};

export type CorrectedFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectedFigures'] = ResolversParentTypes['CorrectedFigures']> = {
  validBallots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  votersOnList?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  votersVoted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  votes?: Resolver<Array<ResolversTypes['CorrectedVotes']>, ParentType, ContextType>;
};

export type CorrectedVotesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectedVotes'] = ResolversParentTypes['CorrectedVotes']> = {
  candidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType>;
  votes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CouncilDeputyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilDeputy'] = ResolversParentTypes['CouncilDeputy'], FederationReferenceType extends FederationReferenceTypes['CouncilDeputy'] = FederationReferenceTypes['CouncilDeputy']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilDeputy']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  voterMeetings?: Resolver<Maybe<Array<ResolversTypes['VoterMeeting']>>, ParentType, ContextType, Partial<CouncilDeputyVoterMeetingsArgs>>;
};

export type CouncilSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilSession'] = ResolversParentTypes['CouncilSession'], FederationReferenceType extends FederationReferenceTypes['CouncilSession'] = FederationReferenceTypes['CouncilSession']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilSession']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  voterMeetings?: Resolver<Maybe<Array<ResolversTypes['VoterMeeting']>>, ParentType, ContextType, Partial<CouncilSessionVoterMeetingsArgs>>;
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
  correctConstituencyResult?: Resolver<ResolversTypes['ConstituencyResult'], ParentType, ContextType, RequireFields<MutationCorrectConstituencyResultArgs, 'constituencyId' | 'input'>>;
  createConstituency?: Resolver<ResolversTypes['Constituency'], ParentType, ContextType, RequireFields<MutationCreateConstituencyArgs, 'input'>>;
  createElectionConsultation?: Resolver<ResolversTypes['ElectionConsultation'], ParentType, ContextType, RequireFields<MutationCreateElectionConsultationArgs, 'input'>>;
  createSocialCritique?: Resolver<ResolversTypes['SocialCritique'], ParentType, ContextType, RequireFields<MutationCreateSocialCritiqueArgs, 'input'>>;
  nominateCandidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType, RequireFields<MutationNominateCandidateArgs, 'input'>>;
  nominatePeoplesJuror?: Resolver<ResolversTypes['PeoplesJurorNomination'], ParentType, ContextType, RequireFields<MutationNominatePeoplesJurorArgs, 'input'>>;
  planVoterMeeting?: Resolver<ResolversTypes['VoterMeeting'], ParentType, ContextType, RequireFields<MutationPlanVoterMeetingArgs, 'input'>>;
  recordCandidateRoundResult?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType, RequireFields<MutationRecordCandidateRoundResultArgs, 'candidateId' | 'input'>>;
  recordConstituencyResult?: Resolver<ResolversTypes['ConstituencyResult'], ParentType, ContextType, RequireFields<MutationRecordConstituencyResultArgs, 'input'>>;
  recordVoterConference?: Resolver<ResolversTypes['VoterConference'], ParentType, ContextType, RequireFields<MutationRecordVoterConferenceArgs, 'input'>>;
  recordVoterMeeting?: Resolver<ResolversTypes['VoterMeeting'], ParentType, ContextType, RequireFields<MutationRecordVoterMeetingArgs, 'input'>>;
  recordVoterMeetingHeld?: Resolver<ResolversTypes['VoterMeeting'], ParentType, ContextType, RequireFields<MutationRecordVoterMeetingHeldArgs, 'id' | 'input'>>;
  setConstituencyCandidates?: Resolver<ResolversTypes['Constituency'], ParentType, ContextType, RequireFields<MutationSetConstituencyCandidatesArgs, 'constituencyId' | 'input'>>;
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

export type PeoplesJurorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeoplesJuror'] = ResolversParentTypes['PeoplesJuror']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PeoplesJurorNominationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeoplesJurorNomination'] = ResolversParentTypes['PeoplesJurorNomination'], FederationReferenceType extends FederationReferenceTypes['PeoplesJurorNomination'] = FederationReferenceTypes['PeoplesJurorNomination']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PeoplesJurorNomination']> | FederationReferenceType, FederationReferenceType, ContextType>;
  councilTerm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  court?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courtLevel?: Resolver<ResolversTypes['CourtLevel'], ParentType, ContextType>;
  courtRegion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  juror?: Resolver<Maybe<ResolversTypes['PeoplesJuror']>, ParentType, ContextType>;
  nominatedBy?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  nominatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PeoplesJurorNominationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeoplesJurorNominationConnection'] = ResolversParentTypes['PeoplesJurorNominationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PeoplesJurorNominationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PeoplesJurorNominationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeoplesJurorNominationEdge'] = ResolversParentTypes['PeoplesJurorNominationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PeoplesJurorNomination'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  candidate?: Resolver<Maybe<ResolversTypes['Candidate']>, ParentType, ContextType, RequireFields<QueryCandidateArgs, 'id'>>;
  constituencies?: Resolver<Maybe<ResolversTypes['ConstituencyConnection']>, ParentType, ContextType, Partial<QueryConstituenciesArgs>>;
  constituency?: Resolver<Maybe<ResolversTypes['Constituency']>, ParentType, ContextType, RequireFields<QueryConstituencyArgs, 'id'>>;
  electionConsultation?: Resolver<Maybe<ResolversTypes['ElectionConsultation']>, ParentType, ContextType, RequireFields<QueryElectionConsultationArgs, 'id'>>;
  electionConsultations?: Resolver<Maybe<ResolversTypes['ElectionConsultationConnection']>, ParentType, ContextType, Partial<QueryElectionConsultationsArgs>>;
  peoplesJurorNomination?: Resolver<Maybe<ResolversTypes['PeoplesJurorNomination']>, ParentType, ContextType, RequireFields<QueryPeoplesJurorNominationArgs, 'id'>>;
  peoplesJurorNominations?: Resolver<Maybe<ResolversTypes['PeoplesJurorNominationConnection']>, ParentType, ContextType, Partial<QueryPeoplesJurorNominationsArgs>>;
  socialCritique?: Resolver<Maybe<ResolversTypes['SocialCritique']>, ParentType, ContextType, RequireFields<QuerySocialCritiqueArgs, 'id'>>;
  socialCritiques?: Resolver<Maybe<ResolversTypes['SocialCritiqueConnection']>, ParentType, ContextType, Partial<QuerySocialCritiquesArgs>>;
  voterConference?: Resolver<Maybe<ResolversTypes['VoterConference']>, ParentType, ContextType, RequireFields<QueryVoterConferenceArgs, 'id'>>;
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

export type ResultCorrectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResultCorrection'] = ResolversParentTypes['ResultCorrection']> = {
  code?: Resolver<ResolversTypes['ResultCorrectionCode'], ParentType, ContextType>;
  correctedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['CorrectedFigures'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SocialCritiqueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SocialCritique'] = ResolversParentTypes['SocialCritique'], FederationReferenceType extends FederationReferenceTypes['SocialCritique'] = FederationReferenceTypes['SocialCritique']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SocialCritique']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  draftingAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AgencyLevel'], ParentType, ContextType>;
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

export type VoterConferenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VoterConference'] = ResolversParentTypes['VoterConference'], FederationReferenceType extends FederationReferenceTypes['VoterConference'] = FederationReferenceTypes['VoterConference']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VoterConference']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attendance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  candidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType>;
  confidenceShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  confidenceVotes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VoterConferenceKind'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quorate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  trusted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  votersInvited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  jurisdiction?: Resolver<Maybe<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VoterMeetingKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AgencyLevel'], ParentType, ContextType>;
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
  CandidateVotes?: CandidateVotesResolvers<ContextType>;
  Constituency?: ConstituencyResolvers<ContextType>;
  ConstituencyConnection?: ConstituencyConnectionResolvers<ContextType>;
  ConstituencyEdge?: ConstituencyEdgeResolvers<ContextType>;
  ConstituencyResult?: ConstituencyResultResolvers<ContextType>;
  CorrectedFigures?: CorrectedFiguresResolvers<ContextType>;
  CorrectedVotes?: CorrectedVotesResolvers<ContextType>;
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
  PeoplesJuror?: PeoplesJurorResolvers<ContextType>;
  PeoplesJurorNomination?: PeoplesJurorNominationResolvers<ContextType>;
  PeoplesJurorNominationConnection?: PeoplesJurorNominationConnectionResolvers<ContextType>;
  PeoplesJurorNominationEdge?: PeoplesJurorNominationEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RaisedRecommendation?: RaisedRecommendationResolvers<ContextType>;
  ResultCorrection?: ResultCorrectionResolvers<ContextType>;
  SocialCritique?: SocialCritiqueResolvers<ContextType>;
  SocialCritiqueConnection?: SocialCritiqueConnectionResolvers<ContextType>;
  SocialCritiqueEdge?: SocialCritiqueEdgeResolvers<ContextType>;
  VoterConference?: VoterConferenceResolvers<ContextType>;
  VoterMeeting?: VoterMeetingResolvers<ContextType>;
  VoterMeetingConnection?: VoterMeetingConnectionResolvers<ContextType>;
  VoterMeetingEdge?: VoterMeetingEdgeResolvers<ContextType>;
  VoterOpinionReport?: VoterOpinionReportResolvers<ContextType>;
};

