import { writingBodyOf, type AgencyLookup, type BodyOfLevel } from '@hanoi/contracts';
import { hasRole, requireRole, type Caller } from '@hanoi/platform';
import { frontAgencyId, organiserOf, type Organised } from './domain/organiser';

/** Roles that write for the front. */
const writers = ['clerk', 'leader'] as const;

/** A clerk or leader of the city Fatherland Front Committee (or an admin). */
export const requireFrontWriter = (caller: Caller): void => requireRole(caller, writers, frontAgencyId);

/**
 * The Front committee a new voter meeting or critique is organised by: the caller's own — the city's (`front`) or a
 * commune's (COMMUNE_FRONT in the directory) — for its clerks and leaders; an administrator writes for the city's, or
 * for the one the input names (`named`). FORBIDDEN for anyone else.
 */
export const frontBodyOf = (caller: Caller, lookup: AgencyLookup, named?: { agencyId?: string | null; field: string }): Promise<BodyOfLevel> =>
  writingBodyOf(caller, ['FRONT'], writers, lookup, named);

/** A meeting or critique already recorded: a clerk or leader of its organiser (or an admin); a commune's committee manages only its own. */
export const requireOrganiser = (caller: Caller, record: Organised): void => requireRole(caller, writers, organiserOf(record));

/**
 * The front committee a new meeting or critique is organised by: the writer's own (its staff owe what follows from
 * it); an administrator writes on behalf of the city committee.
 */
export const organiserAgencyOf = (caller: Caller): string => (hasRole(caller, 'admin') ? frontAgencyId : caller.agency);
