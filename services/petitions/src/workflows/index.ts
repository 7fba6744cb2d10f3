import type { Logger } from '@hanoi/platform';
import { maxCsvRows } from '../csv';
import type { DeadlineOverrides } from '../domain/deadlines';
import type { IdentityCipher } from '../domain/identity';
import type { Repositories } from '../repositories';
import { administrationWorkflows } from './administration';
import { createWorkflowContext } from './context';
import { deadlineWorkflows } from './deadlines';
import { identityWorkflows } from './identity';
import { intakeWorkflows } from './intake';
import { lifecycleWorkflows } from './lifecycle';
import { mergeWorkflows } from './merge';
import { receptionWorkflows } from './reception';
import { reportingWorkflows } from './reporting';
import { routingWorkflows } from './routing';
import { satisfactionWorkflows } from './satisfaction';
import { transferWorkflows } from './transfer';
import { voterRecommendationWorkflows } from './voter-recommendations';

/**
 * The petitions service's use cases, by group. Resolvers and event handlers authorise what needs no case, validate
 * their input, and delegate here; the workflows check references, authorise against the case, and write.
 */
export function createWorkflows(
  repositories: Repositories,
  cipher: IdentityCipher,
  logger: Logger,
  options: { csvMaxRows?: number; deadlineOverrides?: DeadlineOverrides } = {},
) {
  const ctx = createWorkflowContext({ repositories, cipher, logger, overrides: options.deadlineOverrides ?? {}, csvMaxRows: options.csvMaxRows ?? maxCsvRows });
  const routing = routingWorkflows(ctx);
  const identity = identityWorkflows(ctx);
  const reception = receptionWorkflows(ctx);
  const intake = intakeWorkflows(ctx, routing, identity);
  return {
    routing,
    identity,
    intake,
    satisfaction: satisfactionWorkflows(ctx, intake),
    voterRecommendations: voterRecommendationWorkflows(ctx, routing),
    lifecycle: lifecycleWorkflows(ctx),
    transfer: transferWorkflows(ctx),
    merge: mergeWorkflows(ctx),
    deadlines: deadlineWorkflows(ctx),
    reporting: reportingWorkflows(ctx, identity),
    reception,
    administration: administrationWorkflows(ctx, reception),
  };
}

export type Workflows = ReturnType<typeof createWorkflows>;
