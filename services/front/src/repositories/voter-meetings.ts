import { frontEvents, jurisdictionOf, jurisdictionQuery, type AgencyLevel, type BodyOfLevel } from '@hanoi/contracts';
import { conflict, createEntityStore, createListPageLoader, newId, notFound, type ListPageArgs, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import {
  numberRecommendations,
  voterMeetingHeldEvent,
  type PlanVoterMeetingInput,
  type RaisedRecommendation,
  type RecordVoterMeetingHeldInput,
  type RecordVoterMeetingInput,
  type VoterMeetingKind,
  type VoterMeetingStatus,
} from '../domain/voter-meeting';
import { organisedBy, type Organised } from '../domain/organiser';

export interface VoterMeetingDoc extends Organised {
  _id: string;
  kind: VoterMeetingKind;
  /** Absent on documents written before meetings could be planned: those are HELD (see `statusOf`). */
  status?: VoterMeetingStatus;
  /** The day it was held; for a PLANNED meeting, the day it is planned for. */
  heldOn: Date;
  place: string;
  administrativeUnitId: string;
  organiserAgencyId: string;
  councilSessionId: string | null;
  nationalAssemblyDeputyIds: string[];
  councilDeputyIds: string[];
  /** Null while PLANNED. */
  attendance: number | null;
  recommendations: RaisedRecommendation[];
  recordedBy: string;
  recordedAt: Date;
  /** Who recorded a planned meeting as held, and when (null for meetings recorded in one step). */
  heldRecordedBy?: string | null;
  heldRecordedAt?: Date | null;
}

const schema = new Schema<VoterMeetingDoc>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    status: { type: String, default: 'HELD', index: true },
    heldOn: { type: Date, required: true, index: true },
    place: { type: String, required: true },
    administrativeUnitId: { type: String, required: true, index: true },
    organiserAgencyId: { type: String, required: true },
    // The organiser's level and unit (absent on meetings recorded before: the city's).
    level: { type: String },
    jurisdictionUnitId: { type: String },
    councilSessionId: { type: String, default: null, index: true },
    nationalAssemblyDeputyIds: { type: [String], default: [], index: true },
    councilDeputyIds: { type: [String], default: [], index: true },
    attendance: { type: Number, default: null },
    recommendations: {
      type: [{ _id: false, number: Number, text: String, category: String, addressedToAgencyId: String }],
      default: [],
    },
    recordedBy: { type: String, required: true },
    recordedAt: { type: Date, required: true },
    heldRecordedBy: { type: String, default: null },
    heldRecordedAt: { type: Date, default: null },
  },
  { versionKey: false },
);

export interface VoterMeetingFilter {
  kind?: string | null;
  status?: VoterMeetingStatus | null;
  administrativeUnitId?: string | null;
  councilSessionId?: string | null;
  heldFrom?: Date | null;
  heldTo?: Date | null;
  level?: AgencyLevel | null;
  jurisdictionUnitId?: string | null;
}

/** HELD also matches documents without a status (written before planning existed). */
const statusCondition = (status: VoterMeetingStatus) => (status === 'HELD' ? { $ne: 'PLANNED' } : 'PLANNED');

/** The fields a new meeting has whether it is recorded as held or planned ahead. */
function newMeeting(input: PlanVoterMeetingInput, organiser: BodyOfLevel, recordedBy: string) {
  return {
    _id: newId(),
    kind: input.kind,
    heldOn: input.heldOn,
    place: input.place,
    administrativeUnitId: input.administrativeUnitId,
    ...organisedBy(organiser),
    councilSessionId: input.councilSessionId ?? null,
    nationalAssemblyDeputyIds: input.nationalAssemblyDeputyIds ?? [],
    councilDeputyIds: input.councilDeputyIds ?? [],
    recordedBy,
    recordedAt: new Date(),
    heldRecordedBy: null,
    heldRecordedAt: null,
  };
}

