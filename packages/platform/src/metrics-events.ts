import { Counter, Gauge, type Registry } from 'prom-client';
import type { ConsumerLag, EventBus, EventBusObserver } from './events/bus';
import type { OutboxObserver } from './events/outbox';

/**
 * A scrape reuses the last lag sample while it is younger than this (ms): each sample asks the broker for every
 * subscribed group's committed offsets and every topic's end offsets, so frequent scrapers cost the broker nothing more.
 */
export const lagSampleMaxAgeMs = 10_000;
/** How long a scrape waits for a fresh lag sample (ms); past it the scrape shows the previous sample, a later one the new. */
export const lagSampleTimeoutMs = 2_000;

/** A subgraph's event metrics: outbox, dead letters, and its consumer groups' lag. */
export function createEventMetrics(registry: Registry): { outbox: OutboxObserver; bus: EventBusObserver; watchConsumerLag(bus: EventBus): void } {
  const published = new Counter({
    name: 'outbox_events_published_total',
    help: 'Events the outbox relay published to Kafka',
    registers: [registry],
  });
  const failures = new Counter({
    name: 'outbox_publish_failures_total',
    help: 'Outbox publishes that failed and were retried (the events stay in their documents)',
    registers: [registry],
  });
  const pending = new Gauge({
    name: 'outbox_pending_documents',
    help: 'Documents holding events not yet published, per collection, as counted by the last outbox sweep (OUTBOX_SWEEP_INTERVAL_MS)',
    labelNames: ['collection'],
    registers: [registry],
  });
  const deadLetters = new Counter({
    name: 'kafka_dead_letter_messages_total',
    help: 'Messages a consumer sent to a dead-letter topic after its handler kept failing, by dead-letter topic',
    labelNames: ['topic'],
    registers: [registry],
  });
  const lagFailures = new Counter({
    name: 'kafka_consumer_lag_sample_failures_total',
    help: 'Consumer-lag samples that failed (the lag series are absent until one succeeds)',
    registers: [registry],
  });
  let sampler: (() => Promise<ConsumerLag[] | undefined>) | undefined;
  new Gauge({
    name: 'kafka_consumer_lag',
    help: `Messages not yet consumed per consumer group, topic and partition (end offset − committed offset; sampled at most every ${lagSampleMaxAgeMs / 1000} s)`,
    labelNames: ['group', 'topic', 'partition'],
    registers: [registry],
    async collect() {
      const lags = await sampler?.();
      this.reset();
      for (const { groupId, topic, partition, lag } of lags ?? []) this.set({ group: groupId, topic, partition: String(partition) }, lag);
    },
  });

  return {
    outbox: {
      published: (count) => published.inc(count),
      failed: () => failures.inc(),
      pending: (collection, documents) => pending.set({ collection }, documents),
    },
    bus: { deadLettered: (topic) => deadLetters.inc({ topic }) },
    watchConsumerLag(bus) {
      let last: { at: number; lags: ConsumerLag[] | undefined } | undefined;
      let sampling: Promise<void> | undefined;
      sampler = async () => {
        if (last && Date.now() - last.at < lagSampleMaxAgeMs) return last.lags;
        sampling ??= bus
          .consumerLag()
          .then(
            (lags) => void (last = { at: Date.now(), lags }),
            () => {
              lagFailures.inc();
              last = { at: Date.now(), lags: undefined };
            },
          )
          .finally(() => (sampling = undefined));
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<void>((resolve) => (timer = setTimeout(resolve, lagSampleTimeoutMs)));
        await Promise.race([sampling, timedOut]);
        clearTimeout(timer);
        return last?.lags;
      };
    },
  };
}
