import type { Repositories } from './repositories';

/** One loader per argument value asked for in a request (a status, a subject type), created on first use. */
function loaderPer<K, L>(create: (key: K) => L): (key: K) => L {
  const loaders = new Map<K, L>();
  return (key) => {
    let loader = loaders.get(key);
    if (!loader) {
      loader = create(key);
      loaders.set(key, loader);
    }
    return loader;
  };
}

/** Per-request loaders: every entity type resolves in one batched query per request. */
export function createLoaders(repositories: Repositories) {
  return {
    agency: repositories.agencies.loader(),
    agencyChildren: repositories.agencies.byParentLoader(),
    administrativeUnit: repositories.administrativeUnits.loader(),
    unitChildren: repositories.administrativeUnits.byParentLoader(),
    unitSuccessors: repositories.administrativeUnits.successorsLoader(),
    assignment: repositories.assignments.loader(),
    /** Agency.assignments(status, first, after): one query per set of arguments asked for in the request. */
    assignmentsByAgency: repositories.assignments.byAgencyPages(),
    /** Petition.assignment(s) and SupervisionRecommendation.assignments: one query per subject type. */
    assignmentsBySubject: loaderPer(repositories.assignments.bySubjectLoader),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
