import { frontEvents } from '@hanoi/contracts';
import { createEntityStore, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection } from 'mongoose';
import type { CreateElectionConsultationInput, ElectionKind } from '../domain/election';

export interface ElectionConsultationDoc {
  _id: string;
  election: ElectionKind;
  /** Nhiệm kỳ of the election, e.g. "2026-2031" (null when not recorded). */
  term?: string | null;
  round: number;
  heldOn: Date;
  createdBy: string;
}

const schema = new Schema<ElectionConsultationDoc>(
  {
    _id: { type: String, required: true },
    election: { type: String, required: true },
    term: { type: String, default: null },
    round: { type: Number, required: true },
    heldOn: { type: Date, required: true },
    createdBy: { type: String, required: true },
  },
  { versionKey: false },
);
// One record per election and round: a second "round 2" of the same election is a mistake.
schema.index({ election: 1, round: 1, heldOn: 1 }, { unique: true });

export function createElectionConsultationRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<ElectionConsultationDoc>({
    connection,
    outbox,
    modelName: 'ElectionConsultation',
    collection: 'election_consultations',
    schema,
  });
  return {
    loader: store.loader,
    /** Stores a consultation round with `electionConsultation.created`. */
    create(input: CreateElectionConsultationInput, createdBy: string): Promise<ElectionConsultationDoc> {
      const doc: ElectionConsultationDoc = { _id: newId(), ...input, term: input.term ?? null, createdBy };
      return store.insert(
        doc,
        frontEvents.electionConsultationCreated.draft({
          electionConsultationId: doc._id,
          election: doc.election,
          term: doc.term ?? null,
          round: doc.round,
          heldOn: doc.heldOn,
        }),
      );
    },
    list: (page: PageArgs) => store.list({}, page, { field: 'heldOn', direction: -1, isDate: true }),
  };
}
