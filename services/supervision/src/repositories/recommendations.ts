import { cityJurisdiction, jurisdictionOf, jurisdictionQuery, supervisionEvents, type AgencyLevel, type Jurisdiction, type StoredJurisdiction } from '@hanoi/contracts';
import { createEntityStore, createGroupLoader, createListPageLoader, hanoiToday, newId, type ListPageArgs, type Outbox, type PageArgs } from '@hanoi/platform';
import { obligationEvents } from '@hanoi/contracts';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import {
  escalationKey,
  recommendationObligations,
  roundsAfterFinding,
  roundsAfterReport,
  type AddSupervisionRecommendationInput,
  type Evidence,
  type RecommendationRound,
  type RecommendationStatus,
  type RecordReSupervisionFindingInput,
  type ReportRecommendationImplementationInput,
  type ReSupervisionOutcome,
  type ReportStatus,
} from '../domain/recommendation';

/** One implementation report (báo cáo kết quả thực hiện), oldest first. */
export interface ImplementationReport {
  status: ReportStatus;
  text: string;
  reportedOn: Date;
  evidence: Evidence[];
  reportedBy: string;
  /** Set when the report came as the answer to a committee assignment (flow F2 for recommendations). */
  assignmentId: string | null;
}

/** One finding of a re-supervision about this recommendation, oldest first. */
export interface ReSupervisionFinding {
  reSupervisionId: string;
  finding: string;
  assessedStatus: 'IMPLEMENTED' | 'PARTIALLY_IMPLEMENTED' | 'NOT_IMPLEMENTED';
  outcome: ReSupervisionOutcome;
  newDueOn: Date | null;
  recordedOn: Date;
  recordedBy: string;
}

/** `level` and `jurisdictionUnitId`: its programme's (absent on recommendations stored before: the city's). */
export interface SupervisionRecommendationDoc extends StoredJurisdiction {
  _id: string;
  programmeId: string;
  /** The programme's lead agency when issued (a programme's lead never changes); it may receive reports too. */
  leadAgencyId: string;
  addressedToAgencyId: string;
  text: string;
  /** The current round's due day. */
  dueOn: Date;
  status: RecommendationStatus;
  /** Closed at a re-supervision (whatever its status). */
  closed: boolean;
  closedOn: Date | null;
  rounds: RecommendationRound[];
  reports: ImplementationReport[];
  findings: ReSupervisionFinding[];
  /** The due day whose overdue escalation went out (once per day). */
  escalatedFor: Date | null;
  /** The sweeper's key (see `escalationKey`). */
  escalationDueOn: Date | null;
  createdBy: string;
  createdAt: Date;
}

