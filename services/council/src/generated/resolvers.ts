import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference as EntityReferenceMapper } from '@hanoi/platform';
import type { CouncilDeputyDoc as CouncilDeputyDocMapper } from '../repositories/council-deputies';
import type { CouncilDeputyPage as CouncilDeputyPageMapper, CouncilSessionPage as CouncilSessionPageMapper, QuestionPage as QuestionPageMapper, ResolutionPage as ResolutionPageMapper, Context } from '../resolvers-mappers';
import type { CouncilSessionDoc as CouncilSessionDocMapper } from '../repositories/council-sessions';
import type { AgendaItemDoc as AgendaItemDocMapper } from '../repositories/agenda-items';
import type { QuestionDoc as QuestionDocMapper } from '../repositories/questions';
import type { ResolutionDoc as ResolutionDocMapper } from '../repositories/resolutions';
import type { PeoplesJurorDoc as PeoplesJurorDocMapper } from '../repositories/peoples-jurors';
import type { PeoplesJurorPage as PeoplesJurorPageMapper } from '../resolvers-jurors';
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

export type AddAgendaItemInput = {
  councilSessionId: Scalars['ID']['input'];
  presentingAgencyId: Scalars['ID']['input'];
  reviewingCommittee: CouncilCommittee;
  title: Scalars['String']['input'];
};

export type AdministrativeUnit = {
  __typename?: 'AdministrativeUnit';
  id: Scalars['ID']['output'];
};

/** An agency of the city directory, owned by committee; the council adds the agenda items it must present. */
export type Agency = {
  __typename?: 'Agency';
  /**
   * Agenda items this agency presents, earliest document due date first; `lateOnly` keeps those late or missing today.
   * `first` of them (default 20, at most 100; more is refused with `BAD_USER_INPUT`, field `first`), after the item
   * whose id is `after` (the last of the previous page; an unknown id is refused, field `after`).
   * Null when the council subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  agendaItems?: Maybe<Array<AgendaItem>>;
  id: Scalars['ID']['output'];
  /** Provided (@provides) on the references this subgraph returns: its copy of the directory's names */
  name: Scalars['String']['output'];
  shortName: Scalars['String']['output'];
};


/** An agency of the city directory, owned by committee; the council adds the agenda items it must present. */
export type AgencyAgendaItemsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  lateOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AgencyLevel =
  | 'CITY'
  | 'COMMUNE'
  | 'DISTRICT';

/** An item of a session's programme (nội dung trình kỳ họp): a report or draft resolution an agency presents. */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  councilSession: CouncilSession;
  createdAt: Scalars['DateTime']['output'];
  /** Copied from the session when the item was added */
  documentDueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** Submitted after the due date, or not submitted and the due date has passed (today in Hanoi) */
  late: Scalars['Boolean']['output'];
  /**
   * Cơ quan trình — the agency that presents the item and owes its document.
   * Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  presentingAgency?: Maybe<Agency>;
  /** Ban thẩm tra — the council committee that reviews it */
  reviewingCommittee: CouncilCommittee;
  status: AgendaItemStatus;
  /** Null until the document is submitted */
  submittedOn?: Maybe<Scalars['Date']['output']>;
  /** Timeliness today in Hanoi */
  timeliness: DocumentTimeliness;
  title: Scalars['String']['output'];
};

export type AgendaItemStatus =
  /** The presenting agency has not submitted the document yet */
  | 'AWAITING_DOCUMENT'
  | 'DOCUMENT_SUBMITTED';

export type AnswerQuestionInput = {
  answer: Scalars['String']['input'];
  /** Not in the future */
  answeredOn: Scalars['Date']['input'];
};

