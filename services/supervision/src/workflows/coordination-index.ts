import { badInput, hanoiToday, type Caller } from '@hanoi/platform';
import { stringify } from 'csv-stringify/sync';
import { requireAdmin } from '../access';
import { computeIndex, rankIndexes, type IndexFigure } from '../domain/coordination-index/formula';
import { monthsBetween, parsePeriod, type Period } from '../domain/coordination-index/period';
import { reviewOf, type DirectoryEntry } from '../domain/coordination-index/review';
import { satisfactionCounts } from '../domain/satisfaction';
import { nextWeights, type SetWeightsInput, type Weights } from '../domain/coordination-index/weights';
import type { CoordinationIndexer } from '../events/coordination-index';
import type { Repositories } from '../repositories';
import type { Context } from './context';
import type { SatisfactionWorkflows } from './satisfaction';

/** The period argument, or BAD_USER_INPUT naming it. */
export function periodArgument(value: string, field = 'period'): Period {
  const period = parsePeriod(value);
  if ('problem' in period) throw badInput(field, period.problem);
  return period;
}

/** Text that a spreadsheet would run as a formula is prefixed with an apostrophe (OWASP "CSV injection"). */
const safeCell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The coordination index: figures per agency, ranking, monthly history, the periodic review (sơ kết, tổng kết),
 * the versioned weights and the rebuild from offset 0. Every figure is computed from the read model the indexer
 * keeps, with one query per request for the obligations it needs.
 */
