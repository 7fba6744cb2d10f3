import { directoryNameEvents } from '@hanoi/contracts';
import { createDirectoryNames, createServiceRuntime, createSubgraphApp, type Component, type Logger } from '@hanoi/platform';
import { deadlineOverridesOf, service, type Config } from './config';
import { createIdentityCipher } from './domain/identity';
import { createConsumers } from './events/consumers';
import { createDeadlineSweeper } from './events/deadline-sweeper';
import { createLoaders } from './loaders';
import { createRepositories, type Repositories } from './repositories';
import { createResolvers } from './resolvers';
import { createWorkflows } from './workflows';

/** Loads the default routing table at start (rules already there, even deleted ones, are left as they are). */
function routingTableSeeder(repositories: Repositories, logger: Logger): Component {
  return {
    name: 'routing-table',
    async start() {
      const added = await repositories.routingRules.seedDefaults();
      if (added > 0) logger.info({ added }, 'default routing rules loaded');
    },
  };
}

/** Builds the petitions subgraph from its configuration without listening (tests start it on port 0). */
export function createApp(config: Config, logger?: Logger) {
  const runtime = createServiceRuntime(service, config, logger);
  const repositories = createRepositories(runtime.database.connection, runtime.outbox, { directoryWaitMs: config.PETITIONS_DIRECTORY_WAIT_MS });
  const workflows = createWorkflows(repositories, createIdentityCipher(config.PETITIONS_IDENTITY_KEY), runtime.logger, {
    csvMaxRows: config.PETITIONS_CSV_MAX_ROWS,
    deadlineOverrides: deadlineOverridesOf(config),
  });
  const sweeper = createDeadlineSweeper({ petitions: repositories.petitions, deadlines: workflows.deadlines, logger: runtime.logger, intervalMs: config.PETITIONS_SWEEP_INTERVAL_MS });
  // The names of the agencies and units it refers to, which it provides (@provides): no committee fetch for them.
  const directoryNames = createDirectoryNames(runtime, { events: directoryNameEvents });
  const app = createSubgraphApp(runtime, {
    resolvers: directoryNames.withNames(createResolvers(repositories, workflows)),
    loaders: () => createLoaders(repositories, workflows),
    // Components start after the database, broker and outbox: the seeder first, then the consumers and the sweeper.
    consumers: [routingTableSeeder(repositories, runtime.logger), directoryNames.component, ...createConsumers(runtime, repositories, workflows), sweeper],
  });
  return Object.assign(app, { repositories, sweeper });
}
