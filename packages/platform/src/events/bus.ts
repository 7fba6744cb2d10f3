import { Kafka, Partitioners, logLevel, type Consumer, type EachMessagePayload, type Producer } from 'kafkajs';
import type { Service } from '../lifecycle';
import type { Logger } from '../logger';
import { inPublishSpans } from '../tracing';
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
  /** The next offset to be written per partition of each topic (its high watermark), as decimal strings. */
  endOffsets(topics: string[]): Promise<TopicOffset[]>;
  /**
   * Reads every message of `topics` from offset 0 up to `ends` (exclusive), in order per partition, in a throwaway
   * consumer group deleted afterwards. For rebuilding a read model; resolves once every partition reached its end.
   */
  readUntil(topics: string[], ends: TopicOffset[], eachMessage: (payload: EachMessagePayload) => void | Promise<void>): Promise<void>;
  subscribe(options: {
    groupId: string;
    topics: string[];
    fromBeginning?: boolean;
    /**
     * Where a new group starts instead (the next offset per partition): a read model rebuilt from a replay goes on
     * from where the replay stopped. Seeking is immediate; kafkajs' admin `setOffsets` joins and fetches per topic
     * (about 5 s each, measured).
     */
    startAt?: TopicOffset[];
    /** Partitions whose messages are handled at once (kafkajs' `partitionsConsumedConcurrently`; default 1). */
    partitionsConcurrently?: number;
    eachMessage: (payload: EachMessagePayload) => Promise<void>;
  }): Promise<{ stop(): Promise<void> }>;
  /**
   * Messages not yet consumed per partition by each group subscribed through this bus (replays excluded): end offset
   * minus committed offset, from the earliest offset for a group that has committed nothing there yet.
   */
  consumerLag(): Promise<ConsumerLag[]>;
}

export interface ConsumerLag {
  groupId: string;
  topic: string;
  partition: number;
  lag: number;
}

/** What the bus reports to the process's metrics (metrics-events.ts). */
export interface EventBusObserver {
  /** A message was sent to dead-letter topic `topic`. */
  deadLettered(topic: string): void;
}

/** A position in a topic partition (Kafka offsets can exceed 2^53: kept as decimal strings). */
export interface TopicOffset {
  topic: string;
  partition: number;
  offset: string;
}

/**
 * Services' topics are the record read models are rebuilt from (the coordination index replays them from offset 0):
 * they keep every event, whatever the broker's default retention. Dead-letter topics keep the broker's default.
 */
const keptForever = [
  { name: 'retention.ms', value: '-1' },
  { name: 'retention.bytes', value: '-1' },
];
const isDeadLetterTopic = (topic: string) => topic.endsWith('.dlq');

const partitionKey = (topic: string, partition: number) => `${topic}\u0000${partition}`;

/** See `sessionTimeoutMs`: a third of kafkajs' default, still far above any handler's time between heartbeats. */
export const defaultSessionTimeoutMs = 10_000;

/** How long a replay may go without reading a message before it gives up (ms). */
const READ_STALL_TIMEOUT_MS = 60_000;

/** How long a created topic may take to get partition leaders (ms); a fresh single broker needs well under 1 s. */
const TOPIC_READY_TIMEOUT_MS = 30_000;

function isTopicNotReady(error: unknown): boolean {
  const type = (error as { type?: string }).type;
  return type === 'UNKNOWN_TOPIC_OR_PARTITION' || type === 'LEADER_NOT_AVAILABLE' || type === 'NOT_LEADER_FOR_PARTITION';
}

/**
 * Retries `work` while a fresh topic's partitions are not led yet (a KRaft broker answers ListOffsets with
 * NOT_LEADER_FOR_PARTITION for a moment after the topic's leaders show in the metadata, seen here on 100,000 events),
 * bounded by TOPIC_READY_TIMEOUT_MS.
 */
