import { Schema, type Connection, type Model } from 'mongoose';
import type { PersonRef } from '../domain/coordination-task';

/**
 * Đầu mối phối hợp: the staff member each agency names to answer for the coordination tasks that events create for
 * it (rõ người of a session-preparation task). One per agency; setting it again replaces it.
 */
export interface FocalPointDoc {
  /** The agency id. */
  _id: string;
  person: PersonRef;
  setBy: string;
  setAt: Date;
}

const schema = new Schema<FocalPointDoc>(
  {
    _id: { type: String, required: true },
    person: { type: new Schema({ kind: String, id: String, name: String, position: String }, { _id: false }), required: true },
    setBy: { type: String, required: true },
    setAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export function createFocalPointRepository(connection: Connection) {
  const model = connection.model<FocalPointDoc>('FocalPoint', schema, 'focal_points') as Model<FocalPointDoc>;
  return {
    /** The focal point of an agency, or null. */
    async of(agencyId: string): Promise<PersonRef | null> {
      return (await model.findById(agencyId).lean<FocalPointDoc>().exec())?.person ?? null;
    },
    async set(agencyId: string, person: PersonRef, setBy: string): Promise<FocalPointDoc> {
      const doc: FocalPointDoc = { _id: agencyId, person, setBy, setAt: new Date() };
      await model.replaceOne({ _id: agencyId }, doc, { upsert: true }).exec();
      return doc;
    },
    list: () => model.find({}).sort({ _id: 1 }).lean<FocalPointDoc[]>().exec(),
  };
}

export type FocalPointRepository = ReturnType<typeof createFocalPointRepository>;
