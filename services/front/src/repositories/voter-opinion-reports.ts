import { createEntityStore, createGroupLoader, newId, type Outbox } from '@hanoi/platform';
import { Schema, type Connection } from 'mongoose';
import type { SubmitVoterOpinionReportInput } from '../domain/election';

export interface VoterOpinionReportDoc {
  _id: string;
  councilSessionId: string;
  summary: string;
  submittedOn: Date;
  recommendationCount: number;
  submittedBy: string;
}

const schema = new Schema<VoterOpinionReportDoc>(
  {
    _id: { type: String, required: true },
    councilSessionId: { type: String, required: true, unique: true },
    summary: { type: String, required: true },
    submittedOn: { type: Date, required: true },
    recommendationCount: { type: Number, required: true },
    submittedBy: { type: String, required: true },
  },
  { versionKey: false },
);

export function createVoterOpinionReportRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<VoterOpinionReportDoc>({
    connection,
    outbox,
    modelName: 'VoterOpinionReport',
    collection: 'voter_opinion_reports',
    schema,
  });
  return {
    loader: store.loader,
    /** The report of each of several sessions in one query (at most one per session: unique index). */
    bySessionLoader: () =>
      createGroupLoader<VoterOpinionReportDoc>(
        (ids) => store.model.find({ councilSessionId: { $in: [...ids] } }).lean<VoterOpinionReportDoc[]>().exec(),
        (row) => row.councilSessionId,
      ),
    submit: (input: SubmitVoterOpinionReportInput, submittedBy: string) =>
      store.insert({ _id: newId(), ...input, submittedBy }, 'submitted'),
  };
}
