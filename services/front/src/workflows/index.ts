import type { Repositories } from '../repositories';
import { electionWorkflows } from './elections';
import { jurorWorkflows } from './jurors';

/** The front's election use cases (constituencies, voter conferences, results, jurors' nominations). */
export function createWorkflows(repositories: Repositories) {
  return {
    elections: electionWorkflows(repositories),
    jurors: jurorWorkflows(repositories),
  };
}

export type Workflows = ReturnType<typeof createWorkflows>;
