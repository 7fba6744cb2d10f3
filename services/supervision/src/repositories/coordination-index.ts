import { documentKey, paginate, type PageArgs, type TopicOffset, withDocumentLock } from '@hanoi/platform';
import { Schema, type Connection, type Model } from 'mongoose';
import { applyObligationChange, emptyObligation, type AppliedEvent, type IndexedObligation, type ObligationChange } from '../domain/coordination-index/read-model';

/**
 * The coordination index's read model: the obligations and the agency directory it learnt from events, in
 * generations, each in its own pair of collections (`index_obligations_g<N>`, `index_agencies_g<N>`). Queries read
 * the active generation; a rebuild fills the next one from offset 0 and then makes it active, so the index never shows
 * a half-built state, and the old generation goes with one collection drop (deleting 50,000 rows one batch at a time
 * took FerretDB minutes).
 */
interface StoredObligation extends IndexedObligation {
  /** The obligation id. */
  _id: string;
}

/** An agency as the committee's `agency.created` event describes it (ranking by level, names in reviews). */
export interface IndexedAgency {
  agencyId: string;
  name: string;
  shortName: string;
  kind: string;
  level: string;
  parentId: string | null;
  /** The unit a district- or commune-level agency serves (absent on rows written before it was kept). */
  administrativeUnitId?: string | null;
}
interface StoredAgency extends IndexedAgency {
  _id: string;
}

export interface BuildRecord {
  generation: number;
  startedAt: Date;
  finishedAt: Date | null;
  /** Events of obligations and agencies read from offset 0. */
  eventCount: number;
  /** Where the replay stopped (the live consumer of the generation starts there). */
  endOffsets: TopicOffset[];
}

interface IndexState {
  _id: string;
  activeGeneration: number | null;
  /** A rebuild under way (null when none). */
  building: BuildRecord | null;
  lastBuild: BuildRecord | null;
}

const appliedEvent = new Schema<AppliedEvent>({ id: String, topic: String, partition: Number, offset: String }, { _id: false });
const obligationSchema = new Schema<StoredObligation>(
  {
    _id: { type: String, required: true },
    obligationId: { type: String, required: true },
    service: { type: String, required: true },
    kind: { type: String, default: null },
    agencyId: { type: String, default: null },
    content: { type: String, default: null },
    subject: { type: new Schema({ type: String, id: String }, { _id: false }), default: null },
    basis: { type: String, default: null },
    councilSessionId: { type: String, default: null },
    title: { type: String, default: null },
    dueOn: { type: Date, default: null },
    metOn: { type: Date, default: null },
    cancelledOn: { type: Date, default: null },
    cancelReason: { type: String, default: null },
    missedDueOn: { type: Date, default: null },
    countsOn: { type: Date, default: null },
    events: { type: [appliedEvent], default: [] },
  },
  // A generation's collections are made by its build (`load`), never as a side effect of naming them.
  { versionKey: false, autoIndex: false, autoCreate: false },
);
obligationSchema.index({ agencyId: 1, countsOn: 1 });
obligationSchema.index({ countsOn: 1 });
// The inbox: an agency's open obligations by due day.
obligationSchema.index({ agencyId: 1, metOn: 1, cancelledOn: 1, dueOn: 1, _id: 1 });

const agencySchema = new Schema<StoredAgency>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    name: String,
    shortName: String,
    kind: String,
    level: String,
    parentId: { type: String, default: null },
    administrativeUnitId: { type: String, default: null },
  },
  { versionKey: false, autoIndex: false, autoCreate: false },
);
agencySchema.index({ level: 1 });

const buildSchema = new Schema<BuildRecord>(
  {
    generation: Number,
    startedAt: Date,
    finishedAt: { type: Date, default: null },
    eventCount: Number,
    endOffsets: { type: [new Schema({ topic: String, partition: Number, offset: String }, { _id: false })], default: [] },
  },
  { _id: false },
);
const stateSchema = new Schema<IndexState>(
  {
    _id: { type: String, required: true },
    activeGeneration: { type: Number, default: null },
    building: { type: buildSchema, default: null },
    lastBuild: { type: buildSchema, default: null },
  },
  { versionKey: false },
);

const stateId = 'coordination-index';
const strip = <T extends { _id: string }>({ _id, ...rest }: T) => rest;
/** Rows written per insert during a rebuild (FerretDB takes a batch of this size in well under a second). */
const loadBatch = 500;

