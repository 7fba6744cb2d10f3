import { Schema, type Connection } from 'mongoose';
import type { SatisfactionRecord } from '../domain/satisfaction';

interface StoredRecord extends SatisfactionRecord {
  /** The case: satisfaction is recorded once per case, so a redelivered event writes the same row. */
  _id: string;
}

const schema = new Schema<StoredRecord>(
  {
    _id: { type: String, required: true },
    petitionId: { type: String, required: true },
    agencyId: { type: String, required: true },
    level: { type: String, required: true },
    recordedOn: { type: Date, required: true },
  },
  { versionKey: false },
);
schema.index({ agencyId: 1, recordedOn: 1 });
schema.index({ recordedOn: 1 });

/** Petitioners' satisfaction per case (collection `satisfaction_records`), from petitions' `satisfactionRecorded`. */
export function createSatisfactionReadModel(connection: Connection) {
  const model = connection.model<StoredRecord>('SatisfactionRecord', schema, 'satisfaction_records');
  return {
    record: (record: SatisfactionRecord) => model.replaceOne({ _id: record.petitionId }, { _id: record.petitionId, ...record }, { upsert: true }).exec(),
    /** Records made from `from` to `to` (both included), of some agencies or all (one query). */
    between: (from: Date, to: Date, agencyIds?: readonly string[]) =>
      model
        .find({ recordedOn: { $gte: from, $lte: to }, ...(agencyIds && { agencyId: { $in: [...agencyIds] } }) })
        .lean<StoredRecord[]>()
        .exec(),
  };
}

export type SatisfactionReadModel = ReturnType<typeof createSatisfactionReadModel>;
