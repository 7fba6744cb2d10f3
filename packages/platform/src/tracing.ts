import type { IncomingHttpHeaders } from 'node:http';
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
} from '@opentelemetry/api';
import { z } from 'zod';
import type { Component } from './lifecycle';
import type { Logger } from './logger';

/**
 * Distributed tracing through the OpenTelemetry API only. Off by default: no provider is registered, so every
 * call below is the API's no-op (no span recorded, nothing injected into headers or events). When an exporter is
 * configured, `createTracing` registers the SDK (tracing-sdk.ts) for the process.
 *
 * The tracer is asked for at each use: one obtained before a provider is registered again (tests stop and restart
 * tracing in one process) would keep feeding the previous one.
 */
const tracer = () => trace.getTracer('hanoi-platform');

/**
 * The standard OTEL_* variables this platform reads (each process's config.ts spreads them into its schema).
 * OTEL_TRACES_EXPORTER defaults to `none` here (the specification's default is `otlp`): tracing is opt-in. The SDK
 * itself reads the other standard variables as specified (OTEL_TRACES_SAMPLER[_ARG], OTEL_BSP_*,
 * OTEL_EXPORTER_OTLP[_TRACES]_HEADERS / _TIMEOUT / _COMPRESSION, OTEL_RESOURCE_ATTRIBUTES).
 */
export const tracingConfigShape = {
  /** Comma-separated: `otlp`, `console`, `file` (this platform's: JSON lines to TRACES_FILE), or `none`. */
  OTEL_TRACES_EXPORTER: z
    .string()
    .default('none')
    .transform((value) => value.split(',').map((name) => name.trim()).filter((name) => name && name !== 'none'))
    .pipe(z.array(z.enum(['otlp', 'console', 'file']))),
  OTEL_SDK_DISABLED: z
    .string()
    .default('false')
    .transform((value) => value.trim().toLowerCase() === 'true'),
  /** Defaults to the process's own name (`gateway`, `front`, …). */
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.string().url().optional(),
  /** gRPC is not offered (its exporter brings a whole gRPC stack); collectors accept OTLP over HTTP on 4318. */
  OTEL_EXPORTER_OTLP_PROTOCOL: z.enum(['http/protobuf', 'http/json']).default('http/protobuf'),
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: z.enum(['http/protobuf', 'http/json']).optional(),
  /** Where the `file` exporter appends spans, one JSON object a line (every process may share one file). */
  TRACES_FILE: z.string().min(1).default('.local/traces.jsonl'),
};

export type TracingConfig = z.output<z.ZodObject<typeof tracingConfigShape>>;

export const tracingEnabled = (config: TracingConfig) => !config.OTEL_SDK_DISABLED && config.OTEL_TRACES_EXPORTER.length > 0;

/**
 * The process's tracing as a lifecycle component: started first (so every later component's work is traced),
 * stopped last (flushing spans). One provider per process: a second app in the same process (tests) shares it.
 */
export function createTracing(service: string, config: TracingConfig, logger: Logger): Component {
  let stop: (() => Promise<void>) | undefined;
  return {
    name: 'tracing',
    async start() {
      if (!tracingEnabled(config)) return;
      // Loaded only when tracing is on: the SDK and its exporters take ~175 ms to load (measured), which a process
      // with tracing off does not pay.
      const { startTracingSdk } = require('./tracing-sdk') as typeof import('./tracing-sdk');
      stop = startTracingSdk(service, config, logger);
      if (stop) logger.info({ exporters: config.OTEL_TRACES_EXPORTER }, 'tracing on');
    },
    async stop() {
      const shutdown = stop;
      stop = undefined;
      await shutdown?.();
    },
  };
}

/** The trace and span ids of the active span, for log lines (empty when no span is active or tracing is off). */
export function activeTraceIds(): { traceId?: string; spanId?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return trace.isSpanContextValid(span.spanContext()) ? { traceId, spanId } : {};
}

/**
 * The active trace context as the CloudEvents distributed-tracing extension attributes (`traceparent`, and
 * `tracestate` when a vendor set one); empty when tracing is off or no span is active.
 */
