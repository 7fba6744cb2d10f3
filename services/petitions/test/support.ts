import { createEventBus, createLogger, type CloudEvent } from '@hanoi/platform';
import { startTestSubgraph } from '@hanoi/platform/testing';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';

/** Starts petitions on port 0 (own database and topics) with a producer to play the other services. */
export async function startPetitions() {
  const petitions = await startTestSubgraph('petitions', loadConfig, createApp);
  const bus = createEventBus({ brokers: petitions.config.KAFKA_BROKERS, clientId: 'petitions-test', logger: createLogger({ service: 'test', level: 'silent' }) });
  await bus.start();
  return {
    ...petitions,
    /** Publishes `event` on `service`'s topic of this run, as that service would. */
    publish: (service: string, event: CloudEvent) => bus.publish(petitions.app.runtime.topic(service), [event]),
    async stop() {
      await bus.stop();
      await petitions.stop();
    },
  };
}
