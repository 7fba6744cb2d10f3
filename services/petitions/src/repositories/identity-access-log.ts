import { paginate, withDocumentLock, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection } from 'mongoose';
import { accessPrefixHash, chainAccess, type AccessRecord, type StoredAccess } from '../domain/access-chain';

/**
 * Every read of petitioners' identities, and every administrator's read of a denunciation's content: who (subject,
 * agency, roles), when, why (the purpose given) and which case. Append-only and one hash chain (access-chain.ts):
 * nothing here updates or deletes a record. It holds no identity data itself.
 */
export type IdentityAccessDoc = StoredAccess;

const schema = new Schema<IdentityAccessDoc>(
  {
    _id: { type: String, required: true },
    // No defaults for the chain's fields: entries written before chaining stay without them.
    seq: { type: Number },
    caseId: { type: String, required: true },
    caseKind: { type: String, required: true },
    subject: { type: String, required: true },
    agencyId: { type: String, required: true },
    roles: { type: [String], default: [] },
    purpose: { type: String, required: true },
    petitionerCount: { type: Number, required: true },
    access: { type: String },
    at: { type: Date, required: true },
    previousHash: { type: String },
    hash: { type: String },
  },
  { versionKey: false },
);
schema.index({ caseId: 1, at: -1 });
schema.index({ seq: -1 });

/** Appends that lost their places to concurrent ones are chained again after the new head, this many times at most. */
const maxAttempts = 20;

const isDuplicateKey = (error: unknown) =>
  (error as { code?: number }).code === 11000 || ((error as { writeErrors?: { code?: number }[] }).writeErrors ?? []).some((write) => write.code === 11000);

export function createIdentityAccessLog(connection: Connection) {
  const model = connection.model<IdentityAccessDoc>('IdentityAccess', schema, 'identity_access_log');

  /** The last chained entry, or the genesis (seq 0) linking to the entries written before chaining. */
  async function head(): Promise<{ seq: number; hash: string }> {
    const last = await model.findOne({ seq: { $exists: true } }).sort({ seq: -1 }).select({ seq: 1, hash: 1 }).lean<IdentityAccessDoc>().exec();
    if (last) return { seq: last.seq!, hash: last.hash! };
    return { seq: 0, hash: accessPrefixHash(await model.find({ seq: { $exists: false } }).lean<IdentityAccessDoc[]>().exec()) };
  }

  /**
   * Appends reads after the chain's head, in one insert. The entries' `_id`s are their places (seq), so when a
   * concurrent append (another process) took a place first the insert stops there (ordered) and the rest is chained
   * again after the new head: the log stays one chain without transactions. Serialised within the process.
   */
  async function append(records: readonly AccessRecord[]): Promise<void> {
    await withDocumentLock(`${model.db.name}/identity_access_log/head`, async () => {
      let pending = records;
      for (let attempt = 1; pending.length > 0; attempt++) {
        const chained = chainAccess(await head(), pending);
        try {
          await model.insertMany(chained, { ordered: true });
          return;
        } catch (error) {
          if (!isDuplicateKey(error) || attempt >= maxAttempts) throw error;
          const stored = await model
            .find({ _id: { $in: chained.map((entry) => entry._id) } })
            .select({ hash: 1 })
            .lean<IdentityAccessDoc[]>()
            .exec();
          const ours = new Set(stored.map((entry) => entry.hash));
          const firstLost = chained.findIndex((entry) => !ours.has(entry.hash));
          pending = firstLost === -1 ? [] : pending.slice(firstLost);
        }
      }
    });
  }

  return {
    append,
    /** The reads of one case (or all), most recent first. */
    list: (caseId: string | null | undefined, page: PageArgs) =>
      paginate(model, caseId ? { caseId } : {}, page, { field: 'at', direction: -1, isDate: true }),
  };
}

export type IdentityAccessLog = ReturnType<typeof createIdentityAccessLog>;
