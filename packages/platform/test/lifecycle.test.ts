import { once } from 'node:events';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLifecycle, createLogger, httpServerComponent, parseConfig, subgraphConfigSchema, type Component } from '../src';

const logger = createLogger({ service: 'lifecycle-test', level: 'silent' });
const never = () => new Promise<void>(() => undefined);
const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * What a loaded machine may add to a bounded shutdown (ms): its timers fire late (seen: 232 ms over a 500 ms bound
 * under CI's load). A component that never stops would otherwise hold the shutdown for ever (the test's own timeout).
 */
const timerLatenessMs = 1_000;

describe('lifecycle shutdown', () => {
  it('stops in reverse order of start and reports a complete shutdown', async () => {
    const order: string[] = [];
    const lifecycle = createLifecycle(logger, { shutdownTimeoutMs: 1_000 });
    for (const name of ['database', 'kafka', 'http']) lifecycle.add({ name, start: async () => void order.push(`start ${name}`), stop: async () => void order.push(`stop ${name}`) });
    await lifecycle.start();
    const report = await lifecycle.stop();
    expect(order).toEqual(['start database', 'start kafka', 'start http', 'stop http', 'stop kafka', 'stop database']);
    expect(report).toMatchObject({ complete: true, unfinished: [] });
  });

  it('is bounded by the shutdown timeout when a component never stops, names it, and still stops the ones after it', async () => {
    const stopped: string[] = [];
    let aborted = false;
    const lifecycle = createLifecycle(logger, { shutdownTimeoutMs: 600 });
    lifecycle.add({ name: 'database', stop: async () => void stopped.push('database') });
    lifecycle.add({
      name: 'consumer',
      stop: (deadline) => {
        deadline?.addEventListener('abort', () => (aborted = true));
        return never();
      },
    });
    lifecycle.add({ name: 'http', stop: async () => void stopped.push('http') });
    await lifecycle.start();
    const began = Date.now();
    const report = await lifecycle.stop();
    expect(Date.now() - began).toBeLessThan(600 + timerLatenessMs);
    expect(report).toMatchObject({ complete: false, unfinished: ['consumer'] });
    expect(aborted).toBe(true);
    // The hung step keeps back time for the steps after it: the database still closes.
    expect(stopped).toEqual(['http', 'database']);
  });

  it('keeps within the bound when several steps hang, and counts a failing stop as finished', async () => {
    const lifecycle = createLifecycle(logger, { shutdownTimeoutMs: 500 });
    const components: Component[] = [
      { name: 'tracing', stop: never },
      { name: 'database', stop: async () => Promise.reject(new Error('already closed')) },
      { name: 'kafka', stop: never },
      { name: 'outbox', stop: never },
    ];
    components.forEach((component) => lifecycle.add(component));
    await lifecycle.start();
    const began = Date.now();
    const report = await lifecycle.stop();
    expect(Date.now() - began).toBeLessThan(500 + timerLatenessMs);
    expect(report.unfinished).toEqual(['outbox', 'kafka', 'tracing']);
  });

  it('stops only what started, and stopping twice is one shutdown', async () => {
    const stops: string[] = [];
    const lifecycle = createLifecycle(logger);
    lifecycle.add({ name: 'database', stop: async () => void stops.push('database') });
    lifecycle.add({ name: 'kafka', start: () => Promise.reject(new Error('unreachable')), stop: async () => void stops.push('kafka') });
    await expect(lifecycle.start()).rejects.toThrow('unreachable');
    const [first, second] = await Promise.all([lifecycle.stop(), lifecycle.stop()]);
    expect(first).toBe(second);
    expect(stops).toEqual(['database']);
  });

  it('reports not ready while stopping, and a readiness check that hangs as not ready within 2 s', async () => {
    const lifecycle = createLifecycle(logger, { shutdownTimeoutMs: 100 });
    lifecycle.add({ name: 'kafka', ready: never as () => Promise<boolean> });
    lifecycle.add({ name: 'database', ready: async () => true });
    await lifecycle.start();
    const began = Date.now();
    expect(await lifecycle.ready()).toEqual({ kafka: false, database: true });
    expect(Date.now() - began).toBeLessThan(2_500);
    await lifecycle.stop();
    expect(await lifecycle.ready()).toEqual({ shutdown: false });
  });

  it('SHUTDOWN_TIMEOUT_MS is every subgraph setting, 10 s by default', () => {
    const schema = subgraphConfigSchema('front', 4104);
    expect(parseConfig(schema, { INTERNAL_TOKEN_SECRET: 'x'.repeat(32) }).SHUTDOWN_TIMEOUT_MS).toBe(10_000);
    expect(parseConfig(schema, { INTERNAL_TOKEN_SECRET: 'x'.repeat(32), SHUTDOWN_TIMEOUT_MS: '2500' }).SHUTDOWN_TIMEOUT_MS).toBe(2_500);
  });
});

describe('the HTTP server as a component', () => {
  let server: Server;
  let port: number;
  beforeEach(async () => {
    // Answers after `?ms=` milliseconds; the timer does not keep the test process alive once a test dropped the request.
    server = createServer((req, res) => void setTimeout(() => res.end('done'), Number(new URL(req.url!, 'http://x').searchParams.get('ms'))).unref());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterEach(() => server.closeAllConnections());

  const get = (ms: number) =>
    new Promise<string>((resolve, reject) => {
      const req = request({ port, path: `/?ms=${ms}`, agent: false }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve(body));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  const component = () =>
    httpServerComponent({ server, close: () => new Promise<void>((resolve) => server.close(() => resolve())) });

  it('lets a request in flight finish, then refuses new connections', async () => {
    const inFlight = get(300);
    await once(server, 'request');
    const stopped = component().stop!(new AbortController().signal);
    await expect(inFlight).resolves.toBe('done');
    await stopped;
    await expect(get(0)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('drops a request still running when its time is up', async () => {
    const slow = get(10_000);
    await once(server, 'request');
    const deadline = new AbortController();
    const stopped = component().stop!(deadline.signal);
    deadline.abort();
    await expect(slow).rejects.toThrow(/socket hang up|ECONNRESET/);
    await stopped;
  });
});
