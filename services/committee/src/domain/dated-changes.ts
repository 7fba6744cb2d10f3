import { formatCalendarDate, text, type Validity } from '@hanoi/platform';
import { z } from 'zod';
import { slug } from './directory';

/**
 * What units and agencies share beyond their creation: they end on a last day (sắp xếp, giải thể) and take new names
 * from a day (đổi tên), so records keep the name and the unit of their own date.
 */

/** A name and the first day it was borne (null: since the record began). Oldest first in `names`. */
export interface DatedName {
  name: string;
  /** Agencies' list name (tên viết tắt) with it. */
  shortName?: string;
  from: Date | null;
}

/** Arguments of the end and rename mutations, each validated under its own name (dates come parsed by the scalar). */
export const changeArgs = {
  unitName: text(200),
  agencyName: text(300),
  agencyShortName: text(120),
  successorIds: z.array(slug).max(50, 'must list at most 50 units'),
};

/** The name history of a record created before histories were kept: its one name, since it began. */
export const namesOf = (doc: { name: string; shortName?: string; validFrom: Date | null; names?: DatedName[] }): DatedName[] =>
  doc.names?.length ? doc.names : [{ name: doc.name, ...(doc.shortName !== undefined && { shortName: doc.shortName }), from: doc.validFrom }];

/** The name borne on `date`: the last one begun by then (before the first, the first). */
export function nameOn(names: DatedName[], date: Date): DatedName {
  const begun = names.filter((entry) => !entry.from || entry.from.getTime() <= date.getTime());
  return begun.at(-1) ?? names[0]!;
}

/** Why a record valid over `validity` cannot end on `validTo` (undefined when it can); `ended` says it already has. */
export function endProblem(validity: Validity, validTo: Date): { field: string; message: string; ended?: true } | undefined {
  if (validity.validTo) return { field: 'id', message: `ended already on ${formatCalendarDate(validity.validTo)}`, ended: true };
  if (validity.validFrom && validTo.getTime() < validity.validFrom.getTime()) {
    return { field: 'validTo', message: `must not be before its first day, ${formatCalendarDate(validity.validFrom)}` };
  }
  return undefined;
}

/** Why a record cannot take `name` from `from` (undefined when it can): within its validity, after its current name began. */
export function renameProblem(validity: Validity, names: DatedName[], name: string, from: Date): { field: string; message: string } | undefined {
  const current = names.at(-1)!;
  if (current.name === name) return { field: 'name', message: 'is the current name' };
  if (validity.validFrom && from.getTime() <= validity.validFrom.getTime()) {
    return { field: 'from', message: `must be after its first day, ${formatCalendarDate(validity.validFrom)}` };
  }
  if (validity.validTo && from.getTime() > validity.validTo.getTime()) return { field: 'from', message: `must not be after its last day, ${formatCalendarDate(validity.validTo)}` };
  if (current.from && from.getTime() <= current.from.getTime()) return { field: 'from', message: `must be after the current name began, ${formatCalendarDate(current.from)}` };
  return undefined;
}

/** Why `successor` cannot follow a unit ending on `validTo`: it must begin after that day (links move forward in time). */
export function successorProblem(successor: { _id: string; validFrom: Date | null }, validTo: Date): string | undefined {
  if (!successor.validFrom || successor.validFrom.getTime() <= validTo.getTime()) return `${successor._id} must begin after ${formatCalendarDate(validTo)}`;
  return undefined;
}
