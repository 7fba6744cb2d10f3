import { petitionsEvents } from '@hanoi/contracts';
import { createEntityStore, newId, type EventDraft, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import type { ReceptionScheduleFields, ReceptionScheduleKind } from '../domain/reception-schedule';

/** A reception schedule (collection `reception_schedules`). */
export interface ReceptionScheduleDoc extends ReceptionScheduleFields {
  _id: string;
  kind: ReceptionScheduleKind;
  hostAgencyId: string;
  /** No reception day from this day on (null while it runs). */
  cancelledOn: Date | null;
  cancelReason: string | null;
  createdBy: string;
  updatedBy: string;
  updatedAt: Date;
}

const schema = new Schema<ReceptionScheduleDoc>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    hostAgencyId: { type: String, required: true, index: true },
    participatingAgencyIds: { type: [String], default: [] },
    title: { type: String, required: true },
    recurrence: { type: new Schema({ kind: String, dayOfMonth: Number, weekday: Number, weekOfMonth: Number }, { _id: false }), default: null },
    dates: { type: [Date], default: [] },
    validFrom: { type: Date, required: true },
    validTo: { type: Date, default: null },
    leaders: { type: [new Schema({ name: String, position: String }, { _id: false })], default: [] },
    place: { type: String, required: true },
    cancelledOn: { type: Date, default: null },
    cancelReason: { type: String, default: null },
    createdBy: { type: String, required: true },
    updatedBy: { type: String, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export interface ReceptionScheduleFilter {
  /** Schedules this agency hosts or takes part in. */
  agencyId?: string | null;
  kind?: ReceptionScheduleKind | null;
  /** Cancelled ones too (left out by default). */
  includeCancelled?: boolean | null;
}

/** Schedules of an agency (host or participant) and kind; null filters ignored. */
function filterQuery(filter: Omit<ReceptionScheduleFilter, 'includeCancelled'>): FilterQuery<ReceptionScheduleDoc> {
  return {
    ...(filter.agencyId && { $or: [{ hostAgencyId: filter.agencyId }, { participatingAgencyIds: filter.agencyId }] }),
    ...(filter.kind && { kind: filter.kind }),
  };
}

/** `receptionSchedule.created/updated/cancelled`: the schedule as it now stands (the contract keeps its public fields). */
function scheduleEvent(contract: typeof petitionsEvents.receptionScheduleCreated, doc: ReceptionScheduleDoc): EventDraft {
  return contract.draft({
    receptionScheduleId: doc._id,
    hostAgencyId: doc.hostAgencyId,
    kind: doc.kind,
    participatingAgencyIds: doc.participatingAgencyIds,
    title: doc.title,
    recurrence: doc.recurrence,
    dates: doc.dates,
    validFrom: doc.validFrom,
    validTo: doc.validTo,
    leaders: doc.leaders,
    place: doc.place,
    cancelledOn: doc.cancelledOn,
  });
}

export function createReceptionScheduleRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<ReceptionScheduleDoc>({ connection, outbox, modelName: 'ReceptionSchedule', collection: 'reception_schedules', schema });
  const { model } = store;

  return {
    loader: store.loader,
    findById: store.findById,

    /** A new schedule with its `receptionSchedule.created` event. */
    create(fields: ReceptionScheduleFields & Pick<ReceptionScheduleDoc, 'kind' | 'hostAgencyId'>, by: string) {
      const doc: ReceptionScheduleDoc = { _id: newId(), ...fields, cancelledOn: null, cancelReason: null, createdBy: by, updatedBy: by, updatedAt: new Date() };
      return store.insert(doc, scheduleEvent(petitionsEvents.receptionScheduleCreated, doc));
    },

    /** Replaces what a running schedule says (null when it was cancelled meanwhile), with `receptionSchedule.updated`. */
    update: (id: string, fields: ReceptionScheduleFields, by: string) => {
      const set = { ...fields, updatedBy: by, updatedAt: new Date() };
      return store.update(id, { cancelledOn: null }, { $set: set }, (next) => scheduleEvent(petitionsEvents.receptionScheduleUpdated, next));
    },

    /** Stops a running schedule from `on` (null when it was cancelled meanwhile), with `receptionSchedule.cancelled`. */
    cancel: (id: string, on: Date, reason: string, by: string) =>
      store.update(id, { cancelledOn: null }, { $set: { cancelledOn: on, cancelReason: reason, updatedBy: by, updatedAt: new Date() } }, (next) =>
        scheduleEvent(petitionsEvents.receptionScheduleCancelled, next),
      ),

    /** A page of schedules, latest start first. */
    list(filter: ReceptionScheduleFilter, page: PageArgs) {
      const query = { ...filterQuery(filter), ...(!filter.includeCancelled && { cancelledOn: null }) };
      return store.list(query, page, { field: 'validFrom', direction: -1, isDate: true });
    },

    /** Every schedule that may give a day from `from` to `to` (valid then, not cancelled before `from`), in one query. */
    activeBetween: (from: Date, to: Date, filter: Omit<ReceptionScheduleFilter, 'includeCancelled'>) =>
      model
        .find({
          $and: [
            filterQuery(filter),
            { validFrom: { $lte: to } },
            { $or: [{ validTo: null }, { validTo: { $gte: from } }] },
            { $or: [{ cancelledOn: null }, { cancelledOn: { $gt: from } }] },
          ],
        })
        .sort({ _id: 1 })
        .lean<ReceptionScheduleDoc[]>()
        .exec(),
  };
}

export type ReceptionScheduleRepository = ReturnType<typeof createReceptionScheduleRepository>;
