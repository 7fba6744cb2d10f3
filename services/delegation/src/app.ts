import { createServiceRuntime, createSubgraphApp, mergeResolvers, type Logger } from '@hanoi/platform';
import { service, type Config } from './config';
import { createConsumers } from './events/consumers';
import { createLoaders } from './loaders';
import { createRepositories } from './repositories';
import { createResolvers } from './resolvers';
import { lawResolvers } from './resolvers-laws';

/** Builds the delegation subgraph from its configuration without listening (tests start it on port 0). */
export function createApp(config: Config, logger?: Logger) {
  const runtime = createServiceRuntime(service, config, logger);
  const repositories = createRepositories(runtime.database.connection, runtime.outbox);
  return createSubgraphApp(runtime, {
    resolvers: mergeResolvers(createResolvers(repositories), lawResolvers(repositories)),
    loaders: () => createLoaders(repositories),
    consumers: createConsumers(runtime, repositories),
  });
}
