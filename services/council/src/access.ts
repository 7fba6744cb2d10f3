import { writingBodyOf, type AgencyLookup, type BodyOfLevel } from '@hanoi/contracts';
import { requireRole, type Caller } from '@hanoi/platform';
import { councilAgencyId, holdingCouncilOf } from './domain/council';
/** Roles that write (admins pass every check). */
export const writers = ['clerk', 'leader'] as const;

/** What only the city's standing body records: a clerk or leader of the city council (or an admin). */
export const requireCouncilWriter = (caller: Caller): void => requireRole(caller, writers, councilAgencyId);

/**
 * The People's Council standing body a new session or deputy is recorded for: the caller's own — the city's (`council`)
 * or a commune's (COMMUNE_COUNCIL in the directory) — for its clerks and leaders; an administrator records for the
 * city's, or for the one the input names (`named`). FORBIDDEN for anyone else.
 */
export const councilBodyOf = (caller: Caller, lookup: AgencyLookup, named?: { agencyId?: string | null; field: string }): Promise<BodyOfLevel> =>
  writingBodyOf(caller, ['COUNCIL'], writers, lookup, named);

/**
 * A session's programme, agenda, questions and resolutions, a deputy's record: a clerk or leader of the standing body
 * holding it (or an admin). A commune's body manages only its own; the city's only the city's.
 */
export const requireHoldingCouncil = (caller: Caller, record: { councilAgencyId?: string }): void =>
  requireRole(caller, writers, holdingCouncilOf(record));

/** Any clerk or leader: the first check of a write whose agency is known only once its entity is loaded. */
export const requireWriter = (caller: Caller): void => requireRole(caller, writers);

/**
 * What an agency owes a council (an agenda item's document, the answer to a question): a clerk or leader of that
 * agency, or of the standing body holding the session (`council`, the city's, by default) recording it on its behalf.
 */
export const requireOwingAgencyOrCouncil = (caller: Caller, agencyId: string, council: string = councilAgencyId): void =>
  requireRole(caller, writers, [agencyId, council]);
