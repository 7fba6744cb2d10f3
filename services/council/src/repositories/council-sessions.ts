import { councilEvents, jurisdictionQuery, obligationEvents, type BodyOfLevel } from '@hanoi/contracts';
import { conflict, createEntityStore, createGroupLoader, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import { councilAgencyId, heldBy, isOverdue, type HeldByCouncil } from '../domain/council';
import { sessionObligations, type DeadlineRules } from '../domain/obligations';
import {
  documentDueOn,
  sessionTransitions,
  type CouncilSessionFilter,
  type CouncilSessionStatus,
  type IssueSessionProgrammeInput,
  type ScheduleCouncilSessionInput,
} from '../domain/session';

export interface CouncilSessionDoc extends HeldByCouncil {
  _id: string;
  term: string;
  number: number;
  kind: 'REGULAR' | 'THEMATIC';
  opensOn: Date;
  closesOn: Date;
  status: CouncilSessionStatus;
  documentDueOn: Date;
  /** Ngày ban hành chương trình kỳ họp; null until issued (absent on sessions stored before it was kept). */
  programmeIssuedOn?: Date | null;
  programmeIssuedBy?: string | null;
  scheduledBy: string;
  scheduledAt: Date;
}

const schema = new Schema<CouncilSessionDoc>(
  {
    _id: { type: String, required: true },
    term: { type: String, required: true },
    number: { type: Number, required: true },
    kind: { type: String, required: true },
    opensOn: { type: Date, required: true, index: true },
    closesOn: { type: Date, required: true },
    status: { type: String, required: true },
    documentDueOn: { type: Date, required: true },
    programmeIssuedOn: { type: Date, default: null },
    programmeIssuedBy: { type: String, default: null },
    scheduledBy: { type: String, required: true },
    scheduledAt: { type: Date, required: true },
    // The standing body holding it, its level and unit (absent on sessions stored before: the city's).
    councilAgencyId: { type: String },
    level: { type: String },
    jurisdictionUnitId: { type: String },
  },
  { versionKey: false },
);
// List pages: equality filters first, then the page's sort key and _id (ESR; test/build/indexes.test.ts checks it).
schema.index({ term: 1, opensOn: -1, _id: -1 });
schema.index({ level: 1, opensOn: -1, _id: -1 });
schema.index({ jurisdictionUnitId: 1, opensOn: -1, _id: -1 });
// Kỳ họp thứ N is unique within a council's term; the index is the backstop of the check in `schedule` (sessions stored
// before the body was kept index it as null, and the check counts them as the city's).
schema.index({ councilAgencyId: 1, term: 1, number: 1 }, { unique: true, name: 'council_term_number' });
/** The index of "unique within a term" before communes held sessions: dropped at start (see `dropCityOnlyIndex`). */
const cityOnlyIndex = 'term_1_number_1';

/** Sessions held by a standing body: the city's include those stored before the body was kept. */
const heldByQuery = (agencyId: string): FilterQuery<CouncilSessionDoc> =>
  agencyId === councilAgencyId ? { councilAgencyId: { $in: [councilAgencyId, null] } } : { councilAgencyId: agencyId };

export function createCouncilSessionRepository(connection: Connection, outbox: Outbox, rules: Pick<DeadlineRules, 'documentLeadDays'>) {
  const store = createEntityStore<CouncilSessionDoc>({
    connection,
    outbox,
    modelName: 'CouncilSession',
    collection: 'council_sessions',
    schema,
    derivedEvents: obligationEvents(councilEvents.obligation, (doc: CouncilSessionDoc) => sessionObligations(doc, rules)),
  });
  const transitionEvents = { opened: councilEvents.sessionOpened, closed: councilEvents.sessionClosed };

  async function transition(id: string, verb: keyof typeof sessionTransitions): Promise<CouncilSessionDoc | null> {
    const { from, to } = sessionTransitions[verb];
    const updated = await store.update(id, { status: from }, { $set: { status: to } }, (doc) => transitionEvents[verb].draft({ ...doc, councilSessionId: doc._id }));
    if (updated) return updated;
    const current = await store.findById(id);
    if (!current) return null;
    throw conflict(`Council session ${id} is ${current.status}; only a ${from} session can be ${verb}`, 'id');
  }

  return {
    loader: store.loader,
    findById: store.findById,

    /**
     * Stores the session of `body`, its document due date, the `councilSession.scheduled` event and its programme
     * obligation in one write. CONFLICT when the body's term already has the number.
     */
    async schedule(input: ScheduleCouncilSessionInput, body: BodyOfLevel, scheduledBy: string): Promise<CouncilSessionDoc> {
      if (await store.model.exists({ term: input.term, number: input.number, ...heldByQuery(body.agencyId) })) {
        throw conflict(`The term ${input.term} already has a session number ${input.number}`, 'input.number');
      }
      const doc: CouncilSessionDoc = {
        _id: newId(),
        ...input,
        ...heldBy(body),
        status: 'SCHEDULED',
        documentDueOn: documentDueOn(input.opensOn, rules.documentLeadDays),
        programmeIssuedOn: null,
        programmeIssuedBy: null,
        scheduledBy,
        scheduledAt: new Date(),
      };
      // The contract keeps only its fields (not who scheduled it).
      return store.insert(doc, councilEvents.sessionScheduled.draft({ ...doc, councilSessionId: doc._id }));
    },

    /**
     * Records the programme's issue with `councilSession.programmeIssued` (meeting its obligation), guarded on "not
     * yet issued": null when it was issued already (or the session does not exist).
     */
    issueProgramme: (id: string, input: IssueSessionProgrammeInput, issuedBy: string) =>
      store.update(id, { programmeIssuedOn: null }, { $set: { programmeIssuedOn: input.issuedOn, programmeIssuedBy: issuedBy } }, (session) =>
        councilEvents.sessionProgrammeIssued.draft({
          councilSessionId: session._id,
          term: session.term,
          number: session.number,
          documentDueOn: session.documentDueOn,
          issuedOn: input.issuedOn,
          late: isOverdue(session.documentDueOn, input.issuedOn),
        }),
      ),

    /** Null when the session does not exist; CONFLICT when it is not in the expected status. */
    open: (id: string) => transition(id, 'opened'),
    close: (id: string) => transition(id, 'closed'),

    list(filter: CouncilSessionFilter, page: PageArgs) {
      const query: FilterQuery<CouncilSessionDoc> = jurisdictionQuery(filter);
      if (filter.term) query.term = filter.term;
      if (filter.kind) query.kind = filter.kind;
      if (filter.status) query.status = filter.status;
      if (filter.opensFrom || filter.opensTo) {
        query.opensOn = { ...(filter.opensFrom && { $gte: filter.opensFrom }), ...(filter.opensTo && { $lte: filter.opensTo }) };
      }
      return store.list(query, page, { field: 'opensOn', direction: -1, isDate: true });
    },

    /** The first regular session of a standing body (the city's by default) opening strictly after `after`. */
    nextRegular: (after: Date, agencyId: string = councilAgencyId) =>
      store.model.findOne({ kind: 'REGULAR', opensOn: { $gt: after }, ...heldByQuery(agencyId) }).sort({ opensOn: 1, _id: 1 }).lean<CouncilSessionDoc>().exec(),

    /**
     * Drops the index that made a session number unique within a term across every council (a database from before
     * communes held sessions has it; the per-council index replaces it). Idempotent: nothing to drop is fine.
     */
    async dropCityOnlyIndex(): Promise<void> {
      const indexes = await store.model.collection.indexes().catch(() => []);
      if (indexes.some((index) => index.name === cityOnlyIndex)) await store.model.collection.dropIndex(cityOnlyIndex);
    },

    /** The city council's first session (kỳ họp thứ nhất) of each of several terms, in one query: where a term begins. */
    firstSessionByTermLoader: () =>
      createGroupLoader<CouncilSessionDoc>(
        (terms) => store.model.find({ term: { $in: [...terms] }, number: 1, ...heldByQuery(councilAgencyId) }).lean<CouncilSessionDoc[]>().exec(),
        (row) => row.term,
      ),
  };
}