const roundSchema = new Schema<RecommendationRound>(
  { round: Number, dueOn: Date, implementedOn: { type: Date, default: null }, supersededOn: { type: Date, default: null } },
  { _id: false },
);
const reportSchema = new Schema<ImplementationReport>(
  {
    status: String,
    text: String,
    reportedOn: Date,
    evidence: { type: [new Schema({ title: String, reference: String }, { _id: false })], default: [] },
    reportedBy: String,
    assignmentId: { type: String, default: null },
  },
  { _id: false },
);
const findingSchema = new Schema<ReSupervisionFinding>(
  { reSupervisionId: String, finding: String, assessedStatus: String, outcome: String, newDueOn: { type: Date, default: null }, recordedOn: Date, recordedBy: String },
  { _id: false },
);
const schema = new Schema<SupervisionRecommendationDoc>(
  {
    _id: { type: String, required: true },
    programmeId: { type: String, required: true, index: true },
    leadAgencyId: { type: String, required: true },
    addressedToAgencyId: { type: String, required: true, index: true },
    text: { type: String, required: true },
    dueOn: { type: Date, required: true, index: true },
    status: { type: String, required: true },
    closed: { type: Boolean, default: false },
    closedOn: { type: Date, default: null },
    rounds: { type: [roundSchema], default: [] },
    reports: { type: [reportSchema], default: [] },
    findings: { type: [findingSchema], default: [] },
    escalatedFor: { type: Date, default: null },
    escalationDueOn: { type: Date, default: null, index: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    level: { type: String },
    jurisdictionUnitId: { type: String },
  },
  { versionKey: false },
);
// List pages: equality filters first, then the page's sort key and _id (ESR; test/build/indexes.test.ts checks it).
schema.index({ addressedToAgencyId: 1, dueOn: 1, _id: 1 });
schema.index({ level: 1, dueOn: 1, _id: 1 });
schema.index({ jurisdictionUnitId: 1, dueOn: 1, _id: 1 });

export interface RecommendationFilter {
  programmeId?: string | null;
  addressedToAgencyId?: string | null;
  status?: RecommendationStatus | null;
  unresolvedOnly?: boolean | null;
  overdueOnly?: boolean | null;
  level?: AgencyLevel | null;
  jurisdictionUnitId?: string | null;
}

/** Unresolved: not closed and not implemented (the database condition matching `isResolved`). */
const unresolved: FilterQuery<SupervisionRecommendationDoc> = { closed: false, status: { $ne: 'IMPLEMENTED' } };

function filterQuery(filter: RecommendationFilter, today: Date): FilterQuery<SupervisionRecommendationDoc> {
  const conditions: FilterQuery<SupervisionRecommendationDoc>[] = [];
  if (filter.programmeId) conditions.push({ programmeId: filter.programmeId });
  if (filter.addressedToAgencyId) conditions.push({ addressedToAgencyId: filter.addressedToAgencyId });
  if (filter.status) conditions.push({ status: filter.status });
  if (filter.level || filter.jurisdictionUnitId) conditions.push(jurisdictionQuery(filter));
  if (filter.unresolvedOnly || filter.overdueOnly) conditions.push(unresolved);
  if (filter.overdueOnly) conditions.push({ dueOn: { $lt: today } });
  if (conditions.length === 0) return {};
  return conditions.length === 1 ? conditions[0]! : { $and: conditions };
}

const ref = (doc: SupervisionRecommendationDoc) => ({
  recommendationId: doc._id,
  programmeId: doc.programmeId,
  leadAgencyId: doc.leadAgencyId,
  addressedToAgencyId: doc.addressedToAgencyId,
  dueOn: doc.dueOn,
  round: doc.rounds.length,
  ...jurisdictionOf(doc),
});

/** The fields that follow from the rounds and the status (current due day, sweeper key). */
function derived(doc: Pick<SupervisionRecommendationDoc, 'rounds' | 'status' | 'closed' | 'escalatedFor'>) {
  const dueOn = doc.rounds[doc.rounds.length - 1]!.dueOn;
  return { dueOn, escalationDueOn: escalationKey({ ...doc, dueOn }) };
}

export function createRecommendationRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<SupervisionRecommendationDoc>({
    connection,
    outbox,
    modelName: 'SupervisionRecommendation',
    collection: 'supervision_recommendations',
    schema,
    derivedEvents: obligationEvents(supervisionEvents.obligation, recommendationObligations),
  });
  const byDue = { dueOn: 1, _id: 1 } as const;

  return {
    loader: store.loader,
    findById: store.findById,

    /**
     * Stores the recommendation of a programme led by `leadAgencyId` in `jurisdiction` with its
     * `supervisionRecommendation.issued` event (and its first obligation).
     */
    issue(input: AddSupervisionRecommendationInput, leadAgencyId: string, createdBy: string, jurisdiction: Jurisdiction = cityJurisdiction): Promise<SupervisionRecommendationDoc> {
      const doc: SupervisionRecommendationDoc = {
        _id: newId(),
        programmeId: input.programmeId,
        leadAgencyId,
        addressedToAgencyId: input.addressedToAgencyId,
        text: input.text,
        dueOn: input.dueOn,
        status: 'ISSUED',
        closed: false,
        closedOn: null,
        rounds: [{ round: 1, dueOn: input.dueOn, implementedOn: null, supersededOn: null }],
        reports: [],
        findings: [],
        escalatedFor: null,
        escalationDueOn: input.dueOn,
        createdBy,
        createdAt: new Date(),
        ...jurisdiction,
      };
      return store.insert(doc, supervisionEvents.recommendationIssued.draft({ ...ref(doc), text: doc.text }));
    },

    /**
     * Appends an implementation report (guarded: not closed, and no report added meanwhile); the status becomes the
     * report's, an IMPLEMENTED report meets the current round. Null when the guard failed.
     */
    report(current: SupervisionRecommendationDoc, input: ReportRecommendationImplementationInput, reportedBy: string, assignmentId: string | null = null) {
      return store.write(current._id, { closed: false, reports: { $size: current.reports.length } }, (doc) => {
        const report: ImplementationReport = { status: input.status, text: input.report, reportedOn: input.reportedOn, evidence: input.evidence, reportedBy, assignmentId };
        const rounds = roundsAfterReport(doc.rounds, input.status, input.reportedOn);
        const next = { ...doc, status: input.status, rounds };
        return {
          update: { $set: { status: input.status, rounds, ...derived(next) }, $push: { reports: report } },
          events: [
            supervisionEvents.recommendationImplementationReported.draft({
              ...ref(next),
              status: input.status,
              reportedOn: input.reportedOn,
              late: input.reportedOn.getTime() > doc.dueOn.getTime(),
              evidenceCount: input.evidence.length,
              assignmentId,
            }),
          ],
        };
      });
    },

    /**
     * Records a re-supervision's finding (guarded: not closed, no finding of this re-supervision yet): CLOSED closes
     * it with the assessed status; KEPT_OPEN opens a new round with the new due day. Null when the guard failed.
     */
    recordFinding(id: string, reSupervisionId: string, input: RecordReSupervisionFindingInput, recordedBy: string) {
      return store.write(id, { closed: false, 'findings.reSupervisionId': { $ne: reSupervisionId } }, (doc) => {
        const rounds = roundsAfterFinding(doc.rounds, input);
        const closed = input.outcome === 'CLOSED';
        const next = { ...doc, rounds, status: input.assessedStatus, closed };
        const finding: ReSupervisionFinding = { reSupervisionId, ...input, recordedBy };
        return {
          update: { $set: { rounds, status: input.assessedStatus, closed, closedOn: closed ? input.recordedOn : null, ...derived(next) }, $push: { findings: finding } },
          events: [
            supervisionEvents.recommendationReSupervised.draft({
              ...ref({ ...next, ...derived(next) }),
              reSupervisionId,
              outcome: input.outcome,
              assessedStatus: input.assessedStatus,
              recordedOn: input.recordedOn,
              text: doc.text,
            }),
          ],
        };
      });
    },

    /** Unresolved recommendations whose escalation for their due day is still to go out (oldest due first). */
    escalationCandidates: (today: Date, limit: number) =>
      store.model
        .find({ escalationDueOn: { $lt: today } })
        .select({ _id: 1, escalationDueOn: 1 })
        .sort({ escalationDueOn: 1, _id: 1 })
        .limit(limit)
        .lean<Pick<SupervisionRecommendationDoc, '_id' | 'escalationDueOn'>[]>()
        .exec(),

    /** Publishes the overdue escalation of one recommendation once (guarded on the sweeper key it read). */
    escalate: (id: string, seen: Date, today: Date) =>
      store.write(id, { escalationDueOn: seen }, (doc) => ({
        update: { $set: { escalatedFor: doc.dueOn, escalationDueOn: null } },
        events: [supervisionEvents.recommendationOverdue.draft({ ...ref(doc), status: doc.status, detectedOn: today })],
      })),

    list: (filter: RecommendationFilter, page: PageArgs) =>
      store.list(filterQuery(filter, hanoiToday()), page, { field: 'dueOn', direction: 1, isDate: true }),

    /** The unresolved recommendations of a programme (a re-supervision's default selection). */
    unresolvedOf: (programmeId: string) =>
      store.model.find({ programmeId, ...unresolved }).sort(byDue).lean<SupervisionRecommendationDoc[]>().exec(),

    /** Several recommendations by id in one query (a re-supervision's explicit selection). */
    findMany: (ids: readonly string[]) => store.model.find({ _id: { $in: [...ids] } }).lean<SupervisionRecommendationDoc[]>().exec(),

    /** Recommendations of several programmes in one query. */
    byProgrammeLoader: () =>
      createGroupLoader<SupervisionRecommendationDoc>(
        (ids) => store.model.find({ programmeId: { $in: [...ids] } }).sort(byDue).lean<SupervisionRecommendationDoc[]>().exec(),
        (row) => row.programmeId,
      ),

    /**
     * Pages of the recommendations addressed to several agencies, narrowed by `filter`, earliest due first: one query
     * per request and arguments (`createListPageLoader`).
     */
    byAddresseePages: () => {
      const pages = createListPageLoader<SupervisionRecommendationDoc>({
        model: store.model,
        parentField: 'addressedToAgencyId',
        order: [['dueOn', 1], ['_id', 1]],
      });
      return (filter: Pick<RecommendationFilter, 'status' | 'overdueOnly' | 'unresolvedOnly'>, page: ListPageArgs) =>
        pages(page, filterQuery(filter, hanoiToday()));
    },
  };
}

export type RecommendationRepository = ReturnType<typeof createRecommendationRepository>;
