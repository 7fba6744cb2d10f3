/** `id` of a stored document (`_id`), for every entity type's resolver map. */
export const idField = { id: (doc: { _id: string }) => doc._id };

/** A reference to an entity another subgraph owns: the gateway fetches its fields from the owner. */
export const ref = (id: string | null | undefined) => (id ? { id } : null);
export const refs = (ids: readonly string[] | null | undefined) => (ids ?? []).map((id) => ({ id }));
