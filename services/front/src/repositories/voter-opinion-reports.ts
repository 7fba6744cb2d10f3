import { frontEvents, obligationEvents } from '@hanoi/contracts';
import { conflict, createEntityStore, createGroupLoader, isConflict, type Outbox } from '@hanoi/platform';
import { Schema, type Connection } from 'mongoose';
import {
  voterOpinionReportIdOf,
  voterOpinionReportObligations,
  type ScheduledSession,
  type SubmitVoterOpinionReportInput,
  type VoterOpinionReportStatus,
} from '../domain/voter-opinion-report';

export interface VoterOpinionReportDoc {
  _id: string;
  councilSessionId: string;
  /** Absent on reports stored before reports could be due: those were submitted (see `reportStatusOf`). */
  status?: VoterOpinionReportStatus;
  /** The session's document deadline; null when the front was not told of the session (no obligation). */
  dueOn?: Date | null;
  /** The regular session as council scheduled it (null when the front was not told of it). */
  session?: ScheduledSession | null;
  /** Null while DUE. */
  summary: string | null;
  submittedOn: Date | null;
  recommendationCount: number | null;
  submittedBy: string | null;
}

const schema = new Schema<VoterOpinionReportDoc>(
  {
    _id: { type: String, required: true },
    councilSessionId: { type: String, required: true, unique: true },
    status: { type: String },
    dueOn: { type: Date, default: null },
    session: { type: new Schema({ number: Number, opensOn: Date }, { _id: false }), default: null },
    summary: { type: String, default: null },
    submittedOn: { type: Date, default: null },
    recommendationCount: { type: Number, default: null },
    submittedBy: { type: String, default: null },
  },
  { versionKey: false },
);

const submittedEvent = (report: VoterOpinionReportDoc) =>
  frontEvents.voterOpinionReportSubmitted.draft({
    voterOpinionReportId: report._id,
    councilSessionId: report.councilSessionId,
    submittedOn: report.submittedOn!,
    recommendationCount: report.recommendationCount!,
  });

export function createVoterOpinionReportRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<VoterOpinionReportDoc>({
    connection,
    outbox,
    modelName: 'VoterOpinionReport',
    collection: 'voter_opinion_reports',
    schema,
    derivedEvents: obligationEvents(frontEvents.obligation, voterOpinionReportObligations),
  });

  /** DUE → SUBMITTED for the session's report, with `voterOpinionReport.submitted` (null when none is due). */
  const complete = (input: SubmitVoterOpinionReportInput, submittedBy: string) =>
    store.update(
      voterOpinionReportIdOf(input.councilSessionId),
      { status: 'DUE' },
      {
        $set: {
          status: 'SUBMITTED',
          summary: input.summary,
          submittedOn: input.submittedOn,
          recommendationCount: input.recommendationCount,
          submittedBy,
        },
      },
      submittedEvent,
    );

  return {
    loader: store.loader,
    /** The report of each of several sessions in one query (at most one per session: unique index). */
    bySessionLoader: () =>
      createGroupLoader<VoterOpinionReportDoc>(
        (ids) => store.model.find({ councilSessionId: { $in: [...ids] } }).lean<VoterOpinionReportDoc[]>().exec(),
        (row) => row.councilSessionId,
      ),

    /**
     * A regular session was scheduled: its report is due by the session's document deadline (opening the front's
     * obligation). Idempotent: a session's report has one id, and a report submitted before the schedule came stays
     * as it is. Returns whether it was new.
     */
    expect: (councilSessionId: string, dueOn: Date, session: ScheduledSession): Promise<boolean> =>
      store.insertOnce({
        _id: voterOpinionReportIdOf(councilSessionId),
        councilSessionId,
        status: 'DUE',
        dueOn,
        session,
        summary: null,
        submittedOn: null,
        recommendationCount: null,
        submittedBy: null,
      }),

    /**
     * Submits the session's report: completes the due one (meeting the obligation), or records it for a session the
     * front was not told of (no obligation). CONFLICT when the session's report was submitted already.
     */
    async submit(input: SubmitVoterOpinionReportInput, submittedBy: string): Promise<VoterOpinionReportDoc> {
      const completed = await complete(input, submittedBy);
      if (completed) return completed;
      const doc: VoterOpinionReportDoc = {
        _id: voterOpinionReportIdOf(input.councilSessionId),
        councilSessionId: input.councilSessionId,
        status: 'SUBMITTED',
        dueOn: null,
        session: null,
        summary: input.summary,
        submittedOn: input.submittedOn,
        recommendationCount: input.recommendationCount,
        submittedBy,
      };
      try {
        return await store.insert(doc, submittedEvent(doc));
      } catch (error) {
        if (!isConflict(error)) throw error;
        // The schedule may have made it due meanwhile; otherwise it was submitted already.
        const completedMeanwhile = await complete(input, submittedBy);
        if (completedMeanwhile) return completedMeanwhile;
        throw conflict(`The voter opinion report of session ${input.councilSessionId} was submitted already: one report per session`, 'input.councilSessionId');
      }
    },
  };
}
