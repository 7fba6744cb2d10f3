import type { z } from 'zod';
import { subgraphConfigSchema, type SubgraphConfig } from './config';
import { createHttpServer, serveOperations, type HttpServer } from './http';
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

/** `/healthz`, `/readyz`, `/metrics`; anything else 404. */
export function createOperationsHttpServer(options: { ready: () => Promise<Record<string, boolean>>; metrics: ProcessMetrics; logger: Logger }): HttpServer {
  return createHttpServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!(await serveOperations(request, response, url, options))) sendRefusal(request, response, refusals.notFound());
  }, options.logger);
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
