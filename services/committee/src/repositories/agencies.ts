import { committeeEvents } from '@hanoi/contracts';
import { createEntityStore, createGroupLoader, type Outbox, type PageArgs, escapeRegExp, searchWords, foldVietnamese } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import type { AgencyKind, AgencyLevel, CreateAgencyInput } from '../domain/agency';
import type { DatedName } from '../domain/dated-changes';
import { insertMissing, type PublishEvents } from './insert-missing';

export interface AgencyDoc {
  _id: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  level: AgencyLevel;
  parentId: string | null;
  administrativeUnitId: string | null;
  validFrom: Date | null;
  validTo: Date | null;
  /** Its names (with short names), oldest first, each from its first day; absent until the first rename. */
  names?: DatedName[];
  /** Folded name and short name (no diacritics, lowercase) for accent-insensitive search. */
  searchText: string;
  createdBy: string;
  createdAt: Date;
}

const schema = new Schema<AgencyDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    shortName: { type: String, required: true },
    kind: { type: String, required: true, index: true },
    level: { type: String, required: true },
    parentId: { type: String, default: null, index: true },
    administrativeUnitId: { type: String, default: null, index: true },
    validFrom: { type: Date, default: null },
    validTo: { type: Date, default: null },
    names: { type: [{ _id: false, name: String, shortName: String, from: Date }], default: undefined },
    searchText: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export interface AgencyFilter {
  kind?: AgencyKind | null;
  level?: AgencyLevel | null;
  parentId?: string | null;
  validOn?: Date | null;
  search?: string | null;
}

/** Conditions "valid on `date`" for documents with nullable `validFrom`/`validTo` (shared with units). */
export function validOnQuery(date: Date): FilterQuery<{ validFrom: Date | null; validTo: Date | null }>[] {
  return [
    { $or: [{ validFrom: null }, { validFrom: { $lte: date } }] },
    { $or: [{ validTo: null }, { validTo: { $gte: date } }] },
  ];
}

/** Conditions "every search word appears in `searchText`". */
export const searchQuery = (search: string | null | undefined) =>
  searchWords(search).map((word) => ({ searchText: { $regex: escapeRegExp(word) } }));

const createdEvent = (doc: AgencyDoc) =>
  committeeEvents.agencyCreatedV2.draft({
    agencyId: doc._id,
    name: doc.name,
    shortName: doc.shortName,
    kind: doc.kind,
    level: doc.level,
    parentId: doc.parentId,
    administrativeUnitId: doc.administrativeUnitId,
    validFrom: doc.validFrom,
    validTo: doc.validTo,
  });

export function createAgencyRepository(connection: Connection, outbox: Outbox, publish?: PublishEvents) {
  const store = createEntityStore<AgencyDoc>({ connection, outbox, modelName: 'Agency', collection: 'agencies', schema });

  return {
    loader: store.loader,
    findById: store.findById,

    /** Stores the agency with its `agency.created` (v2) event; a taken id is a CONFLICT. */
    create(input: CreateAgencyInput, createdBy: string): Promise<AgencyDoc> {
      const doc: AgencyDoc = {
        _id: input.id,
        name: input.name,
        shortName: input.shortName,
        kind: input.kind,
        level: input.level,
        parentId: input.parentId ?? null,
        administrativeUnitId: input.administrativeUnitId ?? null,
        validFrom: input.validFrom ?? null,
        validTo: input.validTo ?? null,
        searchText: foldVietnamese(`${input.name} ${input.shortName}`),
        createdBy,
        createdAt: new Date(),
      };
      return store.insert(doc, createdEvent(doc));
    },

    /**
     * Stores the agencies of `docs` not stored yet, each with its `agency.created` event (the directory import: one
     * query to find what exists, one insert per batch). Returns how many it stored.
     */
    insertMissing: (docs: AgencyDoc[]) => insertMissing(store.model, outbox, publish, docs, createdEvent),

    /** Ends the agency on `validTo` with its `agency.ended` event (null: unknown, or ended meanwhile). */
    end: (id: string, validTo: Date) =>
      store.update(id, { validTo: null }, { $set: { validTo } }, () => committeeEvents.agencyEnded.draft({ agencyId: id, validTo })),

    /** Gives the agency `name` and `shortName` from `from`, keeping the history, with its `agency.renamed` event. */
    rename(current: AgencyDoc, names: DatedName[], change: { name: string; shortName: string; from: Date }): Promise<AgencyDoc | null> {
      const { name, shortName, from } = change;
      return store.update(
        current._id,
        { name: current.name },
        { $set: { name, shortName, names: [...names, { name, shortName, from }], searchText: foldVietnamese(`${name} ${shortName}`) } },
        () => committeeEvents.agencyRenamed.draft({ agencyId: current._id, name, shortName, previousName: current.name, from }),
      );
    },

    list(filter: AgencyFilter, page: PageArgs) {
      const conditions: FilterQuery<AgencyDoc>[] = [];
      if (filter.kind) conditions.push({ kind: filter.kind });
      if (filter.level) conditions.push({ level: filter.level });
      if (filter.parentId) conditions.push({ parentId: filter.parentId });
      if (filter.validOn) conditions.push(...(validOnQuery(filter.validOn) as FilterQuery<AgencyDoc>[]));
      conditions.push(...searchQuery(filter.search));
      const query: FilterQuery<AgencyDoc> = conditions.length ? { $and: conditions } : {};
      return store.list(query, page, { field: '_id', direction: 1 });
    },

    /** The parent id of an agency (undefined when the agency is unknown): walks chains in the F2 consumer. */
    async parentOf(id: string): Promise<string | null | undefined> {
      const row = await store.model.findById(id, { parentId: 1 }).lean<Pick<AgencyDoc, '_id' | 'parentId'>>().exec();
      return row ? row.parentId : undefined;
    },

    /** Children of several agencies in one query (Agency.children). */
    byParentLoader: () =>
      createGroupLoader<AgencyDoc>(
        (ids) => store.model.find({ parentId: { $in: [...ids] } }).sort({ _id: 1 }).lean<AgencyDoc[]>().exec(),
        (row) => row.parentId ?? '',
      ),
  };
}

export type AgencyRepository = ReturnType<typeof createAgencyRepository>;
