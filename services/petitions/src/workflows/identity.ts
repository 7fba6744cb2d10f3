import { text, validate, type Caller } from '@hanoi/platform';
import { requireIdentityReader } from '../access';
import type { PetitionDoc } from '../domain/case';
import { mustEncrypt, type Identity, type StoredPetitioner } from '../domain/identity';
import type { PetitionerInput } from '../domain/petition';
import type { WorkflowContext } from './context';

/** Why an administrator's read of a denunciation's content is in the access log (no purpose is asked for it). */
const contentReadPurpose = "An administrator read a denunciation's content (subject, description, address, attachments, history or links) without need-to-know as staff of its agencies";

/** A petitioner as handlers see it: decrypted, the first one is the lead. */
export type PetitionerView = Identity & { lead: boolean };

/** The purpose a reader of identities must state (kept in the access log). */
const purposeSchema = text(500).refine((value) => value.length >= 3, 'must say why (at least 3 characters)');

export const identityOf = (person: PetitionerInput): Identity => ({
  fullName: person.fullName,
  address: person.address ?? null,
  phone: person.phone ?? null,
  nationalId: person.nationalId ?? null,
});

/** Petitioners' identities: sealed when stored, opened only for the lead agency's handlers, every read logged. */
export function identityWorkflows(ctx: WorkflowContext) {
  const { cipher, logger } = ctx;
  const { petitions, identityAccessLog } = ctx.repositories;

  return {
    /** Petitioners as stored: sealed for denunciations; match keys (HMAC) and one cosigner key per person. */
    storePetitioners(caseId: string, kind: string, people: Identity[]) {
      const petitioners: StoredPetitioner[] = people.map((person, index) =>
        mustEncrypt(kind) ? cipher.seal(caseId, index, person) : { ...person, encrypted: false },
      );
      const keysPerPerson = people.map((person) => cipher.matchKeys(person));
      return {
        petitioners,
        petitionerKeys: [...new Set(keysPerPerson.flat())],
        cosignerKeys: [...new Set(keysPerPerson.map((keys, index) => keys[0] ?? `case:${caseId}/${index}`))],
      };
    },

    /** The stored petitioners of a case (with its match keys), decrypted: what a second complaint carries over. */
    openPetitioners(doc: PetitionDoc): Identity[] {
      return (doc.petitioners ?? []).map((stored, index) => cipher.open(doc._id, index, stored));
    },

    /**
     * The petitioners of a case, decrypted, for a handler or leader of its lead agency (or an admin) who states why.
     * The read is logged before anything is returned.
     */
    async readIdentity(doc: PetitionDoc, purposeValue: unknown, caller: Caller): Promise<PetitionerView[]> {
      requireIdentityReader(caller, doc.agencyId);
      const purpose = validate(purposeSchema, purposeValue, 'purpose');
      const stored = (await petitions.storedPetitioners(doc._id)) ?? [];
      await identityAccessLog.append([
        { caseId: doc._id, caseKind: doc.kind, subject: caller.subject, agencyId: caller.agency, roles: caller.roles, purpose, petitionerCount: stored.length, access: 'IDENTITY', at: new Date() },
      ]);
      try {
        return stored.map((petitioner, index) => ({ ...cipher.open(doc._id, index, petitioner), lead: index === 0 }));
      } catch {
        logger.error({ petitionId: doc._id }, 'stored identity failed its integrity check (altered, or another key)');
        throw new Error('The stored identity could not be read');
      }
    },

    /**
     * Records an administrator's reads of denunciations' content (need-to-know override, one entry per case, in one
     * append) before the content is returned.
     */
    async recordContentReads(docs: readonly Pick<PetitionDoc, '_id' | 'kind'>[], caller: Caller): Promise<void> {
      if (docs.length === 0) return;
      const at = new Date();
      await identityAccessLog.append(
        docs.map((doc) => ({ caseId: doc._id, caseKind: doc.kind, subject: caller.subject, agencyId: caller.agency, roles: caller.roles, purpose: contentReadPurpose, petitionerCount: 0, access: 'CONTENT' as const, at })),
      );
    },
  };
}

export type IdentityWorkflows = ReturnType<typeof identityWorkflows>;
