import type { AgencyLookup } from '@hanoi/contracts';
import type { CoordinationIndexer } from '../events/coordination-index';
import type { Repositories } from '../repositories';
import { coordinationIndexWorkflows } from './coordination-index';
import { programmeWorkflows } from './programmes';
import { inboxWorkflows } from './inbox';
import { recommendationWorkflows } from './recommendations';
import { satisfactionWorkflows } from './satisfaction';
import { taskWorkflows } from './tasks';

/**
 * The supervision service's use cases; resolvers validate their arguments and delegate here. `lookup`: the subgraph's
 * copy of the directory, which says which body of which level and unit an agency is.
 */
export function createWorkflows(repositories: Repositories, indexer: CoordinationIndexer, lookup: AgencyLookup) {
  const satisfaction = satisfactionWorkflows(repositories);
  return {
    programmes: programmeWorkflows(repositories, lookup),
    recommendations: recommendationWorkflows(repositories, lookup),
    tasks: taskWorkflows(repositories, lookup),
    coordinationIndex: coordinationIndexWorkflows(repositories, indexer, satisfaction),
    inbox: inboxWorkflows(repositories, indexer),
    satisfaction,
  };
}

export type Workflows = ReturnType<typeof createWorkflows>;
