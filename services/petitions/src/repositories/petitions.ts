import { obligationEvents, petitionsEvents } from '@hanoi/contracts';
import {
  afterCursor,
  alsoMatching,
  connectionOf,
  createEntityStore,
  createGroupLoader,
  createListPageLoader,
  groupRows,
  pageSize,
  rowsPerCommand,
  sortSpecOf,
  type Connection,
  type EventDraft,
  type ListOrder,
  type ListPageArgs,
  type Outbox,
  type PageArgs,
  type PageSort,
} from '@hanoi/platform';
import DataLoader from 'dataloader';
import type { Connection as DatabaseConnection, FilterQuery, UpdateQuery } from 'mongoose';
import type { HistoryEntry, PetitionDoc } from '../domain/case';
import type { DeadlineFacts } from '../domain/case-deadlines';
import { caseObligations } from '../domain/case-obligations';
import { chainHistory } from '../domain/history-chain';
import type { StoredPetitioner } from '../domain/identity';
import { openStatuses } from '../domain/petition';
import type { CaseScope } from '../domain/need-to-know';
import { countQuery, csvProjection, petitionQuery, type CountDimension, type PetitionFilter, type PetitionOrder } from './petition-query';
import { petitionSchema } from './petition-schema';

/** One guarded write of a case: the update and the events it implies (obligation events are derived on top). */
export interface CaseWrite {
  update: UpdateQuery<PetitionDoc>;
  events: EventDraft[];
}

/** The lines an update appends to the history (`$push: { history: line }` or `{ $each: [...] }`). */
function pushedHistory(update: UpdateQuery<PetitionDoc>): HistoryEntry[] | null {
  const pushed = (update.$push as { history?: HistoryEntry | { $each: HistoryEntry[] } } | undefined)?.history;
  if (!pushed) return null;
  return '$each' in pushed ? pushed.$each : [pushed];
}

/** `update` with the history lines it appends linked into the case's hash chain, from the history just read. */
function chained(current: PetitionDoc, update: UpdateQuery<PetitionDoc>): UpdateQuery<PetitionDoc> {
  const added = pushedHistory(update);
  if (!added) return update;
  return { ...update, $push: { ...update.$push, history: { $each: chainHistory(current._id, current.history ?? [], added) } } };
}

/** The orders of case lists (keyset: the field, then `_id`). */
const sortOf: Record<PetitionOrder, PageSort> = {
  RECEIVED_DESC: { field: 'receivedOn', direction: -1, isDate: true },
  DUE_ASC: { field: 'dueSort', direction: 1, isDate: true },
};

/** The fields deciding who may see a case (need-to-know): its kind and agencies. */
const audience = { _id: 1, kind: 1, agencyId: 1, cooperatingAgencyIds: 1 } as const;

/** A new case with its first history lines chained from the genesis. */
const sealed = (doc: PetitionDoc): PetitionDoc => ({ ...doc, history: chainHistory(doc._id, [], doc.history) });

/**
 * The cases (collection `petitions`). Every write also stores the obligation events its deadlines imply (F4), so
 * an obligation opens, moves, is met or cancelled in the write that changes its deadline.
 */
