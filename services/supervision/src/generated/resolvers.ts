import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference as EntityReferenceMapper } from '@hanoi/platform';
import type { SupervisionProgrammeDoc as SupervisionProgrammeDocMapper } from '../repositories/programmes';
import type { SupervisionProgrammePage as SupervisionProgrammePageMapper, SupervisionRecommendationPage as SupervisionRecommendationPageMapper, CoordinationTaskPage as CoordinationTaskPageMapper, CoordinationPlanPage as CoordinationPlanPageMapper, IndexComponentParent as IndexComponentParentMapper, IndexRank as IndexRankMapper, Review as ReviewMapper, ReviewBodyParent as ReviewBodyParentMapper, InboxPage as InboxPageMapper, Context } from '../resolvers-mappers';
import type { SupervisionRecommendationDoc as SupervisionRecommendationDocMapper, ReSupervisionFinding as ReSupervisionFindingMapper } from '../repositories/recommendations';
import type { CoordinationTaskDoc as CoordinationTaskDocMapper } from '../repositories/coordination-tasks';
import type { CoordinationPlanDoc as CoordinationPlanDocMapper } from '../repositories/plans';
import type { FocalPointDoc as FocalPointDocMapper } from '../repositories/focal-points';
import type { IndexedObligation as IndexedObligationMapper } from '../domain/coordination-index/read-model';
import type { IndexFigure as IndexFigureMapper } from '../domain/coordination-index/formula';
import type { SatisfactionFigure as SatisfactionFigureMapper } from '../workflows/satisfaction';
import type { InboxItem as InboxItemMapper } from '../workflows/inbox';
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

