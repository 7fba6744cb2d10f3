import { committeeEvents } from '@hanoi/contracts';
import { createEntityStore, createGroupLoader, type Outbox, type PageArgs, foldVietnamese, isValidOn } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import {
  levelOfKind,
  maxReformHops,
  preferredUnit,
  type CreateAdministrativeUnitInput,
  type UnitKind,
  type UnitLevel,
} from '../domain/administrative-unit';
import type { DatedName } from '../domain/dated-changes';
import { insertMissing, type PublishEvents } from './insert-missing';

import { searchQuery, validOnQuery } from './agencies';

export interface AdministrativeUnitDoc {
  _id: string;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  validFrom: Date | null;
  validTo: Date | null;
  parentId: string | null;
  /** Units this one was formed from, main one first. Successors are the units listing this one here. */
  predecessorIds: string[];
  /** Mã số of the General Statistics Office (absent on units created without one). */
  code?: string | null;
  /** Its names, oldest first, each from its first day; absent until the first rename (then `name` is the latest). */
  names?: DatedName[];
  searchText: string;
  createdBy: string;
  createdAt: Date;
}

const schema = new Schema<AdministrativeUnitDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    kind: { type: String, required: true, index: true },
    level: { type: String, required: true },
    validFrom: { type: Date, default: null },
    validTo: { type: Date, default: null },
    parentId: { type: String, default: null, index: true },
    predecessorIds: { type: [String], default: [], index: true },
    code: { type: String, default: null },
    names: { type: [{ _id: false, name: String, from: Date }], default: undefined },
    searchText: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export interface AdministrativeUnitFilter {
  kind?: UnitKind | null;
  level?: UnitLevel | null;
  parentId?: string | null;
  validOn?: Date | null;
  search?: string | null;
}

/** The `administrativeUnit.created` event of a unit (v2: thị trấn and the GSO code travel too). */
const createdEvent = (doc: AdministrativeUnitDoc) =>
  committeeEvents.administrativeUnitCreatedV2.draft({
    administrativeUnitId: doc._id,
    name: doc.name,
    kind: doc.kind,
    level: doc.level,
    code: doc.code ?? null,
    validFrom: doc.validFrom,
    validTo: doc.validTo,
    parentId: doc.parentId,
    predecessorIds: doc.predecessorIds,
  });

