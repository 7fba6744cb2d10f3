import type { CoordinationIndexer } from '../events/coordination-index';
import type { Repositories } from '../repositories';
import { coordinationIndexWorkflows } from './coordination-index';
import { programmeWorkflows } from './programmes';
import { recommendationWorkflows } from './recommendations';
import { taskWorkflows } from './tasks';

/** The supervision service's use cases; resolvers validate their arguments and delegate here. */
export function createWorkflows(repositories: Repositories, indexer: CoordinationIndexer) {
  return {
    programmes: programmeWorkflows(repositories),
    recommendations: recommendationWorkflows(repositories),
    tasks: taskWorkflows(repositories),
    coordinationIndex: coordinationIndexWorkflows(repositories, indexer),
  };
}

export type Workflows = ReturnType<typeof createWorkflows>;