export function coordinationIndexWorkflows(repositories: Repositories, indexer: CoordinationIndexer, satisfaction: SatisfactionWorkflows) {
  const store = repositories.coordinationIndex;

  async function weightsFor(version: number | null | undefined): Promise<Weights> {
    if (version == null) return repositories.weights.current();
    const weights = await repositories.weights.version(version);
    if (!weights) throw badInput('weightsVersion', `there is no weights version ${version}`);
    return weights;
  }

  /** Figures of several agencies for one period, from one query (the per-request loader calls this). */
  async function figures(agencyIds: readonly string[], period: Period, weightsVersion: number | null | undefined): Promise<IndexFigure[]> {
    const [generation, weights] = await Promise.all([indexer.activeGeneration(), weightsFor(weightsVersion)]);
    const rows = await store.obligationsBetween(generation, period.from, period.to, agencyIds);
    const today = hanoiToday();
    return agencyIds.map((agencyId) => computeIndex(agencyId, period, rows, weights, today));
  }

  async function directory(generation: number): Promise<Map<string, DirectoryEntry>> {
    return new Map((await store.agencies(generation)).map((agency) => [agency.agencyId, agency]));
  }

  /**
   * The review, each body with its petitioners' satisfaction beside its index (a body with satisfaction recorded but
   * nothing due is listed too, without lines or index).
   */
  async function review(periodText: string) {
    const period = periodArgument(periodText);
    const [generation, weights] = await Promise.all([indexer.activeGeneration(), weightsFor(null)]);
    const [rows, known] = await Promise.all([store.obligationsBetween(generation, period.from, period.to), directory(generation)]);
    const reviewed = reviewOf(period, rows, known, weights, hanoiToday());
    const satisfied = await satisfaction.byBody(period, known);
    const unreviewed = [...satisfied.keys()].filter((bodyId) => !reviewed.some((body) => body.bodyId === bodyId)).map((bodyId) => ({ bodyId, lines: [], index: null }));
    const bodies = [...reviewed, ...unreviewed]
      .sort((a, b) => a.bodyId.localeCompare(b.bodyId))
      .map((body) => ({ ...body, satisfaction: satisfied.get(body.bodyId) ?? { agencyId: body.bodyId, period, ...satisfactionCounts([]) } }));
    return { period, weightsVersion: weights.version, bodies };
  }

  return {
    figures,

    /** One agency's index (root query): BAD_USER_INPUT for an agency the directory does not know. */
    async agencyIndex(agencyId: string, periodText: string, weightsVersion: number | null | undefined, ctx: Context) {
      const period = periodArgument(periodText);
      const generation = await indexer.activeGeneration();
      if ((await store.agencies(generation, { ids: [agencyId] })).length === 0) throw badInput('agencyId', `there is no agency ${agencyId} in the directory`);
      return ctx.loaders.coordinationIndex({ period: period.label, weightsVersion }).load(agencyId);
    },

    /**
     * Agencies of a level (all when omitted), of one administrative unit when `administrativeUnitId` is given (a
     * commune's bodies), ranked by their index, best first; those without one last.
     */
    async ranking(periodText: string, level: string | null | undefined, weightsVersion: number | null | undefined, administrativeUnitId?: string | null) {
      const period = periodArgument(periodText);
      const generation = await indexer.activeGeneration();
      const agencies = await store.agencies(generation, { level, administrativeUnitId });
      const ranked = rankIndexes(await figures(agencies.map((agency) => agency.agencyId), period, weightsVersion));
      return ranked.map((figure, index) => ({ rank: figure.value === null ? null : index + 1, figure }));
    },

    /**
     * One figure per month from `from` to `to` (months, quarters or years as bounds) for each of several agencies (the
     * per-request loader calls this), from one query.
     */
    async histories(agencyIds: readonly string[], fromText: string, toText: string, weightsVersion: number | null | undefined): Promise<IndexFigure[][]> {
      const months = monthsBetween(periodArgument(fromText, 'from'), periodArgument(toText, 'to'));
      if ('problem' in months) throw badInput('to', months.problem);
      const [generation, weights] = await Promise.all([indexer.activeGeneration(), weightsFor(weightsVersion)]);
      const rows = await store.obligationsBetween(generation, months[0]!.from, months[months.length - 1]!.to, agencyIds);
      const today = hanoiToday();
      return agencyIds.map((agencyId) => months.map((month) => computeIndex(agencyId, month, rows, weights, today)));
    },

    review,

    /** The review as CSV (RFC 4180, UTF-8 with a BOM so spreadsheets show Vietnamese), one line per body and content. */
    async reviewCsv(periodText: string) {
      const { period, weightsVersion, bodies } = await review(periodText);
      const rows = bodies.flatMap((body) =>
        body.lines.map((line) => [period.label, safeCell(body.bodyId), line.content, line.due, line.onTime, line.late, line.overdue, line.pending, body.index ?? '', weightsVersion]),
      );
      const header = ['period', 'body', 'content', 'due', 'onTime', 'late', 'overdue', 'pending', 'bodyIndex', 'weightsVersion'];
      return `\uFEFF${stringify([header, ...rows], { record_delimiter: '\r\n' })}`;
    },

    weightVersions: () => repositories.weights.history(),

    /** One version with its note (the current one when omitted); BAD_USER_INPUT on `version` when there is none. */
    async weightsVersion(version: number | null | undefined) {
      const versions = await repositories.weights.history();
      const found = version == null ? versions[0] : versions.find((stored) => stored.version === version);
      if (!found) throw badInput('version', `there is no weights version ${version}`);
      return found;
    },

    /** A new weights version (admin): omitted kinds keep their weight; negative or all-zero weights are refused. */
    async setWeights(input: SetWeightsInput, caller: Caller) {
      requireAdmin(caller);
      const next = nextWeights(await repositories.weights.current(), input);
      if ('problem' in next) throw badInput('input.weights', next.problem);
      const saved = await repositories.weights.save(next, input.note, caller.subject);
      return { ...next, note: saved.note, setAt: saved.setAt };
    },

    async rebuild(caller: Caller) {
      requireAdmin(caller);
      return indexer.rebuild();
    },

    async status() {
      const state = await store.state();
      return { activeGeneration: state.activeGeneration, lastBuild: state.lastBuild, building: indexer.progress() ?? null };
    },
  };
}

export type CoordinationIndexWorkflows = ReturnType<typeof coordinationIndexWorkflows>;
