import type { CoordinationIndexer } from '../events/coordination-index';
import type { Repositories } from '../repositories';
import { coordinationIndexWorkflows } from './coordination-index';
import { programmeWorkflows } from './programmes';
import { inboxWorkflows } from './inbox';
import { recommendationWorkflows } from './recommendations';
import { satisfactionWorkflows } from './satisfaction';
import { taskWorkflows } from './tasks';

/** The supervision service's use cases; resolvers validate their arguments and delegate here. */
export function createWorkflows(repositories: Repositories, indexer: CoordinationIndexer) {
  const satisfaction = satisfactionWorkflows(repositories);
  return {
    programmes: programmeWorkflows(repositories),
    recommendations: recommendationWorkflows(repositories),
    tasks: taskWorkflows(repositories),
    coordinationIndex: coordinationIndexWorkflows(repositories, indexer, satisfaction),
    inbox: inboxWorkflows(repositories, indexer),
    satisfaction,
  };
}

export type Workflows = ReturnType<typeof createWorkflows>;
