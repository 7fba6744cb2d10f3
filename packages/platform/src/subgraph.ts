import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import type { SubgraphConfig } from './config';
import { createDatabase, type Database } from './database';
import { unauthenticated } from './errors';
import { createEventBus, type EventBus } from './events/bus';
import { serviceTopic } from './events/envelope';
import { createOutbox, type Outbox } from './events/outbox';
import { entityRepresentationsPlugin } from './entity-representations';
import { createErrorFormatter } from './graphql-errors';
import { createGraphQLHttpServer } from './http';
import { callerTokenHeader, verifyCallerToken, type Caller } from './identity';
import { createLifecycle, httpServerComponent, type Component, type Lifecycle, type ShutdownReport } from './lifecycle';
import { createLogger, type Logger } from './logger';
import { createProcessMetrics, type ProcessMetrics } from './metrics';
import { createQueryLimits, queryLimitsFromConfig } from './query-limits';
import { createEventMetrics } from './metrics-events';
import { createTracing } from './tracing';

/** Where the SDL contracts live (`schemas/<service>.graphql`), relative to this package. */
export const schemasDir = path.resolve(__dirname, '../../../schemas');
export const loadSchemaSource = (service: string) => readFileSync(path.join(schemasDir, `${service}.graphql`), 'utf8');

export interface RequestContext<L> {
  caller: Caller;
  requestId: string;
  logger: Logger;
  loaders: L;
}

/** The parts every service has: logger, database, broker, outbox relay, and the lifecycle that owns them. */
export interface ServiceRuntime {
  service: string;
  config: SubgraphConfig;
  logger: Logger;
  database: Database;
  bus: EventBus;
  outbox: Outbox;
  lifecycle: Lifecycle;
  /** `/metrics`: requests, database commands per request, outbox, dead letters, consumer lag. */
  metrics: ProcessMetrics;
  /** OpenTelemetry tracing (off unless OTEL_TRACES_EXPORTER names an exporter). */
  tracing: Component;
  /** Topic of `service` (this one or another) under this run's prefix. */
  topic(service: string): string;
}

export function createServiceRuntime(service: string, config: SubgraphConfig, logger?: Logger): ServiceRuntime {
  const log = logger ?? createLogger({ service, level: config.LOG_LEVEL });
  const metrics = createProcessMetrics(service, { token: config.METRICS_TOKEN, databaseCommands: true });
  const eventMetrics = createEventMetrics(metrics.registry);
  const database = createDatabase({ url: config.MONGO_URL, dbName: config.MONGO_DB, logger: log });
  const bus = createEventBus({
    brokers: config.KAFKA_BROKERS,
    clientId: service,
    logger: log,
    replicationFactor: config.KAFKA_REPLICATION_FACTOR,
    minInSyncReplicas: config.KAFKA_MIN_INSYNC_REPLICAS,
    sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
    observer: eventMetrics.bus,
  });
  eventMetrics.watchConsumerLag(bus);
  const topic = (name: string) => serviceTopic(name, config.KAFKA_TOPIC_PREFIX);
  const outbox = createOutbox({ service, topic: topic(service), bus, logger: log, sweepIntervalMs: config.OUTBOX_SWEEP_INTERVAL_MS, observer: eventMetrics.outbox });
  const lifecycle = createLifecycle(log, { shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS });
  const tracing = createTracing(service, config, log);
  return { service, config, logger: log, database, bus, outbox, lifecycle, metrics, tracing, topic };
}

export interface SubgraphApp {
  runtime: ServiceRuntime;
  /** Starts dependencies then listens; port 0 picks a free port. Returns the GraphQL URL. */
  start(port?: number): Promise<{ port: number; url: string }>;
  /** Bounded by SHUTDOWN_TIMEOUT_MS; the report names what had not finished. */
  stop(): Promise<ShutdownReport>;
}

/**
 * Builds a subgraph from its SDL and resolvers: Apollo subgraph schema, caller-token check on every
 * GraphQL request (health endpoints are open; `/metrics` asks METRICS_TOKEN when set), error masking, and the
 * start/stop order tracing → database → broker → outbox → consumers → HTTP (stopped in reverse).
 */
export function createSubgraphApp<L>(
  runtime: ServiceRuntime,
  options: {
    /**
     * The service's resolver map, typed by the `Resolvers` codegen generates from its SDL (services/<name>/src/generated):
     * Apollo's own `GraphQLResolverMap` cannot type it, as it takes `__resolveReference` for a field resolver.
     */
    resolvers: { [typeName: string]: object | undefined };
    loaders: () => L;
    consumers?: Component[];
  },
): SubgraphApp {
  const { logger, lifecycle, config } = runtime;
  const apollo = new ApolloServer<RequestContext<L>>({
    schema: buildSubgraphSchema([{ typeDefs: parse(loadSchemaSource(runtime.service)), resolvers: options.resolvers as GraphQLResolverMap<RequestContext<L>> }]),
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // No traces or usage leave the city's network: Apollo's cloud reporting stays off.
    plugins: [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginInlineTraceDisabled(), entityRepresentationsPlugin],
  });
  const http = createGraphQLHttpServer<RequestContext<L>>({
    apollo,
    logger,
    ready: () => lifecycle.ready(),
    metrics: runtime.metrics,
    queryLimits: createQueryLimits(queryLimitsFromConfig(config, 'SUBGRAPH'), config.QUERY_COST_DEFAULT_LIST_SIZE),
    async context({ requestId, headers, logger: requestLogger }) {
      const token = headers[callerTokenHeader];
      if (typeof token !== 'string') throw unauthenticated('Requests reach subgraphs only through the gateway');
      const caller = await verifyCallerToken(token, config.INTERNAL_TOKEN_SECRET).catch(() => {
        throw unauthenticated('The caller token is invalid or expired');
      });
      return { caller, requestId, logger: requestLogger.child({ caller: caller.subject, agency: caller.agency }), loaders: options.loaders() };
    },
  });

  // Tracing first: it is stopped last, flushing the spans of everything stopped before it.
  lifecycle.add(runtime.tracing);
  lifecycle.add(runtime.database);
  lifecycle.add(runtime.bus);
  lifecycle.add(runtime.outbox);
  for (const consumer of options.consumers ?? []) lifecycle.add(consumer);
  lifecycle.add({ name: 'apollo', start: () => apollo.start(), stop: () => apollo.stop() });
  let port = 0;
  lifecycle.add(httpServerComponent(http));

  return {
    runtime,
    async start(requestedPort = config.PORT) {
      await lifecycle.start();
      port = await http.listen(requestedPort);
      logger.info({ port }, `${runtime.service} subgraph ready`);
      return { port, url: `http://127.0.0.1:${port}/graphql` };
    },
    stop: () => lifecycle.stop(),
  };
}

/** For `src/index.ts`: starts the app, stops it on SIGTERM/SIGINT, exits 1 if it cannot start. */
export function runUntilSignalled(app: { runtime: { logger: Logger; lifecycle: Lifecycle }; start(): Promise<unknown>; stop(): Promise<unknown> }): void {
  app.runtime.lifecycle.stopOnSignals();
  app.start().catch((error: unknown) => {
    app.runtime.logger.fatal({ err: error }, 'failed to start');
    void app.stop().finally(() => process.exit(1));
  });
}
