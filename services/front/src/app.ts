import { directoryNameEvents } from '@hanoi/contracts';
import { createDirectoryNames, createServiceRuntime, createSubgraphApp, mergeResolvers, type Logger } from '@hanoi/platform';
import { service, type Config } from './config';
import { createConsumers } from './events/consumers';
import { createLoaders } from './loaders';
import { createRepositories } from './repositories';
import { createResolvers } from './resolvers';
import { electionResolvers } from './resolvers-elections';
import { createWorkflows } from './workflows';

/** Builds the front subgraph from its configuration without listening (tests start it on port 0). */
export function createApp(config: Config, logger?: Logger) {
  const runtime = createServiceRuntime(service, config, logger);
  const repositories = createRepositories(runtime.database.connection, runtime.outbox);
  // The names of the agencies and units it refers to, which it provides (@provides): no committee fetch for them.
  const directoryNames = createDirectoryNames(runtime, { events: directoryNameEvents });
  return createSubgraphApp(runtime, {
    resolvers: directoryNames.withNames(mergeResolvers(createResolvers(repositories, directoryNames.agency), electionResolvers(createWorkflows(repositories), repositories))),
    loaders: () => createLoaders(repositories),
    consumers: [directoryNames.component, ...createConsumers(runtime, repositories)],
  });
}