export function activeTraceContext(): { traceparent?: string; tracestate?: string } {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return {
    ...(carrier.traceparent && { traceparent: carrier.traceparent }),
    ...(carrier.tracestate && { tracestate: carrier.tracestate }),
  };
}

/** The context a carrier (HTTP headers, an event's extension attributes) continues; the root one when it has none. */
function extracted(carrier: Record<string, unknown>): Context {
  const headers: Record<string, string> = {};
  for (const name of ['traceparent', 'tracestate']) {
    const value = carrier[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return propagation.extract(ROOT_CONTEXT, headers);
}

/** Outgoing HTTP headers plus the active trace context (the gateway's subgraph fetches); the same object when none. */
export function withTraceHeaders(headers: Record<string, string>): Record<string, string> {
  const trace = activeTraceContext();
  return trace.traceparent ? { ...headers, ...trace } : headers;
}

/**
 * Runs `work` in a span, ended when it settles; a thrown error marks the span as failed and is rethrown.
 * `parent` is the context the span continues (by default the active one).
 */
export async function inSpan<T>(
  name: string,
  options: { kind: SpanKind; attributes?: Attributes; parent?: Context },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  return tracer().startActiveSpan(name, { kind: options.kind, attributes: options.attributes }, options.parent ?? context.active(), async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The span of one HTTP request a server handles, continuing the caller's `traceparent` header if any. */
export const inServerSpan = <T>(name: string, headers: IncomingHttpHeaders, attributes: Attributes, work: (span: Span) => Promise<T>) =>
  inSpan(name, { kind: SpanKind.SERVER, attributes, parent: extracted(headers) }, work);

/** Messaging attributes (OpenTelemetry semantic conventions) of an event on a Kafka topic. */
function messagingAttributes(topic: string, event: { id: string; type: string }): Attributes {
  return {
    'messaging.system': 'kafka',
    'messaging.destination.name': topic,
    'messaging.message.id': event.id,
    'cloudevents.event_id': event.id,
    'cloudevents.event_type': event.type,
  };
}

/**
 * Publishes events in one send, each under its own producer span continuing the trace its event was written in
 * (its stored `traceparent`). Events without one (written with tracing off) get no span.
 */
export async function inPublishSpans<T>(topic: string, events: { id: string; type: string; traceparent?: string; tracestate?: string }[], publish: () => Promise<T>): Promise<T> {
  const spans = events
    .filter((event) => event.traceparent)
    .map((event) =>
      tracer().startSpan(`publish ${topic}`, { kind: SpanKind.PRODUCER, attributes: { ...messagingAttributes(topic, event), 'messaging.operation.type': 'send' } }, extracted(event)),
    );
  try {
    return await publish();
  } catch (error) {
    for (const span of spans) span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
    throw error;
  } finally {
    for (const span of spans) span.end();
  }
}

/** Handles a consumed event in a consumer span continuing the trace of the request that wrote it. */
export const inConsumerSpan = <T>(
  event: { id: string; type: string; traceparent?: string; tracestate?: string },
  where: { topic: string; partition: number; offset: string; groupId: string },
  work: () => Promise<T>,
) =>
  inSpan(
    `process ${where.topic}`,
    {
      kind: SpanKind.CONSUMER,
      parent: extracted(event),
      attributes: {
        ...messagingAttributes(where.topic, event),
        'messaging.operation.type': 'process',
        'messaging.consumer.group.name': where.groupId,
        'messaging.destination.partition.id': String(where.partition),
        'messaging.kafka.offset': Number(where.offset),
      },
    },
    work,
  );

/** Marks the active span as failed (work that ended without throwing, e.g. an event sent to a dead-letter topic). */
export function failActiveSpan(message: string): void {
  trace.getActiveSpan()?.setStatus({ code: SpanStatusCode.ERROR, message });
}

/**
 * Runs `work` detached from the active trace (the outbox relay, started by a request's write, is not part of it:
 * its events carry their own trace context).
 */
export const outsideTrace = <T>(work: () => T): T => context.with(ROOT_CONTEXT, work);

export { SpanKind };