export type AddSupervisionRecommendationInput = {
  addressedToAgencyId: Scalars['ID']['input'];
  dueOn: Scalars['Date']['input'];
  programmeId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type AdministrativeUnit = {
  __typename?: 'AdministrativeUnit';
  id: Scalars['ID']['output'];
};

/**
 * An agency of the directory (owned by committee); supervision adds what is addressed to it and its coordination
 * index. These fields are nullable: an outage of supervision nulls only them.
 */
export type Agency = {
  __typename?: 'Agency';
  /**
   * The internal coordination index (chỉ số phối hợp nội bộ) of this agency for a period (a month `2026-11`, a quarter
   * `2026-Q4` or a year `2026`). The formula: each obligation counts in the period of its due day (a missed one, in
   * the period it was missed); it is ON_TIME when met on or before its due day, LATE when met after it or missed and
   * then rescheduled or cancelled, OVERDUE when still open after its due day (counted as late, never ignored),
   * PENDING when open and not yet due (not counted); cancelled before its due day it is not counted. Each component
   * is one kind of obligation, rate = on time ÷ (on time + late + overdue) in %; the index is the weighted mean of the
   * rates of the components with at least one item due and a positive weight (Σ weight × rate ÷ Σ weight), null when
   * there is none. Weights are versioned data (`coordinationIndexWeights`).
   * Null when the supervision subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  coordinationIndex?: Maybe<CoordinationIndex>;
  /**
   * The index month by month from the month of `from` to that of `to` (at most 120 months).
   * Null when the supervision subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  coordinationIndexHistory?: Maybe<Array<CoordinationIndex>>;
  id: Scalars['ID']['output'];
  /** Provided (@provides) on the references this subgraph returns: its copy of the directory's names */
  name: Scalars['String']['output'];
  /**
   * Mức độ hài lòng — how satisfied petitioners said they were with the cases this agency resolved, recorded in the
   * period (a month `2026-11`, a quarter `2026-Q4` or a year `2026`; BAD_USER_INPUT on `period` otherwise). Shown beside
   * the coordination index; the index's formula and weights do not use it.
   */
  satisfaction?: Maybe<SatisfactionFigure>;
  shortName: Scalars['String']['output'];
  /**
   * Post-supervision recommendations addressed to this agency, earliest due first. `unresolvedOnly`: neither
   * implemented nor closed; `overdueOnly`: unresolved after their due day. `first` of them (default 20, at most 100;
   * more is refused with `BAD_USER_INPUT`, field `first`), after the recommendation whose id is `after` (the last of
   * the previous page; an unknown id is refused, field `after`).
   * Null when the supervision subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  supervisionRecommendations?: Maybe<Array<SupervisionRecommendation>>;
};


/**
 * An agency of the directory (owned by committee); supervision adds what is addressed to it and its coordination
 * index. These fields are nullable: an outage of supervision nulls only them.
 */
export type AgencyCoordinationIndexArgs = {
  period: Scalars['String']['input'];
  weightsVersion?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An agency of the directory (owned by committee); supervision adds what is addressed to it and its coordination
 * index. These fields are nullable: an outage of supervision nulls only them.
 */
export type AgencyCoordinationIndexHistoryArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  weightsVersion?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An agency of the directory (owned by committee); supervision adds what is addressed to it and its coordination
 * index. These fields are nullable: an outage of supervision nulls only them.
 */
export type AgencySatisfactionArgs = {
  period: Scalars['String']['input'];
};


/**
 * An agency of the directory (owned by committee); supervision adds what is addressed to it and its coordination
 * index. These fields are nullable: an outage of supervision nulls only them.
 */
export type AgencySupervisionRecommendationsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<SupervisionRecommendationStatus>;
  unresolvedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AgencyLevel =
  | 'CITY'
  | 'COMMUNE'
  | 'DISTRICT';

/** An agenda item of a council session (owned by council). */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  id: Scalars['ID']['output'];
};

/** An assignment of the People's Committee (owned by committee). */
export type Assignment = {
  __typename?: 'Assignment';
  id: Scalars['ID']['output'];
};

export type CompleteCoordinationTaskInput = {
  /** Not in the future. */
  doneOn: Scalars['Date']['input'];
  result: Scalars['String']['input'];
};

export type ConcludeSupervisionProgrammeInput = {
  concludedOn: Scalars['Date']['input'];
  conclusion: Scalars['String']['input'];
};

export type CoordinationFocalPoint = {
  __typename?: 'CoordinationFocalPoint';
  /** Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  agency?: Maybe<Agency>;
  person: Person;
  setAt: Scalars['DateTime']['output'];
};

/** Chỉ số phối hợp nội bộ of one agency for one period (the formula is on `Agency.coordinationIndex`). */
export type CoordinationIndex = {
  __typename?: 'CoordinationIndex';
  /** Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  agency?: Maybe<Agency>;
  basis: CoordinationIndexBasis;
  components: Array<CoordinationIndexComponent>;
  from: Scalars['Date']['output'];
  /** `2026-11`, `2026-Q4` or `2026`. */
  period: Scalars['String']['output'];
  to: Scalars['Date']['output'];
  /** 0–100, or null when no component has an item due and a positive weight. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** The events a figure came from: how many, and the last offset read per topic partition. */
export type CoordinationIndexBasis = {
  __typename?: 'CoordinationIndexBasis';
  eventCount: Scalars['Int']['output'];
  lastOffsets: Array<EventOffset>;
  weightsVersion: Scalars['Int']['output'];
};

export type CoordinationIndexBuild = {
  __typename?: 'CoordinationIndexBuild';
  endOffsets: Array<EventOffset>;
  /** Obligation and directory events read. */
  eventCount: Scalars['Int']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  generation: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
};

export type CoordinationIndexBuildProgress = {
  __typename?: 'CoordinationIndexBuildProgress';
  generation: Scalars['Int']['output'];
  /** Messages read from offset 0 so far, of `total`. */
  read: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
  total: Scalars['Int']['output'];
  /** Obligations written to the new generation so far. */
  written: Scalars['Int']['output'];
};

export type CoordinationIndexComponent = {
  __typename?: 'CoordinationIndexComponent';
  basis: CoordinationIndexBasis;
  content: RegulationContent;
  /** Fell due in the period: on time + late + overdue. */
  due: Scalars['Int']['output'];
  /** The late and overdue obligations behind the numbers, earliest first. */
  items: Array<ObligationItem>;
  kind: ObligationKind;
  late: Scalars['Int']['output'];
  onTime: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  /** Due later in the period (not counted). */
  pending: Scalars['Int']['output'];
  /** On time ÷ due, in % (null when nothing was due). */
  rate?: Maybe<Scalars['Float']['output']>;
  weight: Scalars['Float']['output'];
};

export type CoordinationIndexRank = {
  __typename?: 'CoordinationIndexRank';
  index: CoordinationIndex;
  /** 1 for the best; null for agencies with nothing due in the period. */
  rank?: Maybe<Scalars['Int']['output']>;
};

export type CoordinationIndexStatus = {
  __typename?: 'CoordinationIndexStatus';
  activeGeneration?: Maybe<Scalars['Int']['output']>;
  /** A rebuild under way in this process, if any. */
  building?: Maybe<CoordinationIndexBuildProgress>;
  lastBuild?: Maybe<CoordinationIndexBuild>;
};

export type CoordinationIndexWeights = {
  __typename?: 'CoordinationIndexWeights';
  note: Scalars['String']['output'];
  setAt?: Maybe<Scalars['DateTime']['output']>;
  version: Scalars['Int']['output'];
  weights: Array<ObligationWeight>;
};

/** Kế hoạch phối hợp hằng năm — the four bodies' annual coordination plan; its items are coordination tasks. */
export type CoordinationPlan = {
  __typename?: 'CoordinationPlan';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Items, earliest due first. */
  items: Array<CoordinationTask>;
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type CoordinationPlanConnection = {
  __typename?: 'CoordinationPlanConnection';
  edges: Array<CoordinationPlanEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CoordinationPlanEdge = {
  __typename?: 'CoordinationPlanEdge';
  cursor: Scalars['String']['output'];
  node: CoordinationPlan;
};

export type CoordinationReview = {
  __typename?: 'CoordinationReview';
  bodies: Array<CoordinationReviewBody>;
  from: Scalars['Date']['output'];
  period: Scalars['String']['output'];
  to: Scalars['Date']['output'];
  weightsVersion: Scalars['Int']['output'];
};

export type CoordinationReviewBody = {
  __typename?: 'CoordinationReviewBody';
  /**
   * One of the four bodies (with the agencies under it), or an agency the directory does not place.
   * Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  body?: Maybe<Agency>;
  index?: Maybe<Scalars['Float']['output']>;
  lines: Array<CoordinationReviewLine>;
  /** Petitioners' satisfaction with the cases the body and the agencies under it resolved, recorded in the period */
  satisfaction: SatisfactionFigure;
};

export type CoordinationReviewLine = {
  __typename?: 'CoordinationReviewLine';
  content: RegulationContent;
  due: Scalars['Int']['output'];
  late: Scalars['Int']['output'];
  onTime: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
};

/**
 * A coordination task held to the "5 rõ": rõ việc (title), rõ người (responsible), rõ trách nhiệm (agency),
 * rõ tiến độ (dueOn and milestones) and rõ hiệu quả (expectedResult).
 */
export type CoordinationTask = {
  __typename?: 'CoordinationTask';
  /**
   * Rõ trách nhiệm — the agency answerable for it.
   * Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  agency?: Maybe<Agency>;
  agendaItem?: Maybe<AgendaItem>;
  /** The content of the regulation it serves. */
  content?: Maybe<RegulationContent>;
  councilSession?: Maybe<CouncilSession>;
  createdAt: Scalars['DateTime']['output'];
  doneOn?: Maybe<Scalars['Date']['output']>;
  /** Rõ tiến độ — the day it is due. */
  dueOn: Scalars['Date']['output'];
  /** Rõ hiệu quả — the result expected. */
  expectedResult: Scalars['String']['output'];
  /** Which of the five it lacks (empty when all five are clear). */
  fiveClearGaps: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The commune-level unit whose bodies hold it; null for the city's */
  jurisdiction?: Maybe<AdministrativeUnit>;
  /** Done after its due day, or still open after it (Hanoi calendar). */
  late: Scalars['Boolean']['output'];
  /** CITY for tasks of the city's bodies, COMMUNE for a commune's (a commune body's tasks, its council's session preparation) */
  level: AgencyLevel;
  /** Rõ tiến độ — dated steps on the way. */
  milestones: Array<Milestone>;
  /** The annual plan it is an item of. */
  plan?: Maybe<CoordinationPlan>;
  /** The recommendation it implements. */
  recommendation?: Maybe<SupervisionRecommendation>;
  /** Rõ người — who does it; null only on a session-preparation task while its agency names no focal point. */
  responsible?: Maybe<Person>;
  /** The result achieved (or why it was cancelled). */
  result?: Maybe<Scalars['String']['output']>;
  source: CoordinationTaskSource;
  status: CoordinationTaskStatus;
  /** Rõ việc — what is to be done. */
  title: Scalars['String']['output'];
};

export type CoordinationTaskConnection = {
  __typename?: 'CoordinationTaskConnection';
  edges: Array<CoordinationTaskEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CoordinationTaskEdge = {
  __typename?: 'CoordinationTaskEdge';
  cursor: Scalars['String']['output'];
  node: CoordinationTask;
};

export type CoordinationTaskFilter = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  councilSessionId?: InputMaybe<Scalars['ID']['input']>;
  dueFrom?: InputMaybe<Scalars['Date']['input']>;
  dueTo?: InputMaybe<Scalars['Date']['input']>;
  /** Tasks of the bodies of this commune-level unit */
  jurisdictionUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Tasks of this level (CITY includes those recorded before levels were kept) */
  level?: InputMaybe<AgencyLevel>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<CoordinationTaskSource>;
  status?: InputMaybe<CoordinationTaskStatus>;
};

export type CoordinationTaskSource =
  /** Created by a user. */
  | 'MANUAL'
  /** An item of the annual coordination plan. */
  | 'PLAN'
  /** Follows an obligation of council or front that prepares a session (flow F3): opened and closed by its events. */
  | 'SESSION_PREPARATION';

export type CoordinationTaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

/** A council session (kỳ họp), owned by council; supervision adds the coordination tasks that prepare it. */
export type CouncilSession = {
  __typename?: 'CouncilSession';
  id: Scalars['ID']['output'];
  /**
   * Coordination tasks tied to this session, earliest due first: one per obligation that prepares it (the programme,
   * each agenda item's documents, the Front's voter opinion report), opened and closed by their events, and the tasks
   * created by hand for it. `first` of them (default 20, at most 100; more is refused with `BAD_USER_INPUT`, field
   * `first`), after the task whose id is `after` (the last of the previous page; an unknown id is refused, field
   * `after`). Nullable: an outage of supervision nulls only this field.
   */
  preparationTasks?: Maybe<Array<CoordinationTask>>;
};


/** A council session (kỳ họp), owned by council; supervision adds the coordination tasks that prepare it. */
export type CouncilSessionPreparationTasksArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateCoordinationPlanInput = {
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type CreateCoordinationTaskInput = {
  agencyId: Scalars['ID']['input'];
  /** Required unless the task prepares a session (COUNCIL_SESSIONS) or implements a recommendation (SUPERVISION). */
  content?: InputMaybe<RegulationContent>;
  councilSessionId?: InputMaybe<Scalars['ID']['input']>;
  dueOn: Scalars['Date']['input'];
  expectedResult: Scalars['String']['input'];
  /** At most 20. */
  milestones?: InputMaybe<Array<MilestoneInput>>;
  recommendationId?: InputMaybe<Scalars['ID']['input']>;
  responsible: PersonInput;
  title: Scalars['String']['input'];
};

export type CreateSupervisionProgrammeInput = {
  /** Not before startsOn. */
  endsOn: Scalars['Date']['input'];
  kind: SupervisionKind;
  /** council, delegation or front; the caller's own agency unless the caller is an admin. */
  leadAgencyId: Scalars['ID']['input'];
  /** Required for RE_SUPERVISION (a concluded programme), refused for the other kinds. */
  reSupervisionOfId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * RE_SUPERVISION only: the unresolved recommendations of concluded programmes to re-examine (at most 500);
   * omitted, every unresolved recommendation of `reSupervisionOfId`.
   */
  recommendationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsOn: Scalars['Date']['input'];
  supervisedAgencyIds: Array<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type EventOffset = {
  __typename?: 'EventOffset';
  /** A Kafka offset (a decimal string: offsets can exceed 2^53). */
  offset: Scalars['String']['output'];
  partition: Scalars['Int']['output'];
  topic: Scalars['String']['output'];
};

export type Evidence = {
  __typename?: 'Evidence';
  /** A document number, a file reference or an address. */
  reference: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type EvidenceInput = {
  reference: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type ImplementationReport = {
  __typename?: 'ImplementationReport';
  /** The committee assignment whose answer it was (F2), when it came that way. */
  assignment?: Maybe<Assignment>;
  evidence: Array<Evidence>;
  reportedOn: Scalars['Date']['output'];
  status: SupervisionRecommendationStatus;
  text: Scalars['String']['output'];
};

export type InboxConnection = {
  __typename?: 'InboxConnection';
  edges: Array<InboxEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  /** The last due day included (today + `withinWorkingDays` working days) */
  until: Scalars['Date']['output'];
};

export type InboxEdge = {
  __typename?: 'InboxEdge';
  cursor: Scalars['String']['output'];
  node: InboxItem;
};

/** One line of an inbox: an open obligation of the caller's agency. */
export type InboxItem = {
  __typename?: 'InboxItem';
  /** Why it is due then (law and article, or the regulation's rule) */
  basis?: Maybe<Scalars['String']['output']>;
  content: RegulationContent;
  councilSession?: Maybe<CouncilSession>;
  /** Working days from today to the due day (0 on it); negative once overdue: the working days since (at least -1) */
  daysLeft: Scalars['Int']['output'];
  dueOn: Scalars['Date']['output'];
  kind: ObligationKind;
  obligationId: Scalars['ID']['output'];
  overdue: Scalars['Boolean']['output'];
  /** The entity it is about, in its own subgraph (null when the caller may not see it, e.g. a denunciation) */
  subject?: Maybe<ObligationSubject>;
  /** What is owed, in a few public words */
  title?: Maybe<Scalars['String']['output']>;
};

/** A law consultation (owned by delegation). */
export type LawConsultation = {
  __typename?: 'LawConsultation';
  id: Scalars['ID']['output'];
};

export type Milestone = {
  __typename?: 'Milestone';
  doneOn?: Maybe<Scalars['Date']['output']>;
  dueOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
};

export type MilestoneInput = {
  /** Not after the task's due day. */
  dueOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an item to a plan: a "5 rõ" task due within the plan's year, with its regulation content. */
  addCoordinationPlanItem: CoordinationTask;
  /**
   * Issues a post-supervision recommendation (kiến nghị sau giám sát) of a programme that is in progress or
   * concluded (lead agency); its addressee owes its implementation by `dueOn`. One addressed to the People's
   * Committee or an agency under it becomes a committee assignment.
   * Publishes `vn.hanoi.supervision.supervisionRecommendation.issued.v1`.
   */
  addSupervisionRecommendation: SupervisionRecommendation;
  /** OPEN → CANCELLED with the reason (as for completing). Publishes `vn.hanoi.supervision.coordinationTask.cancelled.v1`. */
  cancelCoordinationTask: CoordinationTask;
  /**
   * OPEN → DONE (the responsible agency's staff or a supervising body). Session-preparation tasks are closed by the
   * event that meets their obligation, not by hand. Publishes `vn.hanoi.supervision.coordinationTask.completed.v1`.
   */
  completeCoordinationTask: CoordinationTask;
  /** IN_PROGRESS → CONCLUDED with the conclusion (lead agency). Publishes `vn.hanoi.supervision.supervisionProgramme.concluded.v1`. */
  concludeSupervisionProgramme: SupervisionProgramme;
  /**
   * Creates the annual coordination plan (kế hoạch phối hợp hằng năm) of the four bodies — one a year (a clerk or
   * leader of delegation, council, committee or front). Publishes `vn.hanoi.supervision.coordinationPlan.created.v1`.
   */
  createCoordinationPlan: CoordinationPlan;
  /**
   * Creates a "5 rõ" coordination task: every one of the five must be given (rõ người a person by reference). By a
   * supervising body (a commune's for an agency of its own unit), of that body's level and unit.
   * Publishes `vn.hanoi.supervision.coordinationTask.created.v1` and the task's obligation.
   */
  createCoordinationTask: CoordinationTask;
  /**
   * Plans a supervision programme led by the caller's body (council, delegation or front of the city, or a commune's
   * council or front: its programmes supervise agencies of its own unit, BAD_USER_INPUT otherwise). A RE_SUPERVISION names
   * the concluded programme it re-examines in `reSupervisionOfId` and selects the unresolved recommendations to
   * re-examine (`recommendationIds`; default: every unresolved one of that programme).
   * Publishes `vn.hanoi.supervision.supervisionProgramme.created.v1`.
   */
  createSupervisionProgramme: SupervisionProgramme;
  /**
   * Rebuilds the index's read model from offset 0 of every service's topic, in the background (administrators); the
   * current generation keeps answering until the new one is complete. CONFLICT while one runs. Follow it with
   * `coordinationIndexStatus`.
   */
  rebuildCoordinationIndex: CoordinationIndexBuildProgress;
  /** Rõ tiến độ: one milestone of an OPEN task done. Publishes `vn.hanoi.supervision.coordinationTask.milestoneReached.v1`. */
  recordCoordinationTaskMilestone: CoordinationTask;
  /**
   * Records a finding (phát hiện) of a programme under way — a survey's above all — about one supervised agency or
   * the whole (lead agency). Publishes `vn.hanoi.supervision.supervisionProgramme.findingRecorded.v1`.
   */
  recordProgrammeFinding: SupervisionProgramme;
  /**
   * Tái giám sát: the finding of a RE_SUPERVISION in progress on one of the recommendations it re-examines (its lead
   * agency): CLOSED, or KEPT_OPEN with a new due date (a new round, owed anew). Once per recommendation and
   * re-supervision. Publishes `vn.hanoi.supervision.supervisionRecommendation.reSupervised.v1`.
   */
  recordReSupervisionFinding: SupervisionRecommendation;
  /**
   * Reports how a recommendation is being implemented (the addressed agency's clerk, leader or handler, or the lead
   * agency): IN_PROGRESS, IMPLEMENTED, PARTIALLY_IMPLEMENTED or NOT_IMPLEMENTED, with evidence; reports follow one
   * another until a re-supervision closes it. Publishes `vn.hanoi.supervision.supervisionRecommendation.implementationReported.v1`.
   */
  reportRecommendationImplementation: SupervisionRecommendation;
  /**
   * Names an agency's focal point (đầu mối phối hợp), a staff member (its leader, or an admin): the person of the
   * session-preparation tasks events create for the agency; its open ones without a person get them now.
   */
  setCoordinationFocalPoint: CoordinationFocalPoint;
  /**
   * A new version of the index weights (administrators): the kinds given change, the others keep their weight.
   * Negative weights and all-zero weights are refused (BAD_USER_INPUT), nothing is written.
   * Publishes `vn.hanoi.supervision.coordinationIndexWeights.set.v1`.
   */
  setCoordinationIndexWeights: CoordinationIndexWeights;
  /** PLANNED → IN_PROGRESS (lead agency). Publishes `vn.hanoi.supervision.supervisionProgramme.started.v1`. */
  startSupervisionProgramme: SupervisionProgramme;
};


export type MutationAddCoordinationPlanItemArgs = {
  input: CreateCoordinationTaskInput;
  planId: Scalars['ID']['input'];
};


export type MutationAddSupervisionRecommendationArgs = {
  input: AddSupervisionRecommendationInput;
};


export type MutationCancelCoordinationTaskArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCompleteCoordinationTaskArgs = {
  id: Scalars['ID']['input'];
  input: CompleteCoordinationTaskInput;
};


export type MutationConcludeSupervisionProgrammeArgs = {
  id: Scalars['ID']['input'];
  input: ConcludeSupervisionProgrammeInput;
};


export type MutationCreateCoordinationPlanArgs = {
  input: CreateCoordinationPlanInput;
};


export type MutationCreateCoordinationTaskArgs = {
  input: CreateCoordinationTaskInput;
};


export type MutationCreateSupervisionProgrammeArgs = {
  input: CreateSupervisionProgrammeInput;
};


export type MutationRecordCoordinationTaskMilestoneArgs = {
  id: Scalars['ID']['input'];
  input: RecordCoordinationTaskMilestoneInput;
};


export type MutationRecordProgrammeFindingArgs = {
  id: Scalars['ID']['input'];
  input: RecordProgrammeFindingInput;
};


export type MutationRecordReSupervisionFindingArgs = {
  input: RecordReSupervisionFindingInput;
  programmeId: Scalars['ID']['input'];
};


export type MutationReportRecommendationImplementationArgs = {
  id: Scalars['ID']['input'];
  input: ReportRecommendationImplementationInput;
};


export type MutationSetCoordinationFocalPointArgs = {
  agencyId: Scalars['ID']['input'];
  input: PersonInput;
};


export type MutationSetCoordinationIndexWeightsArgs = {
  input: SetCoordinationIndexWeightsInput;
};


export type MutationStartSupervisionProgrammeArgs = {
  id: Scalars['ID']['input'];
};

/** One obligation behind an index figure. */
export type ObligationItem = {
  __typename?: 'ObligationItem';
  /** Why it was due then (law and article, or the regulation's rule). */
  basis?: Maybe<Scalars['String']['output']>;
  councilSession?: Maybe<CouncilSession>;
  /** Days past the due day when met, or until today when still open. */
  daysLate: Scalars['Int']['output'];
  /** The day it counts by (the day it was missed, for one missed and then moved). */
  dueOn: Scalars['Date']['output'];
  kind: ObligationKind;
  metOn?: Maybe<Scalars['Date']['output']>;
  obligationId: Scalars['ID']['output'];
  standing: ObligationStanding;
  subject?: Maybe<ObligationSubject>;
  title?: Maybe<Scalars['String']['output']>;
};

/** Every kind of dated duty the regulation's bodies and agencies owe (published by the service holding its clock). */
export type ObligationKind =
  /** Tài liệu trình kỳ họp (council) */
  | 'AGENDA_DOCUMENT'
  /** Trả lời giao việc của UBND (committee) */
  | 'ASSIGNMENT_ANSWER'
  /** Thụ lý (petitions) */
  | 'CASE_ACCEPTANCE'
  /** Trả lời kiến nghị, phản ánh (petitions) */
  | 'CASE_ANSWER'
  /** Xử lý ban đầu tố cáo (petitions) */
  | 'CASE_INITIAL_HANDLING'
  /** Thông báo thụ lý tố cáo (petitions) */
  | 'CASE_NOTICE'
  /** Giải quyết khiếu nại, tố cáo (petitions) */
  | 'CASE_RESOLUTION'
  /** Nhiệm vụ phối hợp "5 rõ" (supervision) */
  | 'COORDINATION_TASK'
  /** Góp ý dự thảo luật (delegation) */
  | 'LAW_CONSULTATION_CONTRIBUTION'
  /** Trả lời kiến nghị cử tri do Quốc hội chuyển, 60 ngày (petitions) */
  | 'NA_RECOMMENDATION_ANSWER'
  /** Trả lời chất vấn (council) */
  | 'QUESTION_ANSWER'
  /** Chương trình kỳ họp (council) */
  | 'SESSION_PROGRAMME'
  /** Văn bản phản biện xã hội (front) */
  | 'SOCIAL_CRITIQUE_REPORT'
  /** Thực hiện kiến nghị sau giám sát (supervision) */
  | 'SUPERVISION_RECOMMENDATION'
  /** Báo cáo tổng hợp ý kiến, kiến nghị cử tri (front) */
  | 'VOTER_OPINION_REPORT'
  /** Trả lời kiến nghị cử tri tại kỳ họp (petitions) */
  | 'VOTER_RECOMMENDATION_ANSWER';

export type ObligationStanding =
  /** Cancelled before its due day (not counted). */
  | 'CANCELLED'
  /** Met after its due day, or missed then rescheduled or cancelled. */
  | 'LATE'
  | 'ON_TIME'
  /** Still open after its due day. */
  | 'OVERDUE'
  /** Open, not yet due. */
  | 'PENDING';

/** The entity an obligation is about, in its own subgraph. */
export type ObligationSubject = AgendaItem | Assignment | CoordinationTask | CouncilSession | LawConsultation | Petition | Question | SocialCritique | SupervisionRecommendation | VoterOpinionReport;

export type ObligationWeight = {
  __typename?: 'ObligationWeight';
  kind: ObligationKind;
  weight: Scalars['Float']['output'];
};

export type ObligationWeightInput = {
  kind: ObligationKind;
  /** 0–100. */
  weight: Scalars['Float']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Rõ người — a person by reference, with the position held. */
export type Person = {
  __typename?: 'Person';
  /** A user id (STAFF) or a deputy's id. */
  id: Scalars['ID']['output'];
  kind: PersonKind;
  name: Scalars['String']['output'];
  position: Scalars['String']['output'];
};

export type PersonInput = {
  id: Scalars['ID']['input'];
  kind: PersonKind;
  name: Scalars['String']['input'];
  position: Scalars['String']['input'];
};

export type PersonKind =
  | 'COUNCIL_DEPUTY'
  | 'NATIONAL_ASSEMBLY_DEPUTY'
  /** A staff member of an agency (their user id). */
  | 'STAFF';

/** A citizen's case (owned by petitions). */
export type Petition = {
  __typename?: 'Petition';
  id: Scalars['ID']['output'];
};

export type ProgrammeFinding = {
  __typename?: 'ProgrammeFinding';
  /** The supervised agency it is about (null: the programme as a whole). */
  agency?: Maybe<Agency>;
  finding: Scalars['String']['output'];
  recordedOn: Scalars['Date']['output'];
};

/**
 * Giám sát — the service the supervising bodies (city council, NA delegation, Fatherland Front) share:
 * supervision programmes and surveys, post-supervision recommendations followed to closure through re-supervision,
 * the "5 rõ" coordination tasks and the annual coordination plan, and the internal coordination index
 * (chỉ số phối hợp nội bộ) built from every service's obligations.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Each agency's focal point (đầu mối phối hợp), by agency id.
   * Null when the supervision subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  coordinationFocalPoints?: Maybe<Array<CoordinationFocalPoint>>;
  /**
   * The coordination index of one agency for a period: `period` is a month (`2026-11`), a quarter (`2026-Q4`) or a
   * year (`2026`); `weightsVersion` defaults to the current one. BAD_USER_INPUT (field `agencyId`) for an agency the
   * directory does not know, (field `period`) for an invalid period.
   * Null when the supervision subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  coordinationIndex?: Maybe<CoordinationIndex>;
  /**
   * Agencies of a level (every level when omitted) ranked by their index for the period, best first; agencies with
   * nothing due in the period come last, without a rank.
   * Null when the supervision subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  coordinationIndexRanking?: Maybe<Array<CoordinationIndexRank>>;
  /**
   * The read model behind the index: its generation, the last build from offset 0, a rebuild under way.
   * Null when the supervision subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  coordinationIndexStatus?: Maybe<CoordinationIndexStatus>;
  /**
   * Every version of the weights, newest first.
   * Null when the supervision subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  coordinationIndexWeightVersions?: Maybe<Array<CoordinationIndexWeights>>;
  /**
   * A version of the weights with its note (the current one when omitted); BAD_USER_INPUT (field `version`) for one that does not exist.
   * Null when the supervision subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  coordinationIndexWeights?: Maybe<CoordinationIndexWeights>;
  coordinationPlan?: Maybe<CoordinationPlan>;
  /**
   * Annual coordination plans, latest year first.
   * Null when the supervision subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  coordinationPlans?: Maybe<CoordinationPlanConnection>;
  /**
   * Sơ kết / tổng kết — the periodic review of the regulation: per body (with the agencies under it) and per content of
   * the regulation, what fell due in the period, was done on time, late, or is still open; with each body's index.
   * Null when the supervision subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  coordinationReview?: Maybe<CoordinationReview>;
  /**
   * The review as CSV (RFC 4180, UTF-8 with a byte-order mark, CRLF), one line per body and content.
   * Null when the supervision subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  coordinationReviewCsv?: Maybe<Scalars['String']['output']>;
  coordinationTask?: Maybe<CoordinationTask>;
  /**
   * Coordination tasks, earliest due first.
   * Null when the supervision subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  coordinationTasks?: Maybe<CoordinationTaskConnection>;
  /**
   * Việc cần làm — the caller's inbox: the open obligations of the caller's agency (case deadlines, assignments,
   * session documents, question answers, supervision recommendations, coordination tasks, contributions, reports) due
   * within `withinWorkingDays` working days from today (Hanoi; 0–60, else BAD_USER_INPUT on `withinWorkingDays`) or
   * already overdue, earliest due first. Served from the coordination index's read model; working days by the holiday
   * calendar (the built-in years and those administrators set in petitions; weekends only in a year without data).
   * Null when the supervision subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  myInbox?: Maybe<InboxConnection>;
  supervisionProgramme?: Maybe<SupervisionProgramme>;
  /** Null when the supervision subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  supervisionProgrammes?: Maybe<SupervisionProgrammeConnection>;
  supervisionRecommendation?: Maybe<SupervisionRecommendation>;
  /**
   * Recommendations, earliest due first.
   * Null when the supervision subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  supervisionRecommendations?: Maybe<SupervisionRecommendationConnection>;
};


/**
 * Giám sát — the service the supervising bodies (city council, NA delegation, Fatherland Front) share:
 * supervision programmes and surveys, post-supervision recommendations followed to closure through re-supervision,
 * the "5 rõ" coordination tasks and the annual coordination plan, and the internal coordination index
 * (chỉ số phối hợp nội bộ) built from every service's obligations.
 */
export type QueryCoordinationIndexArgs = {
  agencyId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  weightsVersion?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Giám sát — the service the supervising bodies (city council, NA delegation, Fatherland Front) share:
 * supervision programmes and surveys, post-supervision recommendations followed to closure through re-supervision,
 * the "5 rõ" coordination tasks and the annual coordination plan, and the internal coordination index
 * (chỉ số phối hợp nội bộ) built from every service's obligations.
 */
export type QueryCoordinationIndexRankingArgs = {
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  level?: InputMaybe<AgencyLevel>;
  period: Scalars['String']['input'];
  weightsVersion?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Giám sát — the service the supervising bodies (city council, NA delegation, Fatherland Front) share:
 * supervision programmes and surveys, post-supervision recommendations followed to closure through re-supervision,
 * the "5 rõ" coordination tasks and the annual coordination plan, and the internal coordination index
 * (chỉ số phối hợp nội bộ) built from every service's obligations.
 */
export type QueryCoordinationIndexWeightsArgs = {
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Giám sát — the service the supervising bodies (city council, NA delegation, Fatherland Front) share:
 * supervision programmes and surveys, post-supervision recommendations followed to closure through re-supervision,
 * the "5 rõ" coordination tasks and the annual coordination plan, and the internal coordination index
 * (chỉ số phối hợp nội bộ) built from every service's obligations.
 */
export type QueryCoordinationPlanArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Giám sát — the service the supervising bodies (city council, NA delegation, Fatherland Front) share:
 * supervision programmes and surveys, post-supervision recommendations followed to closure through re-supervision,
 * the "5 rõ" coordination tasks and the annual coordination plan, and the internal coordination index
 * (chỉ số phối hợp nội bộ) built from every service's obligations.
 */
export type QueryCoordinationPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Giám sát — the service the supervising bodies (city council, NA delegation, Fatherland Front) share:
 * supervision programmes and surveys, post-supervision recommendations followed to closure through re-supervision,
 * the "5 rõ" coordination tasks and the annual coordination plan, and the internal coordination index
 * (chỉ số phối hợp nội bộ) built from every service's obligations.
 */
export type QueryCoordinationReviewArgs = {
  period: Scalars['String']['input'];
};


/**
 * Giám sát — the service the supervising bodies (city council, NA delegation, Fatherland Front) share:
 * supervision programmes and surveys, post-supervision recommendations followed to closure through re-supervision,
 * the "5 rõ" coordination tasks and the annual coordination plan, and the internal coordination index
 * (chỉ số phối hợp nội bộ) built from every service's obligations.
 */
export type QueryCoordinationReviewCsvArgs = {
  period: Scalars['String']['input'];
};


/**
 * Giám sát — the service the supervising bodies (city council, NA delegation, Fatherland Front) share:
 * supervision programmes and surveys, post-supervision recommendations followed to closure through re-supervision,
 * the "5 rõ" coordination tasks and the annual coordination plan, and the internal coordination index
 * (chỉ số phối hợp nội bộ) built from every service's obligations.
 */
export type QueryCoordinationTaskArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Giám sát — the service the supervising bodies (city council, NA delegation, Fatherland Front) share:
 * supervision programmes and surveys, post-supervision recommendations followed to closure through re-supervision,
 * the "5 rõ" coordination tasks and the annual coordination plan, and the internal coordination index
 * (chỉ số phối hợp nội bộ) built from every service's obligations.
 */
export type QueryCoordinationTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CoordinationTaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Giám sát — the service the supervising bodies (city council, NA delegation, Fatherland Front) share:
 * supervision programmes and surveys, post-supervision recommendations followed to closure through re-supervision,
 * the "5 rõ" coordination tasks and the annual coordination plan, and the internal coordination index
 * (chỉ số phối hợp nội bộ) built from every service's obligations.
 */
export type QueryMyInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  withinWorkingDays?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Giám sát — the service the supervising bodies (city council, NA delegation, Fatherland Front) share:
 * supervision programmes and surveys, post-supervision recommendations followed to closure through re-supervision,
 * the "5 rõ" coordination tasks and the annual coordination plan, and the internal coordination index
 * (chỉ số phối hợp nội bộ) built from every service's obligations.
 */
export type QuerySupervisionProgrammeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Giám sát — the service the supervising bodies (city council, NA delegation, Fatherland Front) share:
 * supervision programmes and surveys, post-supervision recommendations followed to closure through re-supervision,
 * the "5 rõ" coordination tasks and the annual coordination plan, and the internal coordination index
 * (chỉ số phối hợp nội bộ) built from every service's obligations.
 */
export type QuerySupervisionProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupervisionProgrammeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Giám sát — the service the supervising bodies (city council, NA delegation, Fatherland Front) share:
 * supervision programmes and surveys, post-supervision recommendations followed to closure through re-supervision,
 * the "5 rõ" coordination tasks and the annual coordination plan, and the internal coordination index
 * (chỉ số phối hợp nội bộ) built from every service's obligations.
 */
export type QuerySupervisionRecommendationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Giám sát — the service the supervising bodies (city council, NA delegation, Fatherland Front) share:
 * supervision programmes and surveys, post-supervision recommendations followed to closure through re-supervision,
 * the "5 rõ" coordination tasks and the annual coordination plan, and the internal coordination index
 * (chỉ số phối hợp nội bộ) built from every service's obligations.
 */
export type QuerySupervisionRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupervisionRecommendationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A question (chất vấn) of a council session (owned by council). */
export type Question = {
  __typename?: 'Question';
  id: Scalars['ID']['output'];
};

export type ReSupervisionFinding = {
  __typename?: 'ReSupervisionFinding';
  assessedStatus: SupervisionRecommendationStatus;
  finding: Scalars['String']['output'];
  newDueOn?: Maybe<Scalars['Date']['output']>;
  outcome: ReSupervisionOutcome;
  reSupervision: SupervisionProgramme;
  recordedOn: Scalars['Date']['output'];
};

export type ReSupervisionOutcome =
  | 'CLOSED'
  | 'KEPT_OPEN';

export type RecommendationRound = {
  __typename?: 'RecommendationRound';
  dueOn: Scalars['Date']['output'];
  implementedOn?: Maybe<Scalars['Date']['output']>;
  round: Scalars['Int']['output'];
  /** The day a re-supervision replaced it with a new round. */
  supersededOn?: Maybe<Scalars['Date']['output']>;
};

export type RecordCoordinationTaskMilestoneInput = {
  /** Not in the future. */
  doneOn: Scalars['Date']['input'];
  /** Position of the milestone in the task's list (from 0). */
  index: Scalars['Int']['input'];
};

export type RecordProgrammeFindingInput = {
  /** A supervised agency of the programme, or null for the programme as a whole. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  finding: Scalars['String']['input'];
  /** Not in the future, not before the programme starts. */
  recordedOn: Scalars['Date']['input'];
};

export type RecordReSupervisionFindingInput = {
  /** IMPLEMENTED, PARTIALLY_IMPLEMENTED or NOT_IMPLEMENTED. */
  assessedStatus: SupervisionRecommendationStatus;
  finding: Scalars['String']['input'];
  /** Required when KEPT_OPEN (after recordedOn); refused when CLOSED. */
  newDueOn?: InputMaybe<Scalars['Date']['input']>;
  outcome: ReSupervisionOutcome;
  recommendationId: Scalars['ID']['input'];
  /** Not in the future. */
  recordedOn: Scalars['Date']['input'];
};

/** The six contents of the coordination regulation. */
export type RegulationContent =
  /** Tiếp công dân; giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh */
  | 'CITIZEN_RECEPTION'
  /** Chuẩn bị nội dung, chương trình và tổ chức kỳ họp HĐND */
  | 'COUNCIL_SESSIONS'
  /** Bầu cử đại biểu Quốc hội, đại biểu HĐND; bầu Hội thẩm nhân dân */
  | 'ELECTIONS'
  /** Lấy ý kiến dự thảo luật, pháp lệnh; phản biện xã hội; phổ biến, giáo dục pháp luật */
  | 'LAWS_AND_CRITIQUE'
  /** Giám sát, khảo sát, tái giám sát việc thực hiện kiến nghị sau giám sát */
  | 'SUPERVISION'
  /** Tiếp xúc cử tri; theo dõi giải quyết kiến nghị của cử tri */
  | 'VOTER_MEETINGS';

export type ReportRecommendationImplementationInput = {
  /** At most 50. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  report: Scalars['String']['input'];
  /** Not in the future, not before the previous report. */
  reportedOn: Scalars['Date']['input'];
  /** IN_PROGRESS, IMPLEMENTED, PARTIALLY_IMPLEMENTED or NOT_IMPLEMENTED. */
  status: SupervisionRecommendationStatus;
};

/**
 * Petitioners' satisfaction recorded in a period (each resolved case once, on the day it was recorded):
 * rate = satisfied ÷ recorded in % (partly satisfied answers are counted apart, not as satisfied), null when none.
 */
export type SatisfactionFigure = {
  __typename?: 'SatisfactionFigure';
  agency?: Maybe<Agency>;
  dissatisfied: Scalars['Int']['output'];
  from: Scalars['Date']['output'];
  partly: Scalars['Int']['output'];
  /** `2026-11`, `2026-Q4` or `2026`. */
  period: Scalars['String']['output'];
  rate?: Maybe<Scalars['Float']['output']>;
  recorded: Scalars['Int']['output'];
  satisfied: Scalars['Int']['output'];
  to: Scalars['Date']['output'];
};

export type SetCoordinationIndexWeightsInput = {
  /** Why the weights change (kept with the version). */
  note: Scalars['String']['input'];
  weights: Array<ObligationWeightInput>;
};

/** A social critique (owned by front). */
export type SocialCritique = {
  __typename?: 'SocialCritique';
  id: Scalars['ID']['output'];
};

export type SupervisionKind =
  /** Giám sát thường xuyên — regular, from the annual supervision plan */
  | 'REGULAR'
  /** Tái giám sát — re-examines how recommendations of earlier programmes were implemented */
  | 'RE_SUPERVISION'
  /** Khảo sát — a survey: findings, and recommendations when it calls for them */
  | 'SURVEY'
  /** Giám sát chuyên đề — on one subject */
  | 'THEMATIC';

/** Chương trình giám sát — a supervision programme (or survey) of a supervising body. */
export type SupervisionProgramme = {
  __typename?: 'SupervisionProgramme';
  concludedOn?: Maybe<Scalars['Date']['output']>;
  /** Kết luận giám sát — set when CONCLUDED. */
  conclusion?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  endsOn: Scalars['Date']['output'];
  /** Findings (phát hiện), oldest first. */
  findings: Array<ProgrammeFinding>;
  id: Scalars['ID']['output'];
  /** The commune-level unit whose bodies hold it; null for the city's */
  jurisdiction?: Maybe<AdministrativeUnit>;
  kind: SupervisionKind;
  /**
   * The body that leads it: council, delegation or front, or a commune's council or front.
   * Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  leadAgency?: Maybe<Agency>;
  /** CITY for programmes of the city's bodies, COMMUNE for a commune's (its lead body's level) */
  level: AgencyLevel;
  /** For a RE_SUPERVISION: the programme whose recommendations it re-examines. */
  reSupervisionOf?: Maybe<SupervisionProgramme>;
  /** Re-supervisions of this programme. */
  reSupervisions: Array<SupervisionProgramme>;
  /** Recommendations issued by this programme, earliest due first. */
  recommendations: Array<SupervisionRecommendation>;
  /** For a RE_SUPERVISION: the recommendations it re-examines (selected when planned). */
  reviewedRecommendations: Array<SupervisionRecommendation>;
  startsOn: Scalars['Date']['output'];
  status: SupervisionProgrammeStatus;
  /**
   * Agencies whose work is supervised.
   * Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  supervisedAgencies?: Maybe<Array<Agency>>;
  title: Scalars['String']['output'];
  /** Year of the supervision plan it belongs to. */
  year: Scalars['Int']['output'];
};

export type SupervisionProgrammeConnection = {
  __typename?: 'SupervisionProgrammeConnection';
  edges: Array<SupervisionProgrammeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SupervisionProgrammeEdge = {
  __typename?: 'SupervisionProgrammeEdge';
  cursor: Scalars['String']['output'];
  node: SupervisionProgramme;
};

/** Programmes are listed latest start first. */
export type SupervisionProgrammeFilter = {
  /** Programmes of the bodies of this commune-level unit */
  jurisdictionUnitId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<SupervisionKind>;
  leadAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Programmes of this level (CITY includes those recorded before levels were kept) */
  level?: InputMaybe<AgencyLevel>;
  status?: InputMaybe<SupervisionProgrammeStatus>;
  /** Programmes that supervise this agency. */
  supervisedAgencyId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type SupervisionProgrammeStatus =
  | 'CONCLUDED'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** Kiến nghị sau giám sát — a recommendation a programme addresses to an agency, followed to closure. */
export type SupervisionRecommendation = {
  __typename?: 'SupervisionRecommendation';
  /** Null when the committee subgraph, which holds agencies, is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  addressedTo?: Maybe<Agency>;
  /** Closed at a re-supervision (with its assessed status). */
  closed: Scalars['Boolean']['output'];
  closedOn?: Maybe<Scalars['Date']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The current due day (a re-supervision that kept it open set a new one). */
  dueOn: Scalars['Date']['output'];
  /** Findings of re-supervisions, oldest first. */
  findings: Array<ReSupervisionFinding>;
  id: Scalars['ID']['output'];
  /** The latest report's text (null before the first report). */
  implementationReport?: Maybe<Scalars['String']['output']>;
  /** The commune-level unit whose bodies hold it; null for the city's */
  jurisdiction?: Maybe<AdministrativeUnit>;
  /** CITY for recommendations of the city's bodies, COMMUNE for a commune's (its programme's) */
  level: AgencyLevel;
  /** Unresolved after its due day (Hanoi calendar). */
  overdue: Scalars['Boolean']['output'];
  programme: SupervisionProgramme;
  /** The latest report's day. */
  reportedOn?: Maybe<Scalars['Date']['output']>;
  /** Implementation reports, oldest first. */
  reports: Array<ImplementationReport>;
  /** Implemented, or closed at a re-supervision. */
  resolved: Scalars['Boolean']['output'];
  /** Each due day it was owed by, first to current (history kept). */
  rounds: Array<RecommendationRound>;
  status: SupervisionRecommendationStatus;
  /** Coordination tasks created to implement it, earliest due first. */
  tasks: Array<CoordinationTask>;
  text: Scalars['String']['output'];
};

export type SupervisionRecommendationConnection = {
  __typename?: 'SupervisionRecommendationConnection';
  edges: Array<SupervisionRecommendationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SupervisionRecommendationEdge = {
  __typename?: 'SupervisionRecommendationEdge';
  cursor: Scalars['String']['output'];
  node: SupervisionRecommendation;
};

export type SupervisionRecommendationFilter = {
  addressedToAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Recommendations of the bodies of this commune-level unit */
  jurisdictionUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Recommendations of this level (CITY includes those recorded before levels were kept) */
  level?: InputMaybe<AgencyLevel>;
  /** Unresolved after the due day. */
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<SupervisionRecommendationStatus>;
  /** Neither implemented nor closed. */
  unresolvedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SupervisionRecommendationStatus =
  | 'IMPLEMENTED'
  /** Being implemented (a report said so) */
  | 'IN_PROGRESS'
  /** Issued, no report yet */
  | 'ISSUED'
  | 'NOT_IMPLEMENTED'
  | 'PARTIALLY_IMPLEMENTED';

/** The Front's voter opinion report to a session (owned by front). */
export type VoterOpinionReport = {
  __typename?: 'VoterOpinionReport';
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
  CoordinationPlan: CoordinationPlan;
  CoordinationTask: CoordinationTask;
  CouncilSession: CouncilSession;
  SupervisionProgramme: SupervisionProgramme;
  SupervisionRecommendation: SupervisionRecommendation;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Agency:
    ( { __typename: 'Agency' }
    & GraphQLRecursivePick<FederationTypes['Agency'], {"id":true}> );
  CoordinationPlan:
    ( { __typename: 'CoordinationPlan' }
    & GraphQLRecursivePick<FederationTypes['CoordinationPlan'], {"id":true}> );
  CoordinationTask:
    ( { __typename: 'CoordinationTask' }
    & GraphQLRecursivePick<FederationTypes['CoordinationTask'], {"id":true}> );
  CouncilSession:
    ( { __typename: 'CouncilSession' }
    & GraphQLRecursivePick<FederationTypes['CouncilSession'], {"id":true}> );
  SupervisionProgramme:
    ( { __typename: 'SupervisionProgramme' }
    & GraphQLRecursivePick<FederationTypes['SupervisionProgramme'], {"id":true}> );
  SupervisionRecommendation:
    ( { __typename: 'SupervisionRecommendation' }
    & GraphQLRecursivePick<FederationTypes['SupervisionRecommendation'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  ObligationSubject:
    | ( EntityReferenceMapper & { __typename: 'AgendaItem' } )
    | ( EntityReferenceMapper & { __typename: 'Assignment' } )
    | ( CoordinationTaskDocMapper & { __typename: 'CoordinationTask' } )
    | ( EntityReferenceMapper & { __typename: 'CouncilSession' } )
    | ( EntityReferenceMapper & { __typename: 'LawConsultation' } )
    | ( EntityReferenceMapper & { __typename: 'Petition' } )
    | ( EntityReferenceMapper & { __typename: 'Question' } )
    | ( EntityReferenceMapper & { __typename: 'SocialCritique' } )
    | ( SupervisionRecommendationDocMapper & { __typename: 'SupervisionRecommendation' } )
    | ( EntityReferenceMapper & { __typename: 'VoterOpinionReport' } )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddSupervisionRecommendationInput: AddSupervisionRecommendationInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AdministrativeUnit: ResolverTypeWrapper<AdministrativeUnit>;
  Agency: ResolverTypeWrapper<EntityReferenceMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AgencyLevel: AgencyLevel;
  AgendaItem: ResolverTypeWrapper<EntityReferenceMapper>;
  Assignment: ResolverTypeWrapper<EntityReferenceMapper>;
  CompleteCoordinationTaskInput: CompleteCoordinationTaskInput;
  ConcludeSupervisionProgrammeInput: ConcludeSupervisionProgrammeInput;
  CoordinationFocalPoint: ResolverTypeWrapper<FocalPointDocMapper>;
  CoordinationIndex: ResolverTypeWrapper<IndexFigureMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CoordinationIndexBasis: ResolverTypeWrapper<CoordinationIndexBasis>;
  CoordinationIndexBuild: ResolverTypeWrapper<CoordinationIndexBuild>;
  CoordinationIndexBuildProgress: ResolverTypeWrapper<CoordinationIndexBuildProgress>;
  CoordinationIndexComponent: ResolverTypeWrapper<IndexComponentParentMapper>;
  CoordinationIndexRank: ResolverTypeWrapper<IndexRankMapper>;
  CoordinationIndexStatus: ResolverTypeWrapper<CoordinationIndexStatus>;
  CoordinationIndexWeights: ResolverTypeWrapper<CoordinationIndexWeights>;
  CoordinationPlan: ResolverTypeWrapper<CoordinationPlanDocMapper>;
  CoordinationPlanConnection: ResolverTypeWrapper<CoordinationPlanPageMapper>;
  CoordinationPlanEdge: ResolverTypeWrapper<Omit<CoordinationPlanEdge, 'node'> & { node: ResolversTypes['CoordinationPlan'] }>;
  CoordinationReview: ResolverTypeWrapper<ReviewMapper>;
  CoordinationReviewBody: ResolverTypeWrapper<ReviewBodyParentMapper>;
  CoordinationReviewLine: ResolverTypeWrapper<CoordinationReviewLine>;
  CoordinationTask: ResolverTypeWrapper<CoordinationTaskDocMapper>;
  CoordinationTaskConnection: ResolverTypeWrapper<CoordinationTaskPageMapper>;
  CoordinationTaskEdge: ResolverTypeWrapper<Omit<CoordinationTaskEdge, 'node'> & { node: ResolversTypes['CoordinationTask'] }>;
  CoordinationTaskFilter: CoordinationTaskFilter;
  CoordinationTaskSource: CoordinationTaskSource;
  CoordinationTaskStatus: CoordinationTaskStatus;
  CouncilSession: ResolverTypeWrapper<EntityReferenceMapper>;
  CreateCoordinationPlanInput: CreateCoordinationPlanInput;
  CreateCoordinationTaskInput: CreateCoordinationTaskInput;
  CreateSupervisionProgrammeInput: CreateSupervisionProgrammeInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EventOffset: ResolverTypeWrapper<EventOffset>;
  Evidence: ResolverTypeWrapper<Evidence>;
  EvidenceInput: EvidenceInput;
  ImplementationReport: ResolverTypeWrapper<Omit<ImplementationReport, 'assignment'> & { assignment?: Maybe<ResolversTypes['Assignment']> }>;
  InboxConnection: ResolverTypeWrapper<InboxPageMapper>;
  InboxEdge: ResolverTypeWrapper<Omit<InboxEdge, 'node'> & { node: ResolversTypes['InboxItem'] }>;
  InboxItem: ResolverTypeWrapper<InboxItemMapper>;
  LawConsultation: ResolverTypeWrapper<EntityReferenceMapper>;
  Milestone: ResolverTypeWrapper<Milestone>;
  MilestoneInput: MilestoneInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ObligationItem: ResolverTypeWrapper<IndexedObligationMapper>;
  ObligationKind: ObligationKind;
  ObligationStanding: ObligationStanding;
  ObligationSubject: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ObligationSubject']>;
  ObligationWeight: ResolverTypeWrapper<ObligationWeight>;
  ObligationWeightInput: ObligationWeightInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<Person>;
  PersonInput: PersonInput;
  PersonKind: PersonKind;
  Petition: ResolverTypeWrapper<EntityReferenceMapper>;
  ProgrammeFinding: ResolverTypeWrapper<Omit<ProgrammeFinding, 'agency'> & { agency?: Maybe<ResolversTypes['Agency']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Question: ResolverTypeWrapper<EntityReferenceMapper>;
  ReSupervisionFinding: ResolverTypeWrapper<ReSupervisionFindingMapper>;
  ReSupervisionOutcome: ReSupervisionOutcome;
  RecommendationRound: ResolverTypeWrapper<RecommendationRound>;
  RecordCoordinationTaskMilestoneInput: RecordCoordinationTaskMilestoneInput;
  RecordProgrammeFindingInput: RecordProgrammeFindingInput;
  RecordReSupervisionFindingInput: RecordReSupervisionFindingInput;
  RegulationContent: RegulationContent;
  ReportRecommendationImplementationInput: ReportRecommendationImplementationInput;
  SatisfactionFigure: ResolverTypeWrapper<SatisfactionFigureMapper>;
  SetCoordinationIndexWeightsInput: SetCoordinationIndexWeightsInput;
  SocialCritique: ResolverTypeWrapper<EntityReferenceMapper>;
  SupervisionKind: SupervisionKind;
  SupervisionProgramme: ResolverTypeWrapper<SupervisionProgrammeDocMapper>;
  SupervisionProgrammeConnection: ResolverTypeWrapper<SupervisionProgrammePageMapper>;
  SupervisionProgrammeEdge: ResolverTypeWrapper<Omit<SupervisionProgrammeEdge, 'node'> & { node: ResolversTypes['SupervisionProgramme'] }>;
  SupervisionProgrammeFilter: SupervisionProgrammeFilter;
  SupervisionProgrammeStatus: SupervisionProgrammeStatus;
  SupervisionRecommendation: ResolverTypeWrapper<SupervisionRecommendationDocMapper>;
  SupervisionRecommendationConnection: ResolverTypeWrapper<SupervisionRecommendationPageMapper>;
  SupervisionRecommendationEdge: ResolverTypeWrapper<Omit<SupervisionRecommendationEdge, 'node'> & { node: ResolversTypes['SupervisionRecommendation'] }>;
  SupervisionRecommendationFilter: SupervisionRecommendationFilter;
  SupervisionRecommendationStatus: SupervisionRecommendationStatus;
  VoterOpinionReport: ResolverTypeWrapper<EntityReferenceMapper>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddSupervisionRecommendationInput: AddSupervisionRecommendationInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AdministrativeUnit: AdministrativeUnit;
  Agency: EntityReferenceMapper;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  AgendaItem: EntityReferenceMapper;
  Assignment: EntityReferenceMapper;
  CompleteCoordinationTaskInput: CompleteCoordinationTaskInput;
  ConcludeSupervisionProgrammeInput: ConcludeSupervisionProgrammeInput;
  CoordinationFocalPoint: FocalPointDocMapper;
  CoordinationIndex: IndexFigureMapper;
  Float: Scalars['Float']['output'];
  CoordinationIndexBasis: CoordinationIndexBasis;
  CoordinationIndexBuild: CoordinationIndexBuild;
  CoordinationIndexBuildProgress: CoordinationIndexBuildProgress;
  CoordinationIndexComponent: IndexComponentParentMapper;
  CoordinationIndexRank: IndexRankMapper;
  CoordinationIndexStatus: CoordinationIndexStatus;
  CoordinationIndexWeights: CoordinationIndexWeights;
  CoordinationPlan: CoordinationPlanDocMapper;
  CoordinationPlanConnection: CoordinationPlanPageMapper;
  CoordinationPlanEdge: Omit<CoordinationPlanEdge, 'node'> & { node: ResolversParentTypes['CoordinationPlan'] };
  CoordinationReview: ReviewMapper;
  CoordinationReviewBody: ReviewBodyParentMapper;
  CoordinationReviewLine: CoordinationReviewLine;
  CoordinationTask: CoordinationTaskDocMapper;
  CoordinationTaskConnection: CoordinationTaskPageMapper;
  CoordinationTaskEdge: Omit<CoordinationTaskEdge, 'node'> & { node: ResolversParentTypes['CoordinationTask'] };
  CoordinationTaskFilter: CoordinationTaskFilter;
  CouncilSession: EntityReferenceMapper;
  CreateCoordinationPlanInput: CreateCoordinationPlanInput;
  CreateCoordinationTaskInput: CreateCoordinationTaskInput;
  CreateSupervisionProgrammeInput: CreateSupervisionProgrammeInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EventOffset: EventOffset;
  Evidence: Evidence;
  EvidenceInput: EvidenceInput;
  ImplementationReport: Omit<ImplementationReport, 'assignment'> & { assignment?: Maybe<ResolversParentTypes['Assignment']> };
  InboxConnection: InboxPageMapper;
  InboxEdge: Omit<InboxEdge, 'node'> & { node: ResolversParentTypes['InboxItem'] };
  InboxItem: InboxItemMapper;
  LawConsultation: EntityReferenceMapper;
  Milestone: Milestone;
  MilestoneInput: MilestoneInput;
  Mutation: Record<PropertyKey, never>;
  ObligationItem: IndexedObligationMapper;
  ObligationSubject: ResolversUnionTypes<ResolversParentTypes>['ObligationSubject'];
  ObligationWeight: ObligationWeight;
  ObligationWeightInput: ObligationWeightInput;
  PageInfo: PageInfo;
  Person: Person;
  PersonInput: PersonInput;
  Petition: EntityReferenceMapper;
  ProgrammeFinding: Omit<ProgrammeFinding, 'agency'> & { agency?: Maybe<ResolversParentTypes['Agency']> };
  Query: Record<PropertyKey, never>;
  Question: EntityReferenceMapper;
  ReSupervisionFinding: ReSupervisionFindingMapper;
  RecommendationRound: RecommendationRound;
  RecordCoordinationTaskMilestoneInput: RecordCoordinationTaskMilestoneInput;
  RecordProgrammeFindingInput: RecordProgrammeFindingInput;
  RecordReSupervisionFindingInput: RecordReSupervisionFindingInput;
  ReportRecommendationImplementationInput: ReportRecommendationImplementationInput;
  SatisfactionFigure: SatisfactionFigureMapper;
  SetCoordinationIndexWeightsInput: SetCoordinationIndexWeightsInput;
  SocialCritique: EntityReferenceMapper;
  SupervisionProgramme: SupervisionProgrammeDocMapper;
  SupervisionProgrammeConnection: SupervisionProgrammePageMapper;
  SupervisionProgrammeEdge: Omit<SupervisionProgrammeEdge, 'node'> & { node: ResolversParentTypes['SupervisionProgramme'] };
  SupervisionProgrammeFilter: SupervisionProgrammeFilter;
  SupervisionRecommendation: SupervisionRecommendationDocMapper;
  SupervisionRecommendationConnection: SupervisionRecommendationPageMapper;
  SupervisionRecommendationEdge: Omit<SupervisionRecommendationEdge, 'node'> & { node: ResolversParentTypes['SupervisionRecommendation'] };
  SupervisionRecommendationFilter: SupervisionRecommendationFilter;
  VoterOpinionReport: EntityReferenceMapper;
};

export type AdministrativeUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdministrativeUnit'] = ResolversParentTypes['AdministrativeUnit']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency'], FederationReferenceType extends FederationReferenceTypes['Agency'] = FederationReferenceTypes['Agency']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agency']> | FederationReferenceType, FederationReferenceType, ContextType>;
  coordinationIndex?: Resolver<Maybe<ResolversTypes['CoordinationIndex']>, ParentType, ContextType, RequireFields<AgencyCoordinationIndexArgs, 'period'>>;
  coordinationIndexHistory?: Resolver<Maybe<Array<ResolversTypes['CoordinationIndex']>>, ParentType, ContextType, RequireFields<AgencyCoordinationIndexHistoryArgs, 'from' | 'to'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  satisfaction?: Resolver<Maybe<ResolversTypes['SatisfactionFigure']>, ParentType, ContextType, RequireFields<AgencySatisfactionArgs, 'period'>>;
  shortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supervisionRecommendations?: Resolver<Maybe<Array<ResolversTypes['SupervisionRecommendation']>>, ParentType, ContextType, Partial<AgencySupervisionRecommendationsArgs>>;
};

export type AgendaItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgendaItem'] = ResolversParentTypes['AgendaItem']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assignment'] = ResolversParentTypes['Assignment']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CoordinationFocalPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationFocalPoint'] = ResolversParentTypes['CoordinationFocalPoint']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  setAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CoordinationIndexResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationIndex'] = ResolversParentTypes['CoordinationIndex']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['CoordinationIndexBasis'], ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['CoordinationIndexComponent']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CoordinationIndexBasisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationIndexBasis'] = ResolversParentTypes['CoordinationIndexBasis']> = {
  eventCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastOffsets?: Resolver<Array<ResolversTypes['EventOffset']>, ParentType, ContextType>;
  weightsVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoordinationIndexBuildResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationIndexBuild'] = ResolversParentTypes['CoordinationIndexBuild']> = {
  endOffsets?: Resolver<Array<ResolversTypes['EventOffset']>, ParentType, ContextType>;
  eventCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  generation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CoordinationIndexBuildProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationIndexBuildProgress'] = ResolversParentTypes['CoordinationIndexBuildProgress']> = {
  generation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoordinationIndexComponentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationIndexComponent'] = ResolversParentTypes['CoordinationIndexComponent']> = {
  basis?: Resolver<ResolversTypes['CoordinationIndexBasis'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['RegulationContent'], ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ObligationItem']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ObligationKind'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CoordinationIndexRankResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationIndexRank'] = ResolversParentTypes['CoordinationIndexRank']> = {
  index?: Resolver<ResolversTypes['CoordinationIndex'], ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CoordinationIndexStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationIndexStatus'] = ResolversParentTypes['CoordinationIndexStatus']> = {
  activeGeneration?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  building?: Resolver<Maybe<ResolversTypes['CoordinationIndexBuildProgress']>, ParentType, ContextType>;
  lastBuild?: Resolver<Maybe<ResolversTypes['CoordinationIndexBuild']>, ParentType, ContextType>;
};

export type CoordinationIndexWeightsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationIndexWeights'] = ResolversParentTypes['CoordinationIndexWeights']> = {
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  setAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weights?: Resolver<Array<ResolversTypes['ObligationWeight']>, ParentType, ContextType>;
};

export type CoordinationPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationPlan'] = ResolversParentTypes['CoordinationPlan'], FederationReferenceType extends FederationReferenceTypes['CoordinationPlan'] = FederationReferenceTypes['CoordinationPlan']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CoordinationPlan']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['CoordinationTask']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoordinationPlanConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationPlanConnection'] = ResolversParentTypes['CoordinationPlanConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CoordinationPlanEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoordinationPlanEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationPlanEdge'] = ResolversParentTypes['CoordinationPlanEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CoordinationPlan'], ParentType, ContextType>;
};

export type CoordinationReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationReview'] = ResolversParentTypes['CoordinationReview']> = {
  bodies?: Resolver<Array<ResolversTypes['CoordinationReviewBody']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  weightsVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoordinationReviewBodyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationReviewBody'] = ResolversParentTypes['CoordinationReviewBody']> = {
  body?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  index?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CoordinationReviewLine']>, ParentType, ContextType>;
  satisfaction?: Resolver<ResolversTypes['SatisfactionFigure'], ParentType, ContextType>;
};

export type CoordinationReviewLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationReviewLine'] = ResolversParentTypes['CoordinationReviewLine']> = {
  content?: Resolver<ResolversTypes['RegulationContent'], ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoordinationTaskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationTask'] = ResolversParentTypes['CoordinationTask'], FederationReferenceType extends FederationReferenceTypes['CoordinationTask'] = FederationReferenceTypes['CoordinationTask']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CoordinationTask']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  agendaItem?: Resolver<Maybe<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  content?: Resolver<Maybe<ResolversTypes['RegulationContent']>, ParentType, ContextType>;
  councilSession?: Resolver<Maybe<ResolversTypes['CouncilSession']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  doneOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  expectedResult?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fiveClearGaps?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AgencyLevel'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['CoordinationPlan']>, ParentType, ContextType>;
  recommendation?: Resolver<Maybe<ResolversTypes['SupervisionRecommendation']>, ParentType, ContextType>;
  responsible?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CoordinationTaskSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CoordinationTaskStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CoordinationTaskConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationTaskConnection'] = ResolversParentTypes['CoordinationTaskConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CoordinationTaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoordinationTaskEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationTaskEdge'] = ResolversParentTypes['CoordinationTaskEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CoordinationTask'], ParentType, ContextType>;
};

export type CouncilSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilSession'] = ResolversParentTypes['CouncilSession'], FederationReferenceType extends FederationReferenceTypes['CouncilSession'] = FederationReferenceTypes['CouncilSession']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilSession']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  preparationTasks?: Resolver<Maybe<Array<ResolversTypes['CoordinationTask']>>, ParentType, ContextType, Partial<CouncilSessionPreparationTasksArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EventOffsetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventOffset'] = ResolversParentTypes['EventOffset']> = {
  offset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partition?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImplementationReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImplementationReport'] = ResolversParentTypes['ImplementationReport']> = {
  assignment?: Resolver<Maybe<ResolversTypes['Assignment']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  reportedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupervisionRecommendationStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InboxConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InboxConnection'] = ResolversParentTypes['InboxConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InboxEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type InboxEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InboxEdge'] = ResolversParentTypes['InboxEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InboxItem'], ParentType, ContextType>;
};

export type InboxItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InboxItem'] = ResolversParentTypes['InboxItem']> = {
  basis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['RegulationContent'], ParentType, ContextType>;
  councilSession?: Resolver<Maybe<ResolversTypes['CouncilSession']>, ParentType, ContextType>;
  daysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ObligationKind'], ParentType, ContextType>;
  obligationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['ObligationSubject']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LawConsultationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LawConsultation'] = ResolversParentTypes['LawConsultation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MilestoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = {
  doneOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addCoordinationPlanItem?: Resolver<ResolversTypes['CoordinationTask'], ParentType, ContextType, RequireFields<MutationAddCoordinationPlanItemArgs, 'input' | 'planId'>>;
  addSupervisionRecommendation?: Resolver<ResolversTypes['SupervisionRecommendation'], ParentType, ContextType, RequireFields<MutationAddSupervisionRecommendationArgs, 'input'>>;
  cancelCoordinationTask?: Resolver<ResolversTypes['CoordinationTask'], ParentType, ContextType, RequireFields<MutationCancelCoordinationTaskArgs, 'id' | 'reason'>>;
  completeCoordinationTask?: Resolver<ResolversTypes['CoordinationTask'], ParentType, ContextType, RequireFields<MutationCompleteCoordinationTaskArgs, 'id' | 'input'>>;
  concludeSupervisionProgramme?: Resolver<ResolversTypes['SupervisionProgramme'], ParentType, ContextType, RequireFields<MutationConcludeSupervisionProgrammeArgs, 'id' | 'input'>>;
  createCoordinationPlan?: Resolver<ResolversTypes['CoordinationPlan'], ParentType, ContextType, RequireFields<MutationCreateCoordinationPlanArgs, 'input'>>;
  createCoordinationTask?: Resolver<ResolversTypes['CoordinationTask'], ParentType, ContextType, RequireFields<MutationCreateCoordinationTaskArgs, 'input'>>;
  createSupervisionProgramme?: Resolver<ResolversTypes['SupervisionProgramme'], ParentType, ContextType, RequireFields<MutationCreateSupervisionProgrammeArgs, 'input'>>;
  rebuildCoordinationIndex?: Resolver<ResolversTypes['CoordinationIndexBuildProgress'], ParentType, ContextType>;
  recordCoordinationTaskMilestone?: Resolver<ResolversTypes['CoordinationTask'], ParentType, ContextType, RequireFields<MutationRecordCoordinationTaskMilestoneArgs, 'id' | 'input'>>;
  recordProgrammeFinding?: Resolver<ResolversTypes['SupervisionProgramme'], ParentType, ContextType, RequireFields<MutationRecordProgrammeFindingArgs, 'id' | 'input'>>;
  recordReSupervisionFinding?: Resolver<ResolversTypes['SupervisionRecommendation'], ParentType, ContextType, RequireFields<MutationRecordReSupervisionFindingArgs, 'input' | 'programmeId'>>;
  reportRecommendationImplementation?: Resolver<ResolversTypes['SupervisionRecommendation'], ParentType, ContextType, RequireFields<MutationReportRecommendationImplementationArgs, 'id' | 'input'>>;
  setCoordinationFocalPoint?: Resolver<ResolversTypes['CoordinationFocalPoint'], ParentType, ContextType, RequireFields<MutationSetCoordinationFocalPointArgs, 'agencyId' | 'input'>>;
  setCoordinationIndexWeights?: Resolver<ResolversTypes['CoordinationIndexWeights'], ParentType, ContextType, RequireFields<MutationSetCoordinationIndexWeightsArgs, 'input'>>;
  startSupervisionProgramme?: Resolver<ResolversTypes['SupervisionProgramme'], ParentType, ContextType, RequireFields<MutationStartSupervisionProgrammeArgs, 'id'>>;
};

export type ObligationItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObligationItem'] = ResolversParentTypes['ObligationItem']> = {
  basis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  councilSession?: Resolver<Maybe<ResolversTypes['CouncilSession']>, ParentType, ContextType>;
  daysLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ObligationKind'], ParentType, ContextType>;
  metOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  obligationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  standing?: Resolver<ResolversTypes['ObligationStanding'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['ObligationSubject']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ObligationSubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObligationSubject'] = ResolversParentTypes['ObligationSubject']> = {
  __resolveType: TypeResolveFn<'AgendaItem' | 'Assignment' | 'CoordinationTask' | 'CouncilSession' | 'LawConsultation' | 'Petition' | 'Question' | 'SocialCritique' | 'SupervisionRecommendation' | 'VoterOpinionReport', ParentType, ContextType>;
};

export type ObligationWeightResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObligationWeight'] = ResolversParentTypes['ObligationWeight']> = {
  kind?: Resolver<ResolversTypes['ObligationKind'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PersonKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PetitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Petition'] = ResolversParentTypes['Petition']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgrammeFindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeFinding'] = ResolversParentTypes['ProgrammeFinding']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  finding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  coordinationFocalPoints?: Resolver<Maybe<Array<ResolversTypes['CoordinationFocalPoint']>>, ParentType, ContextType>;
  coordinationIndex?: Resolver<Maybe<ResolversTypes['CoordinationIndex']>, ParentType, ContextType, RequireFields<QueryCoordinationIndexArgs, 'agencyId' | 'period'>>;
  coordinationIndexRanking?: Resolver<Maybe<Array<ResolversTypes['CoordinationIndexRank']>>, ParentType, ContextType, RequireFields<QueryCoordinationIndexRankingArgs, 'period'>>;
  coordinationIndexStatus?: Resolver<Maybe<ResolversTypes['CoordinationIndexStatus']>, ParentType, ContextType>;
  coordinationIndexWeightVersions?: Resolver<Maybe<Array<ResolversTypes['CoordinationIndexWeights']>>, ParentType, ContextType>;
  coordinationIndexWeights?: Resolver<Maybe<ResolversTypes['CoordinationIndexWeights']>, ParentType, ContextType, Partial<QueryCoordinationIndexWeightsArgs>>;
  coordinationPlan?: Resolver<Maybe<ResolversTypes['CoordinationPlan']>, ParentType, ContextType, RequireFields<QueryCoordinationPlanArgs, 'id'>>;
  coordinationPlans?: Resolver<Maybe<ResolversTypes['CoordinationPlanConnection']>, ParentType, ContextType, Partial<QueryCoordinationPlansArgs>>;
  coordinationReview?: Resolver<Maybe<ResolversTypes['CoordinationReview']>, ParentType, ContextType, RequireFields<QueryCoordinationReviewArgs, 'period'>>;
  coordinationReviewCsv?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryCoordinationReviewCsvArgs, 'period'>>;
  coordinationTask?: Resolver<Maybe<ResolversTypes['CoordinationTask']>, ParentType, ContextType, RequireFields<QueryCoordinationTaskArgs, 'id'>>;
  coordinationTasks?: Resolver<Maybe<ResolversTypes['CoordinationTaskConnection']>, ParentType, ContextType, Partial<QueryCoordinationTasksArgs>>;
  myInbox?: Resolver<Maybe<ResolversTypes['InboxConnection']>, ParentType, ContextType, RequireFields<QueryMyInboxArgs, 'withinWorkingDays'>>;
  supervisionProgramme?: Resolver<Maybe<ResolversTypes['SupervisionProgramme']>, ParentType, ContextType, RequireFields<QuerySupervisionProgrammeArgs, 'id'>>;
  supervisionProgrammes?: Resolver<Maybe<ResolversTypes['SupervisionProgrammeConnection']>, ParentType, ContextType, Partial<QuerySupervisionProgrammesArgs>>;
  supervisionRecommendation?: Resolver<Maybe<ResolversTypes['SupervisionRecommendation']>, ParentType, ContextType, RequireFields<QuerySupervisionRecommendationArgs, 'id'>>;
  supervisionRecommendations?: Resolver<Maybe<ResolversTypes['SupervisionRecommendationConnection']>, ParentType, ContextType, Partial<QuerySupervisionRecommendationsArgs>>;
};

export type QuestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Question'] = ResolversParentTypes['Question']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReSupervisionFindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReSupervisionFinding'] = ResolversParentTypes['ReSupervisionFinding']> = {
  assessedStatus?: Resolver<ResolversTypes['SupervisionRecommendationStatus'], ParentType, ContextType>;
  finding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newDueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ReSupervisionOutcome'], ParentType, ContextType>;
  reSupervision?: Resolver<ResolversTypes['SupervisionProgramme'], ParentType, ContextType>;
  recordedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type RecommendationRoundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecommendationRound'] = ResolversParentTypes['RecommendationRound']> = {
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  implementedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supersededOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SatisfactionFigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SatisfactionFigure'] = ResolversParentTypes['SatisfactionFigure']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  dissatisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  partly?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type SocialCritiqueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SocialCritique'] = ResolversParentTypes['SocialCritique']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SupervisionProgrammeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupervisionProgramme'] = ResolversParentTypes['SupervisionProgramme'], FederationReferenceType extends FederationReferenceTypes['SupervisionProgramme'] = FederationReferenceTypes['SupervisionProgramme']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SupervisionProgramme']> | FederationReferenceType, FederationReferenceType, ContextType>;
  concludedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  conclusion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['ProgrammeFinding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SupervisionKind'], ParentType, ContextType>;
  leadAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AgencyLevel'], ParentType, ContextType>;
  reSupervisionOf?: Resolver<Maybe<ResolversTypes['SupervisionProgramme']>, ParentType, ContextType>;
  reSupervisions?: Resolver<Array<ResolversTypes['SupervisionProgramme']>, ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['SupervisionRecommendation']>, ParentType, ContextType>;
  reviewedRecommendations?: Resolver<Array<ResolversTypes['SupervisionRecommendation']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupervisionProgrammeStatus'], ParentType, ContextType>;
  supervisedAgencies?: Resolver<Maybe<Array<ResolversTypes['Agency']>>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupervisionProgrammeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupervisionProgrammeConnection'] = ResolversParentTypes['SupervisionProgrammeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SupervisionProgrammeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupervisionProgrammeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupervisionProgrammeEdge'] = ResolversParentTypes['SupervisionProgrammeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SupervisionProgramme'], ParentType, ContextType>;
};

export type SupervisionRecommendationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupervisionRecommendation'] = ResolversParentTypes['SupervisionRecommendation'], FederationReferenceType extends FederationReferenceTypes['SupervisionRecommendation'] = FederationReferenceTypes['SupervisionRecommendation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SupervisionRecommendation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  addressedTo?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['ReSupervisionFinding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementationReport?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AgencyLevel'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['SupervisionProgramme'], ParentType, ContextType>;
  reportedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['ImplementationReport']>, ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['RecommendationRound']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupervisionRecommendationStatus'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['CoordinationTask']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SupervisionRecommendationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupervisionRecommendationConnection'] = ResolversParentTypes['SupervisionRecommendationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SupervisionRecommendationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupervisionRecommendationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupervisionRecommendationEdge'] = ResolversParentTypes['SupervisionRecommendationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SupervisionRecommendation'], ParentType, ContextType>;
};

export type VoterOpinionReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VoterOpinionReport'] = ResolversParentTypes['VoterOpinionReport']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AdministrativeUnit?: AdministrativeUnitResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  AgendaItem?: AgendaItemResolvers<ContextType>;
  Assignment?: AssignmentResolvers<ContextType>;
  CoordinationFocalPoint?: CoordinationFocalPointResolvers<ContextType>;
  CoordinationIndex?: CoordinationIndexResolvers<ContextType>;
  CoordinationIndexBasis?: CoordinationIndexBasisResolvers<ContextType>;
  CoordinationIndexBuild?: CoordinationIndexBuildResolvers<ContextType>;
  CoordinationIndexBuildProgress?: CoordinationIndexBuildProgressResolvers<ContextType>;
  CoordinationIndexComponent?: CoordinationIndexComponentResolvers<ContextType>;
  CoordinationIndexRank?: CoordinationIndexRankResolvers<ContextType>;
  CoordinationIndexStatus?: CoordinationIndexStatusResolvers<ContextType>;
  CoordinationIndexWeights?: CoordinationIndexWeightsResolvers<ContextType>;
  CoordinationPlan?: CoordinationPlanResolvers<ContextType>;
  CoordinationPlanConnection?: CoordinationPlanConnectionResolvers<ContextType>;
  CoordinationPlanEdge?: CoordinationPlanEdgeResolvers<ContextType>;
  CoordinationReview?: CoordinationReviewResolvers<ContextType>;
  CoordinationReviewBody?: CoordinationReviewBodyResolvers<ContextType>;
  CoordinationReviewLine?: CoordinationReviewLineResolvers<ContextType>;
  CoordinationTask?: CoordinationTaskResolvers<ContextType>;
  CoordinationTaskConnection?: CoordinationTaskConnectionResolvers<ContextType>;
  CoordinationTaskEdge?: CoordinationTaskEdgeResolvers<ContextType>;
  CouncilSession?: CouncilSessionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EventOffset?: EventOffsetResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  ImplementationReport?: ImplementationReportResolvers<ContextType>;
  InboxConnection?: InboxConnectionResolvers<ContextType>;
  InboxEdge?: InboxEdgeResolvers<ContextType>;
  InboxItem?: InboxItemResolvers<ContextType>;
  LawConsultation?: LawConsultationResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  ObligationItem?: ObligationItemResolvers<ContextType>;
  ObligationSubject?: ObligationSubjectResolvers<ContextType>;
  ObligationWeight?: ObligationWeightResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Petition?: PetitionResolvers<ContextType>;
  ProgrammeFinding?: ProgrammeFindingResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Question?: QuestionResolvers<ContextType>;
  ReSupervisionFinding?: ReSupervisionFindingResolvers<ContextType>;
  RecommendationRound?: RecommendationRoundResolvers<ContextType>;
  SatisfactionFigure?: SatisfactionFigureResolvers<ContextType>;
  SocialCritique?: SocialCritiqueResolvers<ContextType>;
  SupervisionProgramme?: SupervisionProgrammeResolvers<ContextType>;
  SupervisionProgrammeConnection?: SupervisionProgrammeConnectionResolvers<ContextType>;
  SupervisionProgrammeEdge?: SupervisionProgrammeEdgeResolvers<ContextType>;
  SupervisionRecommendation?: SupervisionRecommendationResolvers<ContextType>;
  SupervisionRecommendationConnection?: SupervisionRecommendationConnectionResolvers<ContextType>;
  SupervisionRecommendationEdge?: SupervisionRecommendationEdgeResolvers<ContextType>;
  VoterOpinionReport?: VoterOpinionReportResolvers<ContextType>;
};