export type AskQuestionInput = {
  addressedToAgencyId: Scalars['ID']['input'];
  /** A deputy of the session's term */
  askedByDeputyId: Scalars['ID']['input'];
  councilSessionId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

/** A candidate of an election (owned by front); the council adds the deputy the candidate was elected as. */
export type Candidate = {
  __typename?: 'Candidate';
  /**
   * The council deputy this candidate was elected as (trúng cử), when recorded.
   * Null when the council subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  electedCouncilDeputy?: Maybe<CouncilDeputy>;
  id: Scalars['ID']['output'];
};

/** Ban của HĐND — the council's standing committees, which review the items presented to a session. */
export type CouncilCommittee =
  /** Ban Văn hóa - Xã hội */
  | 'CULTURE_SOCIAL'
  /** Ban Kinh tế - Ngân sách */
  | 'ECONOMY_BUDGET'
  /** Ban Pháp chế */
  | 'LEGAL'
  /** Ban Đô thị */
  | 'URBAN';

/** Đại biểu HĐND thành phố — a deputy of the City People's Council for one term. */
export type CouncilDeputy = {
  __typename?: 'CouncilDeputy';
  /** Null when the committee subgraph, which holds administrative units, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  administrativeUnit?: Maybe<AdministrativeUnit>;
  /** The candidate (front) elected as this deputy, when recorded */
  candidate?: Maybe<Candidate>;
  /** Committees (Ban) the deputy sits on; may be empty */
  committees: Array<CouncilCommittee>;
  /** Đơn vị bầu cử — the electoral constituency, as named on the election record */
  constituency: Scalars['String']['output'];
  /** The People's Council standing body of the deputy's council: the city's (`council`) or a commune's */
  council?: Maybe<Agency>;
  createdAt: Scalars['DateTime']['output'];
  fullName: Scalars['String']['output'];
  /** Đại biểu hoạt động chuyên trách — works for the council full time */
  fullTime: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The commune-level unit whose council the deputy sits on; null for the city's */
  jurisdiction?: Maybe<AdministrativeUnit>;
  /** CITY for the city council's deputies, COMMUNE for a commune's */
  level: AgencyLevel;
  /** Nhiệm kỳ: "2021-2026" or "2026-2031" */
  term: Scalars['String']['output'];
};

export type CouncilDeputyConnection = {
  __typename?: 'CouncilDeputyConnection';
  edges: Array<CouncilDeputyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CouncilDeputyEdge = {
  __typename?: 'CouncilDeputyEdge';
  cursor: Scalars['String']['output'];
  node: CouncilDeputy;
};

export type CouncilDeputyFilter = {
  /** Deputies sitting on this committee */
  committee?: InputMaybe<CouncilCommittee>;
  /** Deputies of the council of this commune-level unit */
  jurisdictionUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Deputies of the councils of this level (CITY includes those recorded before levels were kept) */
  level?: InputMaybe<AgencyLevel>;
  /** Case-insensitive part of the full name or constituency */
  search?: InputMaybe<Scalars['String']['input']>;
  term?: InputMaybe<Scalars['String']['input']>;
};

/** Kỳ họp — a session of the City People's Council, or of a commune's (phường, xã) People's Council. */
export type CouncilSession = {
  __typename?: 'CouncilSession';
  /** The programme, in the order items were added */
  agenda: Array<AgendaItem>;
  /** Bế mạc */
  closesOn: Scalars['Date']['output'];
  /**
   * The People's Council standing body holding it: the city's (`council`) or a commune's (`hdnd-<unit id>`), which
   * alone schedules, opens, closes and orders it
   */
  council?: Maybe<Agency>;
  /**
   * Day by which presenting agencies must submit their documents, and the Standing Committee issue the programme
   * (opening day minus the configured lead days)
   */
  documentDueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The commune-level unit whose council holds it; null for the city's */
  jurisdiction?: Maybe<AdministrativeUnit>;
  kind: CouncilSessionKind;
  /** CITY for the city council's sessions, COMMUNE for a commune's */
  level: AgencyLevel;
  /** e.g. "Kỳ họp thứ 12, HĐND thành phố khóa XVI" */
  name: Scalars['String']['output'];
  /** Kỳ họp thứ N within the term */
  number: Scalars['Int']['output'];
  /** Khai mạc */
  opensOn: Scalars['Date']['output'];
  /**
   * Every agenda item's document with its timeliness on `asOf` (default: today in Hanoi), and the counts;
   * documents submitted after `asOf` count as not yet submitted on that day.
   */
  preparationDossier: PreparationDossier;
  /** Ngày ban hành chương trình kỳ họp; null until issued */
  programmeIssuedOn?: Maybe<Scalars['Date']['output']>;
  questions: Array<Question>;
  resolutions: Array<Resolution>;
  scheduledAt: Scalars['DateTime']['output'];
  status: CouncilSessionStatus;
  /** Nhiệm kỳ: "2021-2026" or "2026-2031" */
  term: Scalars['String']['output'];
};


/** Kỳ họp — a session of the City People's Council, or of a commune's (phường, xã) People's Council. */
export type CouncilSessionPreparationDossierArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type CouncilSessionConnection = {
  __typename?: 'CouncilSessionConnection';
  edges: Array<CouncilSessionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CouncilSessionEdge = {
  __typename?: 'CouncilSessionEdge';
  cursor: Scalars['String']['output'];
  node: CouncilSession;
};

export type CouncilSessionFilter = {
  /** Sessions of the council of this commune-level unit */
  jurisdictionUnitId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<CouncilSessionKind>;
  /** Sessions of the councils of this level (CITY includes those scheduled before levels were kept) */
  level?: InputMaybe<AgencyLevel>;
  /** Opening on or after this day */
  opensFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Opening on or before this day */
  opensTo?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<CouncilSessionStatus>;
  term?: InputMaybe<Scalars['String']['input']>;
};

export type CouncilSessionKind =
  /** Kỳ họp thường lệ */
  | 'REGULAR'
  /** Kỳ họp chuyên đề */
  | 'THEMATIC';

export type CouncilSessionStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'SCHEDULED';

/** Tòa án nhân dân thành phố, or a Tòa án nhân dân khu vực. */
export type CourtLevel =
  /** Tòa án nhân dân thành phố Hà Nội */
  | 'CITY'
  /** A Tòa án nhân dân khu vực (numbered) */
  | 'REGIONAL';

export type CreateCouncilDeputyInput = {
  administrativeUnitId: Scalars['ID']['input'];
  /** The front's candidate elected as this deputy; one deputy per candidate (CONFLICT otherwise) */
  candidateId?: InputMaybe<Scalars['ID']['input']>;
  committees?: InputMaybe<Array<CouncilCommittee>>;
  constituency: Scalars['String']['input'];
  fullName: Scalars['String']['input'];
  fullTime: Scalars['Boolean']['input'];
  term: Scalars['String']['input'];
};

export type CreateResolutionInput = {
  adoptedOn: Scalars['Date']['input'];
  councilSessionId: Scalars['ID']['input'];
  kind: ResolutionKind;
  number: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** Where an item's document stands against its due date. */
export type DocumentTimeliness =
  /** Submitted after the due date */
  | 'LATE'
  /** Not submitted and the due date has passed */
  | 'MISSING'
  /** Submitted on or before the due date */
  | 'ON_TIME'
  /** Not submitted, the due date has not passed yet */
  | 'PENDING';

export type ElectPeoplesJurorInput = {
  /** The session that voted: of the term the juror was nominated for */
  councilSessionId: Scalars['ID']['input'];
  /** Within the session's days, not in the future */
  electedOn: Scalars['Date']['input'];
  /** The electing resolution (kind PEOPLES_JURORS_ELECTION), when recorded */
  resolutionId?: InputMaybe<Scalars['ID']['input']>;
};

export type IssueSessionProgrammeInput = {
  /** Not in the future, not after the session opens */
  issuedOn: Scalars['Date']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds an item to a session's programme, presented by an agency and reviewed by one of the council's
   * committees; the item's document due date is the session's. Publishes `vn.hanoi.council.agendaItem.added.v1`
   * and opens the presenting agency's AGENDA_DOCUMENT obligation. CONFLICT on a CLOSED session.
   */
  addAgendaItem: AgendaItem;
  /**
   * Records the addressed agency's answer (staff of that agency or of the council). Publishes
   * `vn.hanoi.council.question.answered.v1` and meets the question's obligation. CONFLICT when already answered.
   */
  answerQuestion: Question;
  /**
   * Records a deputy's question to an agency, answered by the session's closing day plus the configured answer days.
   * Publishes `vn.hanoi.council.question.asked.v1` and opens the agency's QUESTION_ANSWER obligation.
   */
  askQuestion: Question;
  /** IN_PROGRESS → CLOSED (bế mạc). Publishes `vn.hanoi.council.councilSession.closed.v1`. CONFLICT from any other status. */
  closeCouncilSession: CouncilSession;
  createCouncilDeputy: CouncilDeputy;
  /** Records a resolution adopted at a session. Publishes `vn.hanoi.council.resolution.adopted.v1`. CONFLICT on a number already used. */
  createResolution: Resolution;
  /**
   * The council elects a people's juror the Front nominated (NOMINATED → ELECTED) at a session of the term the juror was
   * nominated for (BAD_USER_INPUT on `input.councilSessionId` otherwise, on `input.electedOn` outside the session's days);
   * the juror's term starts that day and ends with the council's. CONFLICT when already elected.
   * Publishes `vn.hanoi.council.peoplesJuror.elected.v1`.
   */
  electPeoplesJuror: PeoplesJuror;
  /**
   * Records that the Standing Committee issued the session's programme (ban hành chương trình kỳ họp), on or before
   * the opening day (council staff); due by the session's `documentDueOn`. Publishes `vn.hanoi.council.councilSession.programmeIssued.v1`
   * and meets the session's SESSION_PROGRAMME obligation. CONFLICT when the programme was already issued.
   */
  issueSessionProgramme: CouncilSession;
  /** SCHEDULED → IN_PROGRESS (khai mạc). Publishes `vn.hanoi.council.councilSession.opened.v1`. CONFLICT from any other status. */
  openCouncilSession: CouncilSession;
  /**
   * Schedules a session; its document due date is computed from the opening day. Publishes
   * `vn.hanoi.council.councilSession.scheduled.v1` with `{ councilSessionId, term, number, kind, opensOn,
   * closesOn, documentDueOn, councilAgencyId, level, jurisdictionUnitId }` (flow F3: supervision creates the
   * preparation tasks, petitions learns the date). The session is the caller's standing body's: the city's, or the
   * commune's whose council the caller's agency is (an administrator schedules the city's); FORBIDDEN for other callers.
   * CONFLICT when that council's term already has a session with this number.
   */
  scheduleCouncilSession: CouncilSession;
  /**
   * Records that the presenting agency submitted the item's document (staff of that agency or of the council).
   * Publishes `vn.hanoi.council.agendaItem.documentSubmitted.v1` with `{ agendaItemId, councilSessionId,
   * presentingAgencyId, documentDueOn, submittedOn, late }` and meets the item's obligation. CONFLICT when already submitted.
   */
  submitAgendaDocument: AgendaItem;
};


export type MutationAddAgendaItemArgs = {
  input: AddAgendaItemInput;
};


export type MutationAnswerQuestionArgs = {
  input: AnswerQuestionInput;
  questionId: Scalars['ID']['input'];
};


export type MutationAskQuestionArgs = {
  input: AskQuestionInput;
};


export type MutationCloseCouncilSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateCouncilDeputyArgs = {
  input: CreateCouncilDeputyInput;
};


export type MutationCreateResolutionArgs = {
  input: CreateResolutionInput;
};


export type MutationElectPeoplesJurorArgs = {
  id: Scalars['ID']['input'];
  input: ElectPeoplesJurorInput;
};


export type MutationIssueSessionProgrammeArgs = {
  id: Scalars['ID']['input'];
  input: IssueSessionProgrammeInput;
};


export type MutationOpenCouncilSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationScheduleCouncilSessionArgs = {
  input: ScheduleCouncilSessionInput;
};


export type MutationSubmitAgendaDocumentArgs = {
  agendaItemId: Scalars['ID']['input'];
  input: SubmitAgendaDocumentInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * Hội thẩm nhân dân — a people's juror of the city court or a regional court: nominated by the Front (recorded here from
 * its event), elected by the council, serving the council's term.
 */
export type PeoplesJuror = {
  __typename?: 'PeoplesJuror';
  /** The court as officials name it */
  court: Scalars['String']['output'];
  /** City court or a regional court */
  courtLevel: CourtLevel;
  /** Tòa án nhân dân khu vực N (null for the city court) */
  courtRegion?: Maybe<Scalars['Int']['output']>;
  /** The session that elected the juror (null while NOMINATED) */
  electedAt?: Maybe<CouncilSession>;
  /** Public: the electing resolution names the juror */
  fullName: Scalars['String']['output'];
  /** The juror's id (derived from the Front's nomination) */
  id: Scalars['ID']['output'];
  /** Day the Front nominated the juror */
  nominatedOn: Scalars['Date']['output'];
  /** The Front's nomination the juror was recorded from (null only while the front subgraph is unavailable) */
  nomination?: Maybe<PeoplesJurorNomination>;
  /** The electing resolution, when recorded */
  resolution?: Maybe<Resolution>;
  /** Elected, the term begun and not ended (today in Hanoi) */
  serving: Scalars['Boolean']['output'];
  /** Nominated or elected */
  status: PeoplesJurorStatus;
  /** The council term the juror serves, e.g. "2026-2031" */
  term: Scalars['String']['output'];
  /**
   * End of the juror's term, which is the council's: the opening of the next council's first session (null until that
   * session is scheduled, or while NOMINATED)
   */
  termEndsOn?: Maybe<Scalars['Date']['output']>;
  /** Start of the juror's term: the day of the electing vote (null while NOMINATED) */
  termStartsOn?: Maybe<Scalars['Date']['output']>;
};

export type PeoplesJurorConnection = {
  __typename?: 'PeoplesJurorConnection';
  /** This page, by name */
  edges: Array<PeoplesJurorEdge>;
  /** Whether more pages follow */
  pageInfo: PageInfo;
  /** Jurors matching the filter */
  totalCount: Scalars['Int']['output'];
};

export type PeoplesJurorEdge = {
  __typename?: 'PeoplesJurorEdge';
  /** Opaque cursor: pass as `after` for the next page */
  cursor: Scalars['String']['output'];
  /** The juror */
  node: PeoplesJuror;
};

export type PeoplesJurorFilter = {
  /** City court or regional courts */
  courtLevel?: InputMaybe<CourtLevel>;
  /** Nominated or elected */
  status?: InputMaybe<PeoplesJurorStatus>;
  /** e.g. "2026-2031" */
  term?: InputMaybe<Scalars['String']['input']>;
};

/** The Front's nomination of a people's juror (owned by front). */
export type PeoplesJurorNomination = {
  __typename?: 'PeoplesJurorNomination';
  /** The nomination's id */
  id: Scalars['ID']['output'];
};

/** Where a people's juror stands. */
export type PeoplesJurorStatus =
  /** Elected by the council */
  | 'ELECTED'
  /** Nominated by the Front, not yet elected */
  | 'NOMINATED';

/** Hồ sơ chuẩn bị kỳ họp — the state of a session's documents on one day. */
export type PreparationDossier = {
  __typename?: 'PreparationDossier';
  asOf: Scalars['Date']['output'];
  councilSession: CouncilSession;
  documentDueOn: Scalars['Date']['output'];
  entries: Array<PreparationDossierEntry>;
  /** Submitted after the due date */
  late: Scalars['Int']['output'];
  /** Not submitted, due date passed */
  missing: Scalars['Int']['output'];
  onTime: Scalars['Int']['output'];
  /** Not submitted, not yet due */
  pending: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type PreparationDossierEntry = {
  __typename?: 'PreparationDossierEntry';
  agendaItem: AgendaItem;
  /** Days past the due date (submission day, or `asOf` while missing); 0 when on time or pending */
  daysLate: Scalars['Int']['output'];
  timeliness: DocumentTimeliness;
};

/**
 * Thường trực Hội đồng nhân dân thành phố — the Standing Committee of the City People's Council: council
 * sessions (kỳ họp) and their programme, the documents agencies owe each session, questioning (chất vấn),
 * resolutions and council deputies.
 */
export type Query = {
  __typename?: 'Query';
  agendaItem?: Maybe<AgendaItem>;
  /** Null when the council subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  councilDeputies?: Maybe<CouncilDeputyConnection>;
  councilDeputy?: Maybe<CouncilDeputy>;
  councilSession?: Maybe<CouncilSession>;
  /** Sessions, latest opening first. Null when the council subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  councilSessions?: Maybe<CouncilSessionConnection>;
  /**
   * The first regular session opening strictly after `after` (a voter meeting held on a session's opening day
   * belongs to the next one). Null when none is scheduled yet.
   */
  nextRegularSession?: Maybe<CouncilSession>;
  /** A people's juror (null when none has this id) */
  peoplesJuror?: Maybe<PeoplesJuror>;
  /** People's jurors by name. Null when the council subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  peoplesJurors?: Maybe<PeoplesJurorConnection>;
  question?: Maybe<Question>;
  /** Questions, oldest first. Null when the council subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  questions?: Maybe<QuestionConnection>;
  resolution?: Maybe<Resolution>;
  /** Resolutions, latest adopted first. Null when the council subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  resolutions?: Maybe<ResolutionConnection>;
};


/**
 * Thường trực Hội đồng nhân dân thành phố — the Standing Committee of the City People's Council: council
 * sessions (kỳ họp) and their programme, the documents agencies owe each session, questioning (chất vấn),
 * resolutions and council deputies.
 */
export type QueryAgendaItemArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Thường trực Hội đồng nhân dân thành phố — the Standing Committee of the City People's Council: council
 * sessions (kỳ họp) and their programme, the documents agencies owe each session, questioning (chất vấn),
 * resolutions and council deputies.
 */
export type QueryCouncilDeputiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CouncilDeputyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Thường trực Hội đồng nhân dân thành phố — the Standing Committee of the City People's Council: council
 * sessions (kỳ họp) and their programme, the documents agencies owe each session, questioning (chất vấn),
 * resolutions and council deputies.
 */
export type QueryCouncilDeputyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Thường trực Hội đồng nhân dân thành phố — the Standing Committee of the City People's Council: council
 * sessions (kỳ họp) and their programme, the documents agencies owe each session, questioning (chất vấn),
 * resolutions and council deputies.
 */
export type QueryCouncilSessionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Thường trực Hội đồng nhân dân thành phố — the Standing Committee of the City People's Council: council
 * sessions (kỳ họp) and their programme, the documents agencies owe each session, questioning (chất vấn),
 * resolutions and council deputies.
 */
export type QueryCouncilSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CouncilSessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Thường trực Hội đồng nhân dân thành phố — the Standing Committee of the City People's Council: council
 * sessions (kỳ họp) and their programme, the documents agencies owe each session, questioning (chất vấn),
 * resolutions and council deputies.
 */
export type QueryNextRegularSessionArgs = {
  after: Scalars['Date']['input'];
  councilAgencyId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Thường trực Hội đồng nhân dân thành phố — the Standing Committee of the City People's Council: council
 * sessions (kỳ họp) and their programme, the documents agencies owe each session, questioning (chất vấn),
 * resolutions and council deputies.
 */
export type QueryPeoplesJurorArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Thường trực Hội đồng nhân dân thành phố — the Standing Committee of the City People's Council: council
 * sessions (kỳ họp) and their programme, the documents agencies owe each session, questioning (chất vấn),
 * resolutions and council deputies.
 */
export type QueryPeoplesJurorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PeoplesJurorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Thường trực Hội đồng nhân dân thành phố — the Standing Committee of the City People's Council: council
 * sessions (kỳ họp) and their programme, the documents agencies owe each session, questioning (chất vấn),
 * resolutions and council deputies.
 */
export type QueryQuestionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Thường trực Hội đồng nhân dân thành phố — the Standing Committee of the City People's Council: council
 * sessions (kỳ họp) and their programme, the documents agencies owe each session, questioning (chất vấn),
 * resolutions and council deputies.
 */
export type QueryQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuestionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Thường trực Hội đồng nhân dân thành phố — the Standing Committee of the City People's Council: council
 * sessions (kỳ họp) and their programme, the documents agencies owe each session, questioning (chất vấn),
 * resolutions and council deputies.
 */
export type QueryResolutionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Thường trực Hội đồng nhân dân thành phố — the Standing Committee of the City People's Council: council
 * sessions (kỳ họp) and their programme, the documents agencies owe each session, questioning (chất vấn),
 * resolutions and council deputies.
 */
export type QueryResolutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResolutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Chất vấn — a deputy's question to the head of an agency, at a session. */
export type Question = {
  __typename?: 'Question';
  /** Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  addressedTo?: Maybe<Agency>;
  answer?: Maybe<Scalars['String']['output']>;
  answeredOn?: Maybe<Scalars['Date']['output']>;
  askedAt: Scalars['DateTime']['output'];
  askedBy: CouncilDeputy;
  councilSession: CouncilSession;
  /** Hạn trả lời: the session's closing day plus the configured answer days (null on questions recorded before it was kept) */
  dueOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** Answered after dueOn, or still unanswered once it has passed (today in Hanoi) */
  late: Scalars['Boolean']['output'];
  status: QuestionStatus;
  text: Scalars['String']['output'];
};

export type QuestionConnection = {
  __typename?: 'QuestionConnection';
  edges: Array<QuestionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuestionEdge = {
  __typename?: 'QuestionEdge';
  cursor: Scalars['String']['output'];
  node: Question;
};

export type QuestionFilter = {
  addressedToAgencyId?: InputMaybe<Scalars['ID']['input']>;
  askedByDeputyId?: InputMaybe<Scalars['ID']['input']>;
  councilSessionId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<QuestionStatus>;
};

export type QuestionStatus =
  | 'ANSWERED'
  | 'ASKED';

/** Nghị quyết — a resolution the council adopted at a session. */
export type Resolution = {
  __typename?: 'Resolution';
  /** Within the session's days */
  adoptedOn: Scalars['Date']['output'];
  councilSession: CouncilSession;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: ResolutionKind;
  /** e.g. "12/NQ-HĐND" or "05/2024/NQ-HĐND"; unique within its year (numbering restarts yearly) */
  number: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type ResolutionConnection = {
  __typename?: 'ResolutionConnection';
  edges: Array<ResolutionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ResolutionEdge = {
  __typename?: 'ResolutionEdge';
  cursor: Scalars['String']['output'];
  node: Resolution;
};

export type ResolutionFilter = {
  councilSessionId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<ResolutionKind>;
};

export type ResolutionKind =
  /** Dự toán, quyết toán ngân sách */
  | 'BUDGET'
  | 'OTHER'
  /** Bầu Hội thẩm nhân dân — election of people's jurors */
  | 'PEOPLES_JURORS_ELECTION'
  /** Bầu, miễn nhiệm, bãi nhiệm */
  | 'PERSONNEL'
  /** Đầu tư công */
  | 'PUBLIC_INVESTMENT'
  /** Nghị quyết quy phạm pháp luật — a legal normative resolution */
  | 'REGULATION'
  /** Kinh tế - xã hội */
  | 'SOCIO_ECONOMIC'
  /** Giám sát, chất vấn */
  | 'SUPERVISION';

export type ScheduleCouncilSessionInput = {
  closesOn: Scalars['Date']['input'];
  /**
   * The standing body holding it: the caller's own by default; an administrator may name a commune's (`hdnd-<unit id>`;
   * BAD_USER_INPUT when it is no People's Council standing body); anyone else naming another body is FORBIDDEN
   */
  councilAgencyId?: InputMaybe<Scalars['ID']['input']>;
  kind: CouncilSessionKind;
  number: Scalars['Int']['input'];
  opensOn: Scalars['Date']['input'];
  term: Scalars['String']['input'];
};

export type SubmitAgendaDocumentInput = {
  /** The day the document reached the council; not in the future */
  submittedOn: Scalars['Date']['input'];
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
  AgendaItem: AgendaItem;
  Candidate: Candidate;
  CouncilDeputy: CouncilDeputy;
  CouncilSession: CouncilSession;
  PeoplesJuror: PeoplesJuror;
  Question: Question;
  Resolution: Resolution;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Agency:
    ( { __typename: 'Agency' }
    & GraphQLRecursivePick<FederationTypes['Agency'], {"id":true}> );
  AgendaItem:
    ( { __typename: 'AgendaItem' }
    & GraphQLRecursivePick<FederationTypes['AgendaItem'], {"id":true}> );
  Candidate:
    ( { __typename: 'Candidate' }
    & GraphQLRecursivePick<FederationTypes['Candidate'], {"id":true}> );
  CouncilDeputy:
    ( { __typename: 'CouncilDeputy' }
    & GraphQLRecursivePick<FederationTypes['CouncilDeputy'], {"id":true}> );
  CouncilSession:
    ( { __typename: 'CouncilSession' }
    & GraphQLRecursivePick<FederationTypes['CouncilSession'], {"id":true}> );
  PeoplesJuror:
    ( { __typename: 'PeoplesJuror' }
    & GraphQLRecursivePick<FederationTypes['PeoplesJuror'], {"id":true}> );
  Question:
    ( { __typename: 'Question' }
    & GraphQLRecursivePick<FederationTypes['Question'], {"id":true}> );
  Resolution:
    ( { __typename: 'Resolution' }
    & GraphQLRecursivePick<FederationTypes['Resolution'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddAgendaItemInput: AddAgendaItemInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AdministrativeUnit: ResolverTypeWrapper<EntityReferenceMapper>;
  Agency: ResolverTypeWrapper<EntityReferenceMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AgencyLevel: AgencyLevel;
  AgendaItem: ResolverTypeWrapper<AgendaItemDocMapper>;
  AgendaItemStatus: AgendaItemStatus;
  AnswerQuestionInput: AnswerQuestionInput;
  AskQuestionInput: AskQuestionInput;
  Candidate: ResolverTypeWrapper<EntityReferenceMapper>;
  CouncilCommittee: CouncilCommittee;
  CouncilDeputy: ResolverTypeWrapper<CouncilDeputyDocMapper>;
  CouncilDeputyConnection: ResolverTypeWrapper<CouncilDeputyPageMapper>;
  CouncilDeputyEdge: ResolverTypeWrapper<Omit<CouncilDeputyEdge, 'node'> & { node: ResolversTypes['CouncilDeputy'] }>;
  CouncilDeputyFilter: CouncilDeputyFilter;
  CouncilSession: ResolverTypeWrapper<CouncilSessionDocMapper>;
  CouncilSessionConnection: ResolverTypeWrapper<CouncilSessionPageMapper>;
  CouncilSessionEdge: ResolverTypeWrapper<Omit<CouncilSessionEdge, 'node'> & { node: ResolversTypes['CouncilSession'] }>;
  CouncilSessionFilter: CouncilSessionFilter;
  CouncilSessionKind: CouncilSessionKind;
  CouncilSessionStatus: CouncilSessionStatus;
  CourtLevel: CourtLevel;
  CreateCouncilDeputyInput: CreateCouncilDeputyInput;
  CreateResolutionInput: CreateResolutionInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DocumentTimeliness: DocumentTimeliness;
  ElectPeoplesJurorInput: ElectPeoplesJurorInput;
  IssueSessionProgrammeInput: IssueSessionProgrammeInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeoplesJuror: ResolverTypeWrapper<PeoplesJurorDocMapper>;
  PeoplesJurorConnection: ResolverTypeWrapper<PeoplesJurorPageMapper>;
  PeoplesJurorEdge: ResolverTypeWrapper<Omit<PeoplesJurorEdge, 'node'> & { node: ResolversTypes['PeoplesJuror'] }>;
  PeoplesJurorFilter: PeoplesJurorFilter;
  PeoplesJurorNomination: ResolverTypeWrapper<EntityReferenceMapper>;
  PeoplesJurorStatus: PeoplesJurorStatus;
  PreparationDossier: ResolverTypeWrapper<Omit<PreparationDossier, 'councilSession' | 'entries'> & { councilSession: ResolversTypes['CouncilSession'], entries: Array<ResolversTypes['PreparationDossierEntry']> }>;
  PreparationDossierEntry: ResolverTypeWrapper<Omit<PreparationDossierEntry, 'agendaItem'> & { agendaItem: ResolversTypes['AgendaItem'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Question: ResolverTypeWrapper<QuestionDocMapper>;
  QuestionConnection: ResolverTypeWrapper<QuestionPageMapper>;
  QuestionEdge: ResolverTypeWrapper<Omit<QuestionEdge, 'node'> & { node: ResolversTypes['Question'] }>;
  QuestionFilter: QuestionFilter;
  QuestionStatus: QuestionStatus;
  Resolution: ResolverTypeWrapper<ResolutionDocMapper>;
  ResolutionConnection: ResolverTypeWrapper<ResolutionPageMapper>;
  ResolutionEdge: ResolverTypeWrapper<Omit<ResolutionEdge, 'node'> & { node: ResolversTypes['Resolution'] }>;
  ResolutionFilter: ResolutionFilter;
  ResolutionKind: ResolutionKind;
  ScheduleCouncilSessionInput: ScheduleCouncilSessionInput;
  SubmitAgendaDocumentInput: SubmitAgendaDocumentInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddAgendaItemInput: AddAgendaItemInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AdministrativeUnit: EntityReferenceMapper;
  Agency: EntityReferenceMapper;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  AgendaItem: AgendaItemDocMapper;
  AnswerQuestionInput: AnswerQuestionInput;
  AskQuestionInput: AskQuestionInput;
  Candidate: EntityReferenceMapper;
  CouncilDeputy: CouncilDeputyDocMapper;
  CouncilDeputyConnection: CouncilDeputyPageMapper;
  CouncilDeputyEdge: Omit<CouncilDeputyEdge, 'node'> & { node: ResolversParentTypes['CouncilDeputy'] };
  CouncilDeputyFilter: CouncilDeputyFilter;
  CouncilSession: CouncilSessionDocMapper;
  CouncilSessionConnection: CouncilSessionPageMapper;
  CouncilSessionEdge: Omit<CouncilSessionEdge, 'node'> & { node: ResolversParentTypes['CouncilSession'] };
  CouncilSessionFilter: CouncilSessionFilter;
  CreateCouncilDeputyInput: CreateCouncilDeputyInput;
  CreateResolutionInput: CreateResolutionInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  ElectPeoplesJurorInput: ElectPeoplesJurorInput;
  IssueSessionProgrammeInput: IssueSessionProgrammeInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PeoplesJuror: PeoplesJurorDocMapper;
  PeoplesJurorConnection: PeoplesJurorPageMapper;
  PeoplesJurorEdge: Omit<PeoplesJurorEdge, 'node'> & { node: ResolversParentTypes['PeoplesJuror'] };
  PeoplesJurorFilter: PeoplesJurorFilter;
  PeoplesJurorNomination: EntityReferenceMapper;
  PreparationDossier: Omit<PreparationDossier, 'councilSession' | 'entries'> & { councilSession: ResolversParentTypes['CouncilSession'], entries: Array<ResolversParentTypes['PreparationDossierEntry']> };
  PreparationDossierEntry: Omit<PreparationDossierEntry, 'agendaItem'> & { agendaItem: ResolversParentTypes['AgendaItem'] };
  Query: Record<PropertyKey, never>;
  Question: QuestionDocMapper;
  QuestionConnection: QuestionPageMapper;
  QuestionEdge: Omit<QuestionEdge, 'node'> & { node: ResolversParentTypes['Question'] };
  QuestionFilter: QuestionFilter;
  Resolution: ResolutionDocMapper;
  ResolutionConnection: ResolutionPageMapper;
  ResolutionEdge: Omit<ResolutionEdge, 'node'> & { node: ResolversParentTypes['Resolution'] };
  ResolutionFilter: ResolutionFilter;
  ScheduleCouncilSessionInput: ScheduleCouncilSessionInput;
  SubmitAgendaDocumentInput: SubmitAgendaDocumentInput;
};

export type AdministrativeUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdministrativeUnit'] = ResolversParentTypes['AdministrativeUnit']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency'], FederationReferenceType extends FederationReferenceTypes['Agency'] = FederationReferenceTypes['Agency']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agency']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agendaItems?: Resolver<Maybe<Array<ResolversTypes['AgendaItem']>>, ParentType, ContextType, Partial<AgencyAgendaItemsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgendaItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgendaItem'] = ResolversParentTypes['AgendaItem'], FederationReferenceType extends FederationReferenceTypes['AgendaItem'] = FederationReferenceTypes['AgendaItem']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AgendaItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  councilSession?: Resolver<ResolversTypes['CouncilSession'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  documentDueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  presentingAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  reviewingCommittee?: Resolver<ResolversTypes['CouncilCommittee'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgendaItemStatus'], ParentType, ContextType>;
  submittedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  timeliness?: Resolver<ResolversTypes['DocumentTimeliness'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Candidate'] = ResolversParentTypes['Candidate'], FederationReferenceType extends FederationReferenceTypes['Candidate'] = FederationReferenceTypes['Candidate']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Candidate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  electedCouncilDeputy?: Resolver<Maybe<ResolversTypes['CouncilDeputy']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CouncilDeputyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilDeputy'] = ResolversParentTypes['CouncilDeputy'], FederationReferenceType extends FederationReferenceTypes['CouncilDeputy'] = FederationReferenceTypes['CouncilDeputy']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilDeputy']> | FederationReferenceType, FederationReferenceType, ContextType>;
  administrativeUnit?: Resolver<Maybe<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  candidate?: Resolver<Maybe<ResolversTypes['Candidate']>, ParentType, ContextType>;
  committees?: Resolver<Array<ResolversTypes['CouncilCommittee']>, ParentType, ContextType>;
  constituency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  council?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AgencyLevel'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CouncilDeputyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilDeputyConnection'] = ResolversParentTypes['CouncilDeputyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CouncilDeputyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CouncilDeputyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilDeputyEdge'] = ResolversParentTypes['CouncilDeputyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CouncilDeputy'], ParentType, ContextType>;
};

export type CouncilSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilSession'] = ResolversParentTypes['CouncilSession'], FederationReferenceType extends FederationReferenceTypes['CouncilSession'] = FederationReferenceTypes['CouncilSession']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilSession']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agenda?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  closesOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  council?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  documentDueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CouncilSessionKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AgencyLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opensOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  preparationDossier?: Resolver<ResolversTypes['PreparationDossier'], ParentType, ContextType, Partial<CouncilSessionPreparationDossierArgs>>;
  programmeIssuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType>;
  resolutions?: Resolver<Array<ResolversTypes['Resolution']>, ParentType, ContextType>;
  scheduledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CouncilSessionStatus'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CouncilSessionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilSessionConnection'] = ResolversParentTypes['CouncilSessionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CouncilSessionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CouncilSessionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilSessionEdge'] = ResolversParentTypes['CouncilSessionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CouncilSession'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAgendaItem?: Resolver<ResolversTypes['AgendaItem'], ParentType, ContextType, RequireFields<MutationAddAgendaItemArgs, 'input'>>;
  answerQuestion?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationAnswerQuestionArgs, 'input' | 'questionId'>>;
  askQuestion?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationAskQuestionArgs, 'input'>>;
  closeCouncilSession?: Resolver<ResolversTypes['CouncilSession'], ParentType, ContextType, RequireFields<MutationCloseCouncilSessionArgs, 'id'>>;
  createCouncilDeputy?: Resolver<ResolversTypes['CouncilDeputy'], ParentType, ContextType, RequireFields<MutationCreateCouncilDeputyArgs, 'input'>>;
  createResolution?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType, RequireFields<MutationCreateResolutionArgs, 'input'>>;
  electPeoplesJuror?: Resolver<ResolversTypes['PeoplesJuror'], ParentType, ContextType, RequireFields<MutationElectPeoplesJurorArgs, 'id' | 'input'>>;
  issueSessionProgramme?: Resolver<ResolversTypes['CouncilSession'], ParentType, ContextType, RequireFields<MutationIssueSessionProgrammeArgs, 'id' | 'input'>>;
  openCouncilSession?: Resolver<ResolversTypes['CouncilSession'], ParentType, ContextType, RequireFields<MutationOpenCouncilSessionArgs, 'id'>>;
  scheduleCouncilSession?: Resolver<ResolversTypes['CouncilSession'], ParentType, ContextType, RequireFields<MutationScheduleCouncilSessionArgs, 'input'>>;
  submitAgendaDocument?: Resolver<ResolversTypes['AgendaItem'], ParentType, ContextType, RequireFields<MutationSubmitAgendaDocumentArgs, 'agendaItemId' | 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PeoplesJurorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeoplesJuror'] = ResolversParentTypes['PeoplesJuror'], FederationReferenceType extends FederationReferenceTypes['PeoplesJuror'] = FederationReferenceTypes['PeoplesJuror']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PeoplesJuror']> | FederationReferenceType, FederationReferenceType, ContextType>;
  court?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courtLevel?: Resolver<ResolversTypes['CourtLevel'], ParentType, ContextType>;
  courtRegion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  electedAt?: Resolver<Maybe<ResolversTypes['CouncilSession']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nominatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  nomination?: Resolver<Maybe<ResolversTypes['PeoplesJurorNomination']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['Resolution']>, ParentType, ContextType>;
  serving?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PeoplesJurorStatus'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  termEndsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  termStartsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PeoplesJurorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeoplesJurorConnection'] = ResolversParentTypes['PeoplesJurorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PeoplesJurorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PeoplesJurorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeoplesJurorEdge'] = ResolversParentTypes['PeoplesJurorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PeoplesJuror'], ParentType, ContextType>;
};

export type PeoplesJurorNominationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeoplesJurorNomination'] = ResolversParentTypes['PeoplesJurorNomination']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PreparationDossierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreparationDossier'] = ResolversParentTypes['PreparationDossier']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  councilSession?: Resolver<ResolversTypes['CouncilSession'], ParentType, ContextType>;
  documentDueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['PreparationDossierEntry']>, ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PreparationDossierEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreparationDossierEntry'] = ResolversParentTypes['PreparationDossierEntry']> = {
  agendaItem?: Resolver<ResolversTypes['AgendaItem'], ParentType, ContextType>;
  daysLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timeliness?: Resolver<ResolversTypes['DocumentTimeliness'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agendaItem?: Resolver<Maybe<ResolversTypes['AgendaItem']>, ParentType, ContextType, RequireFields<QueryAgendaItemArgs, 'id'>>;
  councilDeputies?: Resolver<Maybe<ResolversTypes['CouncilDeputyConnection']>, ParentType, ContextType, Partial<QueryCouncilDeputiesArgs>>;
  councilDeputy?: Resolver<Maybe<ResolversTypes['CouncilDeputy']>, ParentType, ContextType, RequireFields<QueryCouncilDeputyArgs, 'id'>>;
  councilSession?: Resolver<Maybe<ResolversTypes['CouncilSession']>, ParentType, ContextType, RequireFields<QueryCouncilSessionArgs, 'id'>>;
  councilSessions?: Resolver<Maybe<ResolversTypes['CouncilSessionConnection']>, ParentType, ContextType, Partial<QueryCouncilSessionsArgs>>;
  nextRegularSession?: Resolver<Maybe<ResolversTypes['CouncilSession']>, ParentType, ContextType, RequireFields<QueryNextRegularSessionArgs, 'after'>>;
  peoplesJuror?: Resolver<Maybe<ResolversTypes['PeoplesJuror']>, ParentType, ContextType, RequireFields<QueryPeoplesJurorArgs, 'id'>>;
  peoplesJurors?: Resolver<Maybe<ResolversTypes['PeoplesJurorConnection']>, ParentType, ContextType, Partial<QueryPeoplesJurorsArgs>>;
  question?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType, RequireFields<QueryQuestionArgs, 'id'>>;
  questions?: Resolver<Maybe<ResolversTypes['QuestionConnection']>, ParentType, ContextType, Partial<QueryQuestionsArgs>>;
  resolution?: Resolver<Maybe<ResolversTypes['Resolution']>, ParentType, ContextType, RequireFields<QueryResolutionArgs, 'id'>>;
  resolutions?: Resolver<Maybe<ResolversTypes['ResolutionConnection']>, ParentType, ContextType, Partial<QueryResolutionsArgs>>;
};

export type QuestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Question'] = ResolversParentTypes['Question'], FederationReferenceType extends FederationReferenceTypes['Question'] = FederationReferenceTypes['Question']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Question']> | FederationReferenceType, FederationReferenceType, ContextType>;
  addressedTo?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  askedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  askedBy?: Resolver<ResolversTypes['CouncilDeputy'], ParentType, ContextType>;
  councilSession?: Resolver<ResolversTypes['CouncilSession'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QuestionStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QuestionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuestionConnection'] = ResolversParentTypes['QuestionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QuestionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuestionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuestionEdge'] = ResolversParentTypes['QuestionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Question'], ParentType, ContextType>;
};

export type ResolutionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Resolution'] = ResolversParentTypes['Resolution'], FederationReferenceType extends FederationReferenceTypes['Resolution'] = FederationReferenceTypes['Resolution']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Resolution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  adoptedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  councilSession?: Resolver<ResolversTypes['CouncilSession'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ResolutionKind'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ResolutionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResolutionConnection'] = ResolversParentTypes['ResolutionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ResolutionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResolutionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResolutionEdge'] = ResolversParentTypes['ResolutionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AdministrativeUnit?: AdministrativeUnitResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  AgendaItem?: AgendaItemResolvers<ContextType>;
  Candidate?: CandidateResolvers<ContextType>;
  CouncilDeputy?: CouncilDeputyResolvers<ContextType>;
  CouncilDeputyConnection?: CouncilDeputyConnectionResolvers<ContextType>;
  CouncilDeputyEdge?: CouncilDeputyEdgeResolvers<ContextType>;
  CouncilSession?: CouncilSessionResolvers<ContextType>;
  CouncilSessionConnection?: CouncilSessionConnectionResolvers<ContextType>;
  CouncilSessionEdge?: CouncilSessionEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeoplesJuror?: PeoplesJurorResolvers<ContextType>;
  PeoplesJurorConnection?: PeoplesJurorConnectionResolvers<ContextType>;
  PeoplesJurorEdge?: PeoplesJurorEdgeResolvers<ContextType>;
  PeoplesJurorNomination?: PeoplesJurorNominationResolvers<ContextType>;
  PreparationDossier?: PreparationDossierResolvers<ContextType>;
  PreparationDossierEntry?: PreparationDossierEntryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Question?: QuestionResolvers<ContextType>;
  QuestionConnection?: QuestionConnectionResolvers<ContextType>;
  QuestionEdge?: QuestionEdgeResolvers<ContextType>;
  Resolution?: ResolutionResolvers<ContextType>;
  ResolutionConnection?: ResolutionConnectionResolvers<ContextType>;
  ResolutionEdge?: ResolutionEdgeResolvers<ContextType>;
};

