import { escapeRegExp, hanoiToday, searchWords } from '@hanoi/platform';
import type { FilterQuery } from 'mongoose';
import type { PetitionDoc } from '../domain/case';
import { everyCase, secretKinds, type CaseScope } from '../domain/need-to-know';
import { openStatuses } from '../domain/petition';

export interface PetitionFilter {
  kind?: string | null;
  status?: string | null;
  agencyId?: string | null;
  /** Cases this agency cooperates on. */
  cooperatingAgencyId?: string | null;
  category?: string | null;
  channel?: string | null;
  administrativeUnitId?: string | null;
  /** With `administrativeUnitId`: also the units it was formed from and those formed from it (resolved to `administrativeUnitIds`). */
  acrossReform?: boolean | null;
  /** Cases located in any of these units (the lineage of a place across the reform), in one `$in`. */
  administrativeUnitIds?: string[] | null;
  overdue?: boolean | null;
  dueBefore?: Date | null;
  receivedFrom?: Date | null;
  receivedTo?: Date | null;
  text?: string | null;
}

export type PetitionOrder = 'RECEIVED_DESC' | 'DUE_ASC';

/** The fields dashboards count cases by. */
export type CountDimension = 'status' | 'agencyId' | 'category';

/** The condition keeping a reader's scope: cases without secret content, and those of the agency that needs to know. */
function scopeCondition(scope: CaseScope): FilterQuery<PetitionDoc> | null {
  if (scope.everything) return null;
  const open: FilterQuery<PetitionDoc> = { kind: { $nin: [...secretKinds] } };
  return scope.agencyId ? { $or: [open, { agencyId: scope.agencyId }, { cooperatingAgencyIds: scope.agencyId }] } : open;
}

/**
 * The query for a filter within a reader's scope (lists, CSV): cases outside it are not there at all, so pages stay
 * full and totals right.
 */
export function petitionQuery(filter: PetitionFilter, scope: CaseScope, today: Date = hanoiToday()): FilterQuery<PetitionDoc> {
  // Plain equalities stay top-level fields: FerretDB on PostgreSQL pushes only those down to SQL (under `$and` it
  // scans the collection — README "Local database profiles"); MongoDB plans both alike.
  const equalities: FilterQuery<PetitionDoc> = {};
  for (const key of ['kind', 'status', 'agencyId', 'category', 'channel', 'administrativeUnitId'] as const) {
    if (filter[key]) equalities[key] = filter[key];
  }
  if (filter.cooperatingAgencyId) equalities.cooperatingAgencyIds = filter.cooperatingAgencyId;
  const conditions: FilterQuery<PetitionDoc>[] = [];
  const inScope = scopeCondition(scope);
  if (inScope) conditions.push(inScope);
  if (filter.administrativeUnitIds) conditions.push({ administrativeUnitId: { $in: filter.administrativeUnitIds } });
  if (filter.receivedFrom || filter.receivedTo) {
    conditions.push({ receivedOn: { ...(filter.receivedFrom && { $gte: filter.receivedFrom }), ...(filter.receivedTo && { $lte: filter.receivedTo }) } });
  }
  if (filter.dueBefore) conditions.push({ dueSort: { $lt: filter.dueBefore } });
  if (filter.overdue === true) conditions.push({ status: { $in: openStatuses }, dueSort: { $lt: today } });
  if (filter.overdue === false) conditions.push({ $or: [{ status: { $nin: openStatuses } }, { dueSort: { $gte: today } }] });
  for (const word of searchWords(filter.text)) conditions.push({ searchText: { $regex: escapeRegExp(word) } });
  return conditions.length === 0 ? equalities : { ...equalities, $and: conditions };
}

/**
 * The query of dashboard counts: every case counts, hidden ones too, except that words are matched only in the
 * content the reader may see (a count must not answer "does some hidden denunciation say X").
 */
export const countQuery = (filter: PetitionFilter, scope: CaseScope) => petitionQuery(filter, filter.text ? scope : everyCase);

/** Rows of a CSV export: the public fields of a case, nothing about petitioners. */
export const csvProjection = {
  _id: 1,
  kind: 1,
  channel: 1,
  status: 1,
  category: 1,
  subject: 1,
  receivedOn: 1,
  administrativeUnitId: 1,
  agencyId: 1,
  cooperatingAgencyIds: 1,
  dueOn: 1,
  dueRule: 1,
  declineReason: 1,
  resolution: 1,
  closedOn: 1,
  cosignerCount: 1,
  mergedInto: 1,
} as const;