export function createCoordinationIndexStore(connection: Connection) {
  const states = connection.model<IndexState>('IndexState', stateSchema, 'index_state') as Model<IndexState>;
  const models = new Map<number, { obligations: Model<StoredObligation>; agencies: Model<StoredAgency> }>();

  /** The collections of a generation (created with their indexes on first use). */
  function generationOf(generation: number) {
    let pair = models.get(generation);
    if (!pair) {
      pair = {
        obligations: connection.model<StoredObligation>(`IndexedObligationG${generation}`, obligationSchema, `index_obligations_g${generation}`) as Model<StoredObligation>,
        agencies: connection.model<StoredAgency>(`IndexedAgencyG${generation}`, agencySchema, `index_agencies_g${generation}`) as Model<StoredAgency>,
      };
      models.set(generation, pair);
    }
    return pair;
  }

  const state = async (): Promise<IndexState> =>
    (await states.findById(stateId).lean<IndexState>().exec()) ?? { _id: stateId, activeGeneration: null, building: null, lastBuild: null };
  const saveState = (changes: Partial<IndexState>) => states.updateOne({ _id: stateId }, { $set: changes }, { upsert: true }).exec();

  return {
    init: () => states.init(),
    state,

    /** Records a rebuild under way (one at a time: false when another is). */
    async beginBuild(build: BuildRecord): Promise<boolean> {
      const current = await state();
      if (current.building) return false;
      await saveState({ building: build });
      return true;
    },
    /** Makes a finished build the active generation. */
    activate: (build: BuildRecord) => saveState({ activeGeneration: build.generation, building: null, lastBuild: build }),
    /** Forgets a build that did not finish (its rows are dropped by the caller). */
    abandonBuild: () => saveState({ building: null }),

    /** Applies one live event to its obligation (serialised per obligation; a redelivered event changes nothing). */
    applyObligation(generation: number, service: string, change: ObligationChange, event: AppliedEvent): Promise<void> {
      const { obligations } = generationOf(generation);
      const id = change.data.obligationId;
      return withDocumentLock(documentKey(obligations, id), async () => {
        const stored = await obligations.findById(id).lean<StoredObligation>().exec();
        const current = stored ? strip(stored) : emptyObligation(id, service);
        const next = applyObligationChange(current, change, event);
        if (next === current) return;
        await obligations.replaceOne({ _id: id }, { _id: id, ...next }, { upsert: true }).exec();
      });
    },
    upsertAgency: (generation: number, agency: IndexedAgency) =>
      generationOf(generation).agencies.replaceOne({ _id: agency.agencyId }, agency, { upsert: true }).exec(),

    /** Writes a generation built in memory, in batches; `progress` is told how many rows are written. */
    async load(generation: number, rows: Iterable<IndexedObligation>, directory: Iterable<IndexedAgency>, progress: (written: number) => void = () => undefined) {
      const { obligations, agencies } = generationOf(generation);
      await Promise.all([obligations.createCollection(), agencies.createCollection()]);
      await Promise.all([obligations.createIndexes(), agencies.createIndexes()]);
      let batch: StoredObligation[] = [];
      let written = 0;
      const flush = async () => {
        if (batch.length > 0) await obligations.insertMany(batch, { ordered: false, lean: true });
        progress((written += batch.length));
        batch = [];
      };
      for (const row of rows) {
        batch.push({ _id: row.obligationId, ...row });
        if (batch.length === loadBatch) await flush();
      }
      await flush();
      const agencyRows = [...directory].map((agency) => ({ _id: agency.agencyId, ...agency }));
      if (agencyRows.length > 0) await agencies.insertMany(agencyRows, { ordered: false, lean: true });
    },

    /** Drops a generation's collections (an old one after a rebuild, or an abandoned one). */
    async dropGeneration(generation: number): Promise<void> {
      const { obligations, agencies } = generationOf(generation);
      for (const collection of [obligations.collection, agencies.collection]) {
        await collection.drop().catch((error: { codeName?: string }) => {
          if (error.codeName !== 'NamespaceNotFound') throw error;
        });
      }
      models.delete(generation);
      connection.deleteModel(obligations.modelName);
      connection.deleteModel(agencies.modelName);
    },

    /** Obligations of the generation counting in [from, to], optionally of some agencies only (one query). */
    async obligationsBetween(generation: number, from: Date, to: Date, agencyIds?: readonly string[]): Promise<IndexedObligation[]> {
      const rows = await generationOf(generation)
        .obligations.find({ countsOn: { $gte: from, $lte: to }, ...(agencyIds && { agencyId: { $in: [...agencyIds] } }) })
        .lean<StoredObligation[]>()
        .exec();
      return rows.map(strip);
    },

    /**
     * A page of an agency's open obligations (neither met nor cancelled) due on or before `dueBy`, overdue ones
     * included, earliest due first (the inbox).
     */
    openDueBy: (generation: number, agencyId: string, dueBy: Date, page: PageArgs) =>
      paginate(generationOf(generation).obligations, { agencyId, metOn: null, cancelledOn: null, dueOn: { $ne: null, $lte: dueBy } }, page, {
        field: 'dueOn',
        direction: 1,
        isDate: true,
      }),

    /** The agencies the index knows (all, or those of one level, of one unit), by id. */
    async agencies(generation: number, filter: { level?: string | null; administrativeUnitId?: string | null; ids?: readonly string[] } = {}): Promise<IndexedAgency[]> {
      const rows = await generationOf(generation)
        .agencies.find({
          ...(filter.level && { level: filter.level }),
          ...(filter.administrativeUnitId && { administrativeUnitId: filter.administrativeUnitId }),
          ...(filter.ids && { _id: { $in: [...filter.ids] } }),
        })
        .sort({ _id: 1 })
        .lean<StoredAgency[]>()
        .exec();
      return rows.map(strip);
    },
  };
}

export type CoordinationIndexStore = ReturnType<typeof createCoordinationIndexStore>;