export function createAdministrativeUnitRepository(connection: Connection, outbox: Outbox, publish?: PublishEvents) {
  const store = createEntityStore<AdministrativeUnitDoc>({
    connection,
    outbox,
    modelName: 'AdministrativeUnit',
    collection: 'administrative_units',
    schema,
  });
  const find = (query: FilterQuery<AdministrativeUnitDoc>) => store.model.find(query).sort({ _id: 1 }).lean<AdministrativeUnitDoc[]>().exec();

  return {
    loader: store.loader,
    findById: store.findById,
    /** Several units by id, in one query (link checks on create). */
    findMany: (ids: string[]) => (ids.length ? find({ _id: { $in: ids } }) : Promise.resolve([])),

    /** Stores the unit with its `administrativeUnit.created` event; a taken id is a CONFLICT. */
    create(input: CreateAdministrativeUnitInput, createdBy: string): Promise<AdministrativeUnitDoc> {
      const doc: AdministrativeUnitDoc = {
        _id: input.id,
        name: input.name,
        kind: input.kind,
        level: levelOfKind(input.kind),
        validFrom: input.validFrom ?? null,
        validTo: input.validTo ?? null,
        parentId: input.parentId ?? null,
        predecessorIds: input.predecessorIds ?? [],
        code: input.code ?? null,
        searchText: foldVietnamese(input.name),
        createdBy,
        createdAt: new Date(),
      };
      return store.insert(
        doc,
        createdEvent(doc),
      );
    },

    /**
     * Stores the units of `docs` not stored yet, each with its `administrativeUnit.created` event (the directory import:
     * hundreds at once, one query to find what exists and one insert per batch). Returns how many it stored.
     */
    insertMissing: (docs: AdministrativeUnitDoc[]) => insertMissing(store.model, outbox, publish, docs, createdEvent),

    /**
     * Ends the unit on `validTo` with its `administrativeUnit.ended` event, after listing it among the predecessors of
     * `successorIds` (first, so a failure between the two leaves the unit valid and the end can be sent again).
     * Null when the unit is unknown or ended meanwhile.
     */
    async end(id: string, validTo: Date, successorIds: string[]): Promise<AdministrativeUnitDoc | null> {
      // Each successor under its document lock, like every write of the store: the outbox relay may be removing the
      // successor's own published events at this moment, and FerretDB's read-modify-write would drop an unlocked link.
      for (const successorId of successorIds) {
        await store.write(successorId, {}, () => ({ update: { $addToSet: { predecessorIds: id } }, events: [] }));
      }
      return store.update(id, { validTo: null }, { $set: { validTo } }, () =>
        committeeEvents.administrativeUnitEnded.draft({ administrativeUnitId: id, validTo, successorIds }),
      );
    },

    /** Gives the unit `name` from `from`, keeping the history, with its `administrativeUnit.renamed` event (null: unknown). */
    rename(current: AdministrativeUnitDoc, names: DatedName[], name: string, from: Date): Promise<AdministrativeUnitDoc | null> {
      return store.update(
        current._id,
        { name: current.name },
        { $set: { name, names: [...names, { name, from }], searchText: foldVietnamese(name) } },
        () => committeeEvents.administrativeUnitRenamed.draft({ administrativeUnitId: current._id, name, previousName: current.name, from }),
      );
    },

    list(filter: AdministrativeUnitFilter, page: PageArgs) {
      const conditions: FilterQuery<AdministrativeUnitDoc>[] = [];
      if (filter.kind) conditions.push({ kind: filter.kind });
      if (filter.level) conditions.push({ level: filter.level });
      if (filter.parentId) conditions.push({ parentId: filter.parentId });
      if (filter.validOn) conditions.push(...(validOnQuery(filter.validOn) as FilterQuery<AdministrativeUnitDoc>[]));
      conditions.push(...searchQuery(filter.search));
      const query: FilterQuery<AdministrativeUnitDoc> = conditions.length ? { $and: conditions } : {};
      return store.list(query, page, { field: '_id', direction: 1 });
    },

    /**
     * The unit valid on `date` reached from `id`: the unit itself when valid; otherwise successors (date after it
     * ended) or predecessors (date before it began), hop by hop, one query per hop. Links always move in time
     * (a predecessor ends before its successor begins), so the walk cannot loop.
     */
    async onDate(id: string, date: Date): Promise<AdministrativeUnitDoc | null> {
      const origin = await store.findById(id);
      if (!origin) return null;
      let frontier = [origin];
      const seen = new Set([origin._id]);
      for (let hop = 0; hop <= maxReformHops && frontier.length > 0; hop++) {
        const valid = frontier.filter((unit) => isValidOn(unit, date));
        if (valid.length > 0) return preferredUnit(origin, valid) ?? null;
        const endedUnits = frontier.filter((unit) => unit.validTo && unit.validTo.getTime() < date.getTime());
        // A district's territory passed to new units through its wards and communes: they are the ones listed.
        const endedDistricts = endedUnits.filter((unit) => unit.level === 'DISTRICT').map((unit) => unit._id);
        const children = endedDistricts.length > 0 ? await find({ parentId: { $in: endedDistricts } }) : [];
        const ended = [...endedUnits.map((unit) => unit._id), ...children.map((unit) => unit._id)];
        const earlier = frontier.flatMap((unit) => (unit.validFrom && unit.validFrom.getTime() > date.getTime() ? unit.predecessorIds : []));
        const found = await find({ $or: [{ predecessorIds: { $in: ended } }, { _id: { $in: earlier } }] });
        const byId = new Map(found.map((unit) => [unit._id, unit]));
        // Predecessors keep their listed order (main one first); successors come by id.
        const successors = found.filter((unit) => unit.predecessorIds.some((predecessorId) => ended.includes(predecessorId)));
        const next: AdministrativeUnitDoc[] = [];
        for (const unit of [...earlier.map((unitId) => byId.get(unitId)), ...successors]) {
          if (unit && !seen.has(unit._id)) {
            seen.add(unit._id);
            next.push(unit);
          }
        }
        frontier = next;
      }
      return null;
    },

    /** Children (communes/wards of a pre-reform district) of several units in one query. */
    byParentLoader: () =>
      createGroupLoader<AdministrativeUnitDoc>((ids) => find({ parentId: { $in: [...ids] } }), (row) => row.parentId ?? ''),
    /** Successors of several units in one query: the units that list them as predecessors. */
    successorsLoader: () =>
      createGroupLoader<AdministrativeUnitDoc>((ids) => find({ predecessorIds: { $in: [...ids] } }), (row) => row.predecessorIds),
  };
}

export type AdministrativeUnitRepository = ReturnType<typeof createAdministrativeUnitRepository>;
