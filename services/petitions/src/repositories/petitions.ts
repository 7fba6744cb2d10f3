import { createEntityStore, createGroupLoader, formatCalendarDate, hanoiToday, type Outbox, type PageArgs, escapeRegExp, searchWords, foldVietnamese } from '@hanoi/platform';
import DataLoader from 'dataloader';
import { Schema, type Connection, type FilterQuery, type UpdateQuery } from 'mongoose';
import {
  currentDue,
  flagNotified,
  noIntakeDeadline,
  noPendingDeadline,
  recomputedDeadlines,
  undatedSortKey,
  unnotifiedDueOn,
  unnotifiedMisses,
  type CaseDeadline,
  type Complexity,
  type DeadlineFacts,
} from '../domain/case-deadlines';
import type { DeadlineOverrides, HolidayCalendar } from '../domain/deadlines';
import type { StoredPetitioner } from '../domain/identity';
import { openStatuses, type PetitionStatus } from '../domain/petition';

/** One line of a case's append-only history: who did what, when, from which status to which, and why. */
export interface HistoryEntry {
  at: Date;
  /** RECEIVED, ACCEPTED, DECLINED, STARTED, RESOLVED, ANSWERED, CLOSED, TRANSFERRED, COOPERATING_AGENCY_ADDED, MERGED, MERGED_INTO, DUE_DATE_SET, NOTICE_SENT, DEADLINE_EXTENDED, DEADLINES_RECOMPUTED, SECOND_COMPLAINT_OPENED */
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
  code: string;
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
  dueSessionId: string | null;
  /** The session the raising meeting prepared (its answers are due at the one after). */
  meetingSessionId: string | null;
  receptionId: string | null;
  history: HistoryEntry[];
  /** Folded subject, description and address for accent-insensitive search. */
  searchText: string;
  createdBy: string;
  createdAt: Date;
}

const historySchema = new Schema<HistoryEntry>(
  {
    at: { type: Date, required: true },
    action: { type: String, required: true },
    actor: { type: String, required: true },
    agencyId: { type: String, default: null },
    from: { type: String, default: null },
    to: { type: String, default: null },
    reason: { type: String, default: null },
    fromAgencyId: { type: String, default: null },
    toAgencyId: { type: String, default: null },
    caseIds: { type: [String], default: [] },
  },
  { _id: false },
);

