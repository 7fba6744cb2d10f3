import { forbidden } from './errors';
import { hasRole, type Caller, type Role } from './identity';

/**
 * Allows the call when the caller holds one of `roles` and, if `agency` is given, works for that agency.
 * `admin` passes everywhere. Throws FORBIDDEN otherwise, before anything is read or written.
 */
export function requireRole(caller: Caller, roles: Role[], agency?: string): void {
  if (hasRole(caller, 'admin')) return;
  if (!hasRole(caller, ...roles)) throw forbidden(`This action needs one of the roles: ${roles.join(', ')}`);
  if (agency !== undefined && caller.agency !== agency) {
    throw forbidden(`Only staff of agency ${agency} may do this`);
  }
}
