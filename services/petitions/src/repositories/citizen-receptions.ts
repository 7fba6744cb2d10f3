import { petitionsEvents } from '@hanoi/contracts';
import { createEntityStore, createGroupLoader, createListPageLoader, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import type { RecordCitizenReceptionInput } from '../domain/citizen-reception';

export interface CitizenReceptionDoc {
  _id: string;
  heldOn: Date;
  hostAgencyId: string;
  leaders: string[];
  place: string;
  citizensReceived: number;
  /** The reception schedule whose day it held (null: a session outside any schedule, e.g. an unscheduled one). */
  receptionScheduleId: string | null;
  recordedBy: string;
}

const schema = new Schema<CitizenReceptionDoc>(
  {
    _id: { type: String, required: true },
    heldOn: { type: Date, required: true, index: true },
    hostAgencyId: { type: String, required: true, index: true },
    leaders: { type: [String], default: [] },
    place: { type: String, required: true },
    citizensReceived: { type: Number, required: true },
    receptionScheduleId: { type: String, default: null, index: true },
    recordedBy: { type: String, required: true },
  },
  { versionKey: false },
);
// ReceptionSchedule.receptions: a schedule's sessions, oldest first.
schema.index({ receptionScheduleId: 1, heldOn: 1, _id: 1 });

export interface CitizenReceptionFilter {
  hostAgencyId?: string | null;
  heldFrom?: Date | null;
  heldTo?: Date | null;
}

export function createCitizenReceptionRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<CitizenReceptionDoc>({ connection, outbox, modelName: 'CitizenReception', collection: 'citizen_receptions', schema });
  return {
    loader: store.loader,
    /** A reception session with its `citizenReception.recorded` event (a count of citizens, never who came). */
    record(input: RecordCitizenReceptionInput, recordedBy: string) {
      const doc: CitizenReceptionDoc = { _id: newId(), ...input, receptionScheduleId: input.receptionScheduleId ?? null, recordedBy };
      const { _id, heldOn, hostAgencyId, place, citizensReceived, receptionScheduleId } = doc;
      return store.insert(doc, petitionsEvents.citizenReceptionRecorded.draft({ citizenReceptionId: _id, heldOn, hostAgencyId, place, citizensReceived, receptionScheduleId }));
    },
    /** The sessions held on each of several schedules' days, oldest first, in one query. */
    byScheduleLoader: () =>
      createGroupLoader<CitizenReceptionDoc>(
        (ids) => store.model.find({ receptionScheduleId: { $in: [...ids] } }).sort({ heldOn: 1, _id: 1 }).lean<CitizenReceptionDoc[]>().exec(),
        (row) => row.receptionScheduleId ?? '',
      ),
    /** Pages of several schedules' sessions, oldest first, in one query per request and arguments (ReceptionSchedule.receptions). */
    bySchedulePages: () =>
      createListPageLoader<CitizenReceptionDoc>({ model: store.model, parentField: 'receptionScheduleId', order: [['heldOn', 1], ['_id', 1]] }),
    list(filter: CitizenReceptionFilter, page: PageArgs) {
      const query: FilterQuery<CitizenReceptionDoc> = {};
      if (filter.hostAgencyId) query.hostAgencyId = filter.hostAgencyId;
      if (filter.heldFrom || filter.heldTo) {
        query.heldOn = { ...(filter.heldFrom && { $gte: filter.heldFrom }), ...(filter.heldTo && { $lte: filter.heldTo }) };
      }
      return store.list(query, page, { field: 'heldOn', direction: -1, isDate: true });
    },
  };
}
