import { foldVietnamese } from '@hanoi/platform';
import { currentDue, noIntakeDeadline, undatedSortKey, unnotifiedDueOn, type CaseDeadline, type Complexity } from './case-deadlines';
import type { StoredPetitioner } from './identity';
import type { DeclineReasonCode } from './lifecycle';
import type { PetitionStatus } from './petition';
import type { Satisfaction } from './satisfaction';
import type { ChainLink } from './record-chain';

/**
 * One line of a case's append-only history: who did what, when, from which status to which, and why. Linked to the
 * line before by its hash (record-chain.ts), set by the repository in the write that appends it.
 */
export interface HistoryEntry extends ChainLink {
  at: Date;
  /** RECEIVED, ACCEPTED, DECLINED, STARTED, RESOLVED, ANSWERED, CLOSED, TRANSFERRED, COOPERATING_AGENCY_ADDED, MERGED, MERGED_INTO, DUE_DATE_SET, NOTICE_SENT, DEADLINE_EXTENDED, DEADLINES_RECOMPUTED, SECOND_COMPLAINT_OPENED, SATISFACTION_RECORDED */
  action: string;
  /** The user (token subject), or the service whose event caused it (`/hanoi/front`). */
  actor: string;
  /** The actor's agency. */
  agencyId: string | null;
  from: PetitionStatus | null;
  to: PetitionStatus | null;
  reason: string | null;
  fromAgencyId: string | null;
  toAgencyId: string | null;
  /** Other cases involved (merged duplicates, the second complaint…). */
  caseIds: string[];
}

export interface Attachment {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  receivedOn: Date;
}

export interface DeclineReason {
  code: DeclineReasonCode;
  note: string | null;
}

export interface Resolution {
  kind: 'DECISION' | 'ANSWER';
  text: string;
  resolvedOn: Date;
  /** The committee assignment whose answer resolved it (flow F2). */
  assignmentId: string | null;
}

/** An extension decision (gia hạn) as stored on the case. */
export interface StoredExtension {
  decidedOn: Date;
  days: number;
  /** Number of the written decision (e.g. `15/QĐ-UBND`). */
  decisionRef: string;
  /** Who recorded it, when. */
  recordedBy: string;
  recordedAt: Date;
}

/** A case (hồ sơ vụ việc) as petitions keeps it. */
export interface PetitionDoc {
  _id: string;
  kind: string;
  channel: string;
  status: PetitionStatus;
  subject: string;
  description: string | null;
  category: string;
  receivedOn: Date;
  /** The administrative unit valid on `receivedOn` where the matter is. */
  administrativeUnitId: string | null;
  address: string | null;
  /** The lead (competent) agency. */
  agencyId: string;
  cooperatingAgencyIds: string[];
  /** What the routing table suggested at intake, and the rule that did. */
  suggestedAgencyId: string | null;
  routingRuleId: string | null;
  overrideReason: string | null;
  /** Personal data: never loaded unless asked for (`select: false`), encrypted for denunciations. */
  petitioners?: StoredPetitioner[];
  /** Keyed hashes of petitioners' national ids and phones (duplicate detection), never the values. */
  petitionerKeys?: string[];
  /** One key per distinct person who signed this case or a case merged into it. */
  cosignerKeys?: string[];
  petitionerCount: number;
  cosignerCount: number;
  attachments: Attachment[];
  relatedCaseIds: string[];
  /** Statutory deadlines, each computed by the deadline engine and citing its rule. */
  deadlines: CaseDeadline[];
  /** The current due date (earliest pending deadline) and why. */
  dueOn: Date | null;
  dueRule: string;
  /** `dueOn`, or a far-future day when none: the key of the due-date order. */
  dueSort: Date;
  /** Earliest due day of a pending deadline whose miss was not published yet (the sweeper's key). */
  unnotifiedDueOn: Date | null;
  /** Denunciations: verification needed, the longer initial-handling period applies (art. 24). */
  verificationNeeded: boolean;
  /** Decided at acceptance (thụ lý): the tier of the resolution period, the extensions a denunciation may get. */
  complexity: Complexity | null;
  /** Vùng sâu, vùng xa, decided at acceptance (complaints' remote tiers). */
  remote: boolean;
  /** Gia hạn: extension decisions of a denunciation's resolution period, oldest first. */
  extensions: StoredExtension[];
  acceptedOn: Date | null;
  startedOn: Date | null;
  closedOn: Date | null;
  declineReason: DeclineReason | null;
  resolution: Resolution | null;
  mergedInto: string | null;
  mergedIds: string[];
  /** A second complaint: the first one; a first complaint: its second one. */
  previousCaseId: string | null;
  secondComplaintId: string | null;
  voterMeetingId: string | null;
  /** Position of the recommendation in its meeting's list. */
  recommendationNumber: number | null;
  /** F5: the voter recommendation the National Assembly forwarded (delegation's `ForwardedVoterRecommendation`). */
  forwardedRecommendationId: string | null;
  dueSessionId: string | null;
  /** The session the raising meeting prepared (its answers are due at the one after). */
  meetingSessionId: string | null;
  /**
   * A voter recommendation of a commune's meeting: the commune-level unit whose council's next regular session it is
   * answered at (null or absent, as on cases stored before: the city council's).
   */
  councilUnitId?: string | null;
  receptionId: string | null;
  /** Mức độ hài lòng, recorded once after resolution (null before). */
  satisfaction: Satisfaction | null;
  history: HistoryEntry[];
  /** Folded subject, description and address for accent-insensitive search. */
  searchText: string;
  createdBy: string;
  createdAt: Date;
}

