import { text, foldVietnamese } from '@hanoi/platform';
import { z } from 'zod';
import { checkValidity, slug } from './directory';

/** Quận, huyện, thị xã (district level); phường, xã, thị trấn (commune level; thị trấn only until 1 July 2025). */
export const unitKinds = ['URBAN_DISTRICT', 'RURAL_DISTRICT', 'TOWN', 'WARD', 'COMMUNE', 'TOWNSHIP'] as const;
export type UnitKind = (typeof unitKinds)[number];
export type UnitLevel = 'DISTRICT' | 'COMMUNE';

/** Quận, huyện and thị xã are district-level; phường, xã and thị trấn commune-level. */
export const levelOfKind = (kind: UnitKind): UnitLevel =>
  kind === 'WARD' || kind === 'COMMUNE' || kind === 'TOWNSHIP' ? 'COMMUNE' : 'DISTRICT';

export const createAdministrativeUnitInput = z
  .object({
    id: slug,
    name: text(200),
    kind: z.enum(unitKinds),
    /** Mã số of the General Statistics Office: 3 digits for a district, 5 for a commune-level unit. */
    code: z.string().trim().regex(/^(\d{3}|\d{5})$/, 'must be a GSO code of 3 or 5 digits').nullish(),
    validFrom: z.date().nullish(),
    validTo: z.date().nullish(),
    parentId: slug.nullish(),
    predecessorIds: z.array(slug).max(50).nullish(),
  })
  .superRefine((input, ctx) => {
    checkValidity(input, ctx);
    if (input.parentId && levelOfKind(input.kind) !== 'COMMUNE') {
      ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'only a ward or commune has a parent (its district)' });
    }
    const predecessors = input.predecessorIds ?? [];
    if (predecessors.length > 0 && !input.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validFrom'], message: 'is required when the unit has predecessors' });
    }
    predecessors.forEach((predecessorId, index) => {
      if (predecessorId === input.id || predecessors.indexOf(predecessorId) !== index) {
        ctx.addIssue({ code: 'custom', path: ['predecessorIds', index], message: 'must be another unit, listed once' });
      }
    });
  });
export type CreateAdministrativeUnitInput = z.output<typeof createAdministrativeUnitInput>;

/** What a unit's links are checked against. */
export interface LinkedUnit {
  _id: string;
  level: UnitLevel;
  validFrom: Date | null;
  validTo: Date | null;
}

/** Why `parent` cannot be the district of the new unit (undefined when it can). */
export function parentProblem(parent: LinkedUnit): string | undefined {
  return parent.level === 'DISTRICT' ? undefined : `${parent._id} is not a district-level unit`;
}

/**
 * Why `predecessor` cannot precede a unit starting on `validFrom`: it must have ended before that day, so that
 * following links always moves in time (and can never loop).
 */
export function predecessorProblem(predecessor: LinkedUnit, validFrom: Date): string | undefined {
  if (!predecessor.validTo) return `${predecessor._id} is still valid; a predecessor must have ended`;
  if (predecessor.validTo.getTime() >= validFrom.getTime()) return `${predecessor._id} ended on or after this unit's validFrom`;
  return undefined;
}

const kindWords = /^(quan|huyen|thi xa|thi tran|phuong|xa)\s+/;

/** The name without its kind, folded: "Quận Hoàn Kiếm" and "Phường Hoàn Kiếm" share the stem "hoan kiem". */
export const nameStem = (name: string) => foldVietnamese(name).replace(kindWords, '');

/**
 * Picks one of several units valid on the same date and reached at the same distance: the one that kept `origin`'s
 * name (quận Hoàn Kiếm → phường Hoàn Kiếm), else the first in the given order.
 */
export function preferredUnit<T extends { name: string }>(origin: { name: string }, candidates: T[]): T | undefined {
  const stem = nameStem(origin.name);
  return candidates.find((candidate) => nameStem(candidate.name) === stem) ?? candidates[0];
}

/** Longest chain of reforms followed by `administrativeUnitOn`. */
export const maxReformHops = 10;
