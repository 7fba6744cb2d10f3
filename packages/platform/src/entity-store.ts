import type { Connection, FilterQuery, Model, Schema, UpdateQuery } from 'mongoose';
import { applyUpdate } from './apply-update';
import { documentKey, withDocumentLock } from './document-lock';
import { conflict, isConflict } from './errors';
import type { EventDraft } from './events/envelope';
import type { Outbox } from './events/outbox';
import { pendingEventsPath } from './events/outbox';
import { createByIdLoader } from './loaders';
import { paginate, type PageArgs } from './pagination';

/**
 * Events a document's change implies whatever the write was (e.g. the obligations it opens, moves, meets or
 * cancels): computed from the document before (null for an insert) and after, and stored in the same write.
 */
export type DerivedEvents<T> = (before: T | null, after: T) => EventDraft[];

/**
 * The storage every aggregate has: a collection, a per-request by-id loader, inserts and updates that
 * carry their events in the same single-document write (outbox), and keyset-paginated lists.
 * Each entity's repository module wraps one of these with its own queries. Every event is a draft built by
 * its contract (`@hanoi/contracts`), so no write publishes a payload its consumers cannot parse.
 */
export function createEntityStore<T extends { _id: string }>(options: {
  connection: Connection;
  outbox: Outbox;
  modelName: string;
  collection: string;
  schema: Schema<T>;
  derivedEvents?: DerivedEvents<T>;
}) {
  (options.schema as Schema).add(pendingEventsPath);
  const model = options.connection.model<T>(options.modelName, options.schema, options.collection) as Model<T>;
  options.outbox.track(model);
  const derived = options.derivedEvents ?? (() => []);

  /** Inserts `doc` with its events (and those derived from it) atomically. */
  async function insert(doc: T, ...drafts: EventDraft[]): Promise<T> {
    const events = [...drafts, ...derived(null, doc)].map((draft) => options.outbox.event(draft, doc._id));
    try {
      await model.create({ ...doc, pendingEvents: events, hasPendingEvents: events.length > 0 });
    } catch (error) {
      if ((error as { code?: number }).code === 11000) {
        throw conflict(`${options.modelName} already exists with these values: ${JSON.stringify((error as { keyValue?: unknown }).keyValue ?? {})}`);
      }
      throw error;
    }
    if (events.length > 0) options.outbox.flush(model, doc._id);
    return doc;
  }

  /**
   * The one way documents change: `build` turns the current document (matching `_id` and `guard`) into an
   * update and the events it implies (or null: nothing to do); both are stored in one single-document write
   * (events under `pendingEvents`, merged with any `$push` of the update), serialised per document.
   * Returns the updated document, or null when nothing matched. `select` adds hidden fields to `current`.
   */
  function write(
    id: string,
    guard: FilterQuery<T>,
    build: (current: T) => { update: UpdateQuery<T>; events: EventDraft[] } | null,
    select?: string,
  ): Promise<T | null> {
    return withDocumentLock(documentKey(model, id), async () => {
      const filter = { ...guard, _id: id } as FilterQuery<T>;
      const query = model.findOne(filter);
      const current = await (select ? query.select(select) : query).lean<T>().exec();
      if (!current) return null;
      const built = build(current);
      if (!built) return null;
      const drafts = [...built.events, ...derived(current, applyUpdate(current, built.update))];
      const events = drafts.map((draft) => options.outbox.event(draft, id));
      const push = { ...((built.update.$push as object) ?? {}), ...(events.length > 0 && { pendingEvents: { $each: events } }) };
      // updateOne, not findOneAndUpdate: FerretDB 1.24 cannot project in findAndModify (select: false fields).
      const set = { ...((built.update.$set as object) ?? {}), ...(events.length > 0 && { hasPendingEvents: true }) };
      const result = await model.updateOne(filter, { ...built.update, $set: set, $push: push } as UpdateQuery<T>).exec();
      if (result.matchedCount === 0) return null;
      if (events.length > 0) options.outbox.flush(model, id);
      return model.findById(id).lean<T>().exec();
    });
  }

  return {
    model,
    loader: () => createByIdLoader(model),
    insert,

    write,

    /**
     * Applies `update` to the document matching `_id` and `guard` (e.g. the expected status, so two
     * concurrent transitions cannot both succeed) with the event(s) `events` drafts from the updated document.
     * Returns null when nothing matched.
     */
    update: (id: string, guard: FilterQuery<T>, update: UpdateQuery<T>, events: (updated: T) => EventDraft | EventDraft[]) =>
      write(id, guard, (current) => {
        const drafts = events(applyUpdate(current, update));
        return { update, events: Array.isArray(drafts) ? drafts : [drafts] };
      }),

    /**
     * For documents created from an event with a derived id: inserts unless that id exists already
     * (a redelivered event). Returns whether it inserted.
     */
    async insertOnce(doc: T, ...drafts: EventDraft[]): Promise<boolean> {
      if (await model.exists({ _id: doc._id } as FilterQuery<T>)) return false;
      try {
        await insert(doc, ...drafts);
        return true;
      } catch (error) {
        if (isConflict(error)) return false;
        throw error;
      }
    },

    findById: (id: string) => model.findById(id).lean<T>().exec(),
    list: (query: FilterQuery<T>, page: PageArgs, sort?: Parameters<typeof paginate>[3]) => paginate(model, query, page, sort),
  };
}

export type EntityStore<T extends { _id: string }> = ReturnType<typeof createEntityStore<T>>;
