import DataLoader from 'dataloader';
import type { FilterQuery, Model } from 'mongoose';
import { badInput } from './errors';
import { rowsPerCommand } from './loaders';
import { pageSize } from './pagination';

/**
 * A list's order: fields with their directions, ending with `_id` (a total order, so that a page continues exactly
 * after the last item of the previous one).
 */
export type ListOrder = readonly (readonly [field: string, direction: 1 | -1])[];

/**
 * The rows strictly after the row whose sort values are `values` (one per field of `order`), in that order. Nulls
 * (and missing fields) come first ascending and last descending, as MongoDB sorts them, and `$gt`/`$lt` never match
 * them: each field gets the branches that keep them.
 */
export function afterCondition<T>(order: ListOrder, values: readonly unknown[]): FilterQuery<T> {
  const branches: Record<string, unknown>[] = [];
  order.forEach(([field, direction], index) => {
    const equalBefore = Object.fromEntries(order.slice(0, index).map(([name], at) => [name, values[at] ?? null]));
    const value = values[index] ?? null;
    if (value === null) {
      if (direction === 1) branches.push({ ...equalBefore, [field]: { $ne: null } });
      return;
    }
    branches.push({ ...equalBefore, [field]: { [direction === 1 ? '$gt' : '$lt']: value } });
    if (direction === -1 && field !== '_id') branches.push({ ...equalBefore, [field]: null });
  });
  return { $or: branches } as FilterQuery<T>;
}

/**
 * `query` and `condition` both: merged when they name different keys (top-level equalities stay top-level, where
 * FerretDB on PostgreSQL pushes them down), else `condition` under `$and`.
 */
export function alsoMatching<T>(query: FilterQuery<T>, condition: FilterQuery<T>): FilterQuery<T> {
  if (Object.keys(condition).every((key) => !(key in query))) return { ...query, ...condition } as FilterQuery<T>;
  const { $and = [], ...rest } = query as FilterQuery<T> & { $and?: FilterQuery<T>[] };
  return { ...rest, $and: [...$and, condition] } as FilterQuery<T>;
}

/** Rows of a batched query grouped per parent, in the query's order, at most `size` each. */
export function groupRows<T>(rows: readonly T[], parents: readonly string[], parentOf: (row: T) => unknown, size: number): T[][] {
  const groups = new Map<string, T[]>(parents.map((parent) => [parent, []]));
  for (const row of rows) {
    const owners = parentOf(row);
    for (const owner of Array.isArray(owners) ? owners : [owners]) {
      const group = groups.get(String(owner));
      if (group && group.length < size) group.push(row);
    }
  }
  return parents.map((parent) => groups.get(parent)!);
}

const valueAt = (row: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value == null ? undefined : (value as Record<string, unknown>)[key]), row);

/** Where the rows of a list field are and in which order (e.g. an agency's assignments: `agencyId`, due day first). */
export interface ListSource<T> {
  model: Model<T>;
  /** The path of a row holding its parent's id (a value or an array of ids). */
  parentField: string;
  order: ListOrder;
}

export interface ListPageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * A condition on rows a query cannot state (FerretDB has no `$expr`: e.g. "submitted after its due day"), checked
 * before the rows are cut into pages, so pages stay full; the rows it checks are not limited in the database.
 */
export interface Refinement<T> {
  /** Names it in the batch's key. */
  name: string;
  keep(row: T): boolean;
}

/**
 * Per request: pages of one list field (an agency's assignments, a session's preparation tasks) for every parent that
 * asks for it — one find per batch of parents asking with the same arguments, so a list page of N parents costs the
 * same database commands at 10 parents as at 100 — at most `first` rows per parent (default 20, at most 100; more is
 * refused with `BAD_USER_INPUT`, field `first`). `after` is the id of the last item of the previous page: the page
 * continues after it in the list's order (its sort values are read once: one find more; an id the list's `filter`
 * does not match, or none, is refused with field `after`). One parent's page is limited in the database; the rows of
 * several parents are read in one query and cut per parent here (FerretDB 1.24 has no `$push` or `$topN` to cut them
 * in a `$group`). `filter` (the field's other arguments, plain values: it also keys the batch) narrows the rows,
 * `refine` then what it cannot say.
 */
export function createListPageLoader<T extends { _id: string }>(source: ListSource<T>) {
  const byArguments = new Map<string, DataLoader<string, T[]>>();
  return (args: ListPageArgs, filter: FilterQuery<T> = {}, refine?: Refinement<T>): DataLoader<string, T[]> => {
    const size = pageSize(args.first);
    const after = args.after ?? null;
    const key = JSON.stringify([size, after, filter, refine?.name ?? null]);
    let loader = byArguments.get(key);
    if (!loader) {
      loader = new DataLoader<string, T[]>((parents) => listPages(source, parents, { size, after, filter, refine }));
      byArguments.set(key, loader);
    }
    return loader;
  };
}

async function listPages<T extends { _id: string }>(
  { model, parentField, order }: ListSource<T>,
  parents: readonly string[],
  { size, after, filter, refine }: { size: number; after: string | null; filter: FilterQuery<T>; refine: Refinement<T> | undefined },
): Promise<T[][]> {
  let query = { ...filter, [parentField]: parents.length === 1 ? parents[0] : { $in: [...parents] } } as FilterQuery<T>;
  if (after) {
    // Looked up within `filter` too: an id the list could not hold (a case the caller may not see) is as unknown.
    const last = await model
      .findOne(alsoMatching<T>(filter, { _id: after } as FilterQuery<T>))
      .select(Object.fromEntries(order.map(([field]) => [field, 1])))
      .lean()
      .exec();
    if (!last) throw badInput('after', 'is not the id of an item of this list');
    query = alsoMatching(query, afterCondition<T>(order, order.map(([field]) => valueAt(last, field))));
  }
  const find = model.find(query).sort(Object.fromEntries(order)).batchSize(rowsPerCommand);
  const rows = (await (parents.length === 1 && !refine ? find.limit(size) : find).lean().exec()) as unknown as T[];
  return groupRows(refine ? rows.filter((row) => refine.keep(row)) : rows, parents, (row) => valueAt(row, parentField), size);
}
