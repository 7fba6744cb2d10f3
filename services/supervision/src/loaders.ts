import type DataLoader from 'dataloader';
import type { Repositories } from './repositories';
import type { SupervisionRecommendationDoc } from './repositories/recommendations';

/** Arguments of `Agency.supervisionRecommendations`. */
export interface AddresseeFilter {
  status?: string | null;
  overdueOnly?: boolean | null;
}

/**
 * One group loader per distinct filter in a request: every agency asking with the same arguments is
 * answered by one query.
 */
function perFilter(make: (filter: AddresseeFilter) => DataLoader<string, SupervisionRecommendationDoc[]>) {
  const loaders = new Map<string, DataLoader<string, SupervisionRecommendationDoc[]>>();
  return (filter: AddresseeFilter) => {
    const key = `${filter.status ?? ''}|${filter.overdueOnly ? 1 : 0}`;
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = make(filter)));
    return loader;
  };
}

/** Per-request loaders: every entity type resolves in one batched query per request. */
export function createLoaders(repositories: Repositories) {
  return {
    programme: repositories.programmes.loader(),
    reSupervisionsByProgramme: repositories.programmes.reSupervisionsLoader(),
    recommendation: repositories.recommendations.loader(),
    recommendationsByProgramme: repositories.recommendations.byProgrammeLoader(),
    recommendationsByAddressee: perFilter((filter) => repositories.recommendations.byAddresseeLoader(filter)),
    coordinationTask: repositories.coordinationTasks.loader(),
    coordinationTasksBySession: repositories.coordinationTasks.bySessionLoader(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
