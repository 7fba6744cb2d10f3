import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Caller } from '@hanoi/platform';
import { eventually } from '@hanoi/platform/testing';
import type { SpanLine } from '../../packages/platform/src/tracing-file-exporter';
import { startWholePlatform } from '../support/platform';

/**
 * Tracing on in every process (OTEL_TRACES_EXPORTER=file: each appends its spans to one JSON-lines file): a voter
 * meeting recorded through the gateway is one trace from the gateway's request, through its fetch to the front
 * subgraph and the front's publish of `voterMeeting.held`, to petitions' consumer opening the case.
 */
const admin: Caller = { subject: 'e2e-admin', agency: 'committee', roles: ['admin'] };
const frontClerk: Caller = { subject: 'e2e-front-clerk', agency: 'front', roles: ['clerk'] };

describe('one trace across processes: gateway → subgraph → Kafka → consumer', () => {
  const spansFile = path.join(mkdtempSync(path.join(tmpdir(), 'e2e-traces-')), 'spans.jsonl');
  let platform: Awaited<ReturnType<typeof startWholePlatform>>;

  beforeAll(async () => {
    platform = await startWholePlatform({ env: { OTEL_TRACES_EXPORTER: 'file', TRACES_FILE: spansFile, LOG_LEVEL: 'info' } });
    await platform.createAgencies(['committee']);
    await platform.as(admin, `mutation { createAdministrativeUnit(input: { id: "phuong-hoan-kiem", name: "Phường Hoàn Kiếm", kind: WARD, validFrom: "2025-07-01" }) { id } }`);
  }, 180_000);
  afterAll(() => platform?.stop(), 60_000);

  it('carries one trace id from the gateway request to petitions opening the case, and logs it beside the request id', async () => {
    const { recordVoterMeeting } = await platform.as(frontClerk, `mutation RecordMeeting($input: RecordVoterMeetingInput!) { recordVoterMeeting(input: $input) { id } }`, {
      input: {
        kind: 'AFTER_SESSION',
        heldOn: '2026-06-20',
        place: 'Nhà văn hóa tổ dân phố số 5, phường Hoàn Kiếm',
        administrativeUnitId: 'phuong-hoan-kiem',
        attendance: 80,
        recommendations: [{ text: 'Đề nghị tăng cường thu gom rác thải sinh hoạt trong ngõ', category: 'ENVIRONMENT' }],
      },
    });
    await eventually(async () => {
      const data = await platform.as(admin, `query($id: ID!) { voterMeeting(id: $id) { recommendationCases { id } } }`, { id: recordVoterMeeting.id });
      return data.voterMeeting.recommendationCases.length === 1;
    }, 30_000);
    // Stopping flushes every process's spans (tracing is the last component each one stops).
    await platform.stop();

    const spans = readFileSync(spansFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as SpanLine);
    const request = spans.find((span) => span.service === 'gateway' && span.kind === 'SERVER' && span.attributes['graphql.operation.name'] === 'RecordMeeting');
    expect(request).toBeDefined();
    const trace = spans.filter((span) => span.traceId === request!.traceId);
    const byId = new Map(trace.map((span) => [span.spanId, span]));
    const one = (predicate: (span: SpanLine) => boolean, what: string) => {
      const found = trace.filter(predicate);
      if (found.length !== 1) throw new Error(`expected one ${what} in the trace, found ${found.length}: ${JSON.stringify(trace.map((s) => [s.service, s.kind, s.name]))}`);
      return found[0]!;
    };
    const frontTopic = `${platform.topicPrefix}front.events.v1`;

    // The gateway's fetch to the front, and the front's request continuing it (W3C traceparent header).
    const fetch = one((span) => span.service === 'gateway' && span.name === 'gateway.fetch' && span.attributes.service === 'front', 'gateway fetch to front');
    const frontRequest = one((span) => span.service === 'front' && span.kind === 'SERVER', 'front request');
    expect(frontRequest.parentSpanId).toBe(fetch.spanId);
    expect(frontRequest.attributes['graphql.operation.name']).toMatch(/^RecordMeeting__front__\d+$/);
    // Its event, written in the request and published by the relay with the request's trace context.
    const publish = one((span) => span.service === 'front' && span.kind === 'PRODUCER' && span.attributes['cloudevents.event_type'] === 'vn.hanoi.front.voterMeeting.held.v1', 'publish of voterMeeting.held');
    expect(publish).toMatchObject({ name: `publish ${frontTopic}`, parentSpanId: frontRequest.spanId });
    // Petitions' consumer handling that event (the case it opens), in the same trace.
    const consumed = one(
      (span) => span.service === 'petitions' && span.kind === 'CONSUMER' && span.attributes['cloudevents.event_id'] === publish.attributes['cloudevents.event_id'],
      'petitions handling voterMeeting.held',
    );
    expect(consumed).toMatchObject({ name: `process ${frontTopic}`, parentSpanId: frontRequest.spanId, status: 'UNSET' });
    expect(consumed.attributes['messaging.consumer.group.name']).toBe(`${platform.topicPrefix}petitions`);
    // The case petitions opened publishes its own events, still in this trace.
    expect(trace.some((span) => span.service === 'petitions' && span.kind === 'PRODUCER' && byId.get(span.parentSpanId!) === consumed)).toBe(true);
    expect([...new Set(trace.map((span) => span.service))]).toEqual(expect.arrayContaining(['gateway', 'front', 'petitions']));

    // Logs keep the request id and gain the trace id: the front's line for this request.
    const frontLog = readFileSync(path.join(platform.logDir, 'front.log'), 'utf8').split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
    const line = frontLog.find((entry) => entry.msg === 'graphql request' && entry.traceId === request!.traceId);
    expect(line).toMatchObject({ spanId: frontRequest.spanId, requestId: expect.any(String) });
  }, 120_000);
});