const schema = new Schema<PetitionDoc>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    channel: { type: String, required: true },
    status: { type: String, required: true },
    subject: { type: String, required: true },
    description: { type: String, default: null },
    category: { type: String, required: true },
    receivedOn: { type: Date, required: true },
    administrativeUnitId: { type: String, default: null },
    address: { type: String, default: null },
    agencyId: { type: String, required: true },
    cooperatingAgencyIds: { type: [String], default: [] },
    suggestedAgencyId: { type: String, default: null },
    routingRuleId: { type: String, default: null },
    overrideReason: { type: String, default: null },
    petitioners: {
      type: [new Schema({ fullName: String, address: String, phone: String, nationalId: String, encrypted: Boolean }, { _id: false })],
      default: [],
      select: false,
    },
    petitionerKeys: { type: [String], default: [], select: false },
    cosignerKeys: { type: [String], default: [], select: false },
    petitionerCount: { type: Number, required: true },
    cosignerCount: { type: Number, required: true },
    attachments: {
      type: [new Schema({ fileName: String, mediaType: String, sizeBytes: Number, sha256: String, receivedOn: Date }, { _id: false })],
      default: [],
    },
    relatedCaseIds: { type: [String], default: [] },
    deadlines: {
      type: [
        new Schema(
          {
            kind: String,
            dueOn: Date,
            ruleId: String,
            basis: String,
            legalBasis: String,
            provisional: { type: Boolean, default: false },
            metOn: { type: Date, default: null },
            missedNotified: { type: Boolean, default: false },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    dueOn: { type: Date, default: null },
    dueRule: { type: String, required: true },
    dueSort: { type: Date, required: true },
    unnotifiedDueOn: { type: Date, default: null },
    verificationNeeded: { type: Boolean, default: false },
    complexity: { type: String, default: null },
    remote: { type: Boolean, default: false },
    extensions: {
      type: [new Schema({ decidedOn: Date, days: Number, decisionRef: String, recordedBy: String, recordedAt: Date }, { _id: false })],
      default: [],
    },
    acceptedOn: { type: Date, default: null },
    startedOn: { type: Date, default: null },
    closedOn: { type: Date, default: null },
    declineReason: { type: new Schema({ code: String, note: { type: String, default: null } }, { _id: false }), default: null },
    resolution: {
      type: new Schema({ kind: String, text: String, resolvedOn: Date, assignmentId: { type: String, default: null } }, { _id: false }),
      default: null,
    },
    mergedInto: { type: String, default: null },
    mergedIds: { type: [String], default: [] },
    previousCaseId: { type: String, default: null },
    secondComplaintId: { type: String, default: null },
    voterMeetingId: { type: String, default: null, index: true },
    recommendationNumber: { type: Number, default: null },
    dueSessionId: { type: String, default: null, index: true },
    meetingSessionId: { type: String, default: null },
    receptionId: { type: String, default: null, index: true },
    history: { type: [historySchema], default: [] },
    searchText: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// The list's orders (received, newest first; due, earliest first) alone and under the usual filters.
schema.index({ receivedOn: -1, _id: -1 });
schema.index({ dueSort: 1, _id: 1 });
schema.index({ agencyId: 1, status: 1, receivedOn: -1, _id: -1 });
schema.index({ agencyId: 1, dueSort: 1, _id: 1 });
schema.index({ status: 1, dueSort: 1, _id: 1 });
schema.index({ kind: 1, status: 1, receivedOn: -1, _id: -1 });
schema.index({ category: 1, receivedOn: -1, _id: -1 });
schema.index({ channel: 1, receivedOn: -1, _id: -1 });
// Duplicate candidates: same unit and category, recent first; same petitioner.
schema.index({ administrativeUnitId: 1, category: 1, receivedOn: -1 });
schema.index({ petitionerKeys: 1 });
schema.index({ cooperatingAgencyIds: 1 });
// The deadline sweeper: cases with a pending deadline whose miss was not published, earliest first.
schema.index({ unnotifiedDueOn: 1 });

export interface PetitionFilter {
  kind?: string | null;
  status?: string | null;
  agencyId?: string | null;
  /** Cases this agency cooperates on. */
  cooperatingAgencyId?: string | null;
  category?: string | null;
  channel?: string | null;
  administrativeUnitId?: string | null;
  overdue?: boolean | null;
  dueBefore?: Date | null;
  receivedFrom?: Date | null;
  receivedTo?: Date | null;
  text?: string | null;
}

export type PetitionOrder = 'RECEIVED_DESC' | 'DUE_ASC';

/** The fields dashboards count cases by. */
export type CountDimension = 'status' | 'agencyId' | 'category';

/** The query for a filter (shared by the list, the counts and the CSV export). */
export function petitionQuery(filter: PetitionFilter, today: Date = hanoiToday()): FilterQuery<PetitionDoc> {
  const conditions: FilterQuery<PetitionDoc>[] = [];
  for (const key of ['kind', 'status', 'agencyId', 'category', 'channel', 'administrativeUnitId'] as const) {
    if (filter[key]) conditions.push({ [key]: filter[key] });
  }
  if (filter.cooperatingAgencyId) conditions.push({ cooperatingAgencyIds: filter.cooperatingAgencyId });
  if (filter.receivedFrom || filter.receivedTo) {
    conditions.push({ receivedOn: { ...(filter.receivedFrom && { $gte: filter.receivedFrom }), ...(filter.receivedTo && { $lte: filter.receivedTo }) } });
  }
  if (filter.dueBefore) conditions.push({ dueSort: { $lt: filter.dueBefore } });
  if (filter.overdue === true) conditions.push({ status: { $in: openStatuses }, dueSort: { $lt: today } });
  if (filter.overdue === false) conditions.push({ $or: [{ status: { $nin: openStatuses } }, { dueSort: { $gte: today } }] });
  for (const word of searchWords(filter.text)) conditions.push({ searchText: { $regex: escapeRegExp(word) } });
  if (conditions.length === 0) return {};
  return conditions.length === 1 ? conditions[0]! : { $and: conditions };
}

/** The due fields a deadline list implies: the current due date, its rule, the sort and sweeper keys. */
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

/** `petition.deadlineMissed` data: which deadline of which case, by which rule (never anything about people). */
export const deadlineMissedData = (doc: PetitionDoc, deadline: CaseDeadline) => ({
  petitionId: doc._id,
  agencyId: doc.agencyId,
  kind: doc.kind,
  category: doc.category,
  deadlineKind: deadline.kind,
  ruleId: deadline.ruleId,
  dueOn: day(deadline.dueOn),
});

const day = (date: Date | null | undefined) => (date ? formatCalendarDate(date) : null);

/** The case as other services see it in events: never petitioners, their keys, or free text about people. */
export const caseEventData = (doc: PetitionDoc) => ({
  petitionId: doc._id,
  agencyId: doc.agencyId,
  kind: doc.kind,
  category: doc.category,
  channel: doc.channel,
  status: doc.status,
  dueOn: day(doc.dueOn),
});

/** What other services learn when a case is routed (F2 starts from `petition.routed`). Never personal data. */
export const routedData = (doc: PetitionDoc, extra: Record<string, unknown> = {}) => ({
  petitionId: doc._id,
  agencyId: doc.agencyId,
  cooperatingAgencyIds: doc.cooperatingAgencyIds,
  kind: doc.kind,
  category: doc.category,
  channel: doc.channel,
  subject: doc.subject,
  administrativeUnitId: doc.administrativeUnitId,
  receivedOn: day(doc.receivedOn),
  dueOn: day(doc.dueOn),
  voterMeetingId: doc.voterMeetingId,
  ...extra,
});

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

export interface CaseWrite {
  update: UpdateQuery<PetitionDoc>;
  /** Events the write implies, stored with it (outbox) and published after. */
  events: { verb: string; data: Record<string, unknown> }[];
}

/** Everything a new case needs; the rest defaults. */
export type NewCase = Pick<PetitionDoc, '_id' | 'kind' | 'channel' | 'subject' | 'category' | 'receivedOn' | 'agencyId' | 'createdBy'> &
  Partial<Omit<PetitionDoc, 'status' | 'dueOn' | 'dueRule' | 'dueSort' | 'unnotifiedDueOn' | 'searchText' | 'createdAt' | 'petitionerCount' | 'cosignerCount'>> & {
    /** The due rule shown while the case has no deadline (default: no statutory deadline at intake). */
    undatedRule?: string;
  };

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
    dueSessionId: null,
    meetingSessionId: null,
    receptionId: null,
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

/** Rows of a CSV export: the public fields of a case, nothing about petitioners. */
export const csvProjection = {
  _id: 1,
  kind: 1,
  channel: 1,
  status: 1,
  category: 1,
  subject: 1,
  receivedOn: 1,
  administrativeUnitId: 1,
  agencyId: 1,
  cooperatingAgencyIds: 1,
  dueOn: 1,
  dueRule: 1,
  declineReason: 1,
  resolution: 1,
  closedOn: 1,
  cosignerCount: 1,
  mergedInto: 1,
} as const;

export function createPetitionRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<PetitionDoc>({ connection, outbox, modelName: 'Petition', collection: 'petitions', schema });
  const model = store.model;

  /**
   * The entity store's guarded update, for a case: under the same per-document lock (FerretDB 1.24 updates are not
   * isolated), the document matching `guard` is read, `build` computes the update from it (so appends and derived
   * fields never lose a concurrent change of this process), and the update is applied with its events in one
   * single-document write. Differs from `store.update` in that one write may carry several events (a transfer is
   * both `transferred` and `routed`) and the update may `$push` (the history). Null when nothing matched the guard.
   */
  const write = (id: string, guard: FilterQuery<PetitionDoc>, build: (current: PetitionDoc) => CaseWrite | null) =>
    store.write(id, guard, build, '+cosignerKeys');

  return {
    model,
    loader: store.loader,
    findById: store.findById,
    write,

    /** A new case, received and routed to its competent agency in one write (`petition.routed`). */
    receive: (doc: PetitionDoc) => store.insert(doc, 'routed', routedData(doc)),

    /** Same, for a case opened from an event (derived id): false when that event was seen already. */
    receiveOnce: (doc: PetitionDoc) => store.insertOnce(doc, 'routed', routedData(doc)),

    /** The stored (possibly encrypted) petitioners of a case; the only read that loads them. */
    async storedPetitioners(id: string): Promise<StoredPetitioner[] | null> {
      const row = await model.findById(id).select('+petitioners').lean<PetitionDoc>().exec();
      return row ? (row.petitioners ?? []) : null;
    },

    /** A case with its petitioners' match keys (duplicates, second complaints). */
    withKeys: (id: string) => model.findById(id).select('+petitioners +petitionerKeys +cosignerKeys').lean<PetitionDoc>().exec(),

    /** Cases still waiting for a due date tied to the next council session. */
    awaitingSessionDue: () => model.find({ kind: 'VOTER_RECOMMENDATION', dueSessionId: null, voterMeetingId: { $ne: null }, status: { $in: openStatuses } }).lean<PetitionDoc[]>().exec(),

    /** F3: the answer deadline at the session council just scheduled. */
    setDue: (id: string, deadline: CaseDeadline, dueSessionId: string, actor: string) =>
      write(id, { dueSessionId: null }, (current) => {
        const others = current.deadlines.filter((existing) => existing.kind !== 'ANSWER');
        const fields = dueFields([...others, deadline], deadline.basis);
        return {
          update: {
            $set: { ...fields, dueSessionId },
            $push: { history: historyEntry({ action: 'DUE_DATE_SET', actor, reason: deadline.basis }) },
          },
          events: [
            {
              verb: 'dueDateSet',
              data: { petitionId: id, agencyId: current.agencyId, dueOn: day(deadline.dueOn), rule: deadline.basis, ruleId: deadline.ruleId, dueSessionId },
            },
          ],
        };
      }),

    /**
     * The open cases with a deadline due on or after `from`, with what their deadlines are computed from (one
     * query; the recomputation's worklist, filtered in memory before any write).
     */
    recomputeCandidates: (from: Date) =>
      model
        .find({ status: { $in: openStatuses }, 'deadlines.dueOn': { $gte: from } })
        .select({ deadlines: 1, kind: 1, receivedOn: 1, acceptedOn: 1, verificationNeeded: 1, complexity: 1, remote: 1, extensions: 1, dueSessionId: 1 })
        .sort({ _id: 1 })
        .lean<Pick<PetitionDoc, '_id' | 'deadlines' | keyof DeadlineFacts>[]>()
        .exec(),

    /**
     * Recomputes an open case's pending deadlines after the holiday calendar changed from `fromYear` on (see
     * `recomputedDeadlines`); when a day moved, one write stores them with a history line and the
     * `deadlinesRecomputed` event (each change: kind, rule, previous and new day). False when nothing changed.
     */
    async recomputeDeadlines(id: string, fromYear: number, calendar: HolidayCalendar, today: Date, actor: string, overrides: DeadlineOverrides = {}): Promise<boolean> {
      const updated = await write(id, { status: { $in: openStatuses } }, (current) => {
        const deadlines = recomputedDeadlines(current.deadlines, current, fromYear, calendar, today, overrides);
        if (!deadlines) return null;
        const changes = deadlines
          .map((next, index) => ({ next, previous: current.deadlines[index]! }))
          .filter(({ next, previous }) => next !== previous)
          .map(({ next, previous }) => ({ kind: next.kind, ruleId: next.ruleId, previousDueOn: day(previous.dueOn), newDueOn: day(next.dueOn) }));
        const fields = dueFields(deadlines, noPendingDeadline);
        const reason = `Holiday calendar changed (year ${fromYear} set): ${changes.map((c) => `${c.kind} ${c.previousDueOn} → ${c.newDueOn}`).join('; ')}`;
        return {
          update: { $set: fields, $push: { history: historyEntry({ action: 'DEADLINES_RECOMPUTED', actor, reason }) } },
          events: [{ verb: 'deadlinesRecomputed', data: { ...caseEventData({ ...current, ...fields }), fromYear, changes } }],
        };
      });
      return updated !== null;
    },

    /**
     * Open cases with a pending deadline past its day whose miss was not published (oldest first), as the sweeper
     * needs them: id and the sweeper key it read (its guard).
     */
    missedCandidates: (today: Date, limit: number) =>
      model
        .find({ unnotifiedDueOn: { $lt: today }, status: { $in: openStatuses } })
        .select({ _id: 1, unnotifiedDueOn: 1 })
        .sort({ unnotifiedDueOn: 1, _id: 1 })
        .limit(limit)
        .lean<Pick<PetitionDoc, '_id' | 'unnotifiedDueOn'>[]>()
        .exec(),

    /**
     * Publishes the misses of one case once: guarded on the case still open and its sweeper key unchanged (another
     * sweep that published them changed it), the deadlines missed as of `today` are flagged and one
     * `deadlineMissed` event per deadline goes out in the same write. Returns how many were published (0: none left).
     */
    async publishMisses(id: string, seenUnnotifiedDueOn: Date, today: Date): Promise<number> {
      let published = 0;
      const updated = await write(id, { status: { $in: openStatuses }, unnotifiedDueOn: seenUnnotifiedDueOn }, (current) => {
        const missed = unnotifiedMisses(current.deadlines, today);
        if (missed.length === 0) return null;
        const deadlines = flagNotified(current.deadlines, missed);
        published = missed.length;
        return {
          update: { $set: { deadlines, unnotifiedDueOn: unnotifiedDueOn(deadlines) } },
          events: missed.map((deadline) => ({ verb: 'deadlineMissed', data: deadlineMissedData(current, deadline) })),
        };
      });
      return updated ? published : 0;
    },

    list(filter: PetitionFilter, page: PageArgs, order: PetitionOrder = 'RECEIVED_DESC') {
      const query = petitionQuery(filter);
      return order === 'DUE_ASC'
        ? store.list(query, page, { field: 'dueSort', direction: 1, isDate: true })
        : store.list(query, page, { field: 'receivedOn', direction: -1, isDate: true });
    },

    /**
     * Counts of the matching cases per value of one field, largest first (one aggregation). One field at a time: a
     * compound key (status × agency × category, ~3,000 groups city-wide) costs FerretDB 1.24 a linear search of
     * the groups per document (its `$group` keeps them in a list) — beyond 300 s at 100,000 cases.
     */
    async countBy(filter: PetitionFilter, field: CountDimension): Promise<{ key: string; count: number }[]> {
      const groups = await model
        .aggregate<{ _id: string | null; count: number }>([{ $match: petitionQuery(filter) }, { $group: { _id: `$${field}`, count: { $sum: 1 } } }])
        .exec();
      return groups
        .map((group) => ({ key: group._id ?? '', count: group.count }))
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    },

    count: (filter: PetitionFilter) => model.countDocuments(petitionQuery(filter)).exec(),

    /** The rows of a CSV export, newest first, streamed from the database. */
    csvCursor: (filter: PetitionFilter) =>
      model.find(petitionQuery(filter)).select(csvProjection).sort({ receivedOn: -1, _id: -1 }).lean<PetitionDoc>().cursor({ batchSize: 1_000 }),

    /** Other cases (not merged away) with a petitioner in common, most recent first. */
    samePetitioner: (id: string, keys: string[], limit = 50) =>
      keys.length === 0
        ? Promise.resolve([])
        : model
            .find({ _id: { $ne: id }, mergedInto: null, petitionerKeys: { $in: keys } })
            .select({ _id: 1, kind: 1, agencyId: 1 })
            .sort({ receivedOn: -1 })
            .limit(limit)
            .lean<Pick<PetitionDoc, '_id' | 'kind' | 'agencyId'>[]>()
            .exec(),

    /** Recent cases of the same unit and category (not merged away), with their folded text. */
    sameUnitAndCategory: (doc: Pick<PetitionDoc, '_id' | 'administrativeUnitId' | 'category'>, limit = 200) =>
      model
        .find({ _id: { $ne: doc._id }, mergedInto: null, administrativeUnitId: doc.administrativeUnitId, category: doc.category })
        .select({ _id: 1, searchText: 1 })
        .sort({ receivedOn: -1 })
        .limit(limit)
        .lean<Pick<PetitionDoc, '_id' | 'searchText'>[]>()
        .exec(),

    byVoterMeetingLoader: () =>
      createGroupLoader<PetitionDoc>(
        (ids) => model.find({ voterMeetingId: { $in: [...ids] } }).sort({ recommendationNumber: 1 }).lean<PetitionDoc[]>().exec(),
        (row) => row.voterMeetingId ?? '',
      ),
    byDueSessionLoader: () =>
      createGroupLoader<PetitionDoc>(
        (ids) => model.find({ dueSessionId: { $in: [...ids] } }).sort({ receivedOn: 1, _id: 1 }).lean<PetitionDoc[]>().exec(),
        (row) => row.dueSessionId ?? '',
      ),
    byReceptionLoader: () =>
      createGroupLoader<PetitionDoc>(
        (ids) => model.find({ receptionId: { $in: [...ids] } }).sort({ receivedOn: 1, _id: 1 }).lean<PetitionDoc[]>().exec(),
        (row) => row.receptionId ?? '',
      ),
    /** Open cases per agency for many agencies in one aggregation. */
    openCountByAgencyLoader: () =>
      new DataLoader<string, number>(async (agencyIds) => {
        const rows = await model
          .aggregate<{ _id: string; count: number }>([
            { $match: { agencyId: { $in: [...agencyIds] }, status: { $in: openStatuses } } },
            { $group: { _id: '$agencyId', count: { $sum: 1 } } },
          ])
          .exec();
        const counts = new Map(rows.map((row) => [row._id, row.count]));
        return agencyIds.map((id) => counts.get(id) ?? 0);
      }),
  };
}

export type PetitionRepository = ReturnType<typeof createPetitionRepository>;
