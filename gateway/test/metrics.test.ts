import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEventBus, createLogger, deadLetterTopic, parseConfig, type Caller } from '@hanoi/platform';
import { eventually, scrapeMetrics, startTestSubgraph, testSecret } from '@hanoi/platform/testing';
import { ensureDevKeys, mintAccessToken } from '../../scripts/lib/dev-keys';
import { subgraphs } from '../../scripts/lib/subgraphs';
import { createApp as createFrontApp } from '../../services/front/src/app';
import { loadConfig as loadFrontConfig } from '../../services/front/src/config';
import { sessionReportsGroupId } from '../../services/front/src/events/consumers';
import { createApp } from '../src/app';
import { configSchema } from '../src/config';

/**
 * `/metrics` scraped from the gateway and from a subgraph (the front, in this process, on the real FerretDB and
 * Kafka) before and after requests and events: every named series is there, and the counters moved.
 */
const frontClerk: Caller = { subject: 'front-clerk-1', agency: 'front', roles: ['clerk'] };
const metricsToken = 'operators-scrape-token-0123456789';
const recordMeeting = `mutation RecordMeeting($input: RecordVoterMeetingInput!) { recordVoterMeeting(input: $input) { id } }`;
const meeting = (heldOn: string) => ({
  kind: 'AFTER_SESSION',
  heldOn,
  place: 'Nhà văn hóa phường Cửa Nam',
  administrativeUnitId: 'phuong-cua-nam',
  attendance: 60,
  recommendations: [{ text: 'Cải tạo vỉa hè phố Hàng Bài', category: 'TRANSPORT' }],
});

