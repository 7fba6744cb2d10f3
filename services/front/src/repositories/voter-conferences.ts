import { frontEvents } from '@hanoi/contracts';
import { createEntityStore, createGroupLoader, newId, type Outbox } from '@hanoi/platform';
import { Schema, type Connection } from 'mongoose';
import { isTrusted, quorumMet, type RecordVoterConferenceInput, type VoterConferenceKind } from '../domain/voter-conference';

/** Hội nghị cử tri: voters where a candidate lives or works give their confidence (counts only, no voter). */
export interface VoterConferenceDoc {
  _id: string;
  candidateId: string;
  kind: VoterConferenceKind;
  heldOn: Date;
  place: string;
  votersInvited: number;
  attendance: number;
  confidenceVotes: number;
  recordedBy: string;
  recordedAt: Date;
}

const schema = new Schema<VoterConferenceDoc>(
  {
    _id: { type: String, required: true },
    candidateId: { type: String, required: true, index: true },
    kind: { type: String, required: true },
    heldOn: { type: Date, required: true },
    place: { type: String, required: true },
    votersInvited: { type: Number, required: true },
    attendance: { type: Number, required: true },
    confidenceVotes: { type: Number, required: true },
    recordedBy: { type: String, required: true },
    recordedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// One conference of each kind per candidate: a second record of it is a mistake (CONFLICT).
schema.index({ candidateId: 1, kind: 1 }, { unique: true });

export function createVoterConferenceRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<VoterConferenceDoc>({ connection, outbox, modelName: 'VoterConference', collection: 'voter_conferences', schema });
  return {
    loader: store.loader,
    /** The conferences of several candidates in one query, earliest first. */
    byCandidateLoader: () =>
      createGroupLoader<VoterConferenceDoc>(
        (candidateIds) => store.model.find({ candidateId: { $in: [...candidateIds] } }).sort({ heldOn: 1, _id: 1 }).lean<VoterConferenceDoc[]>().exec(),
        (row) => row.candidateId,
      ),

    /** Stores the conference with `voterConference.recorded` (counts only: not the place, which may be a home). */
    record(input: RecordVoterConferenceInput, recordedBy: string): Promise<VoterConferenceDoc> {
      const doc: VoterConferenceDoc = { _id: newId(), ...input, recordedBy, recordedAt: new Date() };
      return store.insert(
        doc,
        frontEvents.voterConferenceRecorded.draft({
          voterConferenceId: doc._id,
          candidateId: doc.candidateId,
          kind: doc.kind,
          heldOn: doc.heldOn,
          votersInvited: doc.votersInvited,
          attendance: doc.attendance,
          confidenceVotes: doc.confidenceVotes,
          quorate: quorumMet(doc.kind, doc.votersInvited, doc.attendance),
          trusted: isTrusted(doc.attendance, doc.confidenceVotes),
        }),
      );
    },
  };
}
