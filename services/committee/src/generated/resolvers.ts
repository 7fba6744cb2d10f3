import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference as EntityReferenceMapper } from '@hanoi/platform';
import type { AgencyDoc as AgencyDocMapper } from '../repositories/agencies';
import type { AgencyPage as AgencyPageMapper, AdministrativeUnitPage as AdministrativeUnitPageMapper, AssignmentPage as AssignmentPageMapper, Context } from '../resolvers-mappers';
import type { AdministrativeUnitDoc as AdministrativeUnitDocMapper } from '../repositories/administrative-units';
import type { AssignmentDoc as AssignmentDocMapper } from '../repositories/assignments';
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

/**
 * Đơn vị hành chính — an administrative unit with its validity. On 1 July 2025 the district level was abolished
 * and Hanoi's communes and wards were rearranged into 126 commune-level units (51 wards, 75 communes); records keep
 * the unit valid at their date, and links lead across the reform.
 */
export type AdministrativeUnit = {
  __typename?: 'AdministrativeUnit';
  children: Array<AdministrativeUnit>;
  /** Mã số of the General Statistics Office (for a unit until 30 June 2025: its code in the list it was matched in) */
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: AdministrativeUnitKind;
  /** Follows from the kind: districts, towns → DISTRICT; wards, communes, townships → COMMUNE */
  level: AdministrativeUnitLevel;
  /** Official name with its kind, e.g. Phường Hoàn Kiếm */
  name: Scalars['String']['output'];
  /** The name it bore on `date` (its first name before it began) */
  nameOn: Scalars['String']['output'];
  /** Its names, oldest first, each with the days it was borne (one entry until it is renamed) */
  names: Array<UnitName>;
  /** For a pre-reform ward or commune, its district */
  parent?: Maybe<AdministrativeUnit>;
  /** Units it was formed from (wholly or partly), main one first */
  predecessors: Array<AdministrativeUnit>;
  /** Units formed (wholly or partly) from it; a district's territory passed on through its `children`, which list theirs */
  successors: Array<AdministrativeUnit>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Null while the unit is still valid */
  validTo?: Maybe<Scalars['Date']['output']>;
};


/**
 * Đơn vị hành chính — an administrative unit with its validity. On 1 July 2025 the district level was abolished
 * and Hanoi's communes and wards were rearranged into 126 commune-level units (51 wards, 75 communes); records keep
 * the unit valid at their date, and links lead across the reform.
 */
export type AdministrativeUnitNameOnArgs = {
  date: Scalars['Date']['input'];
};

export type AdministrativeUnitConnection = {
  __typename?: 'AdministrativeUnitConnection';
  edges: Array<AdministrativeUnitEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AdministrativeUnitEdge = {
  __typename?: 'AdministrativeUnitEdge';
  cursor: Scalars['String']['output'];
  node: AdministrativeUnit;
};

export type AdministrativeUnitFilter = {
  kind?: InputMaybe<AdministrativeUnitKind>;
  level?: InputMaybe<AdministrativeUnitLevel>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Words of the name, with or without diacritics */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only units valid on this day */
  validOn?: InputMaybe<Scalars['Date']['input']>;
};

export type AdministrativeUnitKind =
  /** Xã */
  | 'COMMUNE'
  /** Huyện */
  | 'RURAL_DISTRICT'
  /** Thị xã */
  | 'TOWN'
  /** Thị trấn — a commune-level township (none since 1 July 2025 in Hanoi) */
  | 'TOWNSHIP'
  /** Quận */
  | 'URBAN_DISTRICT'
  /** Phường */
  | 'WARD';

export type AdministrativeUnitLevel =
  | 'COMMUNE'
  | 'DISTRICT';

/** An agency (cơ quan) that receives, routes or resolves work; the id is a stable slug such as `so-xay-dung`. */
export type Agency = {
  __typename?: 'Agency';
  /** The unit a district- or commune-level committee governs, or a commune's council or front serves */
  administrativeUnit?: Maybe<AdministrativeUnit>;
  /**
   * Cases and supervision recommendations assigned to this agency, earliest due first (undated last): `first` of them
   * (default 20, at most 100; more is refused with `BAD_USER_INPUT`, field `first`), after the assignment whose id is
   * `after` (the last of the previous page; an unknown id is refused, field `after`).
   */
  assignments: Array<Assignment>;
  /** Agencies whose parent this is */
  children: Array<Agency>;
  id: Scalars['ID']['output'];
  kind: AgencyKind;
  level: AgencyLevel;
  /** Official Vietnamese name, e.g. Sở Xây dựng thành phố Hà Nội */
  name: Scalars['String']['output'];
  /** Its names, oldest first, each with the days it was borne (one entry until it is renamed) */
  names: Array<AgencyName>;
  /** The agency it answers to (a department's parent is `committee`); null for the city bodies */
  parent?: Maybe<Agency>;
  /** Name used in lists, e.g. Sở Xây dựng */
  shortName: Scalars['String']['output'];
  /** First day of existence; null when it predates the directory's records */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day of existence; null while it exists (district committees end on 2025-06-30) */
  validTo?: Maybe<Scalars['Date']['output']>;
};


/** An agency (cơ quan) that receives, routes or resolves work; the id is a stable slug such as `so-xay-dung`. */
export type AgencyAssignmentsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AssignmentStatus>;
};

