import type DataLoader from 'dataloader';
import type { AssignmentStatus } from './domain/assignment';
import type { Repositories } from './repositories';
import type { AssignmentDoc } from './repositories/assignments';

/** Per-request loaders: every entity type resolves in one batched query per request. */
export function createLoaders(repositories: Repositories) {
  const assignmentsByAgency = new Map<AssignmentStatus | null, DataLoader<string, AssignmentDoc[]>>();
  return {
    agency: repositories.agencies.loader(),
    agencyChildren: repositories.agencies.byParentLoader(),
    administrativeUnit: repositories.administrativeUnits.loader(),
    unitChildren: repositories.administrativeUnits.byParentLoader(),
    unitSuccessors: repositories.administrativeUnits.successorsLoader(),
    assignment: repositories.assignments.loader(),
    /** Agency.assignments(status): one loader (one query) per status asked for in the request. */
    assignmentsByAgency(status: AssignmentStatus | null): DataLoader<string, AssignmentDoc[]> {
      let loader = assignmentsByAgency.get(status);
      if (!loader) {
        loader = repositories.assignments.byAgencyLoader(status);
        assignmentsByAgency.set(status, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
