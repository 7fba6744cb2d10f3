import { frontEvents } from '@hanoi/contracts';
import { createEntityStore, derivedId, type Outbox } from '@hanoi/platform';
import { Schema, type Connection } from 'mongoose';
import type { CorrectionCode, ElectedOutcome, ResultFigures, ResultOutcome } from '../domain/election-result';
import type { ConstituencyDoc } from './constituencies';

export interface CandidateVotesDoc {
  candidateId: string;
  votes: number;
  /** Kept only when given to break a tie (art. 78(4)); never published. */
  bornOn: Date | null;
  elected: boolean;
}

/** A correction: why, when, by whom, and the figures it replaced. */
export interface ResultCorrectionDoc {
  code: CorrectionCode;
  reason: string;
  correctedOn: Date;
  correctedBy: string;
  previous: { votersOnList: number; votersVoted: number; validBallots: number; votes: { candidateId: string; votes: number }[] };
}

/** Kết quả bầu cử ở một đơn vị bầu cử: recorded once, changed only by coded corrections that keep who was elected. */
export interface ConstituencyResultDoc {
  _id: string;
  constituencyId: string;
  election: ConstituencyDoc['election'];
  term: string;
  votedOn: Date;
  votersOnList: number;
  votersVoted: number;
  validBallots: number;
  votes: CandidateVotesDoc[];
  outcome: ResultOutcome;
  unfilledSeats: number;
  corrections: ResultCorrectionDoc[];
  recordedBy: string;
  recordedAt: Date;
}

const schema = new Schema<ConstituencyResultDoc>(
  {
    _id: { type: String, required: true },
    constituencyId: { type: String, required: true, unique: true },
    election: { type: String, required: true },
    term: { type: String, required: true },
    votedOn: { type: Date, required: true },
    votersOnList: { type: Number, required: true },
    votersVoted: { type: Number, required: true },
    validBallots: { type: Number, required: true },
    votes: { type: [{ _id: false, candidateId: String, votes: Number, bornOn: Date, elected: Boolean }], required: true },
    outcome: { type: String, required: true },
    unfilledSeats: { type: Number, required: true },
    corrections: {
      type: [
        {
          _id: false,
          code: String,
          reason: String,
          correctedOn: Date,
          correctedBy: String,
          previous: { votersOnList: Number, votersVoted: Number, validBallots: Number, votes: [{ _id: false, candidateId: String, votes: Number }] },
        },
      ],
      default: [],
    },
    recordedBy: { type: String, required: true },
    recordedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/** One result per constituency: its id derives from the constituency's, so a second record is a CONFLICT. */
export const resultIdOf = (constituencyId: string) => derivedId(constituencyId, 'constituencyResult');

/** The figures and who was elected, as stored. */
function votesOf(figures: ResultFigures, outcome: ElectedOutcome): CandidateVotesDoc[] {
  return figures.votes.map((entry) => ({
    candidateId: entry.candidateId,
    votes: entry.votes,
    bornOn: entry.bornOn ?? null,
    elected: outcome.elected.includes(entry.candidateId),
  }));
}

/** The event payload's figures (counts and elected flags: never a birth date). */
const publishedFigures = (doc: ConstituencyResultDoc) => ({
  constituencyResultId: doc._id,
  constituencyId: doc.constituencyId,
  election: doc.election,
  term: doc.term,
  votedOn: doc.votedOn,
  votersOnList: doc.votersOnList,
  votersVoted: doc.votersVoted,
  validBallots: doc.validBallots,
  candidates: doc.votes.map(({ candidateId, votes, elected }) => ({ candidateId, votes, elected })),
});

export function createConstituencyResultRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<ConstituencyResultDoc>({ connection, outbox, modelName: 'ConstituencyResult', collection: 'constituency_results', schema });
  return {
    loader: store.loader,

    /**
     * Stores the result with `constituencyResult.recorded` and one `candidate.elected` per elected candidate (keyed
     * by the candidate: council or delegation records the deputy). CONFLICT when the constituency has one already.
     */
    record(
      constituency: ConstituencyDoc,
      input: ResultFigures & { votedOn: Date },
      outcome: ElectedOutcome,
      names: ReadonlyMap<string, string>,
      recordedBy: string,
    ): Promise<ConstituencyResultDoc> {
      const doc: ConstituencyResultDoc = {
        _id: resultIdOf(constituency._id),
        constituencyId: constituency._id,
        election: constituency.election,
        term: constituency.term,
        votedOn: input.votedOn,
        votersOnList: input.votersOnList,
        votersVoted: input.votersVoted,
        validBallots: input.validBallots,
        votes: votesOf(input, outcome),
        outcome: outcome.outcome,
        unfilledSeats: outcome.unfilledSeats,
        corrections: [],
        recordedBy,
        recordedAt: new Date(),
      };
      const elected = outcome.elected.map((candidateId) =>
        frontEvents.candidateElected.draft(
          {
            candidateId,
            fullName: names.get(candidateId)!,
            election: constituency.election,
            term: constituency.term,
            constituencyId: constituency._id,
            constituencyNumber: constituency.number,
            administrativeUnitIds: constituency.administrativeUnitIds,
            votedOn: input.votedOn,
          },
          candidateId,
        ),
      );
      return store.insert(doc, frontEvents.constituencyResultRecorded.draft(publishedFigures(doc)), ...elected);
    },

    /**
     * Replaces the figures (same elected candidates, checked by the caller), appending the correction with the figures
     * it replaced, with `constituencyResult.corrected`. Guarded by the number of corrections read: null when another
     * correction came first.
     */
    correct(result: ConstituencyResultDoc, figures: ResultFigures, outcome: ElectedOutcome, correction: Omit<ResultCorrectionDoc, 'previous'>) {
      const previous = {
        votersOnList: result.votersOnList,
        votersVoted: result.votersVoted,
        validBallots: result.validBallots,
        votes: result.votes.map(({ candidateId, votes }) => ({ candidateId, votes })),
      };
      const set = { votersOnList: figures.votersOnList, votersVoted: figures.votersVoted, validBallots: figures.validBallots, votes: votesOf(figures, outcome) };
      return store.write(result._id, { corrections: { $size: result.corrections.length } }, (current) => ({
        update: { $set: set, $push: { corrections: { ...correction, previous } } },
        events: [frontEvents.constituencyResultCorrected.draft({ ...publishedFigures({ ...current, ...set }), code: correction.code, correctedOn: correction.correctedOn })],
      }));
    },
  };
}
