import { startPrivateKafka, type PrivateKafka } from './infrastructure';
import type { ScenarioReport } from './report';

/** Private infrastructure a scenario may ask the suite for. */
export type PrivateResource = 'broker' | 'cluster';

/** What every scenario gets: the shared local stack (for faults of the platform's own processes) and private brokers. */
export interface Suite {
  /** The local stack's Kafka and FerretDB (stack.sh): used with the scenario's own topics and databases, never stopped. */
  shared: { brokers: string[]; mongoUrl: string };
  /** A private single-node broker, shared by the scenarios that freeze it. */
  privateBroker(): Promise<PrivateKafka>;
  /** A private three-broker cluster (one scenario kills a broker of it). */
  cluster(): Promise<PrivateKafka>;
  /** Starts these in the background now (a JVM takes a while to boot), so they are ready when asked for. */
  warmUp(resources: PrivateResource[]): void;
  /** Stops every private broker started. */
  close(): Promise<void>;
}

export interface Scenario {
  id: string;
  /** One line for the table: what it does to the platform. */
  summary: string;
  /** The private infrastructure it asks the suite for (started ahead by the runner). */
  uses?: PrivateResource[];
  run(report: ScenarioReport, suite: Suite): Promise<void>;
}

export function createSuite(): Suite {
  const started = new Map<PrivateResource, Promise<PrivateKafka>>();
  const get = (resource: PrivateResource) => {
    if (!started.has(resource)) {
      const kafka = startPrivateKafka(resource === 'cluster' ? 3 : 1);
      kafka.catch(() => undefined); // a failed start is reported to the scenario that asks for it
      started.set(resource, kafka);
    }
    return started.get(resource)!;
  };
  return {
    shared: {
      brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
      mongoUrl: process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017',
    },
    privateBroker: () => get('broker'),
    cluster: () => get('cluster'),
    warmUp: (resources) => resources.forEach(get),
    async close() {
      await Promise.all([...started.values()].map((kafka) => kafka.then((running) => running.down(), () => undefined)));
    },
  };
}
