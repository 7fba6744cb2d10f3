import { createEntityStore, createGroupLoader, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import DataLoader from 'dataloader';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import type { DueDate } from '../domain/due-dates';
import { foldVietnamese, openStatuses, type PetitionStatus } from '../domain/petition';

export interface PetitionDoc {
  _id: string;
  kind: string;
  channel: string;
  status: PetitionStatus;
  subject: string;
  description: string | null;
  category: string;
  receivedOn: Date;
  administrativeUnitId: string | null;
  agencyId: string;
  dueOn: Date | null;
  dueRule: string;
  voterMeetingId: string | null;
  /** Position of the recommendation in its meeting's list. */
  recommendationNumber: number | null;
  dueSessionId: string | null;
  /** The session the raising meeting prepared (its answers are due at the one after). */
  meetingSessionId: string | null;
  receptionId: string | null;
  /** Folded subject and description for accent-insensitive search. */
  searchText: string;
  createdBy: string;
  createdAt: Date;
}

const schema = new Schema<PetitionDoc>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    channel: { type: String, required: true },
    status: { type: String, required: true },
    subject: { type: String, required: true },
    description: { type: String, default: null },
    category: { type: String, required: true },
    receivedOn: { type: Date, required: true },
    administrativeUnitId: { type: String, default: null },
    agencyId: { type: String, required: true },
    dueOn: { type: Date, default: null },
    dueRule: { type: String, required: true },
    voterMeetingId: { type: String, default: null, index: true },
    recommendationNumber: { type: Number, default: null },
    dueSessionId: { type: String, default: null, index: true },
    meetingSessionId: { type: String, default: null },
    receptionId: { type: String, default: null, index: true },
    searchText: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
schema.index({ agencyId: 1, status: 1, receivedOn: -1 });
schema.index({ receivedOn: -1, _id: -1 });

export type NewPetition = Omit<
  PetitionDoc,
  '_id' | 'status' | 'searchText' | 'dueOn' | 'dueRule' | 'createdAt' | 'dueSessionId' | 'meetingSessionId'
> & {
  _id?: string;
  due: DueDate;
  dueSessionId?: string | null;
  meetingSessionId?: string | null;
};

export interface PetitionFilter {
  kind?: string | null;
  status?: string | null;
  agencyId?: string | null;
  category?: string | null;
  channel?: string | null;
  receivedFrom?: Date | null;
  receivedTo?: Date | null;
}

/** What other services learn when a case is routed (F2 starts from `petition.routed`). Never personal data. */
const routedData = (doc: PetitionDoc) => ({
  petitionId: doc._id,
  agencyId: doc.agencyId,
  kind: doc.kind,
  category: doc.category,
  subject: doc.subject,
  receivedOn: doc.receivedOn.toISOString().slice(0, 10),
  dueOn: doc.dueOn ? doc.dueOn.toISOString().slice(0, 10) : null,
  voterMeetingId: doc.voterMeetingId,
});

export function createPetitionRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<PetitionDoc>({ connection, outbox, modelName: 'Petition', collection: 'petitions', schema });

  function toDoc(input: NewPetition): PetitionDoc {
    const { due, ...rest } = input;
    return {
      ...rest,
      _id: input._id ?? newId(),
      status: 'RECEIVED',
      dueOn: due.on,
      dueRule: due.rule,
      dueSessionId: input.dueSessionId ?? null,
      meetingSessionId: input.meetingSessionId ?? null,
      searchText: foldVietnamese(`${input.subject} ${input.description ?? ''}`),
      createdAt: new Date(),
    };
  }

  return {
    model: store.model,
    loader: store.loader,

    /** A new case, received and routed to its competent agency in one write (`petition.routed`). */
    receive: (input: NewPetition) => {
      const doc = toDoc(input);
      return store.insert(doc, 'routed', routedData(doc));
    },

    /** Same, for a case opened from an event (derived id): false when that event was seen already. */
    receiveOnce: (input: NewPetition & { _id: string }) => {
      const doc = toDoc(input);
      return store.insertOnce(doc, 'routed', routedData(doc));
    },

    /** Cases still waiting for a due date tied to the next council session. */
    awaitingSessionDue: () =>
      store.model.find({ kind: 'VOTER_RECOMMENDATION', dueSessionId: null, voterMeetingId: { $ne: null } }).lean<PetitionDoc[]>().exec(),

    setDue: (id: string, due: DueDate, dueSessionId: string | null) =>
      store.update(id, { dueSessionId: null }, { $set: { dueOn: due.on, dueRule: due.rule, dueSessionId } }, 'dueDateSet', (doc) => ({
        petitionId: id,
        agencyId: doc.agencyId,
        dueOn: due.on ? due.on.toISOString().slice(0, 10) : null,
        rule: due.rule,
        dueSessionId,
      })),

    list(filter: PetitionFilter, page: PageArgs) {
      const query: FilterQuery<PetitionDoc> = {};
      for (const key of ['kind', 'status', 'agencyId', 'category', 'channel'] as const) {
        if (filter[key]) query[key] = filter[key];
      }
      if (filter.receivedFrom || filter.receivedTo) {
        query.receivedOn = {
          ...(filter.receivedFrom && { $gte: filter.receivedFrom }),
          ...(filter.receivedTo && { $lte: filter.receivedTo }),
        };
      }
      return store.list(query, page, { field: 'receivedOn', direction: -1, isDate: true });
    },

    byVoterMeetingLoader: () =>
      createGroupLoader<PetitionDoc>(
        (ids) => store.model.find({ voterMeetingId: { $in: [...ids] } }).sort({ recommendationNumber: 1 }).lean<PetitionDoc[]>().exec(),
        (row) => row.voterMeetingId ?? '',
      ),
    byDueSessionLoader: () =>
      createGroupLoader<PetitionDoc>(
        (ids) => store.model.find({ dueSessionId: { $in: [...ids] } }).sort({ receivedOn: 1 }).lean<PetitionDoc[]>().exec(),
        (row) => row.dueSessionId ?? '',
      ),
    byReceptionLoader: () =>
      createGroupLoader<PetitionDoc>(
        (ids) => store.model.find({ receptionId: { $in: [...ids] } }).lean<PetitionDoc[]>().exec(),
        (row) => row.receptionId ?? '',
      ),
    /** Open cases per agency for many agencies in one aggregation. */
    openCountByAgencyLoader: () =>
      new DataLoader<string, number>(async (agencyIds) => {
        const rows = await store.model
          .aggregate<{ _id: string; count: number }>([
            { $match: { agencyId: { $in: [...agencyIds] }, status: { $in: openStatuses } } },
            { $group: { _id: '$agencyId', count: { $sum: 1 } } },
          ])
          .exec();
        const counts = new Map(rows.map((row) => [row._id, row.count]));
        return agencyIds.map((id) => counts.get(id) ?? 0);
      }),
  };
}

export type PetitionRepository = ReturnType<typeof createPetitionRepository>;
