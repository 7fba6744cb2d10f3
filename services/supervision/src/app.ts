import { directoryNameEvents } from '@hanoi/contracts';
import { createDirectoryNames, createServiceRuntime, createSubgraphApp, type Logger } from '@hanoi/platform';
import { service, type Config } from './config';
import { createCoordinationIndexer } from './events/coordination-index';
import { createConsumers } from './events/consumers';
import { createEscalationSweeper } from './events/escalation';
import { createLoaders } from './loaders';
import { createRepositories } from './repositories';
import { createResolvers } from './resolvers';
import { createWorkflows } from './workflows';

/** Builds the supervision subgraph from its configuration without listening (tests start it on port 0). */
export function createApp(config: Config, logger?: Logger) {
  const runtime = createServiceRuntime(service, config, logger);
  const repositories = createRepositories(runtime.database.connection, runtime.outbox);
  const indexer = createCoordinationIndexer(runtime, repositories.coordinationIndex);
  const escalation = createEscalationSweeper(repositories.recommendations, runtime.logger, config.SUPERVISION_SWEEP_INTERVAL_MS);
  // The names of the agencies and units it refers to, which it provides (@provides): no committee fetch for them; and
  // which body of which level and unit each agency is (authorization, the commune level).
  const directoryNames = createDirectoryNames(runtime, { events: directoryNameEvents });
  const workflows = createWorkflows(repositories, indexer, directoryNames.agency);
  const app = createSubgraphApp(runtime, {
    resolvers: directoryNames.withNames(createResolvers(workflows)),
    loaders: () =>
      createLoaders(repositories, workflows.coordinationIndex.figures, workflows.satisfaction.figures, workflows.coordinationIndex.histories),
    consumers: [directoryNames.component, ...createConsumers(runtime, repositories, directoryNames.knownAgency), indexer, escalation],
  });
  return { ...app, indexer, escalation };
}
