import { directoryNameEvents } from '@hanoi/contracts';
import { createDirectoryNames, createServiceRuntime, createSubgraphApp, mergeResolvers, type Component, type Logger } from '@hanoi/platform';
import { service, type Config } from './config';
import { createConsumers } from './events/consumers';
import { createLoaders } from './loaders';
import { createRepositories, type Repositories } from './repositories';
import { createResolvers } from './resolvers';
import { jurorResolvers } from './resolvers-jurors';

/** Drops the index that kept session numbers unique across every council, before communes' sessions are scheduled. */
const cityOnlyIndexDropped = (repositories: Repositories): Component => ({
  name: 'council sessions index',
  start: () => repositories.councilSessions.dropCityOnlyIndex(),
  stop: async () => undefined,
});

/** Builds the council subgraph from its configuration without listening (tests start it on port 0). */
export function createApp(config: Config, logger?: Logger) {
  const runtime = createServiceRuntime(service, config, logger);
  const repositories = createRepositories(runtime.database.connection, runtime.outbox, {
    documentLeadDays: config.COUNCIL_DOCUMENT_LEAD_DAYS,
    questionAnswerDays: config.COUNCIL_QUESTION_ANSWER_DAYS,
  });
  // The names of the agencies and units it refers to, which it provides (@provides): no committee fetch for them.
  const directoryNames = createDirectoryNames(runtime, { events: directoryNameEvents });
  return createSubgraphApp(runtime, {
    resolvers: directoryNames.withNames(mergeResolvers(createResolvers(repositories, directoryNames), jurorResolvers(repositories))),
    loaders: () => createLoaders(repositories),
    consumers: [directoryNames.component, cityOnlyIndexDropped(repositories), ...createConsumers(runtime, repositories)],
  });
}
