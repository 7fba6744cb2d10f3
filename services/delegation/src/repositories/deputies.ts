import { createEntityStore, newId, type Outbox, type PageArgs, foldVietnamese } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import { deputySortKey, type CreateNationalAssemblyDeputyInput, type NationalAssemblyDeputyFilter } from '../domain/deputy';

export interface NationalAssemblyDeputyDoc {
  _id: string;
  fullName: string;
  /** `foldVietnamese(fullName)`: what name searches match against. */
  nameKey: string;
  /** `deputySortKey(constituency, fullName)`: the list order. */
  sortKey: string;
  constituency: number;
  term: string;
  fullTime: boolean;
  workplace: string | null;
  createdBy: string;
  createdAt: Date;
}

const schema = new Schema<NationalAssemblyDeputyDoc>(
  {
    _id: { type: String, required: true },
    fullName: { type: String, required: true },
    nameKey: { type: String, required: true },
    sortKey: { type: String, required: true, index: true },
    constituency: { type: Number, required: true, index: true },
    term: { type: String, required: true },
    fullTime: { type: Boolean, required: true },
    workplace: { type: String, default: null },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// The same person cannot be entered twice for one constituency and term.
schema.index({ term: 1, constituency: 1, nameKey: 1 }, { unique: true });

/** Escapes text for use inside a regular expression (search is a plain substring match). */
const escapeRegex = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createDeputyRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<NationalAssemblyDeputyDoc>({
    connection,
    outbox,
    modelName: 'NationalAssemblyDeputy',
    collection: 'national_assembly_deputies',
    schema,
  });
  return {
    loader: store.loader,

    create(input: CreateNationalAssemblyDeputyInput, createdBy: string) {
      const doc: NationalAssemblyDeputyDoc = {
        _id: newId(),
        fullName: input.fullName,
        nameKey: foldVietnamese(input.fullName),
        sortKey: deputySortKey(input.constituency, input.fullName),
        constituency: input.constituency,
        term: input.term,
        fullTime: input.fullTime,
        workplace: input.workplace ?? null,
        createdBy,
        createdAt: new Date(),
      };
      return store.insert(doc, 'created', {
        nationalAssemblyDeputyId: doc._id,
        fullName: doc.fullName,
        constituency: doc.constituency,
        term: doc.term,
        fullTime: doc.fullTime,
        workplace: doc.workplace,
      });
    },

    list(filter: NationalAssemblyDeputyFilter, page: PageArgs) {
      const query: FilterQuery<NationalAssemblyDeputyDoc> = {};
      if (filter.constituency != null) query.constituency = filter.constituency;
      if (filter.term) query.term = filter.term;
      if (filter.fullTime != null) query.fullTime = filter.fullTime;
      const search = filter.search ? foldVietnamese(filter.search) : '';
      if (search) query.nameKey = { $regex: escapeRegex(search) };
      return store.list(query, page, { field: 'sortKey', direction: 1 });
    },
  };
}
