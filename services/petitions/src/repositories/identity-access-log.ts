import { paginate, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection } from 'mongoose';

/**
 * Every read of petitioners' identities: who (subject, agency, roles), when, why (the purpose they gave) and which
 * case. Append-only: nothing here updates or deletes a record. It holds no identity data itself.
 */
export interface IdentityAccessDoc {
  _id: string;
  caseId: string;
  caseKind: string;
  subject: string;
  agencyId: string;
  roles: string[];
  purpose: string;
  /** How many petitioners the read returned. */
  petitionerCount: number;
  at: Date;
}

const schema = new Schema<IdentityAccessDoc>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    caseKind: { type: String, required: true },
    subject: { type: String, required: true },
    agencyId: { type: String, required: true },
    roles: { type: [String], default: [] },
    purpose: { type: String, required: true },
    petitionerCount: { type: Number, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
schema.index({ caseId: 1, at: -1 });

export function createIdentityAccessLog(connection: Connection) {
  const model = connection.model<IdentityAccessDoc>('IdentityAccess', schema, 'identity_access_log');
  return {
    record: async (entry: IdentityAccessDoc) => {
      await model.create(entry);
    },
    /** The reads of one case (or all), most recent first. */
    list: (caseId: string | null | undefined, page: PageArgs) =>
      paginate(model, caseId ? { caseId } : {}, page, { field: 'at', direction: -1, isDate: true }),
  };
}

export type IdentityAccessLog = ReturnType<typeof createIdentityAccessLog>;
