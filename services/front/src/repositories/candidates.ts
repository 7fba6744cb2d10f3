import { createEntityStore, createGroupLoader, newId, type Outbox } from '@hanoi/platform';
import { Schema, type Connection } from 'mongoose';
import type { NominateCandidateInput } from '../domain/election';

export interface CandidateDoc {
  _id: string;
  consultationId: string;
  fullName: string;
  nominatedByAgencyId: string;
  status: 'NOMINATED' | 'ACCEPTED' | 'WITHDRAWN' | 'REJECTED';
  createdBy: string;
}

const schema = new Schema<CandidateDoc>(
  {
    _id: { type: String, required: true },
    consultationId: { type: String, required: true, index: true },
    fullName: { type: String, required: true },
    nominatedByAgencyId: { type: String, required: true },
    status: { type: String, required: true },
    createdBy: { type: String, required: true },
  },
  { versionKey: false },
);

export function createCandidateRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<CandidateDoc>({ connection, outbox, modelName: 'Candidate', collection: 'candidates', schema });
  return {
    loader: store.loader,
    /** Candidates of several consultations in one query. */
    byConsultationLoader: () =>
      createGroupLoader<CandidateDoc>(
        (ids) => store.model.find({ consultationId: { $in: [...ids] } }).sort({ fullName: 1 }).lean<CandidateDoc[]>().exec(),
        (row) => row.consultationId,
      ),
    nominate: (input: NominateCandidateInput, createdBy: string) =>
      store.insert({ _id: newId(), ...input, status: 'NOMINATED', createdBy }, 'nominated'),
  };
}
