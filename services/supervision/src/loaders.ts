import DataLoader from 'dataloader';
import type { IndexFigure } from './domain/coordination-index/formula';
import { parsePeriod, type Period } from './domain/coordination-index/period';
import type { Repositories } from './repositories';
import type { SatisfactionFigure } from './workflows/satisfaction';

/** Arguments of an index figure: the period (already valid) and the weights version. */
export interface IndexArgs {
  period: string;
  weightsVersion?: number | null;
}

/** Arguments of `Agency.coordinationIndexHistory`. */
export interface HistoryArgs {
  from: string;
  to: string;
  weightsVersion?: number | null;
}

/** One loader per distinct arguments in a request: every agency asking with the same arguments is answered by one query. */
function perArguments<A, V>(keyOf: (args: A) => string, make: (args: A) => DataLoader<string, V>) {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (args: A) => {
    const key = keyOf(args);
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = make(args)));
    return loader;
  };
}

/** Per-request loaders: every entity type resolves in one batched query per request. */
export function createLoaders(
  repositories: Repositories,
  figures: (agencyIds: readonly string[], period: Period, weightsVersion: number | null | undefined) => Promise<IndexFigure[]>,
  satisfactionFigures: (agencyIds: readonly string[], period: Period) => Promise<SatisfactionFigure[]>,
  histories: (agencyIds: readonly string[], from: string, to: string, weightsVersion: number | null | undefined) => Promise<IndexFigure[][]>,
) {
  const tasksBy = repositories.coordinationTasks.groupLoader;
  return {
    programme: repositories.programmes.loader(),
    reSupervisionsByProgramme: repositories.programmes.reSupervisionsLoader(),
    recommendation: repositories.recommendations.loader(),
    recommendationsByProgramme: repositories.recommendations.byProgrammeLoader(),
    /** Agency.supervisionRecommendations(…, first, after): one query per set of arguments asked for in the request. */
    recommendationsByAddressee: repositories.recommendations.byAddresseePages(),
    coordinationTask: repositories.coordinationTasks.loader(),
    /** CouncilSession.preparationTasks(first, after): one query per set of arguments asked for in the request. */
    tasksBySession: repositories.coordinationTasks.bySessionPages(),
    tasksByPlan: tasksBy('planId')(),
    tasksByRecommendation: tasksBy('recommendationId')(),
    plan: repositories.plans.loader(),
    /** Index figures of every agency asked with the same period and weights, from one query. */
    coordinationIndex: perArguments(
      (args: IndexArgs) => `${args.period}|${args.weightsVersion ?? ''}`,
      (args) => new DataLoader<string, IndexFigure>((agencyIds) => figures(agencyIds, asPeriod(args.period), args.weightsVersion)),
    ),
    /** Monthly index figures of every agency asked with the same range and weights, from one query. */
    coordinationIndexHistory: perArguments(
      (args: HistoryArgs) => `${args.from}|${args.to}|${args.weightsVersion ?? ''}`,
      (args) => new DataLoader<string, IndexFigure[]>((agencyIds) => histories(agencyIds, args.from, args.to, args.weightsVersion)),
    ),
    /** Satisfaction figures of every agency asked for the same period, from one query. */
    satisfaction: perArguments(
      (period: string) => period,
      (period) => new DataLoader<string, SatisfactionFigure>((agencyIds) => satisfactionFigures(agencyIds, asPeriod(period))),
    ),
  };
}

/** A period label the resolver already validated. */
function asPeriod(label: string): Period {
  const period = parsePeriod(label);
  if ('problem' in period) throw new Error(`invalid period ${label}`);
  return period;
}

export type Loaders = ReturnType<typeof createLoaders>;
