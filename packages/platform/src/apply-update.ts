import type { UpdateQuery } from 'mongoose';

type Plain = Record<string, unknown>;

/** Walks to the parent of a dotted path, creating (copied) objects on the way; returns it and the last key. */
function parentOf(root: Plain, path: string): [Plain, string] {
  const keys = path.split('.');
  let node = root;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    const copy: Plain = Array.isArray(next) ? ([...next] as unknown as Plain) : { ...((next as Plain) ?? {}) };
    node[key] = copy;
    node = copy;
  }
  return [node, keys[keys.length - 1]!];
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const eachOf = (value: unknown): unknown[] =>
  value && typeof value === 'object' && '$each' in (value as Plain) ? asArray((value as Plain).$each) : [value];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The document an update would leave, computed in memory (never mutating `doc`): what the entity store needs to
 * derive events from the state after a write while storing them in that same write. Supports the operators the
 * services use — `$set`, `$unset`, `$inc`, `$push` (with `$each`), `$addToSet`, `$pullAll` — on dotted paths.
 */
export function applyUpdate<T extends object>(doc: T, update: UpdateQuery<T>): T {
  const result: Plain = { ...(doc as Plain) };
  const operators = update as Record<string, Plain | undefined>;
  for (const [path, value] of Object.entries(operators.$set ?? {})) {
    const [parent, key] = parentOf(result, path);
    parent[key] = value;
  }
  for (const path of Object.keys(operators.$unset ?? {})) {
    const [parent, key] = parentOf(result, path);
    delete parent[key];
  }
  for (const [path, value] of Object.entries(operators.$inc ?? {})) {
    const [parent, key] = parentOf(result, path);
    parent[key] = ((parent[key] as number) ?? 0) + (value as number);
  }
  for (const [path, value] of Object.entries(operators.$push ?? {})) {
    const [parent, key] = parentOf(result, path);
    parent[key] = [...asArray(parent[key]), ...eachOf(value)];
  }
  for (const [path, value] of Object.entries(operators.$addToSet ?? {})) {
    const [parent, key] = parentOf(result, path);
    const items = asArray(parent[key]);
    parent[key] = [...items, ...eachOf(value).filter((item) => !items.some((existing) => same(existing, item)))];
  }
  for (const [path, value] of Object.entries(operators.$pullAll ?? {})) {
    const [parent, key] = parentOf(result, path);
    parent[key] = asArray(parent[key]).filter((item) => !asArray(value).some((removed) => same(item, removed)));
  }
  for (const [path, value] of Object.entries(update)) {
    if (!path.startsWith('$')) {
      const [parent, key] = parentOf(result, path);
      parent[key] = value;
    }
  }
  return result as T;
}
