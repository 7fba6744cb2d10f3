/** `id` of a stored document (`_id`), for every entity type's resolver map. */
export const idField = { id: (doc: { _id: string }) => doc._id };

/** An entity another subgraph owns, as this one hands it on: its key; the gateway fetches its fields from the owner. */
export interface EntityReference {
  id: string;
}

/** A reference to an entity another subgraph owns (null for an absent id: a nullable field). */
export function ref(id: string): EntityReference;
export function ref(id: string | null | undefined): EntityReference | null;
export function ref(id: string | null | undefined): EntityReference | null {
  return id ? { id } : null;
}
export const refs = (ids: readonly string[] | null | undefined): EntityReference[] => (ids ?? []).map((id) => ({ id }));

/**
 * The entity a stored id names, for a field the SDL declares non-null (`consultation: LawConsultation!`): entities
 * are never deleted, so a missing one is a broken invariant. It throws an uncoded error — logged and masked as
 * INTERNAL_SERVER_ERROR, as GraphQL's own "cannot return null" would be — that names the dangling id.
 */
export async function existing<T>(entity: Promise<T | null | undefined> | T | null | undefined, type: string, id: string): Promise<T> {
  const found = await entity;
  if (found == null) throw new Error(`${type} ${id} is referenced but does not exist`);
  return found;
}

/**
 * A value the SDL declares non-null that stored data may lack (a read model's field that a later event sets): throws an
 * uncoded error — logged and masked as INTERNAL_SERVER_ERROR, as GraphQL's own "cannot return null" would be — that
 * names what is missing.
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value == null) throw new Error(`${what} is missing`);
  return value;
}

/**
 * Resolver maps of one subgraph written in separate modules (one per group of use cases), merged per type: a type
 * both maps resolve gets the fields of each (the later map wins on a field both define).
 */
export function mergeResolvers<R extends Record<string, unknown>>(...maps: R[]): R {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const previous = merged[type];
      const mergeable = (value: unknown) => value !== null && typeof value === 'object' && value.constructor === Object;
      merged[type] = mergeable(previous) && mergeable(fields) ? { ...(previous as object), ...(fields as object) } : fields;
    }
  }
  return merged as R;
}
