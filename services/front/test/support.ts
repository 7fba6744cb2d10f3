import { dropDatabases, testEnv } from '@hanoi/platform/testing';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';

/** Starts the front subgraph on port 0 against the real local FerretDB and Kafka, in its own database. */
export async function startFront() {
  const config = loadConfig(testEnv('front'));
  const app = createApp(config);
  const { url } = await app.start(0);
  return {
    app,
    url,
    config,
    async stop() {
      await app.stop();
      await dropDatabases(config.MONGO_URL, [config.MONGO_DB]);
    },
  };
}
