import { hasRole, requireRole, type Caller } from '@hanoi/platform';
import { supervisingAgencies } from './domain/programme';

/** Roles that write for a supervising body. */
export const writers = ['clerk', 'leader'] as const;
/** Roles of an agency that answers for a recommendation or task addressed to it. */
export const addresseeRoles = ['clerk', 'leader', 'handler'] as const;
/** The four city bodies that sign the coordination regulation (they plan its annual coordination together). */
export const cityBodies = ['delegation', 'council', 'committee', 'front'] as const;

/** A clerk or leader of council, delegation or front (or an admin). */
export const requireSupervisingWriter = (caller: Caller): void => requireRole(caller, writers, supervisingAgencies);

/** A clerk or leader of the programme's lead agency (or an admin). */
export function requireLeadAgency(caller: Caller, leadAgencyId: string): void {
  requireRole(caller, writers, leadAgencyId);
}

/**
 * The agency a recommendation or task is addressed to (its clerk, leader or handler) or, for
 * oversight, `overseer` (a clerk or leader of that agency, or of any supervising body when omitted).
 */
export function requireAddresseeOrOverseer(caller: Caller, addresseeAgencyId: string, overseer?: string): void {
  if (hasRole(caller, 'admin')) return;
  if (caller.agency === addresseeAgencyId && hasRole(caller, ...addresseeRoles)) return;
  if (overseer !== undefined) return requireRole(caller, writers, overseer);
  requireSupervisingWriter(caller);
}

/** The annual coordination plan: a clerk or leader of one of the four city bodies (or an admin). */
export const requirePlanWriter = (caller: Caller): void => requireRole(caller, writers, cityBodies);

/** An agency names its own focal point: its leader (or an admin). */
export const requireAgencyLeader = (caller: Caller, agencyId: string): void => requireRole(caller, ['leader'], agencyId);

/** The index's weights and rebuilds: administrators only. */
export const requireAdmin = (caller: Caller): void => requireRole(caller, ['admin']);
