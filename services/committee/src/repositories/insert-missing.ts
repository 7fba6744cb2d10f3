import { conflict, type CloudEvent, type EventDraft, type Outbox } from '@hanoi/platform';
import type { Model } from 'mongoose';

/** Documents one insert of the directory import sends (FerretDB inserts a batch as one statement). */
const insertBatch = 250;

/** Publishes events of this service to its topic at once (the bus's batch send). */
export type PublishEvents = (events: CloudEvent[]) => Promise<void>;

/**
 * Stores the documents of `docs` not stored yet, each announced by its created event: one query to find what exists,
 * then per batch of 250 one publish of the batch's events and one insert — the directory import stores hundreds at
 * once, where the outbox (events stored with each document, published and removed one document at a time) costs
 * several full-collection scans per document on FerretDB (about 1 s each at 700 documents).
 *
 * Published before they are stored, so no stored unit ever lacks its event: a failure in between leaves events of
 * documents not stored yet, which running the import again stores (announcing them again; consumers' upserts absorb
 * it). Without `publish`, each document carries its event through the outbox as any other write.
 * Returns how many it stored; an import running at the same time is a CONFLICT (run it again: it resumes).
 */
export async function insertMissing<T extends { _id: string }>(
  model: Model<T>,
  outbox: Outbox,
  publish: PublishEvents | undefined,
  docs: T[],
  created: (doc: T) => EventDraft,
): Promise<number> {
  if (docs.length === 0) return 0;
  const present = await model.find({ _id: { $in: docs.map((doc) => doc._id) } }, { _id: 1 }).lean<{ _id: string }[]>().exec();
  const existing = new Set(present.map((row) => row._id));
  const missing = docs.filter((doc) => !existing.has(doc._id));
  for (let start = 0; start < missing.length; start += insertBatch) {
    const batch = missing.slice(start, start + insertBatch).map((doc) => ({ doc, event: outbox.event(created(doc), doc._id) }));
    if (publish) await publish(batch.map(({ event }) => event));
    try {
      await model.insertMany(publish ? batch.map(({ doc }) => doc) : batch.map(({ doc, event }) => ({ ...doc, pendingEvents: [event], hasPendingEvents: true })));
    } catch (error) {
      if ((error as { code?: number }).code === 11000) throw conflict(`Another import stored some of these ${model.collection.name} meanwhile: run it again`);
      throw error;
    }
    if (!publish) batch.forEach(({ doc }) => outbox.flush(model, doc._id));
  }
  return missing.length;
}
