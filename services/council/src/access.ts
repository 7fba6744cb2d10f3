import { requireRole, type Caller } from '@hanoi/platform';
import { councilAgencyId } from './domain/council';
/** Roles that write (admins pass every check). */
export const writers = ['clerk', 'leader'] as const;

/** Sessions, the programme, agenda, deputies, questions asked and resolutions: a clerk or leader of the council. */
export const requireCouncilWriter = (caller: Caller): void => requireRole(caller, writers, councilAgencyId);

/** Any clerk or leader: the first check of a write whose agency is known only once its entity is loaded. */
export const requireWriter = (caller: Caller): void => requireRole(caller, writers);

/**
 * What an agency owes the council (an agenda item's document, the answer to a question): a clerk or leader of that
 * agency, or of the council recording it on the agency's behalf.
 */
export const requireOwingAgencyOrCouncil = (caller: Caller, agencyId: string): void => requireRole(caller, writers, [agencyId, councilAgencyId]);