export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  edges: Array<AgencyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  cursor: Scalars['String']['output'];
  node: Agency;
};

export type AgencyFilter = {
  kind?: InputMaybe<AgencyKind>;
  level?: InputMaybe<AgencyLevel>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Words of the name, with or without Vietnamese diacritics ("hoan kiem" finds "Hoàn Kiếm") */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only agencies that existed on this day */
  validOn?: InputMaybe<Scalars['Date']['input']>;
};

export type AgencyKind =
  /** One of the four city bodies: delegation, council, committee, front */
  | 'CITY_BODY'
  /** Ủy ban nhân dân phường/xã — a commune-level committee */
  | 'COMMUNE_COMMITTEE'
  /** Thường trực Hội đồng nhân dân phường/xã — a commune's People's Council standing body */
  | 'COMMUNE_COUNCIL'
  /** Ủy ban Mặt trận Tổ quốc Việt Nam phường/xã — a commune's Fatherland Front committee */
  | 'COMMUNE_FRONT'
  /** Sở, ngành — a specialised department of the city committee (incl. the city inspectorate and police) */
  | 'DEPARTMENT'
  /** Ủy ban nhân dân quận/huyện/thị xã — a district-level committee (abolished on 1 July 2025) */
  | 'DISTRICT_COMMITTEE';

export type AgencyLevel =
  | 'CITY'
  | 'COMMUNE'
  | 'DISTRICT';

/** A name (and short name) an agency bore, and when */
export type AgencyName = {
  __typename?: 'AgencyName';
  name: Scalars['String']['output'];
  shortName: Scalars['String']['output'];
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
};

export type AnswerAssignmentInput = {
  /** Trả lời — the answer, at most 10,000 characters */
  answer: Scalars['String']['input'];
  /** Day the answer was issued; not in the future */
  answeredOn: Scalars['Date']['input'];
  /** Evidence of implementation, at most 50 (supervision recommendations only) */
  evidence?: InputMaybe<Array<AssignmentEvidenceInput>>;
  /** Required to answer a supervision recommendation (its implementation report); refused for a case */
  implementationStatus?: InputMaybe<AssignmentImplementationStatus>;
};

/**
 * Giao nhiệm vụ — a case routed to the committee (flow F2), or a post-supervision recommendation addressed to the
 * committee or an agency under it, given to one of its departments or commune-level committees with its due date.
 */
