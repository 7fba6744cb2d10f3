import { frontEvents } from '@hanoi/contracts';
import { createEntityStore, createGroupLoader, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import type { ConstituencyElection, CreateConstituencyInput } from '../domain/constituency';

/** Đơn vị bầu cử: one constituency of an election, its seats and its official list of candidates. */
export interface ConstituencyDoc {
  _id: string;
  election: ConstituencyElection;
  term: string;
  number: number;
  seats: number;
  administrativeUnitIds: string[];
  /** Danh sách chính thức người ứng cử (empty until set). */
  candidateIds: string[];
  createdBy: string;
  createdAt: Date;
}

export interface ConstituencyFilter {
  election?: string | null;
  term?: string | null;
}

const schema = new Schema<ConstituencyDoc>(
  {
    _id: { type: String, required: true },
    election: { type: String, required: true },
    term: { type: String, required: true },
    number: { type: Number, required: true },
    seats: { type: Number, required: true },
    administrativeUnitIds: { type: [String], required: true },
    candidateIds: { type: [String], default: [], index: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// One "đơn vị bầu cử số N" per election and term.
schema.index({ election: 1, term: 1, number: 1 }, { unique: true });

export function createConstituencyRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<ConstituencyDoc>({ connection, outbox, modelName: 'Constituency', collection: 'constituencies', schema });
  return {
    loader: store.loader,
    /** The constituencies whose official lists name any of several candidates, in one query. */
    byCandidateLoader: () =>
      createGroupLoader<ConstituencyDoc>(
        (candidateIds) => store.model.find({ candidateIds: { $in: [...candidateIds] } }).lean<ConstituencyDoc[]>().exec(),
        (row) => row.candidateIds,
      ),

    /** Stores the constituency with `constituency.created`; CONFLICT when its number is taken (unique index). */
    create(input: CreateConstituencyInput, createdBy: string): Promise<ConstituencyDoc> {
      const doc: ConstituencyDoc = { _id: newId(), ...input, candidateIds: [], createdBy, createdAt: new Date() };
      return store.insert(
        doc,
        frontEvents.constituencyCreated.draft({
          constituencyId: doc._id,
          election: doc.election,
          term: doc.term,
          number: doc.number,
          seats: doc.seats,
          administrativeUnitIds: doc.administrativeUnitIds,
        }),
      );
    },

    /** Replaces the official list, guarded by the list read (null when it changed meanwhile). Announced with the result. */
    setCandidates: (constituency: ConstituencyDoc, candidateIds: string[]) =>
      store.write(constituency._id, { candidateIds: constituency.candidateIds }, () => ({ update: { $set: { candidateIds } }, events: [] })),

    /** By election, term and number. */
    list(filter: ConstituencyFilter, page: PageArgs) {
      const query: FilterQuery<ConstituencyDoc> = {};
      if (filter.election) query.election = filter.election;
      if (filter.term) query.term = filter.term;
      return store.list(query, page, { field: 'number', direction: 1 });
    },
  };
}
