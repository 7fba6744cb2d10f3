import { text } from '@hanoi/platform';
import { z } from 'zod';
import { checkValidity, slug } from './directory';

/** Agency id of the City People's Committee (Ủy ban nhân dân thành phố): the root of the executive branch. */
export const committeeAgencyId = 'committee';

/**
 * COMMUNE_COUNCIL and COMMUNE_FRONT: a commune's People's Council standing body and Fatherland Front committee, which
 * with its People's Committee run the coordination regulation at the commune level.
 */
export const agencyKinds = ['CITY_BODY', 'DEPARTMENT', 'DISTRICT_COMMITTEE', 'COMMUNE_COMMITTEE', 'COMMUNE_COUNCIL', 'COMMUNE_FRONT'] as const;
export type AgencyKind = (typeof agencyKinds)[number];
export const agencyLevels = ['CITY', 'DISTRICT', 'COMMUNE'] as const;
export type AgencyLevel = (typeof agencyLevels)[number];

/**
 * The level an agency of this kind must have; departments (sở at city level, phòng below it) may sit at any level.
 * Undefined when any level fits.
 */
export function requiredLevel(kind: AgencyKind): AgencyLevel | undefined {
  switch (kind) {
    case 'CITY_BODY':
      return 'CITY';
    case 'DISTRICT_COMMITTEE':
      return 'DISTRICT';
    case 'COMMUNE_COMMITTEE':
    case 'COMMUNE_COUNCIL':
    case 'COMMUNE_FRONT':
      return 'COMMUNE';
    case 'DEPARTMENT':
      return undefined;
  }
}

/** District- and commune-level committees (UBND quận/huyện, UBND phường/xã) and a commune's other bodies serve one administrative unit. */
export const governsUnit = (kind: AgencyKind) => kind !== 'CITY_BODY' && kind !== 'DEPARTMENT';

export const createAgencyInput = z
  .object({
    id: slug,
    name: text(300),
    shortName: text(120),
    kind: z.enum(agencyKinds),
    level: z.enum(agencyLevels),
    parentId: slug.nullish(),
    administrativeUnitId: slug.nullish(),
    validFrom: z.date().nullish(),
    validTo: z.date().nullish(),
  })
  .superRefine((input, ctx) => {
    const level = requiredLevel(input.kind);
    if (level && input.level !== level) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: `must be ${level} for kind ${input.kind}` });
    }
    if (governsUnit(input.kind) && !input.administrativeUnitId) {
      ctx.addIssue({ code: 'custom', path: ['administrativeUnitId'], message: `is required for kind ${input.kind}` });
    }
    if (input.parentId && input.parentId === input.id) {
      ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'must not be the agency itself' });
    }
    checkValidity(input, ctx);
  });
export type CreateAgencyInput = z.output<typeof createAgencyInput>;

/** Longest parent chain followed (city → committee → department → …): guards against a corrupted cycle. */
export const maxAgencyDepth = 10;
