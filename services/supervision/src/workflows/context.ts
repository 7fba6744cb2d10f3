import type { RequestContext } from '@hanoi/platform';
import { conflict } from '@hanoi/platform';
import type { Loaders } from '../loaders';

export type Context = RequestContext<Loaders>;

/** A guarded write matched nothing: another request changed the document between our read and our write. */
export function applied<T>(updated: T | null, type: string): T {
  if (!updated) throw conflict(`${type} was changed by another request; reload it`, 'id');
  return updated;
}
