import { hasRole, requireRole, type Caller, type Role } from '@hanoi/platform';
import type { PetitionDoc } from './domain/case';
import { hasSecretContent, withinScope, type CaseScope } from './domain/need-to-know';

/** Staff who record cases: any agency's clerks, handlers and leaders (each records what it received). */
const intakeRoles: readonly Role[] = ['clerk', 'handler', 'leader'];
/** Staff of the lead agency who move a case along (or an admin). */
const caseStaffRoles: readonly Role[] = ['clerk', 'handler', 'leader'];
/** Who may see petitioners' identities: the lead agency's handlers and leaders (or an admin), never clerks of others. */
const identityRoles: readonly Role[] = ['handler', 'leader'];
/** Who may export cases to CSV. */
const exportRoles: readonly Role[] = ['analyst', 'leader'];
/**
 * Who needs to know a denunciation's content: the clerks, handlers and leaders of its lead and cooperating agencies
 * (those who resolve it). Analysts and viewers, even of those agencies, see it only in counts.
 */
const needToKnowRoles: readonly Role[] = caseStaffRoles;

/** Records a case (for `agencyId` when given: a reception session is recorded by its host agency). */
export const requireIntake = (caller: Caller, agencyId?: string): void => requireRole(caller, intakeRoles, agencyId);

/** Moves a case along: staff of its lead agency (or an admin). */
export const requireCaseStaff = (caller: Caller, leadAgencyId: string): void => requireRole(caller, caseStaffRoles, leadAgencyId);

/** Reads a case's petitioners: a handler or leader of its lead agency (or an admin). */
export const requireIdentityReader = (caller: Caller, leadAgencyId: string): void => requireRole(caller, identityRoles, leadAgencyId);

/** Exports cases to CSV. */
export const requireExporter = (caller: Caller): void => requireRole(caller, exportRoles);

/** The routing table, the holiday calendar and the identity access log: administrators only. */
export const requireAdmin = (caller: Caller): void => requireRole(caller, ['admin']);

/** The staff scope of `caller`: denunciations of its own agency when it needs to know them, else none. */
const staffScope = (caller: Caller): CaseScope => ({ everything: false, agencyId: hasRole(caller, ...needToKnowRoles) ? caller.agency : null });

/**
 * The cases with secret content (denunciations) `caller` may see anywhere — lists, CSV, duplicate candidates,
 * references from other cases and entities, `_entities`: an administrator all of them, staff who need to know those
 * of their agency, everyone else none (they count them, never see them).
 */
export const caseScope = (caller: Caller): CaseScope => (hasRole(caller, 'admin') ? { everything: true } : staffScope(caller));

/** Whether `caller` may see this case at all (a reference to one it may not resolves to null). */
export const mayRead = (caller: Caller, doc: Pick<PetitionDoc, 'kind' | 'agencyId' | 'cooperatingAgencyIds'>) => withinScope(caseScope(caller), doc);

/**
 * How `caller` reads a case's content: OPEN (nothing secret), NEED_TO_KNOW (staff of its agencies), ADMIN (an
 * administrator without that need: allowed, and every such read is recorded in the identity access log), or NONE.
 */
export function contentAccess(caller: Caller, doc: Pick<PetitionDoc, 'kind' | 'agencyId' | 'cooperatingAgencyIds'>): 'OPEN' | 'NEED_TO_KNOW' | 'ADMIN' | 'NONE' {
  if (!hasSecretContent(doc.kind)) return 'OPEN';
  if (withinScope(staffScope(caller), doc)) return 'NEED_TO_KNOW';
  return hasRole(caller, 'admin') ? 'ADMIN' : 'NONE';
}
