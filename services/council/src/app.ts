import { createServiceRuntime, createSubgraphApp, type Logger } from '@hanoi/platform';
import { service, type Config } from './config';
import { createLoaders } from './loaders';
import { createRepositories } from './repositories';
import { createResolvers } from './resolvers';

/** Builds the council subgraph from its configuration without listening (tests start it on port 0). */
export function createApp(config: Config, logger?: Logger) {
  const runtime = createServiceRuntime(service, config, logger);
  const repositories = createRepositories(runtime.database.connection, runtime.outbox, {
    documentLeadDays: config.COUNCIL_DOCUMENT_LEAD_DAYS,
    questionAnswerDays: config.COUNCIL_QUESTION_ANSWER_DAYS,
  });
  return createSubgraphApp(runtime, {
    resolvers: createResolvers(repositories),
    loaders: () => createLoaders(repositories),
  });
}
