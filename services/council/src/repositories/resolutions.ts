import { councilEvents } from '@hanoi/contracts';
import { conflict, createEntityStore, createGroupLoader, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import { numberingYear, type CreateResolutionInput, type ResolutionFilter, type ResolutionKind } from '../domain/resolution';

export interface ResolutionDoc {
  _id: string;
  councilSessionId: string;
  number: string;
  /** The year the number belongs to (numbering restarts yearly): with `number`, unique. */
  numberingYear: number;
  title: string;
  adoptedOn: Date;
  kind: ResolutionKind;
  createdBy: string;
  createdAt: Date;
}

const schema = new Schema<ResolutionDoc>(
  {
    _id: { type: String, required: true },
    councilSessionId: { type: String, required: true, index: true },
    number: { type: String, required: true },
    numberingYear: { type: Number, required: true },
    title: { type: String, required: true },
    adoptedOn: { type: Date, required: true },
    kind: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// List pages: equality filters first, then the page's sort key and _id (ESR; test/build/indexes.test.ts checks it).
schema.index({ councilSessionId: 1, adoptedOn: -1, _id: -1 });
schema.index({ number: 1, numberingYear: 1 }, { unique: true });

export function createResolutionRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<ResolutionDoc>({ connection, outbox, modelName: 'Resolution', collection: 'resolutions', schema });
  return {
    loader: store.loader,

    /** Stores the resolution with `resolution.adopted`; CONFLICT on a number already used that year (unique index as backstop). */
    async create(input: CreateResolutionInput, createdBy: string) {
      const year = numberingYear(input.adoptedOn);
      if (await store.model.exists({ number: input.number, numberingYear: year })) {
        throw conflict(`Resolution ${input.number} of ${year} already exists`, 'input.number');
      }
      const doc: ResolutionDoc = { _id: newId(), ...input, numberingYear: year, createdBy, createdAt: new Date() };
      return store.insert(doc, councilEvents.resolutionAdopted.draft({ ...doc, resolutionId: doc._id }));
    },

    list(filter: ResolutionFilter, page: PageArgs) {
      const query: FilterQuery<ResolutionDoc> = {};
      if (filter.councilSessionId) query.councilSessionId = filter.councilSessionId;
      if (filter.kind) query.kind = filter.kind;
      return store.list(query, page, { field: 'adoptedOn', direction: -1, isDate: true });
    },

    bySessionLoader: () =>
      createGroupLoader<ResolutionDoc>(
        (ids) => store.model.find({ councilSessionId: { $in: [...ids] } }).sort({ adoptedOn: 1, number: 1 }).lean<ResolutionDoc[]>().exec(),
        (row) => row.councilSessionId,
      ),
  };
}
