import { isValidOn } from '@hanoi/platform';
import { Schema, type Connection } from 'mongoose';

/**
 * Read model of the committee's directory, fed by its `agency.created` and `administrativeUnit.created` events.
 * The committee owns the directory; petitions keeps what it needs to check ids and resolve routing tokens.
 */
export interface KnownAgency {
  _id: string;
  name: string;
  kind: string;
  level: string;
  parentId: string | null;
  /** The unit a district- or commune-level committee governs. */
  administrativeUnitId: string | null;
  validFrom: Date | null;
  validTo: Date | null;
}

export interface KnownUnit {
  _id: string;
  name: string;
  kind: string;
  level: string;
  parentId: string | null;
  validFrom: Date | null;
  validTo: Date | null;
  /** Units it was formed from (its successors are the units listing it here). */
  predecessorIds?: string[];
}

/** Longest chain of reforms a lineage follows each way (a guard: links always move forward in time). */
const maxLineageHops = 10;

const agencySchema = new Schema<KnownAgency>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    kind: { type: String, required: true },
    level: { type: String, required: true },
    parentId: { type: String, default: null },
    administrativeUnitId: { type: String, default: null, index: true },
    validFrom: { type: Date, default: null },
    validTo: { type: Date, default: null },
  },
  { versionKey: false },
);

const unitSchema = new Schema<KnownUnit>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    kind: { type: String, required: true },
    level: { type: String, required: true },
    parentId: { type: String, default: null, index: true },
    validFrom: { type: Date, default: null },
    validTo: { type: Date, default: null },
    predecessorIds: { type: [String], default: [], index: true },
  },
  { versionKey: false },
);

/** Committees that govern a unit: UBND phường/xã, and UBND quận/huyện before the district level ended. */
const unitCommitteeKinds = ['COMMUNE_COMMITTEE', 'DISTRICT_COMMITTEE'];

export function createDirectoryReadModel(connection: Connection, waitMs: number) {
  const agencies = connection.model<KnownAgency>('KnownAgency', agencySchema, 'known_agencies');
  const units = connection.model<KnownUnit>('KnownAdministrativeUnit', unitSchema, 'known_administrative_units');

  /**
   * Looks `find` up; when it finds nothing, polls for up to `waitMs` (the committee may have created it a moment
   * ago and its event be on its way), then gives up with null.
   */
  async function patiently<T>(find: () => Promise<T | null>): Promise<T | null> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const found = await find();
      if (found || Date.now() >= deadline) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return {
    /** Upserts: an event delivered again, or a later correction, leaves one current row. */
    rememberAgency: ({ _id, ...rest }: KnownAgency) => agencies.updateOne({ _id }, { $set: rest }, { upsert: true }).exec(),
    /**
     * Links are merged, never replaced: the successor's `created` (keyed by the successor) may be applied after a
     * predecessor's `ended` (keyed by that unit, another partition) already listed it here.
     */
    rememberUnit: ({ _id, predecessorIds = [], ...rest }: KnownUnit) =>
      units.updateOne({ _id }, { $set: rest, $addToSet: { predecessorIds: { $each: predecessorIds } } }, { upsert: true }).exec(),

    /** A unit ended on `validTo`; each of `successorIds` lists it among its predecessors from then on. */
    async unitEnded(id: string, validTo: Date, successorIds: string[]) {
      if (successorIds.length > 0) await units.updateMany({ _id: { $in: successorIds } }, { $addToSet: { predecessorIds: id } }).exec();
      await units.updateOne({ _id: id }, { $set: { validTo } }).exec();
    },
    unitRenamed: (id: string, name: string) => units.updateOne({ _id: id }, { $set: { name } }).exec(),
    agencyEnded: (id: string, validTo: Date) => agencies.updateOne({ _id: id }, { $set: { validTo } }).exec(),
    agencyRenamed: (id: string, name: string) => agencies.updateOne({ _id: id }, { $set: { name } }).exec(),

    /**
     * A place across the reform: the unit, the units it was formed from and theirs (back in time), and the units formed
     * from it and from those (forward; a district's through its wards and communes). Never both ways from one unit —
     * that would spread to every neighbour of a unit split in parts. One query per hop each way.
     */
    async lineage(id: string): Promise<string[]> {
      const found = new Set([id]);
      const walk = async (start: string[], next: (ids: string[]) => Promise<string[]>) => {
        let frontier = start;
        for (let hop = 0; hop < maxLineageHops && frontier.length > 0; hop++) {
          frontier = (await next(frontier)).filter((unitId) => !found.has(unitId));
          frontier.forEach((unitId) => found.add(unitId));
        }
      };
      const earlier = async (ids: string[]) =>
        (await units.find({ _id: { $in: ids } }, { predecessorIds: 1 }).lean<KnownUnit[]>().exec()).flatMap((unit) => unit.predecessorIds ?? []);
      const later = async (ids: string[]) => {
        const parts = await units.find({ parentId: { $in: ids } }, { _id: 1 }).lean<KnownUnit[]>().exec();
        const partIds = parts.map((unit) => unit._id);
        const successors = await units.find({ predecessorIds: { $in: [...ids, ...partIds] } }, { _id: 1 }).lean<KnownUnit[]>().exec();
        // A district's wards and communes are part of the place too (their cases before the reform), then what was formed from them.
        return [...partIds, ...successors.map((unit) => unit._id)];
      };
      await walk([id], earlier);
      await walk([id], later);
      return [...found];
    },

    agency: (id: string) => patiently(() => agencies.findById(id).lean<KnownAgency>().exec()),
    unit: (id: string) => patiently(() => units.findById(id).lean<KnownUnit>().exec()),
    /** Several agencies in one query (waiting for the missing ones); those still unknown are absent from the map. */
    async agenciesById(ids: readonly string[]): Promise<Map<string, KnownAgency>> {
      const wanted = [...new Set(ids)];
      const load = async () => new Map((await agencies.find({ _id: { $in: wanted } }).lean<KnownAgency[]>().exec()).map((row) => [row._id, row]));
      if (wanted.length === 0) return new Map();
      const found = await patiently(async () => {
        const map = await load();
        return map.size === wanted.length ? map : null;
      });
      return found ?? load();
    },

    /** The People's Committee governing `unitId` on `date` (none known: null). */
    async committeeOfUnit(unitId: string, date: Date): Promise<KnownAgency | null> {
      const rows = await agencies.find({ administrativeUnitId: unitId, kind: { $in: unitCommitteeKinds } }).lean<KnownAgency[]>().exec();
      return rows.find((row) => isValidOn(row, date)) ?? null;
    },
  };
}

export type DirectoryReadModel = ReturnType<typeof createDirectoryReadModel>;
