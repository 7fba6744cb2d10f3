import { createEntityStore, createGroupLoader, formatCalendarDate, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import { numberRecommendations, type RecordVoterMeetingInput } from '../domain/voter-meeting';

export interface VoterMeetingDoc {
  _id: string;
  kind: string;
  heldOn: Date;
  place: string;
  administrativeUnitId: string;
  organiserAgencyId: string;
  councilSessionId: string | null;
  nationalAssemblyDeputyIds: string[];
  councilDeputyIds: string[];
  attendance: number;
  recommendations: { number: number; text: string; category: string; addressedToAgencyId: string | null }[];
  recordedBy: string;
  recordedAt: Date;
}

const schema = new Schema<VoterMeetingDoc>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    heldOn: { type: Date, required: true, index: true },
    place: { type: String, required: true },
    administrativeUnitId: { type: String, required: true, index: true },
    organiserAgencyId: { type: String, required: true },
    councilSessionId: { type: String, default: null, index: true },
    nationalAssemblyDeputyIds: { type: [String], default: [] },
    councilDeputyIds: { type: [String], default: [] },
    attendance: { type: Number, required: true },
    recommendations: {
      type: [{ _id: false, number: Number, text: String, category: String, addressedToAgencyId: String }],
      default: [],
    },
    recordedBy: { type: String, required: true },
    recordedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export interface VoterMeetingFilter {
  kind?: string | null;
  administrativeUnitId?: string | null;
  councilSessionId?: string | null;
  heldFrom?: Date | null;
  heldTo?: Date | null;
}

export function createVoterMeetingRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<VoterMeetingDoc>({ connection, outbox, modelName: 'VoterMeeting', collection: 'voter_meetings', schema });

  return {
    loader: store.loader,

    /** Stores the meeting with its `voterMeeting.held` event (the F1 trigger) in one write. */
    recordHeld(input: RecordVoterMeetingInput, organiserAgencyId: string, recordedBy: string): Promise<VoterMeetingDoc> {
      const doc: VoterMeetingDoc = {
        _id: newId(),
        kind: input.kind,
        heldOn: input.heldOn,
        place: input.place,
        administrativeUnitId: input.administrativeUnitId,
        organiserAgencyId,
        councilSessionId: input.councilSessionId ?? null,
        nationalAssemblyDeputyIds: input.nationalAssemblyDeputyIds ?? [],
        councilDeputyIds: input.councilDeputyIds ?? [],
        attendance: input.attendance,
        recommendations: numberRecommendations(input.recommendations),
        recordedBy,
        recordedAt: new Date(),
      };
      return store.insert(doc, 'held', { ...doc, voterMeetingId: doc._id, heldOn: formatCalendarDate(doc.heldOn) });
    },

    list(filter: VoterMeetingFilter, page: PageArgs) {
      const query: FilterQuery<VoterMeetingDoc> = {};
      if (filter.kind) query.kind = filter.kind;
      if (filter.administrativeUnitId) query.administrativeUnitId = filter.administrativeUnitId;
      if (filter.councilSessionId) query.councilSessionId = filter.councilSessionId;
      if (filter.heldFrom || filter.heldTo) {
        query.heldOn = { ...(filter.heldFrom && { $gte: filter.heldFrom }), ...(filter.heldTo && { $lte: filter.heldTo }) };
      }
      return store.list(query, page, { field: 'heldOn', direction: -1, isDate: true });
    },

    /** Meetings of several sessions in one query (CouncilSession.voterMeetings). */
    bySessionLoader: () =>
      createGroupLoader<VoterMeetingDoc>(
        (ids) => store.model.find({ councilSessionId: { $in: [...ids] } }).sort({ heldOn: 1 }).lean<VoterMeetingDoc[]>().exec(),
        (row) => row.councilSessionId ?? '',
      ),
  };
}

export type VoterMeetingRepository = ReturnType<typeof createVoterMeetingRepository>;