export type Assignment = {
  __typename?: 'Assignment';
  agency: Agency;
  answer?: Maybe<Scalars['String']['output']>;
  answeredOn?: Maybe<Scalars['Date']['output']>;
  assignedAt: Scalars['DateTime']['output'];
  /** The case's kind as petitions routed it (e.g. COMPLAINT, VOTER_RECOMMENDATION); null for recommendations */
  caseKind?: Maybe<Scalars['String']['output']>;
  category?: Maybe<Scalars['String']['output']>;
  /**
   * The case's due date as petitions computed it (null while it has none; lists put these last), or the
   * recommendation's due day in this round
   */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** Evidence given with the answer (recommendations only) */
  evidence: Array<AssignmentEvidence>;
  id: Scalars['ID']['output'];
  /** The implementation the answer reports (recommendations only) */
  implementationStatus?: Maybe<AssignmentImplementationStatus>;
  /** The case, when the subject is a petition */
  petition?: Maybe<Petition>;
  /** A recommendation's round: 1, then one more each time a re-supervision keeps it open (null for cases) */
  round?: Maybe<Scalars['Int']['output']>;
  status: AssignmentStatus;
  /** The case's or the recommendation's id */
  subjectId: Scalars['ID']['output'];
  subjectType: AssignmentSubjectType;
  /** The case's subject line, or the recommendation's text (cut to 500 characters) */
  summary?: Maybe<Scalars['String']['output']>;
  /** The recommendation, when the subject is a supervision recommendation */
  supervisionRecommendation?: Maybe<SupervisionRecommendation>;
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the assignment was withdrawn (e.g. the case was transferred to another agency) */
  withdrawnReason?: Maybe<Scalars['String']['output']>;
};

