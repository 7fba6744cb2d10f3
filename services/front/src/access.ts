import { hasRole, requireRole, type Caller } from '@hanoi/platform';
import { frontAgencyId } from './domain/organiser';

/** Roles that write for the front. */
const writers = ['clerk', 'leader'] as const;

/** A clerk or leader of the city Fatherland Front Committee (or an admin). */
export const requireFrontWriter = (caller: Caller): void => requireRole(caller, writers, frontAgencyId);

/**
 * The front committee a new meeting or critique is organised by: the writer's own (its staff owe what follows from
 * it); an administrator writes on behalf of the city committee.
 */
export const organiserAgencyOf = (caller: Caller): string => (hasRole(caller, 'admin') ? frontAgencyId : caller.agency);
