import { createServiceRuntime, createSubgraphApp, type Logger } from '@hanoi/platform';
import { service, type Config } from './config';
import { createCouncilConsumer } from './events/consumers';
import { createLoaders } from './loaders';
import { createRepositories } from './repositories';
import { createResolvers } from './resolvers';

/** Builds the supervision subgraph from its configuration without listening (tests start it on port 0). */
export function createApp(config: Config, logger?: Logger) {
  const runtime = createServiceRuntime(service, config, logger);
  const repositories = createRepositories(runtime.database.connection, runtime.outbox);
  return createSubgraphApp(runtime, {
    resolvers: createResolvers(repositories),
    loaders: () => createLoaders(repositories),
    consumers: [createCouncilConsumer(runtime, repositories)],
  });
}
