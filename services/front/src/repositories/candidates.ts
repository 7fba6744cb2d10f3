import { frontEvents } from '@hanoi/contracts';
import { conflict, createEntityStore, createGroupLoader, newId, notFound, type Outbox } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import {
  applyRoundResult,
  type CandidateRoundEntry,
  type CandidateStatus,
  type NominateCandidateInput,
  type RecordCandidateRoundResultInput,
} from '../domain/election';
import type { ElectionConsultationDoc } from './election-consultations';

export interface CandidateDoc {
  _id: string;
  /** The consultation that nominated the candidate (their first round). */
  consultationId: string;
  fullName: string;
  nominatedByAgencyId: string;
  /** The status in the candidate's latest round. */
  status: CandidateStatus;
  /** The candidate's latest round (absent on documents written before rounds were kept). */
  round?: number;
  /** One entry per round the candidate appeared in, in order. Absent on documents written before rounds were kept. */
  rounds?: CandidateRoundEntry[];
  /** Every consultation the candidate appears in (indexed: the candidates of a round in one query). */
  consultationIds?: string[];
  createdBy: string;
}

const schema = new Schema<CandidateDoc>(
  {
    _id: { type: String, required: true },
    consultationId: { type: String, required: true, index: true },
    fullName: { type: String, required: true },
    nominatedByAgencyId: { type: String, required: true },
    status: { type: String, required: true },
    round: { type: Number, default: undefined },
    rounds: {
      type: [{ _id: false, round: Number, consultationId: String, status: String, decidedOn: Date }],
      default: undefined,
    },
    consultationIds: { type: [String], default: undefined, index: true },
    createdBy: { type: String, required: true },
  },
  { versionKey: false },
);

/**
 * The candidate's rounds. A document written before rounds were kept has one: its nomination round
 * (`nominationRound`, the number of its consultation) with its status.
 */
export function roundsOf(candidate: CandidateDoc, nominationRound: number): CandidateRoundEntry[] {
  return candidate.rounds ?? [{ round: nominationRound, consultationId: candidate.consultationId, status: candidate.status, decidedOn: null }];
}

export function createCandidateRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<CandidateDoc>({ connection, outbox, modelName: 'Candidate', collection: 'candidates', schema });
  return {
    loader: store.loader,
    /** Candidates on the lists of several consultations (nominated there or carried into that round) in one query. */
    byConsultationLoader: () =>
      createGroupLoader<CandidateDoc>(
        (ids) =>
          store.model
            .find({ $or: [{ consultationIds: { $in: [...ids] } }, { consultationId: { $in: [...ids] } }] })
            .sort({ fullName: 1, _id: 1 })
            .lean<CandidateDoc[]>()
            .exec(),
        (row) => [...new Set([row.consultationId, ...(row.consultationIds ?? [])])],
      ),

    /** Puts the candidate on the consultation round's list (NOMINATED) with `candidate.nominated`. */
    nominate(input: NominateCandidateInput, consultation: ElectionConsultationDoc, createdBy: string): Promise<CandidateDoc> {
      const doc: CandidateDoc = {
        _id: newId(),
        ...input,
        status: 'NOMINATED',
        round: consultation.round,
        rounds: [{ round: consultation.round, consultationId: consultation._id, status: 'NOMINATED', decidedOn: null }],
        consultationIds: [consultation._id],
        createdBy,
      };
      return store.insert(
        doc,
        frontEvents.candidateNominated.draft({
          candidateId: doc._id,
          consultationId: consultation._id,
          fullName: doc.fullName,
          nominatedByAgencyId: doc.nominatedByAgencyId,
          round: consultation.round,
        }),
      );
    },

    /**
     * Records the candidate's status in `consultation`'s round (`candidate.roundRecorded`). The caller checked
     * the consultation is of the candidate's election. CONFLICT when the rounds' order forbids it, or when the
     * candidate changed meanwhile.
     */
    async recordRoundResult(
      candidate: CandidateDoc,
      nomination: ElectionConsultationDoc,
      consultation: ElectionConsultationDoc,
      input: RecordCandidateRoundResultInput,
    ): Promise<CandidateDoc> {
      const current = roundsOf(candidate, nomination.round);
      const entry: CandidateRoundEntry = { round: consultation.round, consultationId: consultation._id, status: input.status, decidedOn: input.decidedOn };
      const next = applyRoundResult(current, entry);
      if ('problem' in next) throw conflict(next.problem, 'input.consultationId');
      // Status and round tell every step apart: a concurrent change of either refuses this one.
      const guard: FilterQuery<CandidateDoc> = { status: candidate.status, round: candidate.round ?? { $exists: false } };
      const updated = await store.update(
        candidate._id,
        guard,
        { $set: { status: input.status, round: consultation.round, rounds: next.rounds, consultationIds: [...new Set(next.rounds.map((round) => round.consultationId))] } },
        (after) =>
          frontEvents.candidateRoundRecorded.draft({
            candidateId: after._id,
            fullName: after.fullName,
            consultationId: consultation._id,
            election: consultation.election,
            term: consultation.term ?? null,
            round: consultation.round,
            status: input.status,
            previousStatus: current.at(-1)?.status ?? null,
            decidedOn: input.decidedOn,
          }),
      );
      if (updated) return updated;
      if (!(await store.findById(candidate._id))) throw notFound('Candidate', candidate._id, 'candidateId');
      throw conflict(`Candidate ${candidate._id} changed meanwhile: read it again`, 'candidateId');
    },
  };
}