/** A history line with the fields a given action does not use left empty. */
export const historyEntry = (entry: Partial<HistoryEntry> & Pick<HistoryEntry, 'action' | 'actor'>): HistoryEntry => ({
  at: new Date(),
  agencyId: null,
  from: null,
  to: null,
  reason: null,
  fromAgencyId: null,
  toAgencyId: null,
  caseIds: [],
  ...entry,
});

/**
 * The fields a deadline list implies, stored with it so lists sort and filter by them: the current due date and
 * its rule (`fallbackRule` when nothing is pending), the due-date order key and the sweeper's key.
 */
export function dueFields(deadlines: CaseDeadline[], fallbackRule: string) {
  const due = currentDue(deadlines);
  return {
    deadlines,
    dueOn: due?.dueOn ?? null,
    dueRule: due?.basis ?? fallbackRule,
    dueSort: due?.dueOn ?? undatedSortKey,
    unnotifiedDueOn: unnotifiedDueOn(deadlines),
  };
}

/** Everything a new case needs; the rest defaults. */
export type NewCase = Pick<PetitionDoc, '_id' | 'kind' | 'channel' | 'subject' | 'category' | 'receivedOn' | 'agencyId' | 'createdBy'> &
  Partial<Omit<PetitionDoc, 'status' | 'dueOn' | 'dueRule' | 'dueSort' | 'unnotifiedDueOn' | 'searchText' | 'createdAt' | 'petitionerCount' | 'cosignerCount'>> & {
    /** The due rule shown while the case has no deadline (default: no statutory deadline at intake). */
    undatedRule?: string;
  };

/** A case as received (RECEIVED), with the fields derived from its deadlines, petitioners and text. */
export function buildCase(input: NewCase): PetitionDoc {
  const { undatedRule, ...rest } = input;
  const deadlines = input.deadlines ?? [];
  const petitioners = input.petitioners ?? [];
  const cosignerKeys = input.cosignerKeys ?? [];
  return {
    description: null,
    administrativeUnitId: null,
    address: null,
    cooperatingAgencyIds: [],
    suggestedAgencyId: null,
    routingRuleId: null,
    overrideReason: null,
    petitionerKeys: [],
    attachments: [],
    relatedCaseIds: [],
    acceptedOn: null,
    startedOn: null,
    closedOn: null,
    declineReason: null,
    resolution: null,
    mergedInto: null,
    mergedIds: [],
    previousCaseId: null,
    secondComplaintId: null,
    voterMeetingId: null,
    recommendationNumber: null,
    forwardedRecommendationId: null,
    dueSessionId: null,
    meetingSessionId: null,
    receptionId: null,
    satisfaction: null,
    verificationNeeded: false,
    complexity: null,
    remote: false,
    extensions: [],
    ...rest,
    petitioners,
    cosignerKeys,
    petitionerCount: petitioners.length,
    cosignerCount: cosignerKeys.length,
    status: 'RECEIVED',
    ...dueFields(deadlines, undatedRule ?? noIntakeDeadline),
    history: input.history ?? [historyEntry({ action: 'RECEIVED', actor: input.createdBy, to: 'RECEIVED', toAgencyId: input.agencyId })],
    searchText: foldVietnamese([input.subject, input.description, input.address].filter(Boolean).join(' ')),
    createdAt: new Date(),
  };
}
