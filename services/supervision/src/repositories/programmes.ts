import { jurisdictionOf, jurisdictionQuery, supervisionEvents, type AgencyLevel, type Jurisdiction, type StoredJurisdiction } from '@hanoi/contracts';
import { createEntityStore, createGroupLoader, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import type { ConcludeSupervisionProgrammeInput, CreateSupervisionProgrammeInput, ProgrammeStatus, RecordProgrammeFindingInput, SupervisionKind } from '../domain/programme';

/** A finding (phát hiện) of the programme, oldest first. */
export interface ProgrammeFinding {
  agencyId: string | null;
  finding: string;
  recordedOn: Date;
  recordedBy: string;
}

/** `level` and `jurisdictionUnitId`: the lead body's (absent on programmes stored before: the city's). */
export interface SupervisionProgrammeDoc extends StoredJurisdiction {
  _id: string;
  title: string;
  kind: SupervisionKind;
  leadAgencyId: string;
  year: number;
  startsOn: Date;
  endsOn: Date;
  supervisedAgencyIds: string[];
  status: ProgrammeStatus;
  reSupervisionOfId: string | null;
  /** For a re-supervision: the recommendations it re-examines (chosen when it is planned). */
  reviewedRecommendationIds: string[];
  findings: ProgrammeFinding[];
  conclusion: string | null;
  concludedOn: Date | null;
  createdBy: string;
  createdAt: Date;
}

const schema = new Schema<SupervisionProgrammeDoc>(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    kind: { type: String, required: true },
    leadAgencyId: { type: String, required: true, index: true },
    year: { type: Number, required: true, index: true },
    startsOn: { type: Date, required: true, index: true },
    endsOn: { type: Date, required: true },
    supervisedAgencyIds: { type: [String], default: [], index: true },
    status: { type: String, required: true },
    reSupervisionOfId: { type: String, default: null, index: true },
    reviewedRecommendationIds: { type: [String], default: [] },
    findings: {
      type: [new Schema({ agencyId: { type: String, default: null }, finding: String, recordedOn: Date, recordedBy: String }, { _id: false })],
      default: [],
    },
    conclusion: { type: String, default: null },
    concludedOn: { type: Date, default: null },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    level: { type: String },
    jurisdictionUnitId: { type: String },
  },
  { versionKey: false },
);
// List pages: equality filters first, then the page's sort key and _id (ESR; test/build/indexes.test.ts checks it).
schema.index({ year: 1, startsOn: -1, _id: -1 });
schema.index({ leadAgencyId: 1, startsOn: -1, _id: -1 });
schema.index({ level: 1, startsOn: -1, _id: -1 });
schema.index({ jurisdictionUnitId: 1, startsOn: -1, _id: -1 });

export interface SupervisionProgrammeFilter {
  year?: number | null;
  leadAgencyId?: string | null;
  kind?: string | null;
  status?: string | null;
  supervisedAgencyId?: string | null;
  level?: AgencyLevel | null;
  jurisdictionUnitId?: string | null;
}

/** What events about a programme carry: ids and calendar days. */
const eventData = (doc: SupervisionProgrammeDoc) => ({
  supervisionProgrammeId: doc._id,
  title: doc.title,
  kind: doc.kind,
  leadAgencyId: doc.leadAgencyId,
  year: doc.year,
  startsOn: doc.startsOn,
  endsOn: doc.endsOn,
  supervisedAgencyIds: doc.supervisedAgencyIds,
  status: doc.status,
  reSupervisionOfId: doc.reSupervisionOfId,
  reviewedRecommendationIds: doc.reviewedRecommendationIds ?? [],
  ...jurisdictionOf(doc),
});

export function createProgrammeRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<SupervisionProgrammeDoc>({
    connection,
    outbox,
    modelName: 'SupervisionProgramme',
    collection: 'supervision_programmes',
    schema,
  });

  return {
    loader: store.loader,

    /**
     * Plans the programme of the lead body's `jurisdiction` (`supervisionProgramme.created`); a re-supervision with
     * the recommendations it re-examines.
     */
    create(input: CreateSupervisionProgrammeInput, reviewedRecommendationIds: string[], jurisdiction: Jurisdiction, createdBy: string): Promise<SupervisionProgrammeDoc> {
      const doc: SupervisionProgrammeDoc = {
        _id: newId(),
        title: input.title,
        kind: input.kind,
        leadAgencyId: input.leadAgencyId,
        year: input.year,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        supervisedAgencyIds: input.supervisedAgencyIds,
        status: 'PLANNED',
        reSupervisionOfId: input.reSupervisionOfId ?? null,
        reviewedRecommendationIds,
        findings: [],
        conclusion: null,
        concludedOn: null,
        createdBy,
        createdAt: new Date(),
        ...jurisdiction,
      };
      return store.insert(doc, supervisionEvents.programmeCreated.draft(eventData(doc)));
    },

    /** PLANNED → IN_PROGRESS; null when the programme is no longer PLANNED (a concurrent change). */
    start: (id: string) =>
      store.update(id, { status: 'PLANNED' }, { $set: { status: 'IN_PROGRESS' } }, (doc) => supervisionEvents.programmeStarted.draft(eventData(doc))),

    /** IN_PROGRESS → CONCLUDED with the conclusion; null when the programme is no longer IN_PROGRESS. */
    conclude: (id: string, input: ConcludeSupervisionProgrammeInput) =>
      store.update(
        id,
        { status: 'IN_PROGRESS' },
        { $set: { status: 'CONCLUDED', conclusion: input.conclusion, concludedOn: input.concludedOn } },
        (doc) => supervisionEvents.programmeConcluded.draft({ ...eventData(doc), concludedOn: input.concludedOn }),
      ),

    /** Appends a finding while the programme is IN_PROGRESS; null when it no longer is. */
    recordFinding: (id: string, input: RecordProgrammeFindingInput, recordedBy: string) =>
      store.write(id, { status: 'IN_PROGRESS' }, () => ({
        update: { $push: { findings: { ...input, recordedBy } } },
        events: [supervisionEvents.programmeFindingRecorded.draft({ supervisionProgrammeId: id, agencyId: input.agencyId, recordedOn: input.recordedOn })],
      })),

    list(filter: SupervisionProgrammeFilter, page: PageArgs) {
      const query: FilterQuery<SupervisionProgrammeDoc> = jurisdictionQuery(filter);
      if (filter.year != null) query.year = filter.year;
      if (filter.leadAgencyId) query.leadAgencyId = filter.leadAgencyId;
      if (filter.kind) query.kind = filter.kind as SupervisionKind;
      if (filter.status) query.status = filter.status as ProgrammeStatus;
      if (filter.supervisedAgencyId) query.supervisedAgencyIds = filter.supervisedAgencyId;
      return store.list(query, page, { field: 'startsOn', direction: -1, isDate: true });
    },

    /** Re-supervisions of several programmes in one query. */
    reSupervisionsLoader: () =>
      createGroupLoader<SupervisionProgrammeDoc>(
        (ids) =>
          store.model.find({ reSupervisionOfId: { $in: [...ids] } }).sort({ startsOn: 1, _id: 1 }).lean<SupervisionProgrammeDoc[]>().exec(),
        (row) => row.reSupervisionOfId ?? '',
      ),
  };
}

export type ProgrammeRepository = ReturnType<typeof createProgrammeRepository>;