export function createPetitionRepository(connection: DatabaseConnection, outbox: Outbox) {
  const store = createEntityStore<PetitionDoc>({
    connection,
    outbox,
    modelName: 'Petition',
    collection: 'petitions',
    schema: petitionSchema,
    derivedEvents: obligationEvents(petitionsEvents.obligation, caseObligations),
  });
  const model = store.model;

  /** Cases matching `filter` within a reader's scope per agency, for several agencies in one aggregation. */
  async function totalsByAgency(filter: PetitionFilter, scope: CaseScope, agencyIds: readonly string[]): Promise<number[]> {
    const rows = await model
      .aggregate<{ _id: string; count: number }>([
        { $match: { ...petitionQuery(filter, scope), agencyId: { $in: [...agencyIds] } } },
        { $group: { _id: '$agencyId', count: { $sum: 1 } } },
      ])
      .exec();
    const counts = new Map(rows.map((row) => [row._id, row.count]));
    return agencyIds.map((id) => counts.get(id) ?? 0);
  }

  /** Pages of a list of cases under another entity, one query per request and arguments, the reader's scope in the query (pages stay full). */
  const scopedPages = (parentField: 'voterMeetingId' | 'dueSessionId', order: ListOrder) => {
    const pages = createListPageLoader<PetitionDoc>({ model, parentField, order });
    return (page: ListPageArgs, scope: CaseScope) => pages(page, petitionQuery({}, scope));
  };

  return {
    model,
    loader: store.loader,
    findById: store.findById,

    /**
     * The one way a case changes: under the per-document lock (FerretDB 1.24 updates are not isolated), the case
     * matching `guard` is read (with its co-signer keys), `build` computes the update and its events from it (so
     * appends and derived fields never lose a concurrent change of this process), and both are stored in one
     * single-document write. Null when nothing matched the guard or `build` had nothing to do. History lines the
     * update appends are chained here (tamper evidence): the head they link to is read under the same lock, so two
     * appends never link to the same line.
     */
    write: (id: string, guard: FilterQuery<PetitionDoc>, build: (current: PetitionDoc) => CaseWrite | null) =>
      store.write(
        id,
        guard,
        (current) => {
          const built = build(current);
          return built && { ...built, update: chained(current, built.update) };
        },
        '+cosignerKeys',
      ),

    /** A new case with its events (`petition.routed`), in one write. */
    insert: (doc: PetitionDoc, ...events: EventDraft[]) => store.insert(sealed(doc), ...events),

    /** Same, for a case opened from an event (derived id): false when that event was seen already. */
    insertOnce: (doc: PetitionDoc, ...events: EventDraft[]) => store.insertOnce(sealed(doc), ...events),

    /** The stored (possibly encrypted) petitioners of a case; the only read that loads them. */
    async storedPetitioners(id: string): Promise<StoredPetitioner[] | null> {
      const row = await model.findById(id).select('+petitioners').lean<PetitionDoc>().exec();
      return row ? (row.petitioners ?? []) : null;
    },

    /** A case with its petitioners' match keys (duplicates, second complaints). */
    withKeys: (id: string) => model.findById(id).select('+petitioners +petitionerKeys +cosignerKeys').lean<PetitionDoc>().exec(),

    /** The petitioners' match keys of several cases, in one query (duplicate candidates). */
    keysOf: (ids: readonly string[]) =>
      model
        .find({ _id: { $in: [...ids] } })
        .select({ _id: 1, petitionerKeys: 1 })
        .batchSize(rowsPerCommand)
        .lean<Pick<PetitionDoc, '_id' | 'petitionerKeys'>[]>()
        .exec(),

    /** Several cases with their co-signer keys (merges), in one query. */
    withCosignerKeys: (ids: readonly string[]) =>
      model
        .find({ _id: { $in: [...ids] } })
        .select('+cosignerKeys')
        .lean<PetitionDoc[]>()
        .exec(),

    /** Council voter recommendations still waiting for a due date tied to the next council session (F3). */
    /** Voter recommendations of one council's meetings (the city's: `councilUnitId` null, or absent on older cases) still without a session. */
    awaitingSessionDue: (councilUnitId: string | null = null) =>
      model.find({ kind: 'VOTER_RECOMMENDATION', dueSessionId: null, voterMeetingId: { $ne: null }, councilUnitId, status: { $in: openStatuses } }).lean<PetitionDoc[]>().exec(),

    /**
     * The open cases with a deadline due on or after `from`, with what their deadlines are computed from (one
     * query; the holiday recomputation's worklist, filtered in memory before any write).
     */
    recomputeCandidates: (from: Date) =>
      model
        .find({ status: { $in: openStatuses }, 'deadlines.dueOn': { $gte: from } })
        .select({ deadlines: 1, kind: 1, receivedOn: 1, acceptedOn: 1, verificationNeeded: 1, complexity: 1, remote: 1, extensions: 1, dueSessionId: 1 })
        .sort({ _id: 1 })
        .lean<Pick<PetitionDoc, '_id' | 'deadlines' | keyof DeadlineFacts>[]>()
        .exec(),

    /**
     * Open cases with a pending deadline past its day whose miss was not published (oldest first), as the sweeper
     * needs them: id and the sweeper key it read (its guard).
     */
    missedCandidates: (today: Date, limit: number) =>
      model
        .find({ unnotifiedDueOn: { $lt: today }, status: { $in: openStatuses } })
        .select({ _id: 1, unnotifiedDueOn: 1 })
        .sort({ unnotifiedDueOn: 1, _id: 1 })
        .limit(limit)
        .lean<Pick<PetitionDoc, '_id' | 'unnotifiedDueOn'>[]>()
        .exec(),

    /** A page of the cases a filter matches within a reader's scope. */
    list: (filter: PetitionFilter, scope: CaseScope, page: PageArgs, order: PetitionOrder = 'RECEIVED_DESC') =>
      store.list(petitionQuery(filter, scope), page, sortOf[order]),

    /**
     * Per request: `Agency.cases` of every agency asking with the same arguments. One agency's page is `list`'s
     * (limited in the database); several agencies' pages come from one query, cut per agency here (FerretDB 1.24 has no
     * `$push` to cut them in a `$group`), and their totals, when asked, from one `$group` by agency.
     */
    agencyPages: () => {
      const byArguments = new Map<string, DataLoader<string, Connection<PetitionDoc>>>();
      return (filter: PetitionFilter, scope: CaseScope, page: PageArgs, order: PetitionOrder = 'RECEIVED_DESC') => {
        const limit = pageSize(page.first);
        const key = JSON.stringify([filter, scope, limit, page.after ?? null, order]);
        let loader = byArguments.get(key);
        if (!loader) {
          const totals = new DataLoader<string, number>((agencyIds) => totalsByAgency(filter, scope, agencyIds));
          loader = new DataLoader<string, Connection<PetitionDoc>>(async (agencyIds) => {
            if (agencyIds.length === 1) return [await store.list(petitionQuery({ ...filter, agencyId: agencyIds[0] }, scope), page, sortOf[order])];
            const sort = sortOf[order];
            let query: FilterQuery<PetitionDoc> = { ...petitionQuery(filter, scope), agencyId: { $in: [...agencyIds] } };
            if (page.after) query = alsoMatching(query, afterCursor<PetitionDoc>(page.after, sort));
            const rows = await model.find(query).sort(sortSpecOf(sort)).batchSize(rowsPerCommand).lean<PetitionDoc[]>().exec();
            return groupRows(rows, agencyIds, (row) => row.agencyId, limit + 1).map((agencyRows, index) =>
              connectionOf(agencyRows, limit, page, sort, () => totals.load(agencyIds[index]!)),
            );
          });
          byArguments.set(key, loader);
        }
        return loader;
      };
    },

    /**
     * Counts of the matching cases per value of one field, largest first (one aggregation). One field at a time: a
     * compound key (status × agency × category, ~3,000 groups city-wide) costs FerretDB 1.24 a linear search of
     * the groups per document (its `$group` keeps them in a list) — beyond 300 s at 100,000 cases.
     */
    async countBy(filter: PetitionFilter, scope: CaseScope, field: CountDimension): Promise<{ key: string; count: number }[]> {
      const groups = await model
        .aggregate<{ _id: string | null; count: number }>([{ $match: countQuery(filter, scope) }, { $group: { _id: `$${field}`, count: { $sum: 1 } } }])
        .exec();
      return groups
        .map((group) => ({ key: group._id ?? '', count: group.count }))
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    },

    /** How many cases a filter matches within a reader's scope (the size of a CSV export). */
    count: (filter: PetitionFilter, scope: CaseScope) => model.countDocuments(petitionQuery(filter, scope)).exec(),

    /** The rows of a CSV export within a reader's scope, newest first, streamed from the database. */
    csvCursor: (filter: PetitionFilter, scope: CaseScope) =>
      model.find(petitionQuery(filter, scope)).select(csvProjection).sort({ receivedOn: -1, _id: -1 }).lean<PetitionDoc>().cursor({ batchSize: 1_000 }),

    /** Cases (not merged away) with any of these petitioner keys, most recent first, with their keys and who may see them. */
    samePetitioner: (keys: readonly string[], limit: number) =>
      keys.length === 0
        ? Promise.resolve([])
        : model
            .find({ mergedInto: null, petitionerKeys: { $in: [...keys] } })
            .select({ ...audience, petitionerKeys: 1 })
            .sort({ receivedOn: -1, _id: -1 })
            .limit(limit)
            .batchSize(rowsPerCommand)
            .lean<Pick<PetitionDoc, keyof typeof audience | 'petitionerKeys'>[]>()
            .exec(),

    /** Recent cases (not merged away) of these cases' units and categories, with their folded text and who may see them. */
    sameUnitAndCategory: (docs: readonly Pick<PetitionDoc, 'administrativeUnitId' | 'category'>[], limit: number) => {
      const places = [...new Map(docs.map((doc) => [`${doc.administrativeUnitId}|${doc.category}`, doc])).values()];
      return places.length === 0
        ? Promise.resolve([])
        : model
            .find({ mergedInto: null, $or: places.map((doc) => ({ administrativeUnitId: doc.administrativeUnitId, category: doc.category })) })
            .select({ ...audience, administrativeUnitId: 1, category: 1, searchText: 1 })
            .sort({ receivedOn: -1, _id: -1 })
            .limit(limit)
            .batchSize(rowsPerCommand)
            .lean<Pick<PetitionDoc, keyof typeof audience | 'administrativeUnitId' | 'category' | 'searchText'>[]>()
            .exec();
    },

    /** Pages of the cases opened from several voter meetings' recommendations, within a reader's scope, in the order raised. */
    byVoterMeetingPages: () => scopedPages('voterMeetingId', [['recommendationNumber', 1], ['_id', 1]]),
    /** Pages of the voter recommendations due at several council sessions, within a reader's scope, oldest first. */
    byDueSessionPages: () => scopedPages('dueSessionId', [['receivedOn', 1], ['_id', 1]]),
    byReceptionLoader: () =>
      createGroupLoader<PetitionDoc>(
        (ids) => model.find({ receptionId: { $in: [...ids] } }).sort({ receivedOn: 1, _id: 1 }).lean<PetitionDoc[]>().exec(),
        (row) => row.receptionId ?? '',
      ),
    /** F5: the case opened for each of many forwarded recommendations, in one query (the first received, if several). */
    byForwardedRecommendationLoader: () => {
      const groups = createGroupLoader<PetitionDoc>(
        (ids) => model.find({ forwardedRecommendationId: { $in: [...ids] } }).sort({ receivedOn: 1, _id: 1 }).lean<PetitionDoc[]>().exec(),
        (row) => row.forwardedRecommendationId ?? '',
      );
      return { load: async (id: string): Promise<PetitionDoc | null> => (await groups.load(id))[0] ?? null };
    },
    /** Open cases per agency for many agencies in one aggregation. */
    openCountByAgencyLoader: () =>
      new DataLoader<string, number>(async (agencyIds) => {
        const rows = await model
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
