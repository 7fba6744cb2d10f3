import { forbidden, hasRole, requireRole, type Caller } from '@hanoi/platform';

/** Staff of the assigned agency who may record its answer. */
const answerers = ['clerk', 'handler', 'leader'] as const;

/** The directory is reference data for every body: only administrators change it. */
export function requireAdmin(caller: Caller): void {
  if (!hasRole(caller, 'admin')) throw forbidden('Only administrators change the directory');
}

/**
 * A clerk, handler or leader of the assigned agency (or an admin) answers an assignment. Without `agencyId` only the
 * role is checked, before anything is read.
 */
export const requireAnswerer = (caller: Caller, agencyId?: string): void => requireRole(caller, answerers, agencyId);
