/**
 * Serialises the writes this process makes to one document.
 *
 * Why: FerretDB 1.24 (SQLite backend, our local and test store) applies an update as read, modify, write
 * without isolation, so two concurrent updates of one document can lose one, and a status guard in the
 * filter does not stop two concurrent transitions (measured here: 50 concurrent `$inc` left 3; 20
 * concurrent guarded A→B updates all but 6 lost, 6 "succeeded"). MongoDB applies single-document
 * updates atomically and needs none of this; there it only orders a process's own writes. Locally each
 * service runs as one process, so this is enough there; several replicas of a service need MongoDB.
 */
const tails = new Map<string, Promise<unknown>>();

export async function withDocumentLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    // The last writer in the chain removes the entry, so the map does not grow with every document touched.
    if (tails.get(key) === tail) tails.delete(key);
  }
}

/** The lock key of a document: database, collection and id. */
export const documentKey = (model: { db: { name: string }; collection: { collectionName: string } }, id: string) =>
  `${model.db.name}/${model.collection.collectionName}/${id}`;
