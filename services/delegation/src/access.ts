import { requireRole, type Caller } from '@hanoi/platform';

/** Agency id of the city's NA delegation (Đoàn ĐBQH thành phố): its staff write here. */
export const delegationAgencyId = 'delegation';
/** Roles that write (admins pass every check). */
export const writers = ['clerk', 'leader'] as const;

/** Deputies, consultations and forwarded recommendations: a clerk or leader of the delegation. */
export const requireDelegationWriter = (caller: Caller): void => requireRole(caller, writers, delegationAgencyId);

/** Any clerk or leader: the first check of a write whose agency is known only once its input is read. */
export const requireWriter = (caller: Caller): void => requireRole(caller, writers);

/**
 * A contribution: a clerk or leader of the contributing agency, or of the delegation entering it on the agency's
 * behalf (e.g. received on paper).
 */
export const requireContributor = (caller: Caller, agencyId: string): void => requireRole(caller, writers, [agencyId, delegationAgencyId]);

/** A legal dissemination activity: a clerk or leader of the body that held it (or an admin). */
export const requireBodyWriter = (caller: Caller, bodyAgencyId: string): void => requireRole(caller, writers, bodyAgencyId);

/** The Front convenes voter meetings (tiếp xúc cử tri): its staff too enter the opinions on drafts raised there. */
const voterMeetingConvener = 'front';

/**
 * A citizen's contribution: the delegation's clerks and leaders (its online portal's intake among them); for opinions
 * gathered at a voter meeting, the Front's too.
 */
export const requireCitizenContributionWriter = (caller: Caller, source: 'VOTER_MEETING' | 'ONLINE_CITIZEN'): void =>
  requireRole(caller, writers, source === 'VOTER_MEETING' ? [delegationAgencyId, voterMeetingConvener] : delegationAgencyId);