export type AssignmentConnection = {
  __typename?: 'AssignmentConnection';
  edges: Array<AssignmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssignmentEdge = {
  __typename?: 'AssignmentEdge';
  cursor: Scalars['String']['output'];
  node: Assignment;
};

/** Evidence of implementation: a decision, a report, a record */
export type AssignmentEvidence = {
  __typename?: 'AssignmentEvidence';
  /** Where to find it: a document number, a link */
  reference: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type AssignmentEvidenceInput = {
  /** At most 2,000 characters */
  reference: Scalars['String']['input'];
  /** At most 500 characters */
  title: Scalars['String']['input'];
};

export type AssignmentFilter = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<AssignmentStatus>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  subjectType?: InputMaybe<AssignmentSubjectType>;
};

/** Báo cáo kết quả thực hiện kiến nghị — how far a supervision recommendation is implemented */
export type AssignmentImplementationStatus =
  | 'IMPLEMENTED'
  | 'IN_PROGRESS'
  | 'NOT_IMPLEMENTED'
  | 'PARTIALLY_IMPLEMENTED';

export type AssignmentStatus =
  /** The agency answered */
  | 'ANSWERED'
  /** Given to the agency, awaiting its answer */
  | 'ASSIGNED'
  /**
   * Left the agency unanswered: the case was transferred, declined or merged, resolved or closed otherwise; or a
   * re-supervision closed the recommendation or kept it open with a new due day (a new assignment)
   */
  | 'WITHDRAWN';

export type AssignmentSubjectType =
  /** A citizen's case or voter recommendation held by petitions */
  | 'PETITION'
  /** Kiến nghị sau giám sát — a post-supervision recommendation held by supervision */
  | 'SUPERVISION_RECOMMENDATION';

export type CreateAdministrativeUnitInput = {
  /** Mã số of the General Statistics Office: 3 digits for a district, 5 for a ward, commune or township */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Lowercase slug, e.g. phuong-hoan-kiem or quan-hoan-kiem */
  id: Scalars['ID']['input'];
  kind: AdministrativeUnitKind;
  name: Scalars['String']['input'];
  /** District of a pre-reform ward, commune or township */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Units it was formed from, main one first; each must have ended before this unit's validFrom */
  predecessorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type CreateAgencyInput = {
  /** Required for district- and commune-level agencies (committees, councils, fronts); the unit must be of the same level */
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Lowercase slug, e.g. so-xay-dung or ubnd-phuong-hoan-kiem */
  id: Scalars['ID']['input'];
  kind: AgencyKind;
  /** CITY for city bodies, DISTRICT for district committees, COMMUNE for commune committees */
  level: AgencyLevel;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  shortName: Scalars['String']['input'];
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** What an import of the directory added and found already there */
export type DirectoryImport = {
  __typename?: 'DirectoryImport';
  agenciesCreated: Scalars['Int']['output'];
  agenciesExisting: Scalars['Int']['output'];
  unitsCreated: Scalars['Int']['output'];
  unitsExisting: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records the assigned agency's answer (staff of that agency, or an administrator). ASSIGNED → ANSWERED once;
   * a second answer is a CONFLICT. Publishes `vn.hanoi.committee.assignment.answered.v1`, on which petitions
   * advances the case (flow F2) and supervision records a recommendation's implementation report. The answer to a
   * supervision recommendation needs `implementationStatus`; a case's answer takes neither it nor `evidence`.
   */
  answerAssignment: Assignment;
  /** Adds an administrative unit (administrators only). Publishes `vn.hanoi.committee.administrativeUnit.created.v1`. */
  createAdministrativeUnit: AdministrativeUnit;
  /** Adds an agency to the directory (administrators only). Publishes `vn.hanoi.committee.agency.created.v1`. */
  createAgency: Agency;
  /**
   * Ends a unit on its last day `validTo` (administrators only), e.g. a ward rearranged into a new one; the units formed
   * from it (`successorIds`, each beginning after that day) list it among their predecessors from then on. A unit that
   * has ended already is a CONFLICT. Publishes `vn.hanoi.committee.administrativeUnit.ended.v1`.
   */
  endAdministrativeUnit: AdministrativeUnit;
  /** Ends an agency on its last day `validTo` (administrators only; CONFLICT once ended). Publishes `vn.hanoi.committee.agency.ended.v1`. */
  endAgency: Agency;
  /**
   * Imports Hanoi's directory from the committee's versioned data files (administrators only; sources in
   * services/committee/data/README.md): the 30 district-level units and 526 wards, communes and townships until
   * 30 June 2025, the 126 units (51 phường, 75 xã) from 1 July 2025 with the units each was formed from, and the People's
   * Committee of each. Adds only what is missing (idempotent, resumable); needs the city committee (`committee`).
   * Publishes `administrativeUnit.created.v2` and `agency.created.v1` for each unit and agency it adds.
   */
  importHanoiDirectory: DirectoryImport;
  /**
   * Renames a unit from the day `from` (administrators only), within its validity and after its current name began;
   * the earlier name stays in `names` for records of earlier days. Publishes `vn.hanoi.committee.administrativeUnit.renamed.v1`.
   */
  renameAdministrativeUnit: AdministrativeUnit;
  /**
   * Renames an agency from the day `from` (administrators only), keeping the earlier names in `names`.
   * Publishes `vn.hanoi.committee.agency.renamed.v1`.
   */
  renameAgency: Agency;
};


export type MutationAnswerAssignmentArgs = {
  id: Scalars['ID']['input'];
  input: AnswerAssignmentInput;
};


export type MutationCreateAdministrativeUnitArgs = {
  input: CreateAdministrativeUnitInput;
};


export type MutationCreateAgencyArgs = {
  input: CreateAgencyInput;
};


export type MutationEndAdministrativeUnitArgs = {
  id: Scalars['ID']['input'];
  successorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  validTo: Scalars['Date']['input'];
};


export type MutationEndAgencyArgs = {
  id: Scalars['ID']['input'];
  validTo: Scalars['Date']['input'];
};


export type MutationRenameAdministrativeUnitArgs = {
  from: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationRenameAgencyArgs = {
  from: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  shortName: Scalars['String']['input'];
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
  /** The assignment that stands now: the open one, else the latest (null when the case was never assigned, or the committee is unavailable) */
  assignment?: Maybe<Assignment>;
  /**
   * Every assignment of the case, oldest first (a transfer withdraws one and may assign another).
   * Null when the committee subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  assignments?: Maybe<Array<Assignment>>;
  id: Scalars['ID']['output'];
};

/**
 * Ủy ban nhân dân thành phố — the City People's Committee (the executive). Owns the administrative
 * directory (agencies and administrative units, dated across the 1 July 2025 reform) and the assignments
 * to its departments and commune-level committees of the cases routed to the committee (flow F2) and of the
 * post-supervision recommendations addressed to them.
 */
export type Query = {
  __typename?: 'Query';
  administrativeUnit?: Maybe<AdministrativeUnit>;
  /**
   * The unit valid on `date`, reached from unit `id` by following successor links (date after the unit ended)
   * or predecessor links (date before it began): a 2024 record located in phường Hoàn Kiếm shows quận Hoàn Kiếm,
   * a 2026 record located in quận Hoàn Kiếm shows phường Hoàn Kiếm. When several units qualify (a district split
   * into several wards) the one that kept the unit's name is preferred, else the first predecessor listed / the
   * first successor by id. Null when `id` is unknown or no linked unit was valid on that date.
   */
  administrativeUnitOn?: Maybe<AdministrativeUnit>;
  /** Null when the committee subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  administrativeUnits?: Maybe<AdministrativeUnitConnection>;
  /**
   * The directory: the four city bodies, departments (sở, ngành) and district/commune-level committees.
   * Null when the committee subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  agencies?: Maybe<AgencyConnection>;
  agency?: Maybe<Agency>;
  assignment?: Maybe<Assignment>;
  /** Null when the committee subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`). */
  assignments?: Maybe<AssignmentConnection>;
};


/**
 * Ủy ban nhân dân thành phố — the City People's Committee (the executive). Owns the administrative
 * directory (agencies and administrative units, dated across the 1 July 2025 reform) and the assignments
 * to its departments and commune-level committees of the cases routed to the committee (flow F2) and of the
 * post-supervision recommendations addressed to them.
 */
export type QueryAdministrativeUnitArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Ủy ban nhân dân thành phố — the City People's Committee (the executive). Owns the administrative
 * directory (agencies and administrative units, dated across the 1 July 2025 reform) and the assignments
 * to its departments and commune-level committees of the cases routed to the committee (flow F2) and of the
 * post-supervision recommendations addressed to them.
 */
export type QueryAdministrativeUnitOnArgs = {
  date: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Ủy ban nhân dân thành phố — the City People's Committee (the executive). Owns the administrative
 * directory (agencies and administrative units, dated across the 1 July 2025 reform) and the assignments
 * to its departments and commune-level committees of the cases routed to the committee (flow F2) and of the
 * post-supervision recommendations addressed to them.
 */
export type QueryAdministrativeUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AdministrativeUnitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Ủy ban nhân dân thành phố — the City People's Committee (the executive). Owns the administrative
 * directory (agencies and administrative units, dated across the 1 July 2025 reform) and the assignments
 * to its departments and commune-level committees of the cases routed to the committee (flow F2) and of the
 * post-supervision recommendations addressed to them.
 */
export type QueryAgenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgencyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Ủy ban nhân dân thành phố — the City People's Committee (the executive). Owns the administrative
 * directory (agencies and administrative units, dated across the 1 July 2025 reform) and the assignments
 * to its departments and commune-level committees of the cases routed to the committee (flow F2) and of the
 * post-supervision recommendations addressed to them.
 */
export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Ủy ban nhân dân thành phố — the City People's Committee (the executive). Owns the administrative
 * directory (agencies and administrative units, dated across the 1 July 2025 reform) and the assignments
 * to its departments and commune-level committees of the cases routed to the committee (flow F2) and of the
 * post-supervision recommendations addressed to them.
 */
export type QueryAssignmentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Ủy ban nhân dân thành phố — the City People's Committee (the executive). Owns the administrative
 * directory (agencies and administrative units, dated across the 1 July 2025 reform) and the assignments
 * to its departments and commune-level committees of the cases routed to the committee (flow F2) and of the
 * post-supervision recommendations addressed to them.
 */
export type QueryAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SupervisionRecommendation = {
  __typename?: 'SupervisionRecommendation';
  /**
   * One assignment per round addressed to an agency under the committee, oldest first (a re-supervision withdraws one and may assign the next).
   * Null when the committee subgraph is unavailable (error `SUBGRAPH_UNAVAILABLE`).
   */
  assignments?: Maybe<Array<Assignment>>;
  id: Scalars['ID']['output'];
};

/** A name a unit bore, and when */
export type UnitName = {
  __typename?: 'UnitName';
  name: Scalars['String']['output'];
  /** Null: since the unit began */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Null: still its name (or until the unit ended) */
  validTo?: Maybe<Scalars['Date']['output']>;
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
  AdministrativeUnit: AdministrativeUnit;
  Agency: Agency;
  Assignment: Assignment;
  Petition: Petition;
  SupervisionRecommendation: SupervisionRecommendation;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  AdministrativeUnit:
    ( { __typename: 'AdministrativeUnit' }
    & GraphQLRecursivePick<FederationTypes['AdministrativeUnit'], {"id":true}> );
  Agency:
    ( { __typename: 'Agency' }
    & GraphQLRecursivePick<FederationTypes['Agency'], {"id":true}> );
  Assignment:
    ( { __typename: 'Assignment' }
    & GraphQLRecursivePick<FederationTypes['Assignment'], {"id":true}> );
  Petition:
    ( { __typename: 'Petition' }
    & GraphQLRecursivePick<FederationTypes['Petition'], {"id":true}> );
  SupervisionRecommendation:
    ( { __typename: 'SupervisionRecommendation' }
    & GraphQLRecursivePick<FederationTypes['SupervisionRecommendation'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AdministrativeUnit: ResolverTypeWrapper<AdministrativeUnitDocMapper>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AdministrativeUnitConnection: ResolverTypeWrapper<AdministrativeUnitPageMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AdministrativeUnitEdge: ResolverTypeWrapper<Omit<AdministrativeUnitEdge, 'node'> & { node: ResolversTypes['AdministrativeUnit'] }>;
  AdministrativeUnitFilter: AdministrativeUnitFilter;
  AdministrativeUnitKind: AdministrativeUnitKind;
  AdministrativeUnitLevel: AdministrativeUnitLevel;
  Agency: ResolverTypeWrapper<AgencyDocMapper>;
  AgencyConnection: ResolverTypeWrapper<AgencyPageMapper>;
  AgencyEdge: ResolverTypeWrapper<Omit<AgencyEdge, 'node'> & { node: ResolversTypes['Agency'] }>;
  AgencyFilter: AgencyFilter;
  AgencyKind: AgencyKind;
  AgencyLevel: AgencyLevel;
  AgencyName: ResolverTypeWrapper<AgencyName>;
  AnswerAssignmentInput: AnswerAssignmentInput;
  Assignment: ResolverTypeWrapper<AssignmentDocMapper>;
  AssignmentConnection: ResolverTypeWrapper<AssignmentPageMapper>;
  AssignmentEdge: ResolverTypeWrapper<Omit<AssignmentEdge, 'node'> & { node: ResolversTypes['Assignment'] }>;
  AssignmentEvidence: ResolverTypeWrapper<AssignmentEvidence>;
  AssignmentEvidenceInput: AssignmentEvidenceInput;
  AssignmentFilter: AssignmentFilter;
  AssignmentImplementationStatus: AssignmentImplementationStatus;
  AssignmentStatus: AssignmentStatus;
  AssignmentSubjectType: AssignmentSubjectType;
  CreateAdministrativeUnitInput: CreateAdministrativeUnitInput;
  CreateAgencyInput: CreateAgencyInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DirectoryImport: ResolverTypeWrapper<DirectoryImport>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Petition: ResolverTypeWrapper<EntityReferenceMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SupervisionRecommendation: ResolverTypeWrapper<EntityReferenceMapper>;
  UnitName: ResolverTypeWrapper<UnitName>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdministrativeUnit: AdministrativeUnitDocMapper;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AdministrativeUnitConnection: AdministrativeUnitPageMapper;
  Int: Scalars['Int']['output'];
  AdministrativeUnitEdge: Omit<AdministrativeUnitEdge, 'node'> & { node: ResolversParentTypes['AdministrativeUnit'] };
  AdministrativeUnitFilter: AdministrativeUnitFilter;
  Agency: AgencyDocMapper;
  AgencyConnection: AgencyPageMapper;
  AgencyEdge: Omit<AgencyEdge, 'node'> & { node: ResolversParentTypes['Agency'] };
  AgencyFilter: AgencyFilter;
  AgencyName: AgencyName;
  AnswerAssignmentInput: AnswerAssignmentInput;
  Assignment: AssignmentDocMapper;
  AssignmentConnection: AssignmentPageMapper;
  AssignmentEdge: Omit<AssignmentEdge, 'node'> & { node: ResolversParentTypes['Assignment'] };
  AssignmentEvidence: AssignmentEvidence;
  AssignmentEvidenceInput: AssignmentEvidenceInput;
  AssignmentFilter: AssignmentFilter;
  CreateAdministrativeUnitInput: CreateAdministrativeUnitInput;
  CreateAgencyInput: CreateAgencyInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DirectoryImport: DirectoryImport;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Petition: EntityReferenceMapper;
  Query: Record<PropertyKey, never>;
  SupervisionRecommendation: EntityReferenceMapper;
  UnitName: UnitName;
};

export type AdministrativeUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdministrativeUnit'] = ResolversParentTypes['AdministrativeUnit'], FederationReferenceType extends FederationReferenceTypes['AdministrativeUnit'] = FederationReferenceTypes['AdministrativeUnit']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AdministrativeUnit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Array<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AdministrativeUnitKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AdministrativeUnitLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameOn?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<AdministrativeUnitNameOnArgs, 'date'>>;
  names?: Resolver<Array<ResolversTypes['UnitName']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type AdministrativeUnitConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdministrativeUnitConnection'] = ResolversParentTypes['AdministrativeUnitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AdministrativeUnitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AdministrativeUnitEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdministrativeUnitEdge'] = ResolversParentTypes['AdministrativeUnitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AdministrativeUnit'], ParentType, ContextType>;
};

export type AgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency'], FederationReferenceType extends FederationReferenceTypes['Agency'] = FederationReferenceTypes['Agency']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agency']> | FederationReferenceType, FederationReferenceType, ContextType>;
  administrativeUnit?: Resolver<Maybe<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType>;
  assignments?: Resolver<Array<ResolversTypes['Assignment']>, ParentType, ContextType, Partial<AgencyAssignmentsArgs>>;
  children?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AgencyLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['AgencyName']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type AgencyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyConnection'] = ResolversParentTypes['AgencyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgencyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgencyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyEdge'] = ResolversParentTypes['AgencyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
};

export type AgencyNameResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyName'] = ResolversParentTypes['AgencyName']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type AssignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assignment'] = ResolversParentTypes['Assignment'], FederationReferenceType extends FederationReferenceTypes['Assignment'] = FederationReferenceTypes['Assignment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Assignment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  assignedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  caseKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['AssignmentEvidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementationStatus?: Resolver<Maybe<ResolversTypes['AssignmentImplementationStatus']>, ParentType, ContextType>;
  petition?: Resolver<Maybe<ResolversTypes['Petition']>, ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssignmentStatus'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['AssignmentSubjectType'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supervisionRecommendation?: Resolver<Maybe<ResolversTypes['SupervisionRecommendation']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  withdrawnReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AssignmentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssignmentConnection'] = ResolversParentTypes['AssignmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AssignmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssignmentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssignmentEdge'] = ResolversParentTypes['AssignmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Assignment'], ParentType, ContextType>;
};

export type AssignmentEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssignmentEvidence'] = ResolversParentTypes['AssignmentEvidence']> = {
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DirectoryImportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DirectoryImport'] = ResolversParentTypes['DirectoryImport']> = {
  agenciesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agenciesExisting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsExisting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  answerAssignment?: Resolver<ResolversTypes['Assignment'], ParentType, ContextType, RequireFields<MutationAnswerAssignmentArgs, 'id' | 'input'>>;
  createAdministrativeUnit?: Resolver<ResolversTypes['AdministrativeUnit'], ParentType, ContextType, RequireFields<MutationCreateAdministrativeUnitArgs, 'input'>>;
  createAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType, RequireFields<MutationCreateAgencyArgs, 'input'>>;
  endAdministrativeUnit?: Resolver<ResolversTypes['AdministrativeUnit'], ParentType, ContextType, RequireFields<MutationEndAdministrativeUnitArgs, 'id' | 'validTo'>>;
  endAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType, RequireFields<MutationEndAgencyArgs, 'id' | 'validTo'>>;
  importHanoiDirectory?: Resolver<ResolversTypes['DirectoryImport'], ParentType, ContextType>;
  renameAdministrativeUnit?: Resolver<ResolversTypes['AdministrativeUnit'], ParentType, ContextType, RequireFields<MutationRenameAdministrativeUnitArgs, 'from' | 'id' | 'name'>>;
  renameAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType, RequireFields<MutationRenameAgencyArgs, 'from' | 'id' | 'name' | 'shortName'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PetitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Petition'] = ResolversParentTypes['Petition'], FederationReferenceType extends FederationReferenceTypes['Petition'] = FederationReferenceTypes['Petition']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Petition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignment?: Resolver<Maybe<ResolversTypes['Assignment']>, ParentType, ContextType>;
  assignments?: Resolver<Maybe<Array<ResolversTypes['Assignment']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  administrativeUnit?: Resolver<Maybe<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType, RequireFields<QueryAdministrativeUnitArgs, 'id'>>;
  administrativeUnitOn?: Resolver<Maybe<ResolversTypes['AdministrativeUnit']>, ParentType, ContextType, RequireFields<QueryAdministrativeUnitOnArgs, 'date' | 'id'>>;
  administrativeUnits?: Resolver<Maybe<ResolversTypes['AdministrativeUnitConnection']>, ParentType, ContextType, Partial<QueryAdministrativeUnitsArgs>>;
  agencies?: Resolver<Maybe<ResolversTypes['AgencyConnection']>, ParentType, ContextType, Partial<QueryAgenciesArgs>>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType, RequireFields<QueryAgencyArgs, 'id'>>;
  assignment?: Resolver<Maybe<ResolversTypes['Assignment']>, ParentType, ContextType, RequireFields<QueryAssignmentArgs, 'id'>>;
  assignments?: Resolver<Maybe<ResolversTypes['AssignmentConnection']>, ParentType, ContextType, Partial<QueryAssignmentsArgs>>;
};

export type SupervisionRecommendationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupervisionRecommendation'] = ResolversParentTypes['SupervisionRecommendation'], FederationReferenceType extends FederationReferenceTypes['SupervisionRecommendation'] = FederationReferenceTypes['SupervisionRecommendation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SupervisionRecommendation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignments?: Resolver<Maybe<Array<ResolversTypes['Assignment']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UnitNameResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitName'] = ResolversParentTypes['UnitName']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AdministrativeUnit?: AdministrativeUnitResolvers<ContextType>;
  AdministrativeUnitConnection?: AdministrativeUnitConnectionResolvers<ContextType>;
  AdministrativeUnitEdge?: AdministrativeUnitEdgeResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  AgencyConnection?: AgencyConnectionResolvers<ContextType>;
  AgencyEdge?: AgencyEdgeResolvers<ContextType>;
  AgencyName?: AgencyNameResolvers<ContextType>;
  Assignment?: AssignmentResolvers<ContextType>;
  AssignmentConnection?: AssignmentConnectionResolvers<ContextType>;
  AssignmentEdge?: AssignmentEdgeResolvers<ContextType>;
  AssignmentEvidence?: AssignmentEvidenceResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DirectoryImport?: DirectoryImportResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Petition?: PetitionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SupervisionRecommendation?: SupervisionRecommendationResolvers<ContextType>;
  UnitName?: UnitNameResolvers<ContextType>;
};

