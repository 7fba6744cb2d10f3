import { obligationKinds, supervisionEvents, type ObligationKind } from '@hanoi/contracts';
import { conflict, createEntityStore, isConflict, type Outbox } from '@hanoi/platform';
import { Schema, type Connection } from 'mongoose';
import { defaultWeights, type Weights } from '../domain/coordination-index/weights';

/** A stored version of the index weights (versions are never changed: a change is a new version). */
export interface WeightsDoc {
  /** `v<version>` */
  _id: string;
  version: number;
  byKind: Record<ObligationKind, number>;
  note: string;
  setBy: string;
  setAt: Date;
}

const schema = new Schema<WeightsDoc>(
  {
    _id: { type: String, required: true },
    version: { type: Number, required: true, unique: true },
    byKind: { type: Schema.Types.Mixed, required: true },
    note: { type: String, required: true },
    setBy: { type: String, required: true },
    setAt: { type: Date, required: true },
  },
  { versionKey: false },
);

const versionId = (version: number) => `v${version}`;
const toWeights = (doc: WeightsDoc): Weights => ({ version: doc.version, byKind: { ...defaultWeights.byKind, ...doc.byKind } });

export function createWeightsRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<WeightsDoc>({ connection, outbox, modelName: 'CoordinationIndexWeights', collection: 'index_weights', schema });

  async function store_(weights: Weights, note: string, setBy: string): Promise<WeightsDoc> {
    const doc: WeightsDoc = { _id: versionId(weights.version), version: weights.version, byKind: weights.byKind, note, setBy, setAt: new Date() };
    const list = (Object.keys(obligationKinds) as ObligationKind[]).map((kind) => ({ kind, weight: weights.byKind[kind] }));
    try {
      return await store.insert(doc, supervisionEvents.indexWeightsSet.draft({ version: weights.version, weights: list, note }));
    } catch (error) {
      if (isConflict(error)) {
        throw conflict(`weights version ${weights.version} was set by another request meanwhile; read the current version and try again`);
      }
      throw error;
    }
  }

  return {
    /** The current version (the highest); version 1 is the default, stored on first use. */
    async current(): Promise<Weights> {
      const latest = await store.model.findOne({}).sort({ version: -1 }).lean<WeightsDoc>().exec();
      return latest ? toWeights(latest) : defaultWeights;
    },
    /** A given version, or null when there is none. */
    async version(version: number): Promise<Weights | null> {
      if (version === defaultWeights.version) {
        const stored = await store.findById(versionId(version));
        return stored ? toWeights(stored) : defaultWeights;
      }
      const stored = await store.findById(versionId(version));
      return stored ? toWeights(stored) : null;
    },
    /** Every version, newest first (version 1, the default, included). */
    async history(): Promise<(Weights & { note: string; setBy: string | null; setAt: Date | null })[]> {
      const stored = await store.model.find({}).sort({ version: -1 }).lean<WeightsDoc[]>().exec();
      const versions = stored.map((doc) => ({ ...toWeights(doc), note: doc.note, setBy: doc.setBy as string | null, setAt: doc.setAt as Date | null }));
      if (!stored.some((doc) => doc.version === defaultWeights.version)) {
        versions.push({ ...defaultWeights, note: 'Default weights (version 1)', setBy: null, setAt: null });
      }
      return versions;
    },
    /** Stores the next version (its number is unique: two concurrent changes cannot both take it). */
    save: store_,
  };
}

export type WeightsRepository = ReturnType<typeof createWeightsRepository>;
