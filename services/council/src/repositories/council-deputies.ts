import { councilEvents, jurisdictionQuery, type BodyOfLevel } from '@hanoi/contracts';
import { conflict, createEntityStore, createGroupLoader, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import { heldBy, type CouncilCommittee, type HeldByCouncil } from '../domain/council';
import type { CouncilDeputyFilter, CreateCouncilDeputyInput } from '../domain/deputy';

export interface CouncilDeputyDoc extends HeldByCouncil {
  _id: string;
  fullName: string;
  term: string;
  constituency: string;
  administrativeUnitId: string;
  fullTime: boolean;
  committees: CouncilCommittee[];
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

const schema = new Schema<CouncilDeputyDoc>(
  {
    _id: { type: String, required: true },
    fullName: { type: String, required: true },
    term: { type: String, required: true, index: true },
    constituency: { type: String, required: true },
    administrativeUnitId: { type: String, required: true },
    fullTime: { type: Boolean, required: true },
    committees: { type: [String], default: [] },
    candidateId: { type: String, default: null },
    candidateKey: { type: String, required: true, unique: true },
    // The standing body of the deputy's council, its level and unit (absent on deputies stored before: the city's).
    councilAgencyId: { type: String },
    level: { type: String },
    jurisdictionUnitId: { type: String },
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

    /** Stores the deputy with `councilDeputy.created`; CONFLICT when the candidate is already another deputy (unique index as backstop). */
    async create(input: CreateCouncilDeputyInput, body: BodyOfLevel, createdBy: string) {
      if (input.candidateId) {
        const elected = await store.model.findOne({ candidateId: input.candidateId }, { _id: 1 }).lean().exec();
        if (elected) throw conflict(`Candidate ${input.candidateId} is already council deputy ${elected._id}`, 'input.candidateId');
      }
      const _id = newId();
      const candidateKey = input.candidateId ? `candidate:${input.candidateId}` : `deputy:${_id}`;
      const doc: CouncilDeputyDoc = { _id, ...input, ...heldBy(body), candidateKey, createdBy, createdAt: new Date() };
      return store.insert(doc, councilEvents.councilDeputyCreated.draft({ ...input, ...heldBy(body), councilDeputyId: _id }));
    },

    /** By full name (A→Z). `search` matches part of the name or constituency, ignoring case. */
    list(filter: CouncilDeputyFilter, page: PageArgs) {
      const query: FilterQuery<CouncilDeputyDoc> = jurisdictionQuery(filter);
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

    /** The deputies several candidates were elected as, in one query (at most one each). */
    byCandidateLoader: () =>
      createGroupLoader<CouncilDeputyDoc>(
        (candidateIds) => store.model.find({ candidateId: { $in: [...candidateIds] } }).lean<CouncilDeputyDoc[]>().exec(),
        (row) => row.candidateId ?? [],
      ),
  };
}