describe('/metrics of the gateway and of a subgraph', () => {
  let keys: Awaited<ReturnType<typeof ensureDevKeys>>;
  let front: Awaited<ReturnType<typeof startTestSubgraph>>;
  let gateway: { app: ReturnType<typeof createApp>; url: string; metrics: string };
  let frontMetrics: string;

  beforeAll(async () => {
    keys = await ensureDevKeys(mkdtempSync(path.join(tmpdir(), 'metrics-keys-')));
    front = await startTestSubgraph('front', loadFrontConfig, createFrontApp);
    frontMetrics = front.url.replace(/\/graphql$/, '/metrics');
    // Every other subgraph at a closed port: a fetch there fails (FETCH_FAILED).
    const config = parseConfig(configSchema, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      INTERNAL_TOKEN_SECRET: testSecret,
      AUTH_PUBLIC_KEY_PATH: keys.publicKeyPath,
      METRICS_TOKEN: metricsToken,
      ...Object.fromEntries(subgraphs.map(({ name }) => [`SUBGRAPH_${name.toUpperCase()}_URL`, name === 'front' ? front.url : 'http://127.0.0.1:9/graphql'])),
    });
    const app = createApp(config, createLogger({ service: 'gateway', level: 'silent' }));
    const { url } = await app.start(0);
    gateway = { app, url, metrics: url.replace(/\/graphql$/, '/metrics') };
  });
  afterAll(async () => {
    await gateway?.app.stop();
    await front?.stop();
  });

  async function send(body: Record<string, unknown>, caller: Caller | null = frontClerk) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (caller) headers.authorization = `Bearer ${await mintAccessToken(caller, { privateKeyPath: keys.privateKeyPath })}`;
    const response = await fetch(gateway.url, { method: 'POST', headers, body: JSON.stringify(body) });
    return (await response.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] };
  }

  it('asks the gateway’s scrapers for METRICS_TOKEN when it is set', async () => {
    expect((await scrapeMetrics(gateway.metrics)).status).toBe(401);
    expect((await scrapeMetrics(gateway.metrics, 'a-wrong-token-of-some-length')).status).toBe(401);
    const scrape = await scrapeMetrics(gateway.metrics, metricsToken);
    expect(scrape.status).toBe(200);
    expect(scrape.contentType).toContain('text/plain');
  });

  it('counts requests by operation and outcome, latencies, subgraph fetches and their errors, database commands, events and dead letters', async () => {
    const gatewayBefore = await scrapeMetrics(gateway.metrics, metricsToken);
    const frontBefore = await scrapeMetrics(frontMetrics);

    expect((await send({ query: recordMeeting, variables: { input: meeting('2026-06-20') } })).errors).toBeUndefined();
    const future = await send({ query: recordMeeting, variables: { input: meeting('2999-01-01') } });
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await send({ query: recordMeeting, variables: { input: meeting('2026-06-20') } }, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const malformed = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(malformed.status).toBe(400);
    const unreachable = await send({ query: 'query Agency { agency(id: "committee") { name } }' });
    expect(unreachable.errors?.[0]?.extensions?.code).toBeDefined();
    // A message no consumer can read, on the council topic the front consumes: it goes to the dead-letter topic.
    const bus = createEventBus({ brokers: front.config.KAFKA_BROKERS, clientId: 'metrics-test', logger: createLogger({ service: 'test', level: 'silent' }) });
    await bus.start();
    await bus.publishRaw(front.app.runtime.topic('council'), { key: 'x', value: 'not json', headers: {} });
    await bus.stop();
    const deadLetters = { topic: deadLetterTopic(front.app.runtime.topic('council')) };
    const frontAfter = await eventually(async () => {
      const scrape = await scrapeMetrics(frontMetrics);
      return scrape.sum('kafka_dead_letter_messages_total', deadLetters) === 1 && scrape.sum('outbox_events_published_total') > frontBefore.sum('outbox_events_published_total') && scrape;
    });
    const gatewayAfter = await scrapeMetrics(gateway.metrics, metricsToken);
    const increase = (before: typeof gatewayAfter, after: typeof gatewayAfter, name: string, labels: Record<string, string> = {}) => after.sum(name, labels) - before.sum(name, labels);

    // The gateway.
    const gw = { service: 'gateway' };
    expect(increase(gatewayBefore, gatewayAfter, 'graphql_requests_total', { ...gw, operation: 'RecordMeeting', outcome: 'ok' })).toBe(1);
    expect(increase(gatewayBefore, gatewayAfter, 'graphql_requests_total', { ...gw, operation: 'RecordMeeting', outcome: 'BAD_USER_INPUT' })).toBe(1);
    // Refused before its document was read: its operation is unknown.
    expect(increase(gatewayBefore, gatewayAfter, 'graphql_requests_total', { ...gw, operation: 'unknown', outcome: 'UNAUTHENTICATED' })).toBe(1);
    // Refused before GraphQL ran: counted under its answer's code, not as an HTTP status.
    expect(increase(gatewayBefore, gatewayAfter, 'graphql_requests_total', { ...gw, operation: 'unknown', outcome: 'BAD_REQUEST' })).toBe(1);
    expect(gatewayAfter.samples.some((s) => s.name === 'graphql_requests_total' && s.labels.outcome?.startsWith('HTTP_'))).toBe(false);
    // A subgraph that cannot be reached: its fields are null, with an error naming it.
    expect(increase(gatewayBefore, gatewayAfter, 'graphql_requests_total', { ...gw, operation: 'Agency', outcome: 'SUBGRAPH_UNAVAILABLE' })).toBe(1);
    expect(increase(gatewayBefore, gatewayAfter, 'graphql_request_duration_seconds_count', { ...gw, operation: 'RecordMeeting' })).toBe(2);
    expect(gatewayAfter.has('graphql_request_duration_seconds_bucket', { ...gw, operation: 'RecordMeeting', le: '0.5' })).toBe(true);
    expect(increase(gatewayBefore, gatewayAfter, 'subgraph_fetch_duration_seconds_count', { ...gw, subgraph: 'front' })).toBe(2);
    expect(increase(gatewayBefore, gatewayAfter, 'subgraph_fetch_errors_total', { ...gw, subgraph: 'front', code: 'BAD_USER_INPUT' })).toBe(1);
    expect(increase(gatewayBefore, gatewayAfter, 'subgraph_fetch_errors_total', { ...gw, subgraph: 'committee', code: 'FETCH_FAILED' })).toBe(1);
    expect(gatewayAfter.has('process_cpu_user_seconds_total', gw)).toBe(true);
    expect(gatewayAfter.has('nodejs_eventloop_lag_seconds', gw)).toBe(true);

    // The subgraph: its operation is the gateway's fetch of it.
    const fr = { service: 'front' };
    expect(increase(frontBefore, frontAfter, 'graphql_requests_total', { ...fr, outcome: 'ok' })).toBe(1);
    expect(increase(frontBefore, frontAfter, 'graphql_requests_total', { ...fr, outcome: 'BAD_USER_INPUT' })).toBe(1);
    expect(frontAfter.samples.find((s) => s.name === 'graphql_requests_total' && s.labels.outcome === 'ok')?.labels.operation).toMatch(/^RecordMeeting__front__\d+$/);
    expect(increase(frontBefore, frontAfter, 'graphql_request_duration_seconds_count', fr)).toBe(2);
    // The recorded meeting's one insert counted toward its request, the refused one sent none, and the outbox relay's
    // reads and updates after the insert are not the request's.
    expect(increase(frontBefore, frontAfter, 'graphql_request_database_commands_count', fr)).toBe(2);
    expect(increase(frontBefore, frontAfter, 'graphql_request_database_commands_sum', fr)).toBe(1);
    expect(increase(frontBefore, frontAfter, 'outbox_events_published_total', fr)).toBeGreaterThanOrEqual(1);
    expect(frontAfter.has('outbox_publish_failures_total', fr)).toBe(true);
    expect(frontAfter.has('outbox_pending_documents', { ...fr, collection: 'voter_meetings' })).toBe(true);
    expect(frontAfter.has('kafka_consumer_lag', { ...fr, group: sessionReportsGroupId(front.config.KAFKA_TOPIC_PREFIX), topic: front.app.runtime.topic('council') })).toBe(true);
    expect(frontAfter.sum('kafka_dead_letter_messages_total', { ...fr, ...deadLetters })).toBe(1);
    expect(frontAfter.has('process_resident_memory_bytes', fr)).toBe(true);
  });
});
