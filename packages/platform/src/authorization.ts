import { forbidden } from './errors';
import { hasRole, type Caller, type Role } from './identity';

/**
 * Allows the call when the caller holds one of `roles` and, if `agencies` is given, works for that agency
 * (or one of them: e.g. the presenting agency or the council may record a submitted document).
 * `admin` passes everywhere. Throws FORBIDDEN otherwise, before anything is read or written.
 */
export function requireRole(caller: Caller, roles: readonly Role[], agencies?: string | readonly string[]): void {
  if (hasRole(caller, 'admin')) return;
  if (!hasRole(caller, ...roles)) throw forbidden(`This action needs one of the roles: ${roles.join(', ')}`);
  if (agencies === undefined) return;
  const allowed = typeof agencies === 'string' ? [agencies] : agencies;
  if (!allowed.includes(caller.agency)) throw forbidden(`Only staff of ${allowed.join(' or ')} may do this`);
}
