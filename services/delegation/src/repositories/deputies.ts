import { delegationEvents } from '@hanoi/contracts';
import { conflict, createEntityStore, createGroupLoader, foldVietnamese, newId, type Outbox, type PageArgs } from '@hanoi/platform';
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
  /** The front's `Candidate` elected as this deputy; null when not recorded (absent on deputies stored before). */
  candidateId?: string | null;
  /**
   * `candidate:<candidateId>`, else `deputy:<_id>`: the unique index behind "one deputy per candidate" needs a
   * distinct value in every document, as FerretDB has no partial or sparse indexes.
   */
  candidateKey: string;
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
    candidateId: { type: String, default: null },
    candidateKey: { type: String, required: true, unique: true },
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

    /**
     * Stores the deputy with `nationalAssemblyDeputy.created`; CONFLICT when the candidate is already another deputy,
     * or the same person is already recorded for the constituency and term (unique indexes as backstops).
     */
    async create(input: CreateNationalAssemblyDeputyInput, createdBy: string) {
      if (input.candidateId) {
        const elected = await store.model.findOne({ candidateId: input.candidateId }, { _id: 1 }).lean().exec();
        if (elected) throw conflict(`Candidate ${input.candidateId} is already National Assembly deputy ${elected._id}`, 'input.candidateId');
      }
      const _id = newId();
      const doc: NationalAssemblyDeputyDoc = {
        _id,
        ...input,
        nameKey: foldVietnamese(input.fullName),
        sortKey: deputySortKey(input.constituency, input.fullName),
        candidateKey: input.candidateId ? `candidate:${input.candidateId}` : `deputy:${_id}`,
        createdBy,
        createdAt: new Date(),
      };
      return store.insert(doc, delegationEvents.nationalAssemblyDeputyCreated.draft({ ...input, nationalAssemblyDeputyId: _id }));
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

    /** The deputies several candidates were elected as, in one query (at most one each). */
    byCandidateLoader: () =>
      createGroupLoader<NationalAssemblyDeputyDoc>(
        (candidateIds) => store.model.find({ candidateId: { $in: [...candidateIds] } }).lean<NationalAssemblyDeputyDoc[]>().exec(),
        (row) => row.candidateId ?? [],
      ),
  };
}
