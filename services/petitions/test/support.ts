import { createEventBus, createEvent, createLogger, type CloudEvent } from '@hanoi/platform';
import { dropDatabases, testEnv } from '@hanoi/platform/testing';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';

/** Starts petitions on port 0 (own database and topics) with a producer to play the other services. */
export async function startPetitions() {
  const config = loadConfig(testEnv('petitions'));
  const app = createApp(config);
  const { url } = await app.start(0);
  const bus = createEventBus({ brokers: config.KAFKA_BROKERS, clientId: 'petitions-test', logger: createLogger({ service: 'test', level: 'silent' }) });
  await bus.start();
  return {
    app,
    url,
    config,
    /** Publishes `event` on `service`'s topic of this run, as that service would. */
    publish: (service: string, event: CloudEvent) => bus.publish(app.runtime.topic(service), [event]),
    event: createEvent,
    async stop() {
      await bus.stop();
      await app.stop();
      await dropDatabases(config.MONGO_URL, [config.MONGO_DB]);
    },
  };
}
