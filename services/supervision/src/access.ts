import { jurisdictionOf, writingBodyOf, type AgencyLookup, type BodyOfLevel, type StoredJurisdiction } from '@hanoi/contracts';
import { forbidden, hasRole, requireRole, type Caller } from '@hanoi/platform';
import { supervisingBodies } from './domain/programme';

/** Roles that write for a supervising body. */
export const writers = ['clerk', 'leader'] as const;
/** Roles of an agency that answers for a recommendation or task addressed to it. */
export const addresseeRoles = ['clerk', 'leader', 'handler'] as const;
/** The four city bodies that sign the coordination regulation (they plan its annual coordination together). */
export const cityBodies = ['delegation', 'council', 'committee', 'front'] as const;

/**
 * The supervising body a caller writes for: the city's council, delegation or front, or a commune's council or front
 * (COMMUNE_COUNCIL, COMMUNE_FRONT in the directory), for its clerks and leaders; an administrator writes for the city's
 * council. FORBIDDEN for anyone else.
 */
export const supervisingBodyOf = (caller: Caller, lookup: AgencyLookup): Promise<BodyOfLevel> => writingBodyOf(caller, supervisingBodies, writers, lookup);

/** A clerk or leader of a supervising body of any level (or an admin). */
export const requireSupervisingWriter = async (caller: Caller, lookup: AgencyLookup): Promise<void> => void (await supervisingBodyOf(caller, lookup));

/** A clerk or leader of the programme's lead agency (or an admin). */
export function requireLeadAgency(caller: Caller, leadAgencyId: string): void {
  requireRole(caller, writers, leadAgencyId);
}

/**
 * The agency a recommendation or task is addressed to (its clerk, leader or handler) or, for oversight, `overseer` (a
 * clerk or leader of that agency) or, when omitted, a supervising body of the record's own level and unit: a commune's
 * council or front oversees its unit's tasks only, the city's bodies the city's.
 */
export async function requireAddresseeOrOverseer(caller: Caller, addresseeAgencyId: string, record: StoredJurisdiction, lookup: AgencyLookup, overseer?: string): Promise<void> {
  if (hasRole(caller, 'admin')) return;
  if (caller.agency === addresseeAgencyId && hasRole(caller, ...addresseeRoles)) return;
  if (overseer !== undefined) return requireRole(caller, writers, overseer);
  const body = await supervisingBodyOf(caller, lookup);
  const { level, jurisdictionUnitId } = jurisdictionOf(record);
  if (body.level !== level || body.jurisdictionUnitId !== jurisdictionUnitId) {
    throw forbidden(`Staff of ${caller.agency} oversee only the records of their own level and unit`);
  }
}

/** The annual coordination plan: a clerk or leader of one of the four city bodies (or an admin). */
export const requirePlanWriter = (caller: Caller): void => requireRole(caller, writers, cityBodies);

/** An agency names its own focal point: its leader (or an admin). */
export const requireAgencyLeader = (caller: Caller, agencyId: string): void => requireRole(caller, ['leader'], agencyId);

/** The index's weights and rebuilds: administrators only. */
export const requireAdmin = (caller: Caller): void => requireRole(caller, ['admin']);
