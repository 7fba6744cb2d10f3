import { z } from 'zod';
import type { FilterQuery, Model } from 'mongoose';
import { badInput } from './errors';
import { rowsPerCommand } from './loaders';

/** Largest page a client may ask for; bigger pages are refused, not silently cut. */
export const maxPageSize = 100;
export const defaultPageSize = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null; startCursor: string | null; hasPreviousPage: boolean };
  totalCount: () => Promise<number>;
}

const cursorSchema = z.tuple([z.union([z.string(), z.number(), z.null()]), z.string()]);
type CursorValue = z.infer<typeof cursorSchema>[0];

/** Opaque Relay cursor: the sort key and the id of the last row seen (keyset pagination, no skip). */
export const encodeCursor = (sortValue: CursorValue, id: string) =>
  Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');

export function decodeCursor(cursor: string): [CursorValue, string] {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw badInput('after', 'is not a cursor this API returned');
  }
}

export function pageSize(first: number | null | undefined): number {
  if (first == null) return defaultPageSize;
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw badInput('first', `must be between 1 and ${maxPageSize}`, { max: maxPageSize });
  }
  return first;
}

const toCursorValue = (value: unknown): CursorValue =>
  value instanceof Date ? value.toISOString() : value == null ? null : typeof value === 'number' ? value : String(value);

/** A keyset order: one field then `_id`, both ascending or both descending (dates travel as ISO strings). */
export interface PageSort {
  field: string;
  direction: 1 | -1;
  isDate?: boolean;
}

/** The rows after a cursor this API returned, in `sort`'s order. */
export function afterCursor<T>(after: string, sort: PageSort): FilterQuery<T> {
  const [rawValue, id] = decodeCursor(after);
  const op = sort.direction === 1 ? '$gt' : '$lt';
  if (sort.field === '_id') return { _id: { [op]: id } } as FilterQuery<T>;
  const value = sort.isDate && typeof rawValue === 'string' ? new Date(rawValue) : rawValue;
  return { $or: [{ [sort.field]: { [op]: value } }, { [sort.field]: value, _id: { [op]: id } }] } as FilterQuery<T>;
}

/** The sort specification of `sort` (its field, then `_id` the same way). */
export const sortSpecOf = (sort: PageSort): Record<string, 1 | -1> =>
  sort.field === '_id' ? { _id: sort.direction } : { [sort.field]: sort.direction, _id: sort.direction };

/** A page from the rows read with limit `limit + 1` (the one past the page tells that there is a next page). */
export function connectionOf<T extends { _id: string }>(
  rows: readonly T[],
  limit: number,
  args: PageArgs,
  sort: PageSort,
  totalCount: () => Promise<number>,
): Connection<T> {
  const edges = rows.slice(0, limit).map((node) => ({
    cursor: encodeCursor(toCursorValue((node as Record<string, unknown>)[sort.field]), node._id),
    node,
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/**
 * Keyset page over `model` sorted by `sortField` then `_id` (both ascending or both descending).
 * Dates are stored as Date and travel in the cursor as ISO strings. Rows with a null sort key are not
 * paged past (sort keys used here are required fields).
 */
export async function paginate<T extends { _id: string }>(
  model: Model<T>,
  filter: FilterQuery<T>,
  args: PageArgs,
  sort: PageSort = { field: '_id', direction: 1 },
): Promise<Connection<T>> {
  const limit = pageSize(args.first);
  const conditions: FilterQuery<T>[] = [filter];
  if (args.after) conditions.push(afterCursor<T>(args.after, sort));
  const query = conditions.length === 1 ? conditions[0]! : ({ $and: conditions } as FilterQuery<T>);
  // A batch larger than the limit: FerretDB leaves a cursor open after a full default batch (101), which costs a
  // `killCursors` more at `first: 100`.
  const rows = (await model.find(query).sort(sortSpecOf(sort)).limit(limit + 1).batchSize(rowsPerCommand).lean().exec()) as unknown as T[];
  return connectionOf(rows, limit, args, sort, () => model.countDocuments(filter).exec());
}
