import { createPeriodicTask, type Component, type Logger } from '@hanoi/platform';
import DataLoader from 'dataloader';
import type { Connection, Model, Query, Schema } from 'mongoose';

/** Full reloads tried in a row while this process's own writes overlap them. */
const maxReloadAttempts = 3;

/** Fields the outbox keeps on a document until its events are published: never served, so never cached. */
const outboxFields = ['pendingEvents', 'hasPendingEvents'];

const withoutOutboxFields = <T>(doc: T): T => {
  const copy = { ...(doc as Record<string, unknown>) };
  for (const field of outboxFields) delete copy[field];
  return copy as T;
};

/** Whether an update sets nothing but the outbox's fields (the relay removing published events). */
function onlyOutboxFields(update: unknown): boolean {
  if (!update || typeof update !== 'object' || Array.isArray(update)) return false;
  return Object.entries(update).every(([key, value]) =>
    key.startsWith('$') ? value !== null && typeof value === 'object' && Object.keys(value).every((path) => outboxFields.includes(path)) : outboxFields.includes(key),
  );
}

/** One collection held in memory: every document by id, replaced whole on a full load. */
export interface CachedCollection<T extends { _id: string }> {
  /**
   * A per-request by-id loader answering from memory; ids not in memory are looked up in one query and kept. Each
   * answer is a shallow copy (Apollo writes `__typename` into an entity it resolves): nested arrays and dates are
   * shared, read them, never change them.
   */
  loader(): DataLoader<string, T | null>;
  /** Like the loader, for one id outside a request. */
  findById(id: string): Promise<T | null>;
}

/**
 * The committee's directory (agencies, administrative units: a few hundred documents, written by administrators a
 * few times a year) held in memory, so that `agency(id)`, `_entities` of agencies and units, and the F2 consumer's
 * walks up agencies' parents cost no database command.
 *
 * Kept current without change streams (FerretDB has none): every write this process makes to those collections —
 * whatever repository method makes it — goes through Mongoose, whose middleware (registered on the connection
 * before the models are compiled) applies it to memory before the write resolves: a created document is stored as
 * written, an updated one read again by its id (one query per update; the outbox's own updates, which only remove
 * published events, are skipped), anything else reloads the collection. Writes by another replica of the committee
 * are picked up by a full reload every `refreshMs` (a reload that overlapped a write of this process is done again,
 * so it cannot put back what the write replaced), and a miss is always looked up in the database: **staleness is
 * bounded by `refreshMs` for another replica's updates (renames, ends), none for this process's writes or new ids.**
 */
export function createDirectoryCache(connection: Connection, options: { collections: string[]; refreshMs: number; logger: Logger }) {
  const caches = new Map<string, ReturnType<typeof cacheOf>>();

  function cacheOf<T extends { _id: string }>(model: Model<T>) {
    let rows = new Map<string, T>();
    /** Writes applied so far: a full reload that saw this change while it read is stale and is read again. */
    let writes = 0;
    const remember = (doc: T) => {
      writes++;
      rows.set(doc._id, withoutOutboxFields(doc));
    };
    const copyOf = (id: string): T | null => {
      const doc = rows.get(id);
      return doc ? { ...doc } : null;
    };
    const findMissing = async (ids: readonly string[]) => {
      const found = (await model.find({ _id: { $in: [...ids] } }).lean().exec()) as unknown as T[];
      found.forEach(remember);
      return found;
    };
    const cached: CachedCollection<T> & { reload(): Promise<void>; remember(doc: T): void; refresh(filter: object): Promise<void> } = {
      loader: () =>
        new DataLoader<string, T | null>(async (ids) => {
          const missing = ids.filter((id) => !rows.has(id));
          if (missing.length > 0) await findMissing(missing);
          return ids.map(copyOf);
        }),
      async findById(id) {
        if (!rows.has(id)) await findMissing([id]);
        return copyOf(id);
      },
      async reload() {
        for (let attempt = 0; attempt < maxReloadAttempts; attempt++) {
          const before = writes;
          const all = (await model.find({}).lean().exec()) as unknown as T[];
          if (writes !== before) continue;
          rows = new Map(all.map((doc) => [doc._id, withoutOutboxFields(doc)]));
          return;
        }
        // Writes kept coming (an import): what memory holds is current for them; the next refresh tries again.
      },
      remember,
      async refresh(filter) {
        (await model.find(filter).lean().exec() as unknown as T[]).forEach(remember);
      },
    };
    return cached;
  }

  // Document and query middleware for every schema compiled on this connection from now on; each hook looks up
  // the cache of its collection (none: not a directory collection, nothing to do).
  const cacheOfCollection = (name: string | undefined) => (name ? caches.get(name) : undefined);
  connection.plugin((schema: Schema) => {
    schema.post('save', function (doc: { toObject(): { _id: string }; constructor: { collection?: { collectionName?: string } } }) {
      cacheOfCollection(doc.constructor.collection?.collectionName)?.remember(doc.toObject());
    });
    schema.post('insertMany', function (this: Model<{ _id: string }>, docs: unknown) {
      const cache = cacheOfCollection(this.collection.collectionName);
      for (const doc of docs as ({ toObject?(): { _id: string } } & { _id: string })[]) cache?.remember(doc.toObject ? doc.toObject() : doc);
    });
    schema.post(['updateOne', 'updateMany', 'findOneAndUpdate', 'replaceOne'], async function (this: Query<unknown, unknown>) {
      const cache = cacheOfCollection(this.model.collection.collectionName);
      if (!cache || onlyOutboxFields(this.getUpdate())) return;
      // By id alone: the rest of the filter (a guard such as `validTo: null`) may no longer match what was written.
      const { _id: id } = this.getFilter() as { _id?: unknown };
      await (id === undefined ? cache.reload() : cache.refresh({ _id: id }));
    });
    schema.post(['deleteOne', 'deleteMany', 'findOneAndDelete'], async function (this: Query<unknown, unknown>) {
      await cacheOfCollection(this.model.collection.collectionName)?.reload();
    });
    schema.post('bulkWrite', async function (this: Model<{ _id: string }>) {
      await cacheOfCollection(this.collection.collectionName)?.reload();
    });
  });

  const reloadAll = () => Promise.all([...caches.values()].map((cache) => cache.reload()));
  // A failed reload is logged and tried again at the next interval; memory keeps serving the last one meanwhile.
  const refresh = createPeriodicTask({ name: 'directory cache refresh', intervalMs: options.refreshMs, logger: options.logger, run: reloadAll });

  return {
    /** The in-memory view of a model's collection (one of `options.collections`), once its model is compiled. */
    cache<T extends { _id: string }>(model: Model<T>): CachedCollection<T> {
      const name = model.collection.collectionName;
      if (!options.collections.includes(name)) throw new Error(`${name} is not a cached directory collection`);
      if (!caches.has(name)) caches.set(name, cacheOf(model) as unknown as ReturnType<typeof cacheOf>);
      return caches.get(name) as unknown as CachedCollection<T>;
    },
    /** Loads everything before the subgraph serves, then reloads every `refreshMs` (other replicas' writes). */
    component: {
      name: 'directory cache',
      async start() {
        await reloadAll();
        await refresh.start?.();
      },
      stop: (deadline?: AbortSignal) => refresh.stop?.(deadline) ?? Promise.resolve(),
    } satisfies Component,
  };
}

export type DirectoryCache = ReturnType<typeof createDirectoryCache>;
