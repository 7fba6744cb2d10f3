/**
 * The shape of a MongoDB query for index selection, and the ESR rule (Equality, Sort, Range): a compound index
 * serves a query when its keys start with every equality field (in any order), continue with the sort keys in
 * order (directions all as declared, or all reversed: an index is walked both ways), and ranges, if any, come after.
 */
export type IndexKeys = Record<string, 1 | -1 | string>;

export interface QueryShape {
  /** Fields compared for equality (exact value or array membership), sorted by name. */
  equality: string[];
  /** Sort keys in order, with their direction. */
  sort: [string, 1 | -1][];
  /** Fields bounded by a range (`$gt`… or a `$in` list), sorted by name. */
  range: string[];
}

const rangeOperators = new Set(['$gt', '$gte', '$lt', '$lte', '$in']);
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof RegExp);

/**
 * The equality and range fields of a filter, through `$and`. Conditions that no index bound can use (`$or`, `$nin`,
 * `$regex`, `$exists`…) are left out: MongoDB applies them to the rows the index yields.
 */
export function shapeOf(filter: Record<string, unknown>, sort: Record<string, 1 | -1>): QueryShape {
  const equality = new Set<string>();
  const range = new Set<string>();
  const visit = (condition: Record<string, unknown>) => {
    for (const [field, value] of Object.entries(condition)) {
      if (field === '$and') (value as Record<string, unknown>[]).forEach(visit);
      else if (field.startsWith('$')) continue;
      else if (!isPlainObject(value) || !Object.keys(value).some((key) => key.startsWith('$'))) equality.add(field);
      else if ('$eq' in value) equality.add(field);
      else if (Object.keys(value).some((operator) => rangeOperators.has(operator))) range.add(field);
    }
  };
  visit(filter);
  for (const field of equality) range.delete(field);
  return { equality: [...equality].sort(), sort: Object.entries(sort), range: [...range].sort() };
}

/** The first declared index that serves the shape by the ESR rule, or undefined. */
export function servingIndex(indexes: IndexKeys[], shape: QueryShape): IndexKeys | undefined {
  return indexes.find((index) => {
    const keys = Object.entries(index);
    const prefix = keys.slice(0, shape.equality.length).map(([field]) => field).sort();
    if (prefix.join('\0') !== shape.equality.join('\0')) return false;
    // Sort keys compared for equality are constant within the result: they need no place in the index.
    const sort = shape.sort.filter(([field]) => !shape.equality.includes(field));
    const next = keys.slice(shape.equality.length, shape.equality.length + sort.length);
    if (next.length < sort.length) return false;
    const sameWay = sort.every(([field, direction], i) => next[i]![0] === field && next[i]![1] === direction);
    const reversed = sort.every(([field, direction], i) => next[i]![0] === field && next[i]![1] === -direction);
    return sameWay || reversed;
  });
}
