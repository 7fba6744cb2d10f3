import { Schema, type Connection, type Model } from 'mongoose';
import type { EachMessagePayload } from 'kafkajs';
import type { Component } from '../lifecycle';
import type { Logger } from '../logger';
import { failActiveSpan, inConsumerSpan } from '../tracing';
import type { EventBus, TopicOffset } from './bus';
import { deadLetterTopic, parseEvent, type CloudEvent } from './envelope';

/** Where an event was read: read models that must be rebuildable say which events their figures came from. */
export interface EventPosition {
  topic: string;
  partition: number;
  /** Kafka offset, a decimal string (offsets can exceed 2^53). */
  offset: string;
}

/** Handlers by CloudEvents `type`; events of other types on the same topics are skipped. */
export type EventHandlers = Record<string, (event: CloudEvent, position: EventPosition) => Promise<void>>;

interface ProcessedEvent {
  /** `<groupId>:<event id>`: the unique key that makes delivery idempotent. */
  _id: string;
  type: string;
  topic: string;
  outcome: 'handled' | 'dead-lettered';
  at: Date;
}

const processedSchema = new Schema<ProcessedEvent>(
  {
    _id: { type: String, required: true },
    type: String,
    topic: String,
    outcome: { type: String, enum: ['handled', 'dead-lettered'] },
    at: Date,
  },
  { versionKey: false },
);

function processedModel(connection: Connection): Model<ProcessedEvent> {
  return (connection.models.ProcessedEvent as Model<ProcessedEvent>) ??
    connection.model<ProcessedEvent>('ProcessedEvent', processedSchema, 'processed_events');
}

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

/**
 * Consumes `topics` in consumer group `groupId`. Each event id is applied at most once per group:
 * delivered again, it is skipped. Handlers must also write with ids derived from the event (so a crash
 * between the handler's write and the processed mark cannot create a second copy on redelivery).
 * A handler that keeps failing after `maxAttempts` sends the message to `<topic>.dlq` with the error,
 * and the partition moves on.
 */
export function createEventConsumer(options: {
  bus: EventBus;
  connection: Connection;
  logger: Logger;
  groupId: string;
  topics: string[];
  handlers: EventHandlers;
  maxAttempts?: number;
  retryDelayMs?: number;
  /** Where a new group starts (see `EventBus.subscribe`); by default the beginning of each topic. */
  startAt?: TopicOffset[];
  /**
   * Partitions handled at once (default 1: one event at a time across every partition). Events of one subject share a
   * partition, so each subject's stay in order at any value; more than 1 only for handlers whose writes commute across
   * subjects (atomic upserts of a read model), never for read-modify-write of shared documents.
   */
  partitionsConcurrently?: number;
}): Component {
  const log = options.logger.child({ component: 'consumer', groupId: options.groupId });
  const processed = processedModel(options.connection);
  const maxAttempts = options.maxAttempts ?? 5;
  const retryDelayMs = options.retryDelayMs ?? 200;
  let subscription: { stop(): Promise<void> } | undefined;

  async function mark(id: string, event: CloudEvent, topic: string, outcome: ProcessedEvent['outcome']) {
    try {
      await processed.create({ _id: id, type: event.type, topic, outcome, at: new Date() });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  async function deadLetter(payload: EachMessagePayload, error: unknown, attempts: number) {
    const { topic, partition, message } = payload;
    await options.bus.publishRaw(deadLetterTopic(topic), {
      key: message.key,
      value: message.value,
      headers: {
        'dlq-error': String((error as Error)?.message ?? error).slice(0, 1_000),
        'dlq-original-topic': topic,
        'dlq-original-partition': String(partition),
        'dlq-original-offset': message.offset,
        'dlq-consumer-group': options.groupId,
        'dlq-attempts': String(attempts),
      },
    });
    log.error({ topic, partition, offset: message.offset, err: (error as Error)?.message }, 'sent to dead-letter topic');
  }

  async function eachMessage(payload: EachMessagePayload): Promise<void> {
    let event: CloudEvent;
    try {
      event = parseEvent(payload.message.value);
    } catch (error) {
      await deadLetter(payload, new Error(`not a valid CloudEvent: ${(error as Error).message}`), 0);
      return;
    }
    const handler = options.handlers[event.type];
    if (!handler) return;
    const { topic, partition, message } = payload;
    // Continues the trace of the request that wrote the event (its `traceparent`), across processes.
    await inConsumerSpan(event, { topic, partition, offset: message.offset, groupId: options.groupId }, () => handle(payload, event, handler));
  }

  async function handle(payload: EachMessagePayload, event: CloudEvent, handler: EventHandlers[string]): Promise<void> {
    const key = `${options.groupId}:${event.id}`;
    if (await processed.exists({ _id: key })) {
      log.debug({ eventId: event.id }, 'already processed, skipped');
      return;
    }
    let lastError: unknown;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        await handler(event, { topic: payload.topic, partition: payload.partition, offset: payload.message.offset });
        await mark(key, event, payload.topic, 'handled');
        return;
      } catch (error) {
        lastError = error;
        log.warn({ eventId: event.id, attempt, err: (error as Error).message }, 'handler failed');
        if (attempt < maxAttempts) await new Promise((resolve) => setTimeout(resolve, retryDelayMs * 2 ** (attempt - 1)));
      }
    }
    await deadLetter(payload, lastError, maxAttempts);
    await mark(key, event, payload.topic, 'dead-lettered');
    failActiveSpan(`dead-lettered after ${maxAttempts} attempts`);
  }

  return {
    name: `consumer:${options.groupId}`,
    async start() {
      await processed.init();
      await options.bus.ensureTopics([...options.topics, ...options.topics.map(deadLetterTopic)]);
      subscription = await options.bus.subscribe({
        groupId: options.groupId,
        topics: options.topics,
        startAt: options.startAt,
        partitionsConcurrently: options.partitionsConcurrently,
        eachMessage,
      });
    },
    async stop() {
      await subscription?.stop();
    },
  };
}
