import { startPrivateKafka, type PrivateKafka } from './infrastructure';
import type { ScenarioReport } from './report';

/** What every scenario gets: the shared local stack (for faults of the platform's own processes) and a private broker. */
export interface Suite {
  /** The local stack's Kafka and FerretDB (stack.sh): used with the scenario's own topics and databases, never stopped. */
  shared: { brokers: string[]; mongoUrl: string };
  /** One private single-node broker for the scenarios that freeze it, started once when first asked for. */
  privateBroker(): Promise<PrivateKafka>;
}

export interface Scenario {
  id: string;
  /** One line for the table: what it does to the platform. */
  summary: string;
  run(report: ScenarioReport, suite: Suite): Promise<void>;
}

export function createSuite(onCleanup: (cleanup: () => Promise<unknown>) => void): Suite {
  let broker: Promise<PrivateKafka> | undefined;
  return {
    shared: {
      brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
      mongoUrl: process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017',
    },
    privateBroker() {
      if (!broker) {
        broker = startPrivateKafka(1);
        onCleanup(async () => (await broker!).down());
      }
      return broker;
    },
  };
}