async function whenTopicsReady<T>(work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + TOPIC_READY_TIMEOUT_MS;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (!isTopicNotReady(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
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
  /** Replicas of each topic `ensureTopics` creates; unset: the broker's `default.replication.factor`. */
  replicationFactor?: number;
  /** `min.insync.replicas` of each topic it creates (acks=all writes need that many replicas); unset: the broker's. */
  minInSyncReplicas?: number;
  observer?: EventBusObserver;
  /**
   * How long the broker keeps a consumer that stopped heartbeating in its group (ms; the broker accepts 6,000 to
   * 1,800,000 by default). After a crash, the restarted process's consumers rejoin only once the dead member's session
   * has expired: this is how long events wait after a `kill -9` (not how long queries wait: see `subscribe`).
   */
  sessionTimeoutMs?: number;
}): EventBus {
  if (options.replicationFactor !== undefined && (options.minInSyncReplicas ?? 1) > options.replicationFactor) {
    throw new Error(`min.insync.replicas ${options.minInSyncReplicas} exceeds the replication factor ${options.replicationFactor}: no write could be acknowledged`);
  }
  const log = options.logger.child({ component: 'kafka' });
  const sessionTimeout = options.sessionTimeoutMs ?? defaultSessionTimeoutMs;
  const minInSync = options.minInSyncReplicas === undefined ? [] : [{ name: 'min.insync.replicas', value: String(options.minInSyncReplicas) }];
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
  /** The groups `subscribe` runs, for their lag. */
  const subscriptions = new Set<{ groupId: string; topics: string[] }>();
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
        topics: missing.map((topic) => ({
          topic,
          numPartitions: options.partitions ?? 3,
          replicationFactor: options.replicationFactor ?? -1,
          configEntries: [...minInSync, ...(isDeadLetterTopic(topic) ? [] : keptForever)],
        })),
      });
      await waitForLeaders(wanted);
    },
    async publish(topic, events, headers = {}) {
      if (events.length === 0) return;
      await inPublishSpans(topic, events, () =>
        producer.send({
          topic,
          acks: -1,
          messages: events.map((event) => ({
            key: event.subject,
            value: JSON.stringify(event),
            headers: { 'ce-id': event.id, 'ce-type': event.type, 'content-type': 'application/cloudevents+json', ...headers },
          })),
        }),
      );
    },
    async publishRaw(topic, message) {
      await producer.send({ topic, acks: -1, messages: [message] });
      if (isDeadLetterTopic(topic)) options.observer?.deadLettered(topic);
    },
    async endOffsets(topics) {
      const all = await Promise.all(
        topics.map(async (topic) => (await whenTopicsReady(() => admin.fetchTopicOffsets(topic))).map((p) => ({ topic, partition: p.partition, offset: p.high }))),
      );
      return all.flat();
    },
    async readUntil(topics, ends, eachMessage) {
      // Partitions whose messages before `end` were all deleted by retention (low watermark at or past it) have none to read.
      const lows = new Map(
        (await Promise.all(topics.map(async (topic) => (await whenTopicsReady(() => admin.fetchTopicOffsets(topic))).map((p) => [partitionKey(topic, p.partition), BigInt(p.low)] as const)))).flat(),
      );
      const remaining = new Map(
        ends.filter((end) => BigInt(end.offset) > (lows.get(partitionKey(end.topic, end.partition)) ?? 0n)).map((end) => [partitionKey(end.topic, end.partition), BigInt(end.offset)]),
      );
      if (remaining.size === 0) return;
      const groupId = `replay-${options.clientId}-${Date.now()}-${Math.random().toString(16).slice(2, 10)}`;
      const consumer = kafka.consumer({ groupId, sessionTimeout: 30_000, heartbeatInterval: 3_000, maxWaitTimeInMs: 500 });
      await consumer.connect();
      try {
        await new Promise<void>((resolve, reject) => {
          let lastProgress = Date.now();
          const watchdog = setInterval(() => {
            if (Date.now() - lastProgress > READ_STALL_TIMEOUT_MS) reject(new Error(`replay stalled: ${remaining.size} partitions short of their end for ${READ_STALL_TIMEOUT_MS} ms`));
          }, 1_000);
          const done = () => {
            clearInterval(watchdog);
            resolve();
          };
          consumer
            .subscribe({ topics, fromBeginning: true })
            .then(() =>
              consumer.run({
                autoCommit: false,
                eachMessage: async (payload) => {
                  const key = partitionKey(payload.topic, payload.partition);
                  const end = remaining.get(key);
                  if (end === undefined || BigInt(payload.message.offset) >= end) return;
                  lastProgress = Date.now();
                  await eachMessage(payload);
                  if (BigInt(payload.message.offset) + 1n >= end) remaining.delete(key);
                  if (remaining.size === 0) done();
                },
              }),
            )
            .catch((error: unknown) => {
              clearInterval(watchdog);
              reject(error);
            });
        });
      } finally {
        await consumer.disconnect();
        await admin.deleteGroups([groupId]).catch(() => undefined);
      }
    },
    async subscribe({ groupId, topics, fromBeginning = true, startAt = [], partitionsConcurrently = 1, eachMessage }) {
      let stopped = false;
      const consumer = kafka.consumer({
        groupId,
        sessionTimeout,
        heartbeatInterval: sessionTimeout / 5,
        // Bounds a fetch's long poll: events arrive sooner and shutdown does not wait 5 s.
        maxWaitTimeInMs: 1_000,
        // kafkajs restarts a consumer after a retriable failure; never once it was stopped (a join cut short by it).
        // Five retries: kafkajs' default for consumers, which any `retry` given here replaces.
        retry: { retries: 5, restartOnFailure: async () => !stopped },
      });
      consumers.push(consumer);
      await consumer.connect();
      // On a cluster, the broker the consumer asks may not know a topic another broker just created (seen with three).
      await whenTopicsReady(() => consumer.subscribe({ topics, fromBeginning }));
      // A member already in the group is, with one replica per service, this service's previous process killed before
      // it could leave: the broker keeps it until its session expires, and a join waits for that. Then the join goes on
      // in the background — the process is ready and serves queries meanwhile, events wait in the topic. Otherwise (a
      // first start, a clean restart) `run` resolves once joined, as the process's readiness has always meant.
      const { groups } = await admin.describeGroups([groupId]);
      const running = consumer.run({ autoCommit: true, partitionsConsumedConcurrently: partitionsConcurrently, eachMessage });
      // `run` creates the group at once (kafkajs 2.2.4): seeks are recorded now and applied at the first fetch.
      for (const { topic, partition, offset } of startAt) consumer.seek({ topic, partition, offset });
      if (!groups.some((group) => group.members.length > 0)) await running;
      const subscription = { groupId, topics };
      subscriptions.add(subscription);
      return {
        stop: async () => {
          stopped = true;
          subscriptions.delete(subscription);
          await consumer.disconnect();
          consumers.splice(consumers.indexOf(consumer), 1);
        },
      };
    },
    async consumerLag() {
      const groups = [...subscriptions];
      const ends = new Map<string, { low: bigint; high: bigint }>();
      await Promise.all(
        [...new Set(groups.flatMap((group) => group.topics))].map(async (topic) => {
          for (const p of await admin.fetchTopicOffsets(topic)) ends.set(partitionKey(topic, p.partition), { low: BigInt(p.low), high: BigInt(p.high) });
        }),
      );
      const perGroup = await Promise.all(
        groups.map(async ({ groupId, topics }) =>
          (await admin.fetchOffsets({ groupId, topics })).flatMap(({ topic, partitions }) =>
            partitions.flatMap(({ partition, offset }) => {
              const end = ends.get(partitionKey(topic, partition));
              if (!end) return [];
              const committed = BigInt(offset) >= 0n ? BigInt(offset) : end.low;
              return [{ groupId, topic, partition, lag: Number(end.high > committed ? end.high - committed : 0n) }];
            }),
          ),
        ),
      );
      return perGroup.flat();
    },
  };
}
