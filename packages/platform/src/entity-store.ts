import type { Connection, FilterQuery, Model, Schema, UpdateQuery } from 'mongoose';
import { documentKey, withDocumentLock } from './document-lock';
import { conflict } from './errors';
import type { Outbox } from './events/outbox';
import { pendingEventsPath } from './events/outbox';
import { createByIdLoader } from './loaders';
import { paginate, type PageArgs } from './pagination';

/**
 * The storage every aggregate has: a collection, a per-request by-id loader, inserts and updates that
 * carry their event in the same single-document write (outbox), and keyset-paginated lists.
 * Each entity's repository module wraps one of these with its own queries.
 */
export function createEntityStore<T extends { _id: string }>(options: {
  connection: Connection;
  outbox: Outbox;
  /** Model name, also the event entity name in lower camel case (`VoterMeeting` → `voterMeeting`). */
  modelName: string;
  collection: string;
  schema: Schema<T>;
}) {
  (options.schema as Schema).add(pendingEventsPath);
  const model = options.connection.model<T>(options.modelName, options.schema, options.collection) as Model<T>;
  options.outbox.track(model);
  const entity = options.modelName.charAt(0).toLowerCase() + options.modelName.slice(1);

  /** Inserts `doc` and its `<entity>.<verb>` event (data defaults to the document) atomically. */
  async function insert(doc: T, verb = 'created', data: Record<string, unknown> = { ...doc, id: doc._id }): Promise<T> {
    const { _id, ...rest } = data;
    const event = options.outbox.event(entity, verb, doc._id, rest);
    try {
      await model.create({ ...doc, pendingEvents: [event], hasPendingEvents: true });
    } catch (error) {
      if ((error as { code?: number }).code === 11000) {
        throw conflict(`${options.modelName} already exists with these values: ${JSON.stringify((error as { keyValue?: unknown }).keyValue ?? {})}`);
      }
      throw error;
    }
    options.outbox.flush(model, doc._id);
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
    build: (current: T) => { update: UpdateQuery<T>; events: { verb: string; data: Record<string, unknown> }[] } | null,
    select?: string,
  ): Promise<T | null> {
    return withDocumentLock(documentKey(model, id), async () => {
      const filter = { ...guard, _id: id } as FilterQuery<T>;
      const query = model.findOne(filter);
      const current = await (select ? query.select(select) : query).lean<T>().exec();
      if (!current) return null;
      const built = build(current);
      if (!built) return null;
      const events = built.events.map((event) => options.outbox.event(entity, event.verb, id, event.data));
      const push = { ...((built.update.$push as object) ?? {}), pendingEvents: { $each: events } };
      // updateOne, not findOneAndUpdate: FerretDB 1.24 cannot project in findAndModify (select: false fields).
      const set = { ...((built.update.$set as object) ?? {}), hasPendingEvents: true };
      const result = await model.updateOne(filter, { ...built.update, $set: set, $push: push } as UpdateQuery<T>).exec();
      if (result.matchedCount === 0) return null;
      options.outbox.flush(model, id);
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
     * concurrent transitions cannot both succeed) with its `<entity>.<verb>` event. Returns null when nothing matched.
     */
    update: (id: string, guard: FilterQuery<T>, update: UpdateQuery<T>, verb: string, data: (updated: T) => Record<string, unknown>) =>
      write(id, guard, (current) => ({
        update,
        events: [{ verb, data: data({ ...current, ...((update.$set as object) ?? {}) } as T) }],
      })),

    /**
     * For documents created from an event with a derived id: inserts unless that id exists already
     * (a redelivered event). Returns whether it inserted.
     */
    async insertOnce(doc: T, verb = 'created', data?: Record<string, unknown>): Promise<boolean> {
      if (await model.exists({ _id: doc._id } as FilterQuery<T>)) return false;
      try {
        await insert(doc, verb, data);
        return true;
      } catch (error) {
        if ((error as { extensions?: { code?: string } }).extensions?.code === 'CONFLICT') return false;
        throw error;
      }
    },

    findById: (id: string) => model.findById(id).lean<T>().exec(),
    list: (query: FilterQuery<T>, page: PageArgs, sort?: Parameters<typeof paginate>[3]) => paginate(model, query, page, sort),
  };
}

export type EntityStore<T extends { _id: string }> = ReturnType<typeof createEntityStore<T>>;
