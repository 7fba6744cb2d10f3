import { createEntityStore, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import type { CouncilCommittee } from '../domain/council';
import type { CouncilDeputyFilter, CreateCouncilDeputyInput } from '../domain/deputy';

export interface CouncilDeputyDoc {
  _id: string;
  fullName: string;
  term: string;
  constituency: string;
  administrativeUnitId: string;
  fullTime: boolean;
  committees: CouncilCommittee[];
  createdBy: string;
  createdAt: Date;
}

const schema = new Schema<CouncilDeputyDoc>(
  {
    _id: { type: String, required: true },
    fullName: { type: String, required: true },
    term: { type: String, required: true, index: true },
    constituency: { type: String, required: true },
    administrativeUnitId: { type: String, required: true },
    fullTime: { type: Boolean, required: true },
    committees: { type: [String], default: [] },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

const escapeRegex = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createCouncilDeputyRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<CouncilDeputyDoc>({ connection, outbox, modelName: 'CouncilDeputy', collection: 'council_deputies', schema });
  return {
    loader: store.loader,
    findById: store.findById,
    create: (input: CreateCouncilDeputyInput, createdBy: string) =>
      store.insert({ _id: newId(), ...input, createdBy, createdAt: new Date() }),
    /** By full name (A→Z). `search` matches part of the name or constituency, ignoring case. */
    list(filter: CouncilDeputyFilter, page: PageArgs) {
      const query: FilterQuery<CouncilDeputyDoc> = {};
      if (filter.term) query.term = filter.term;
      if (filter.committee) query.committees = filter.committee;
      if (filter.search) {
        const pattern = escapeRegex(filter.search.normalize('NFC'));
        query.$or = [
          { fullName: { $regex: pattern, $options: 'i' } },
          { constituency: { $regex: pattern, $options: 'i' } },
        ];
      }
      return store.list(query, page, { field: 'fullName', direction: 1 });
    },
  };
}
