import type { PetitionDoc } from './case';
import type { PetitionKind } from './petition';

/**
 * Bảo vệ người tố cáo (Law on Denunciations 2018, arts. 47 and 56): not only the denouncer's name and address are
 * secret — what a denunciation says (its subject, description, address, attachments, history, the cases it is linked
 * to, its resolution) can identify the denouncer as surely. Only the agencies resolving it (the lead and the
 * cooperating ones) need to know it; everyone else sees such a case only in counts.
 */
export const secretKinds: readonly PetitionKind[] = ['DENUNCIATION'];

export const hasSecretContent = (kind: string) => secretKinds.includes(kind as PetitionKind);

/** The agencies that need to know a case's content: its lead and cooperating agencies. */
export const agenciesOf = (doc: Pick<PetitionDoc, 'agencyId' | 'cooperatingAgencyIds'>) => [doc.agencyId, ...(doc.cooperatingAgencyIds ?? [])];

/**
 * Which cases with secret content a reader may see: all of them (an administrator, each read logged), those its
 * agency leads or cooperates on (`agencyId`), or none (`agencyId` null). Cases of other kinds are open to all staff.
 */
export type CaseScope = { everything: true } | { everything: false; agencyId: string | null };

/** No restriction: what counts see, and administrators. */
export const everyCase: CaseScope = { everything: true };

/** Whether a case is within a reader's scope. */
export const withinScope = (scope: CaseScope, doc: Pick<PetitionDoc, 'kind' | 'agencyId' | 'cooperatingAgencyIds'>) =>
  scope.everything || !hasSecretContent(doc.kind) || (scope.agencyId !== null && agenciesOf(doc).includes(scope.agencyId));