export function createVoterMeetingRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<VoterMeetingDoc>({ connection, outbox, modelName: 'VoterMeeting', collection: 'voter_meetings', schema });

  /** Pages of the held meetings deputies of one kind attended, for several deputies in one query, most recent first. */
  const heldByDeputyPages = (field: 'nationalAssemblyDeputyIds' | 'councilDeputyIds') => () => {
    const pages = createListPageLoader<VoterMeetingDoc>({ model: store.model, parentField: field, order: [['heldOn', -1], ['_id', -1]] });
    return (page: ListPageArgs) => pages(page, { status: statusCondition('HELD') } as FilterQuery<VoterMeetingDoc>);
  };

  return {
    loader: store.loader,

    /** Stores a meeting that took place with its `voterMeeting.held` event (the F1 trigger) in one write. */
    recordHeld(input: RecordVoterMeetingInput, organiser: BodyOfLevel, recordedBy: string): Promise<VoterMeetingDoc> {
      const doc: VoterMeetingDoc = {
        ...newMeeting(input, organiser, recordedBy),
        status: 'HELD',
        attendance: input.attendance,
        recommendations: numberRecommendations(input.recommendations),
      };
      return store.insert(doc, voterMeetingHeldEvent(doc));
    },

    /** Stores a meeting convened ahead (`voterMeeting.planned`): no attendance or recommendations yet. */
    plan(input: PlanVoterMeetingInput, organiser: BodyOfLevel, recordedBy: string): Promise<VoterMeetingDoc> {
      const doc: VoterMeetingDoc = { ...newMeeting(input, organiser, recordedBy), status: 'PLANNED', attendance: null, recommendations: [] };
      return store.insert(
        doc,
        frontEvents.voterMeetingPlanned.draft({
          voterMeetingId: doc._id,
          kind: doc.kind,
          plannedFor: doc.heldOn,
          place: doc.place,
          administrativeUnitId: doc.administrativeUnitId,
          organiserAgencyId: organiser.agencyId,
          ...jurisdictionOf(doc),
          councilSessionId: doc.councilSessionId,
          nationalAssemblyDeputyIds: doc.nationalAssemblyDeputyIds,
          councilDeputyIds: doc.councilDeputyIds,
        }),
      );
    },

    /**
     * PLANNED → HELD with what happened, publishing the same `voterMeeting.held` event as a meeting recorded
     * in one step. `heldOn` is the day it took place (the caller checked it is not in the future).
     * NOT_FOUND for an unknown id; CONFLICT when the meeting is not PLANNED (already held).
     */
    async markHeld(id: string, input: RecordVoterMeetingHeldInput & { heldOn: Date }, recordedBy: string): Promise<VoterMeetingDoc> {
      const set: Partial<VoterMeetingDoc> = {
        status: 'HELD',
        heldOn: input.heldOn,
        attendance: input.attendance,
        recommendations: numberRecommendations(input.recommendations),
        heldRecordedBy: recordedBy,
        heldRecordedAt: new Date(),
        ...(input.nationalAssemblyDeputyIds && { nationalAssemblyDeputyIds: input.nationalAssemblyDeputyIds }),
        ...(input.councilDeputyIds && { councilDeputyIds: input.councilDeputyIds }),
      };
      const updated = await store.update(id, { status: 'PLANNED' }, { $set: set }, voterMeetingHeldEvent);
      if (updated) return updated;
      if (!(await store.findById(id))) throw notFound('VoterMeeting', id, 'id');
      throw conflict(`VoterMeeting ${id} is already held: only a PLANNED meeting can be recorded as held`, 'id');
    },

    list(filter: VoterMeetingFilter, page: PageArgs) {
      const query: FilterQuery<VoterMeetingDoc> = jurisdictionQuery(filter);
      if (filter.kind) query.kind = filter.kind;
      if (filter.status) query.status = statusCondition(filter.status);
      if (filter.administrativeUnitId) query.administrativeUnitId = filter.administrativeUnitId;
      if (filter.councilSessionId) query.councilSessionId = filter.councilSessionId;
      if (filter.heldFrom || filter.heldTo) {
        query.heldOn = { ...(filter.heldFrom && { $gte: filter.heldFrom }), ...(filter.heldTo && { $lte: filter.heldTo }) };
      }
      return store.list(query, page, { field: 'heldOn', direction: -1, isDate: true });
    },

    /** Pages of the meetings (planned or held) of several sessions in one query, earliest first (CouncilSession.voterMeetings). */
    bySessionPages: () =>
      createListPageLoader<VoterMeetingDoc>({ model: store.model, parentField: 'councilSessionId', order: [['heldOn', 1], ['_id', 1]] }),

    /** NationalAssemblyDeputy.voterMeetings: one query for every NA deputy of a request. */
    heldByNationalAssemblyDeputyPages: heldByDeputyPages('nationalAssemblyDeputyIds'),
    /** CouncilDeputy.voterMeetings: one query for every council deputy of a request. */
    heldByCouncilDeputyPages: heldByDeputyPages('councilDeputyIds'),
  };
}

export type VoterMeetingRepository = ReturnType<typeof createVoterMeetingRepository>;
