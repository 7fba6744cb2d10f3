import { Kafka, Partitioners, logLevel, type Consumer, type EachMessagePayload, type Producer } from 'kafkajs';
import type { Service } from '../lifecycle';
import type { Logger } from '../logger';
import type { CloudEvent } from './envelope';

/**
 * The event interface services use. Only this file knows kafkajs (unmaintained since 2023), so a
 * maintained client can replace it without touching services.
 */
export interface EventBus extends Service {
  /** Creates the topics if missing (idempotent). */
  ensureTopics(topics: string[]): Promise<void>;
  /** Publishes in order; the message key is the event's subject (aggregate id). Resolves once acknowledged. */
  publish(topic: string, events: CloudEvent[], headers?: Record<string, string>): Promise<void>;
  /** Publishes a raw message (dead letters keep the original bytes). */
  publishRaw(topic: string, message: { key: Buffer | string | null; value: Buffer | string | null; headers: Record<string, string> }): Promise<void>;
  subscribe(options: {
    groupId: string;
    topics: string[];
    fromBeginning?: boolean;
    eachMessage: (payload: EachMessagePayload) => Promise<void>;
  }): Promise<{ stop(): Promise<void> }>;
}

/** How long a created topic may take to get partition leaders (ms); a fresh single broker needs well under 1 s. */
const TOPIC_READY_TIMEOUT_MS = 30_000;

function isTopicNotReady(error: unknown): boolean {
  const type = (error as { type?: string }).type;
  return type === 'UNKNOWN_TOPIC_OR_PARTITION' || type === 'LEADER_NOT_AVAILABLE';
}

/**
 * kafkajs warnings that say nothing an operator must act on, logged at debug: retries are bounded on purpose (a
 * send that keeps failing returns to the outbox, which publishes again later; consumers drop the duplicate), so
 * the producer's exactly-once remark does not apply to how events are delivered here.
 */
const knownWarnings = new Set(['Limiting retries for the idempotent producer may invalidate EoS guarantees']);

const kafkaLogLevel = { error: logLevel.ERROR, warn: logLevel.WARN, info: logLevel.WARN, debug: logLevel.INFO };

export function createEventBus(options: {
  brokers: string[];
  clientId: string;
  logger: Logger;
  partitions?: number;
}): EventBus {
  const log = options.logger.child({ component: 'kafka' });
  const kafka = new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    logLevel: kafkaLogLevel.warn,
    retry: { retries: 8, initialRetryTime: 200 },
    logCreator: () => (entry) => {
      const known = knownWarnings.has(entry.log.message);
      const level = entry.level <= logLevel.ERROR ? 'error' : entry.level <= logLevel.WARN && !known ? 'warn' : 'debug';
      log[level]({ namespace: entry.namespace, ...entry.log }, entry.log.message);
    },
  });
  // Idempotent producer: retries after a lost ack do not write the message twice.
  const producer: Producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    // Murmur2 on the key, as the Java client: one aggregate's events land on one partition whoever publishes.
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const consumers: Consumer[] = [];
  const admin = kafka.admin();
  let connected = false;

  /** Polls metadata until every partition of the topics has a leader; bounded by TOPIC_READY_TIMEOUT_MS. */
  async function waitForLeaders(topics: string[]): Promise<void> {
    const deadline = Date.now() + TOPIC_READY_TIMEOUT_MS;
    for (;;) {
      try {
        const { topics: found } = await admin.fetchTopicMetadata({ topics });
        const led = found.length === topics.length
          && found.every((topic) => topic.partitions.length > 0 && topic.partitions.every((p) => p.leader >= 0));
        if (led) return;
      } catch (error) {
        if (!isTopicNotReady(error)) throw error;
      }
      if (Date.now() > deadline) throw new Error(`Kafka topics have no leader after ${TOPIC_READY_TIMEOUT_MS} ms: ${topics.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return {
    name: 'kafka',
    async start() {
      await producer.connect();
      await admin.connect();
      connected = true;
    },
    async stop() {
      await Promise.allSettled(consumers.map((consumer) => consumer.disconnect()));
      await producer.disconnect();
      await admin.disconnect();
      connected = false;
    },
    async ready() {
      if (!connected) return false;
      await admin.describeCluster();
      return true;
    },
    async ensureTopics(topics) {
      const existing = new Set(await admin.listTopics());
      const wanted = [...new Set(topics)];
      const missing = wanted.filter((topic) => !existing.has(topic));
      // Another service may have just created a listed topic: its leaders are awaited too.
      if (missing.length === 0) return waitForLeaders(wanted);
      // kafkajs' own wait gives up when a KRaft broker has not yet applied the new topic to its metadata
      // (UNKNOWN_TOPIC_OR_PARTITION right after creation on a fresh broker), so the wait is ours.
      await admin.createTopics({
        waitForLeaders: false,
        topics: missing.map((topic) => ({ topic, numPartitions: options.partitions ?? 3 })),
      });
      await waitForLeaders(wanted);
    },
    async publish(topic, events, headers = {}) {
      if (events.length === 0) return;
      await producer.send({
        topic,
        acks: -1,
        messages: events.map((event) => ({
          key: event.subject,
          value: JSON.stringify(event),
          headers: { 'ce-id': event.id, 'ce-type': event.type, 'content-type': 'application/cloudevents+json', ...headers },
        })),
      });
    },
    async publishRaw(topic, message) {
      await producer.send({ topic, acks: -1, messages: [message] });
    },
    async subscribe({ groupId, topics, fromBeginning = true, eachMessage }) {
      // maxWaitTimeInMs bounds a fetch's long poll: events arrive sooner and shutdown does not wait 5 s.
      const consumer = kafka.consumer({ groupId, sessionTimeout: 30_000, heartbeatInterval: 3_000, maxWaitTimeInMs: 1_000 });
      consumers.push(consumer);
      await consumer.connect();
      await consumer.subscribe({ topics, fromBeginning });
      await consumer.run({ autoCommit: true, eachMessage });
      return {
        stop: async () => {
          await consumer.disconnect();
          consumers.splice(consumers.indexOf(consumer), 1);
        },
      };
    },
  };
}
