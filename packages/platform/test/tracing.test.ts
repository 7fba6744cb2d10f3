import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import {
  ConfigError,
  activeTraceIds,
  createEvent,
  createEventBus,
  createLogger,
  createOutbox,
  createTracing,
  inConsumerSpan,
  inServerSpan,
  parseConfig,
  parseEvent,
  tracingConfigShape,
  tracingEnabled,
} from '../src';
import type { SpanLine } from '../src/tracing-file-exporter';

const logger = createLogger({ service: 'platform-test', level: 'silent' });
const tracingConfig = (env: NodeJS.ProcessEnv) => parseConfig(z.object(tracingConfigShape), env);
// Never started: `event()` only builds envelopes.
const outbox = createOutbox({ service: 'platform', topic: 'unused', bus: createEventBus({ brokers: ['127.0.0.1:9'], clientId: 'unused', logger }), logger });
const draft = { type: 'vn.hanoi.platform.thing.happened.v1', data: { n: 1 } };

describe('tracing configuration', () => {
  it('is off unless an exporter is named, and names only the exporters it has', () => {
    expect(tracingEnabled(tracingConfig({}))).toBe(false);
    expect(tracingEnabled(tracingConfig({ OTEL_TRACES_EXPORTER: 'none' }))).toBe(false);
    expect(tracingEnabled(tracingConfig({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'TRUE' }))).toBe(false);
    expect(tracingConfig({ OTEL_TRACES_EXPORTER: 'otlp, console' }).OTEL_TRACES_EXPORTER).toEqual(['otlp', 'console']);
    expect(() => tracingConfig({ OTEL_TRACES_EXPORTER: 'jaeger' })).toThrow(ConfigError);
    expect(() => tracingConfig({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(ConfigError);
  });

  it('with tracing off, events carry no trace context and log lines no trace ids', async () => {
    await inServerSpan('POST /graphql', { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' }, {}, async () => {
      expect(Object.keys(outbox.event(draft, 's1'))).not.toContain('traceparent');
      expect(activeTraceIds()).toEqual({});
    });
  });
});

describe('the CloudEvents distributed-tracing extension', () => {
  const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
  const encode = (extra: Record<string, unknown>) => JSON.stringify({ ...createEvent({ type: draft.type, subject: 's1', data: {} }), ...extra });

  it('is kept when well formed and dropped, never refused, when not', () => {
    expect(parseEvent(encode({ traceparent, tracestate: 'vendor=1' }))).toMatchObject({ traceparent, tracestate: 'vendor=1' });
    const malformed = parseEvent(encode({ traceparent: 'not-a-traceparent' }));
    expect(malformed.traceparent).toBeUndefined();
    expect(malformed.data).toEqual({});
  });
});

describe('tracing on, in this process (file exporter)', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'traces-')), 'spans.jsonl');
  const tracing = createTracing('platform-test', tracingConfig({ OTEL_TRACES_EXPORTER: 'file', TRACES_FILE: file }), logger);
  beforeAll(() => tracing.start!());
  afterAll(() => tracing.stop!());

  it('continues a caller’s trace, records it in the events a request writes, and continues it where they are handled', async () => {
    const callerTrace = '4bf92f3577b34da6a3ce929d0e0e4736';
    let request: { traceId?: string; spanId?: string } = {};
    const event = await inServerSpan('POST /graphql', { traceparent: `00-${callerTrace}-00f067aa0ba902b7-01` }, {}, async () => {
      request = activeTraceIds();
      return outbox.event(draft, 's1');
    });
    expect(request.traceId).toBe(callerTrace);
    expect(event.traceparent).toBe(`00-${callerTrace}-${request.spanId}-01`);
    const received = parseEvent(JSON.stringify(event));
    const handled = await inConsumerSpan(received, { topic: 'platform.events.v1', partition: 0, offset: '42', groupId: 'g' }, async () => activeTraceIds());
    expect(handled.traceId).toBe(callerTrace);
    // A span started outside any request begins a trace of its own.
    expect((await inServerSpan('POST /graphql', {}, {}, async () => activeTraceIds())).traceId).not.toBe(callerTrace);

    await tracing.stop!();
    const spans = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as SpanLine);
    const server = spans.find((span) => span.spanId === request.spanId)!;
    const consumer = spans.find((span) => span.spanId === handled.spanId)!;
    expect(server).toMatchObject({ service: 'platform-test', traceId: callerTrace, parentSpanId: '00f067aa0ba902b7', kind: 'SERVER' });
    expect(consumer).toMatchObject({
      traceId: callerTrace,
      parentSpanId: request.spanId,
      kind: 'CONSUMER',
      name: 'process platform.events.v1',
      attributes: { 'messaging.system': 'kafka', 'messaging.consumer.group.name': 'g', 'cloudevents.event_id': event.id, 'messaging.kafka.offset': 42 },
    });
  });
});
