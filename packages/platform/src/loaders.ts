import DataLoader from 'dataloader';
import type { Model } from 'mongoose';

/**
 * Rows per command: a batch's rows come back in the find's first answer (up to the protocol's 16 MiB) instead of
 * 101 then `getMore`s, so the commands a request costs do not grow with its rows.
 */
export const rowsPerCommand = 10_000;

/**
 * Batches every by-id read of one entity type in a request into one `find({_id: {$in}})` query.
 * Create one per request (caching is per request, so no stale reads across requests).
 */
export function createByIdLoader<T extends { _id: string }>(model: Model<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = (await model.find({ _id: { $in: [...ids] } }).batchSize(rowsPerCommand).lean().exec()) as unknown as T[];
    const byId = new Map(rows.map((row) => [row._id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Batches "all rows whose `field` is one of these keys" into one query (e.g. the cases of several
 * agencies). Returns rows grouped per key, in key order.
 */
export function createGroupLoader<T>(
  load: (keys: readonly string[]) => Promise<T[]>,
  keyOf: (row: T) => string | string[],
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await load(keys);
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) {
      const rowKeys = keyOf(row);
      for (const key of Array.isArray(rowKeys) ? rowKeys : [rowKeys]) groups.get(key)?.push(row);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** The rows a `loadMany` found, in order (missing ids and per-key errors left out). */
export const found = <T>(rows: readonly (T | null | Error)[]): T[] => rows.filter((row): row is T => row !== null && !(row instanceof Error));
