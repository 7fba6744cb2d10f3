import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/** Trace context never makes an event unprocessable: a malformed value is dropped, not refused. */
const traceContextAttribute = (schema: z.ZodString) => schema.optional().catch(undefined);

/** CloudEvents 1.0 structured envelope (JSON), as every service publishes it. */
export const cloudEventSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1),
  /** `/hanoi/<service>` */
  source: z.string().min(1),
  /** `vn.hanoi.<service>.<entity>.<verb>.v1` */
  type: z.string().regex(/^vn\.hanoi\.[a-z]+\.[a-zA-Z]+\.[a-zA-Z]+\.v\d+$/),
  time: z.string().datetime({ offset: true }),
  /** The aggregate id; also the Kafka message key, so one aggregate's events stay in order. */
  subject: z.string().min(1),
  datacontenttype: z.literal('application/json'),
  data: z.record(z.unknown()),
  /**
   * CloudEvents distributed-tracing extension: the W3C trace context of the request that wrote the event (set only
   * when tracing is on), so the consumer's handling continues that trace.
   */
  traceparent: traceContextAttribute(z.string().regex(/^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/)),
  tracestate: traceContextAttribute(z.string().max(512)),
});

export type CloudEvent<T extends Record<string, unknown> = Record<string, unknown>> = Omit<
  z.infer<typeof cloudEventSchema>,
  'data'
> & { data: T };

/**
 * An event about to be stored with the write that implies it: its full type and its data, already encoded by
 * the event's contract (`@hanoi/contracts`). `subject` defaults to the id of the document written (the aggregate).
 */
export interface EventDraft {
  type: string;
  data: Record<string, unknown>;
  subject?: string;
}

/** The service a type belongs to (`vn.hanoi.<service>.…`). */
export const serviceOfType = (type: string) => type.split('.')[2] ?? '';

/** Builds the envelope of an event of type `type` (`vn.hanoi.<service>.<entity>.<verb>.v<n>`). */
export function createEvent<T extends Record<string, unknown>>(args: {
  type: string;
  subject: string;
  data: T;
  id?: string;
  time?: Date;
}): CloudEvent<T> {
  return {
    specversion: '1.0',
    id: args.id ?? randomUUID(),
    source: `/hanoi/${serviceOfType(args.type)}`,
    type: args.type,
    time: (args.time ?? new Date()).toISOString(),
    subject: args.subject,
    datacontenttype: 'application/json',
    data: args.data,
  };
}

export const eventType = (service: string, entity: string, verb: string, version = 1) => `vn.hanoi.${service}.${entity}.${verb}.v${version}`;

/** Topic a service publishes to (design.md); `prefix` isolates test runs. */
export const serviceTopic = (service: string, prefix = '') => `${prefix}${service}.events.v1`;
export const deadLetterTopic = (topic: string) => `${topic}.dlq`;

/** Parses a Kafka message value; throws on anything that is not a valid envelope. */
export function parseEvent(value: Buffer | string | null): CloudEvent {
  if (value == null) throw new Error('empty message');
  return cloudEventSchema.parse(JSON.parse(value.toString())) as CloudEvent;
}
