import { Schema, type Connection } from 'mongoose';
import type { KnownSession } from '../domain/case-deadlines';

/**
 * Read model of council sessions, fed by council's `councilSession.scheduled` events (flow F3): petitions
 * needs their opening dates to set voter recommendations' due dates. Council owns the sessions.
 */
interface SessionDoc {
  _id: string;
  kind: KnownSession['kind'];
  opensOn: Date;
  /** A commune's council's session: its unit (absent for the city council's). */
  jurisdictionUnitId?: string | null;
}

const schema = new Schema<SessionDoc>(
  { _id: { type: String, required: true }, kind: { type: String, required: true }, opensOn: { type: Date, required: true }, jurisdictionUnitId: { type: String } },
  { versionKey: false },
);

export function createCouncilSessionReadModel(connection: Connection) {
  const model = connection.model<SessionDoc>('KnownCouncilSession', schema, 'known_council_sessions');
  return {
    /** Upsert: a rescheduled session replaces its dates. */
    remember: (session: KnownSession) =>
      model
        .updateOne({ _id: session.id }, { $set: { kind: session.kind, opensOn: session.opensOn, jurisdictionUnitId: session.jurisdictionUnitId ?? null } }, { upsert: true })
        .exec(),
    all: async (): Promise<KnownSession[]> =>
      (await model.find().lean<SessionDoc[]>().exec()).map((row) => ({ id: row._id, kind: row.kind, opensOn: row.opensOn, jurisdictionUnitId: row.jurisdictionUnitId ?? null })),
  };
}
