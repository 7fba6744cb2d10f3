import { requireRole, type Caller, type Role } from '@hanoi/platform';

/** Staff who record cases: any agency's clerks, handlers and leaders (each records what it received). */
const intakeRoles: readonly Role[] = ['clerk', 'handler', 'leader'];
/** Staff of the lead agency who move a case along (or an admin). */
const caseStaffRoles: readonly Role[] = ['clerk', 'handler', 'leader'];
/** Who may see petitioners' identities: the lead agency's handlers and leaders (or an admin), never clerks of others. */
const identityRoles: readonly Role[] = ['handler', 'leader'];
/** Who may export cases to CSV. */
const exportRoles: readonly Role[] = ['analyst', 'leader'];

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
