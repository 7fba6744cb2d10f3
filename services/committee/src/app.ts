import { createServiceRuntime, createSubgraphApp, type Logger } from '@hanoi/platform';
import { service, type Config } from './config';
import { createConsumers } from './events/consumers';
import { createLoaders } from './loaders';
import { createRepositories } from './repositories';
import { createResolvers } from './resolvers';

/** Builds the committee subgraph from its configuration without listening (tests start it on port 0). */
export function createApp(config: Config, logger?: Logger) {
  const runtime = createServiceRuntime(service, config, logger);
  const repositories = createRepositories(runtime.database.connection, runtime.outbox, {
    directoryRefreshMs: config.COMMITTEE_DIRECTORY_REFRESH_MS,
    logger: runtime.logger,
    publish: (events) => runtime.bus.publish(runtime.topic(service), events),
  });
  return createSubgraphApp(runtime, {
    resolvers: createResolvers(repositories),
    loaders: () => createLoaders(repositories),
    // The directory is in memory before the consumers and the API use it (started after the database).
    consumers: [repositories.directoryCache, ...createConsumers(runtime, repositories)],
  });
}
