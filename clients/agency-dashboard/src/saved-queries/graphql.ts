/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  Date: { input: string; output: string; }
  DateTime: { input: string; output: string; }
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

export type AddAgendaItemInput = {
  councilSessionId: Scalars['ID']['input'];
  presentingAgencyId: Scalars['ID']['input'];
  reviewingCommittee: CouncilCommittee;
  title: Scalars['String']['input'];
};

export type AddSupervisionRecommendationInput = {
  addressedToAgencyId: Scalars['ID']['input'];
  dueOn: Scalars['Date']['input'];
  programmeId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
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

export type AgencyCaseFilter = {
  kind?: InputMaybe<PetitionKind>;
  status?: InputMaybe<PetitionStatus>;
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

/** Tiếp xúc cử tri — a meeting between deputies and voters, convened by the Fatherland Front. */
export type AgencyLevel =
  | 'CITY'
  | 'COMMUNE'
  | 'DISTRICT';

export type AgendaItemStatus =
  /** The presenting agency has not submitted the document yet */
  | 'AWAITING_DOCUMENT'
  | 'DOCUMENT_SUBMITTED';

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

export type AttachmentInput = {
  fileName: Scalars['String']['input'];
  mediaType: Scalars['String']['input'];
  receivedOn: Scalars['Date']['input'];
  sha256: Scalars['String']['input'];
  sizeBytes: Scalars['Int']['input'];
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

export type CancelReceptionScheduleInput = {
  /** Today by default; not in the past */
  from?: InputMaybe<Scalars['Date']['input']>;
  reason: Scalars['String']['input'];
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

export type CandidateVotesInput = {
  /** Only to break a tie at the end of the elected list (the older is elected); never published */
  bornOn?: InputMaybe<Scalars['Date']['input']>;
  /** A candidate of the constituency's official list */
  candidateId: Scalars['ID']['input'];
  /** At most the valid ballots */
  votes: Scalars['Int']['input'];
};

/**
 * Vụ việc phức tạp — decided at acceptance. Complaints: COMPLEX (or VERY_COMPLEX) gets the longer resolution
 * tier. Denunciations: COMPLEX allows one extension of the resolution period, VERY_COMPLEX (đặc biệt phức tạp) two.
 */
export type CaseComplexity =
  | 'COMPLEX'
  | 'NORMAL'
  | 'VERY_COMPLEX';

export type CaseResolutionKind =
  /** Văn bản trả lời */
  | 'ANSWER'
  /** Quyết định giải quyết / kết luận nội dung tố cáo */
  | 'DECISION';

/** Where citizens' opinions on a draft were gathered. */
export type CitizenContributionSource =
  /** Sent online by a citizen */
  | 'ONLINE_CITIZEN'
  /** Gathered at a voter meeting (tiếp xúc cử tri) */
  | 'VOTER_MEETING';

export type CitizenReceptionFilter = {
  heldFrom?: InputMaybe<Scalars['Date']['input']>;
  heldTo?: InputMaybe<Scalars['Date']['input']>;
  hostAgencyId?: InputMaybe<Scalars['ID']['input']>;
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

export type ConstituencyFilter = {
  /** NATIONAL_ASSEMBLY or PEOPLES_COUNCIL */
  election?: InputMaybe<ElectionKind>;
  /** e.g. "2026-2031" */
  term?: InputMaybe<Scalars['String']['input']>;
};

/** Where a contribution to a consultation came from. */
export type ContributionSource =
  /** An agency's written contribution (invited or not) */
  | 'AGENCY'
  /** A citizen's opinion sent online */
  | 'ONLINE_CITIZEN'
  /** Citizens' opinions gathered at a voter meeting (tiếp xúc cử tri) */
  | 'VOTER_MEETING';

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

export type CreateElectionConsultationInput = {
  election: ElectionKind;
  heldOn: Scalars['Date']['input'];
  round: Scalars['Int']['input'];
  /** e.g. "2026-2031"; rounds of one election share kind and term */
  term?: InputMaybe<Scalars['String']['input']>;
};

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

export type CreateResolutionInput = {
  adoptedOn: Scalars['Date']['input'];
  councilSessionId: Scalars['ID']['input'];
  kind: ResolutionKind;
  number: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type CreateRoutingRuleInput = {
  /** An agency id or COMMUNE_COMMITTEE_OF_UNIT */
  agencyId: Scalars['ID']['input'];
  category?: InputMaybe<PetitionCategory>;
  kind: PetitionKind;
  legalBasis: Scalars['String']['input'];
  level: RoutingLevel;
};

export type CreateSocialCritiqueInput = {
  deadline: Scalars['Date']['input'];
  draftingAgencyId: Scalars['ID']['input'];
  targetDocument: Scalars['String']['input'];
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

export type DraftKind =
  /** Dự án luật */
  | 'LAW'
  /** Dự thảo pháp lệnh */
  | 'ORDINANCE'
  /** Dự thảo nghị quyết của Quốc hội */
  | 'RESOLUTION';

export type DuplicateReason =
  /** A petitioner in common (matched by a keyed hash of the national id or phone) */
  | 'SAME_PETITIONER'
  /** Similar text in the same unit and category (accent-insensitive) */
  | 'SIMILAR_TEXT';

export type ElectPeoplesJurorInput = {
  /** The session that voted: of the term the juror was nominated for */
  councilSessionId: Scalars['ID']['input'];
  /** Within the session's days, not in the future */
  electedOn: Scalars['Date']['input'];
  /** The electing resolution (kind PEOPLES_JURORS_ELECTION), when recorded */
  resolutionId?: InputMaybe<Scalars['ID']['input']>;
};

export type ElectionKind =
  | 'NATIONAL_ASSEMBLY'
  | 'PEOPLES_COUNCIL'
  | 'PEOPLES_JURORS';

export type EvidenceInput = {
  reference: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type ExtendResolutionDeadlineInput = {
  /** Days added, 1 to 30 */
  days: Scalars['Int']['input'];
  /** The day the decision was signed: not in the future, within the period it extends */
  decidedOn: Scalars['Date']['input'];
  /** Number of the written decision, e.g. 15/QĐ-UBND (at most 100 characters) */
  decisionRef: Scalars['String']['input'];
};

export type ForwardVoterRecommendationInput = {
  addressedToAgencyId: Scalars['ID']['input'];
  category: Scalars['String']['input'];
  /** Day the National Assembly forwarded it; not in the future */
  forwardedOn: Scalars['Date']['input'];
  nationalAssemblyDeputyId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};

export type ForwardedVoterRecommendationFilter = {
  addressedToAgencyId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  forwardedFrom?: InputMaybe<Scalars['Date']['input']>;
  forwardedTo?: InputMaybe<Scalars['Date']['input']>;
  nationalAssemblyDeputyId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Why a weekday is off: HOLIDAY (Labour Code 2019, art. 112), COMPENSATORY (nghỉ bù, a holiday on a weekend),
 * SWAPPED (hoán đổi, worked on a make-up day instead).
 */
export type HolidayDayOffKind =
  | 'COMPENSATORY'
  | 'HOLIDAY'
  | 'SWAPPED';

/** Where a year of the holiday calendar comes from. */
export type HolidayYearOrigin =
  /** Set by an administrator (setHolidayYear), replacing the built-in year */
  | 'ADMIN'
  /** The data shipped with the deadline engine */
  | 'BUILT_IN';

export type IssueSessionProgrammeInput = {
  /** Not in the future, not after the session opens */
  issuedOn: Scalars['Date']['input'];
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

export type LeaderOnDutyInput = {
  name: Scalars['String']['input'];
  position: Scalars['String']['input'];
};

export type MergePetitionsInput = {
  duplicateIds: Array<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
  /** The surviving case */
  targetId: Scalars['ID']['input'];
};

export type MilestoneInput = {
  /** Not after the task's due day. */
  dueOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};

export type NationalAssemblyDeputyFilter = {
  constituency?: InputMaybe<Scalars['Int']['input']>;
  fullTime?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name; case and Vietnamese diacritics are ignored ("nguyen" finds "Nguyễn") */
  search?: InputMaybe<Scalars['String']['input']>;
  term?: InputMaybe<Scalars['String']['input']>;
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

export type ObligationWeightInput = {
  kind: ObligationKind;
  /** 0–100. */
  weight: Scalars['Float']['input'];
};

export type PeoplesJurorFilter = {
  /** City court or regional courts */
  courtLevel?: InputMaybe<CourtLevel>;
  /** Nominated or elected */
  status?: InputMaybe<PeoplesJurorStatus>;
  /** e.g. "2026-2031" */
  term?: InputMaybe<Scalars['String']['input']>;
};

/** Where a people's juror stands. */
export type PeoplesJurorStatus =
  /** Elected by the council */
  | 'ELECTED'
  /** Nominated by the Front, not yet elected */
  | 'NOMINATED';

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

export type PetitionStatus =
  /** Thụ lý */
  | 'ACCEPTED'
  | 'CLOSED'
  /** Không thụ lý (see declineReason) */
  | 'DECLINED'
  | 'IN_PROGRESS'
  | 'RECEIVED'
  | 'RESOLVED';

export type PetitionerInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  fullName: Scalars['String']['input'];
  /** Căn cước / CMND or passport number */
  nationalId?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
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

export type QuestionFilter = {
  addressedToAgencyId?: InputMaybe<Scalars['ID']['input']>;
  askedByDeputyId?: InputMaybe<Scalars['ID']['input']>;
  councilSessionId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<QuestionStatus>;
};

export type QuestionStatus =
  | 'ANSWERED'
  | 'ASKED';

export type RaisedRecommendationInput = {
  addressedToAgencyId?: InputMaybe<Scalars['ID']['input']>;
  category: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type ReSupervisionOutcome =
  | 'CLOSED'
  | 'KEPT_OPEN';

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

export type RecordCandidateRoundResultInput = {
  /** A consultation of the candidate's election: their current round or the next */
  consultationId: Scalars['ID']['input'];
  /** Not in the future, nor before the consultation */
  decidedOn: Scalars['Date']['input'];
  status: CandidateStatus;
};

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

export type RecordCoordinationTaskMilestoneInput = {
  /** Not in the future. */
  doneOn: Scalars['Date']['input'];
  /** Position of the milestone in the task's list (from 0). */
  index: Scalars['Int']['input'];
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

export type RecordSatisfactionInput = {
  /** Default: the case's channel */
  channel?: InputMaybe<PetitionChannel>;
  level: SatisfactionLevel;
  /** Not in the future, not before the resolution */
  recordedOn: Scalars['Date']['input'];
  /** DISSATISFIED on a COMPLAINT only: the second complaint the petitioner lodges now */
  secondComplaint?: InputMaybe<ReopenAsSecondComplaintInput>;
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

export type ReportRecommendationImplementationInput = {
  /** At most 50. */
  evidence?: InputMaybe<Array<EvidenceInput>>;
  report: Scalars['String']['input'];
  /** Not in the future, not before the previous report. */
  reportedOn: Scalars['Date']['input'];
  /** IN_PROGRESS, IMPLEMENTED, PARTIALLY_IMPLEMENTED or NOT_IMPLEMENTED. */
  status: SupervisionRecommendationStatus;
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

export type ResolvePetitionInput = {
  kind: CaseResolutionKind;
  resolvedOn: Scalars['Date']['input'];
  text: Scalars['String']['input'];
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

/** The level of the unit a case is located in: a rule of the routing table applies to one level. */
export type RoutingLevel =
  | 'CITY'
  /** Phường, xã */
  | 'COMMUNE'
  /** Quận, huyện, thị xã (before 1 July 2025) */
  | 'DISTRICT';

export type SatisfactionLevel =
  /** Không hài lòng */
  | 'DISSATISFIED'
  /** Hài lòng một phần */
  | 'PARTLY'
  /** Hài lòng */
  | 'SATISFIED';

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

export type SendConsultationSummaryInput = {
  /** Day the summary was sent; not before the consultation opened, not in the future */
  sentOn: Scalars['Date']['input'];
  summary: Scalars['String']['input'];
};

export type SetConstituencyCandidatesInput = {
  /** The whole official list, each candidate once (replaces the previous list) */
  candidateIds: Array<Scalars['ID']['input']>;
};

export type SetCoordinationIndexWeightsInput = {
  /** Why the weights change (kept with the version). */
  note: Scalars['String']['input'];
  weights: Array<ObligationWeightInput>;
};

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

export type SubmitAgendaDocumentInput = {
  /** The day the document reached the council; not in the future */
  submittedOn: Scalars['Date']['input'];
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

export type SupervisionKind =
  /** Giám sát thường xuyên — regular, from the annual supervision plan */
  | 'REGULAR'
  /** Tái giám sát — re-examines how recommendations of earlier programmes were implemented */
  | 'RE_SUPERVISION'
  /** Khảo sát — a survey: findings, and recommendations when it calls for them */
  | 'SURVEY'
  /** Giám sát chuyên đề — on one subject */
  | 'THEMATIC';

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

/** Hội nghị cử tri nơi cư trú (residence) or nơi công tác (workplace). */
export type VoterConferenceKind =
  /** At the candidate's residence (thôn, tổ dân phố), convened by the commune-level Front with the People's Committee */
  | 'RESIDENCE'
  /** At the candidate's workplace, convened by its head */
  | 'WORKPLACE';

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

export type VoterOpinionReportStatus =
  /** Owed to a scheduled regular session, not submitted yet */
  | 'DUE'
  /** Submitted to the session */
  | 'SUBMITTED';

export type AgencyPageQueryVariables = Exact<{
  agencyId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
}>;


export type AgencyPageQuery = { __typename?: 'Query', agency?: { __typename?: 'Agency', id: string, name: string, openCaseCount?: number | null, cases?: { __typename?: 'PetitionConnection', totalCount: number, edges: Array<{ __typename?: 'PetitionEdge', node: { __typename?: 'Petition', id: string, subject: string, kind: PetitionKind, category: PetitionCategory, status: PetitionStatus, receivedOn: string, overdue: boolean, due: { __typename?: 'DueDate', on?: string | null, rule: string } } }> } | null, assignments: Array<{ __typename?: 'Assignment', id: string, subjectType: AssignmentSubjectType, summary?: string | null, dueOn?: string | null, status: AssignmentStatus, answeredOn?: string | null }>, agendaItems?: Array<{ __typename?: 'AgendaItem', title: string, documentDueOn: string, submittedOn?: string | null, timeliness: DocumentTimeliness, councilSession: { __typename?: 'CouncilSession', name: string, opensOn: string } }> | null, consultationsOwed?: Array<{ __typename?: 'LawConsultation', draftTitle: string, draftKind: DraftKind, closesOn: string }> | null, supervisionRecommendations?: Array<{ __typename?: 'SupervisionRecommendation', text: string, dueOn: string, status: SupervisionRecommendationStatus, overdue: boolean, programme: { __typename?: 'SupervisionProgramme', title: string } }> | null, coordinationIndex?: { __typename?: 'CoordinationIndex', value?: number | null, components: Array<{ __typename?: 'CoordinationIndexComponent', kind: ObligationKind, due: number, onTime: number, late: number, overdue: number, pending: number, rate?: number | null, weight: number }> } | null } | null };

export type CoordinationIndexRankingQueryVariables = Exact<{
  period: Scalars['String']['input'];
  level?: InputMaybe<AgencyLevel>;
}>;


export type CoordinationIndexRankingQuery = { __typename?: 'Query', coordinationIndexRanking?: Array<{ __typename?: 'CoordinationIndexRank', rank?: number | null, index: { __typename?: 'CoordinationIndex', value?: number | null, agency?: { __typename?: 'Agency', id: string, shortName: string, level: AgencyLevel } | null, components: Array<{ __typename?: 'CoordinationIndexComponent', kind: ObligationKind, due: number, onTime: number, late: number, overdue: number, rate?: number | null, weight: number }>, basis: { __typename?: 'CoordinationIndexBasis', weightsVersion: number, eventCount: number } } }> | null };

export type LateSessionDocumentsQueryVariables = Exact<{
  after: Scalars['Date']['input'];
  asOf: Scalars['Date']['input'];
}>;


export type LateSessionDocumentsQuery = { __typename?: 'Query', nextRegularSession?: { __typename?: 'CouncilSession', name: string, opensOn: string, preparationDossier: { __typename?: 'PreparationDossier', documentDueOn: string, total: number, onTime: number, late: number, missing: number, pending: number, entries: Array<{ __typename?: 'PreparationDossierEntry', timeliness: DocumentTimeliness, daysLate: number, agendaItem: { __typename?: 'AgendaItem', title: string, documentDueOn: string, submittedOn?: string | null, presentingAgency?: { __typename?: 'Agency', id: string, shortName: string } | null } }> } } | null };

export type OverdueCasesByAgencyQueryVariables = Exact<{ [key: string]: never; }>;


export type OverdueCasesByAgencyQuery = { __typename?: 'Query', petitionCounts?: { __typename?: 'PetitionCounts', total: number, byAgency: Array<{ __typename?: 'AgencyCountBucket', count: number, agency?: { __typename?: 'Agency', id: string, shortName: string, level: AgencyLevel } | null }> } | null, petitions?: { __typename?: 'PetitionConnection', totalCount: number, edges: Array<{ __typename?: 'PetitionEdge', node: { __typename?: 'Petition', id: string, subject: string, kind: PetitionKind, category: PetitionCategory, receivedOn: string, agency?: { __typename?: 'Agency', id: string, shortName: string } | null, due: { __typename?: 'DueDate', on?: string | null, rule: string } } }> } | null };

export type SessionDossierQueryVariables = Exact<{
  after: Scalars['Date']['input'];
}>;


export type SessionDossierQuery = { __typename?: 'Query', nextRegularSession?: { __typename?: 'CouncilSession', name: string, opensOn: string, closesOn: string, documentDueOn: string, programmeIssuedOn?: string | null, preparationDossier: { __typename?: 'PreparationDossier', asOf: string, total: number, onTime: number, late: number, missing: number, pending: number, entries: Array<{ __typename?: 'PreparationDossierEntry', timeliness: DocumentTimeliness, daysLate: number, agendaItem: { __typename?: 'AgendaItem', title: string, reviewingCommittee: CouncilCommittee, documentDueOn: string, submittedOn?: string | null, presentingAgency?: { __typename?: 'Agency', id: string, shortName: string } | null } }> }, voterOpinionReport?: { __typename?: 'VoterOpinionReport', status: VoterOpinionReportStatus, dueOn?: string | null, submittedOn?: string | null, recommendationCount?: number | null } | null, voterRecommendationsDue?: Array<{ __typename?: 'Petition', id: string, subject: string, category: PetitionCategory, status: PetitionStatus, overdue: boolean, agency?: { __typename?: 'Agency', id: string, shortName: string } | null, due: { __typename?: 'DueDate', on?: string | null } }> | null, preparationTasks?: Array<{ __typename?: 'CoordinationTask', title: string, dueOn: string, status: CoordinationTaskStatus, doneOn?: string | null, late: boolean, agency?: { __typename?: 'Agency', id: string, shortName: string } | null, responsible?: { __typename?: 'Person', name: string, position: string } | null }> | null } | null };

export type VoterRecommendationsDueQueryVariables = Exact<{
  after: Scalars['Date']['input'];
}>;


export type VoterRecommendationsDueQuery = { __typename?: 'Query', nextRegularSession?: { __typename?: 'CouncilSession', name: string, opensOn: string, voterRecommendationsDue?: Array<{ __typename?: 'Petition', id: string, subject: string, category: PetitionCategory, status: PetitionStatus, overdue: boolean, agency?: { __typename?: 'Agency', id: string, shortName: string } | null, voterMeeting?: { __typename?: 'VoterMeeting', heldOn: string, place: string } | null, assignment?: { __typename?: 'Assignment', status: AssignmentStatus, answeredOn?: string | null } | null, due: { __typename?: 'DueDate', on?: string | null } }> | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AgencyPageDocument = new TypedDocumentString(`
    query AgencyPage($agencyId: ID!, $period: String!) {
  agency(id: $agencyId) {
    id
    name
    openCaseCount
    cases(first: 100) {
      totalCount
      edges {
        node {
          id
          subject
          kind
          category
          status
          receivedOn
          due {
            on
            rule
          }
          overdue
        }
      }
    }
    assignments {
      id
      subjectType
      summary
      dueOn
      status
      answeredOn
    }
    agendaItems {
      title
      councilSession {
        name
        opensOn
      }
      documentDueOn
      submittedOn
      timeliness
    }
    consultationsOwed {
      draftTitle
      draftKind
      closesOn
    }
    supervisionRecommendations {
      text
      programme {
        title
      }
      dueOn
      status
      overdue
    }
    coordinationIndex(period: $period) {
      value
      components {
        kind
        due
        onTime
        late
        overdue
        pending
        rate
        weight
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgencyPageQuery, AgencyPageQueryVariables>;
export const CoordinationIndexRankingDocument = new TypedDocumentString(`
    query CoordinationIndexRanking($period: String!, $level: AgencyLevel) {
  coordinationIndexRanking(period: $period, level: $level) {
    rank
    index {
      agency {
        id
        shortName
        level
      }
      value
      components {
        kind
        due
        onTime
        late
        overdue
        rate
        weight
      }
      basis {
        weightsVersion
        eventCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoordinationIndexRankingQuery, CoordinationIndexRankingQueryVariables>;
export const LateSessionDocumentsDocument = new TypedDocumentString(`
    query LateSessionDocuments($after: Date!, $asOf: Date!) {
  nextRegularSession(after: $after) {
    name
    opensOn
    preparationDossier(asOf: $asOf) {
      entries {
        timeliness
        daysLate
        agendaItem {
          title
          presentingAgency {
            id
            shortName
          }
          documentDueOn
          submittedOn
        }
      }
      documentDueOn
      total
      onTime
      late
      missing
      pending
    }
  }
}
    `) as unknown as TypedDocumentString<LateSessionDocumentsQuery, LateSessionDocumentsQueryVariables>;
export const OverdueCasesByAgencyDocument = new TypedDocumentString(`
    query OverdueCasesByAgency {
  petitionCounts(filter: {overdue: true}) {
    byAgency {
      agency {
        id
        shortName
        level
      }
      count
    }
    total
  }
  petitions(filter: {overdue: true}, orderBy: DUE_ASC, first: 100) {
    totalCount
    edges {
      node {
        id
        subject
        kind
        category
        agency {
          id
          shortName
        }
        receivedOn
        due {
          on
          rule
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverdueCasesByAgencyQuery, OverdueCasesByAgencyQueryVariables>;
export const SessionDossierDocument = new TypedDocumentString(`
    query SessionDossier($after: Date!) {
  nextRegularSession(after: $after) {
    name
    opensOn
    closesOn
    documentDueOn
    programmeIssuedOn
    preparationDossier {
      asOf
      total
      onTime
      late
      missing
      pending
      entries {
        timeliness
        daysLate
        agendaItem {
          title
          presentingAgency {
            id
            shortName
          }
          reviewingCommittee
          documentDueOn
          submittedOn
        }
      }
    }
    voterOpinionReport {
      status
      dueOn
      submittedOn
      recommendationCount
    }
    voterRecommendationsDue {
      id
      subject
      category
      status
      agency {
        id
        shortName
      }
      due {
        on
      }
      overdue
    }
    preparationTasks {
      title
      agency {
        id
        shortName
      }
      dueOn
      status
      doneOn
      late
      responsible {
        name
        position
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionDossierQuery, SessionDossierQueryVariables>;
export const VoterRecommendationsDueDocument = new TypedDocumentString(`
    query VoterRecommendationsDue($after: Date!) {
  nextRegularSession(after: $after) {
    name
    opensOn
    voterRecommendationsDue {
      id
      subject
      category
      status
      agency {
        id
        shortName
      }
      voterMeeting {
        heldOn
        place
      }
      assignment {
        status
        answeredOn
      }
      due {
        on
      }
      overdue
    }
  }
}
    `) as unknown as TypedDocumentString<VoterRecommendationsDueQuery, VoterRecommendationsDueQueryVariables>;