import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { z } from 'zod';
import { subgraphConfigSchema, type SubgraphConfig } from './config';
import { refusals, sendRefusal } from './http-refusals';
import { httpServerComponent, type Component, type ShutdownReport } from './lifecycle';
import type { Logger } from './logger';
import type { ProcessMetrics } from './metrics';
import { createServiceRuntime, type ServiceRuntime } from './subgraph';

/**
 * A worker: a process of the platform that consumes events and runs periodic jobs but serves no GraphQL (the
 * notifier). It has everything a subgraph has for that — configuration, logger, database, broker, metrics, tracing,
 * the lifecycle and its bounded shutdown — and the operators' HTTP surface only: `/healthz`, `/readyz`, `/metrics`.
 */

/** A worker's settings: a subgraph's without the gateway's caller tokens and the outbox (a worker publishes nothing). */
export const workerConfigSchema = (name: string, defaultPort: number) =>
  subgraphConfigSchema(name, defaultPort).omit({ INTERNAL_TOKEN_SECRET: true, OUTBOX_SWEEP_INTERVAL_MS: true });
export type WorkerConfig = z.output<ReturnType<typeof workerConfigSchema>>;

export type WorkerRuntime = Omit<ServiceRuntime, 'outbox' | 'config'> & { config: WorkerConfig };

/** The service runtime of a worker: the same parts, built the same way, without the outbox (never started). */
export function createWorkerRuntime(service: string, config: WorkerConfig, logger?: Logger): WorkerRuntime {
  const { outbox: _none, ...runtime } = createServiceRuntime(service, { ...config, INTERNAL_TOKEN_SECRET: '', OUTBOX_SWEEP_INTERVAL_MS: 0 } as SubgraphConfig, logger);
  return { ...runtime, config };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** `/healthz` (the process answers), `/readyz` (every component ready), `/metrics`; anything else 404. */
export function createOperationsHttpServer(options: { ready: () => Promise<Record<string, boolean>>; metrics: ProcessMetrics; logger: Logger }) {
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      const checks = await options.ready();
      const ok = Object.values(checks).every(Boolean);
      return sendJson(response, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', checks });
    }
    if (url.pathname === '/metrics') return options.metrics.serve(request, response);
    return sendRefusal(request, response, refusals.notFound());
  }
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.logger.error({ err: error }, 'request failed');
      if (!response.headersSent) sendRefusal(request, response, refusals.internal());
      else response.end();
    });
  });
  return {
    server,
    listen: (port: number, host = '0.0.0.0') =>
      new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface WorkerApp {
  runtime: WorkerRuntime;
  /** Starts dependencies and components, then listens (port 0 picks a free one). */
  start(port?: number): Promise<{ port: number }>;
  stop(): Promise<ShutdownReport>;
}

/** A worker's lifecycle: tracing → database → broker → `components` → HTTP (stopped in reverse, bounded). */
export function createWorkerApp(runtime: WorkerRuntime, options: { components: Component[] }): WorkerApp {
  const { lifecycle, logger, config } = runtime;
  const http = createOperationsHttpServer({ ready: () => lifecycle.ready(), metrics: runtime.metrics, logger });
  lifecycle.add(runtime.tracing);
  lifecycle.add(runtime.database);
  lifecycle.add(runtime.bus);
  for (const component of options.components) lifecycle.add(component);
  lifecycle.add(httpServerComponent(http));
  return {
    runtime,
    async start(requestedPort = config.PORT) {
      await lifecycle.start();
      const port = await http.listen(requestedPort);
      logger.info({ port }, `${runtime.service} worker ready`);
      return { port };
    },
    stop: () => lifecycle.stop(),
  };
}
