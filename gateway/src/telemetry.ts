import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { boundedLabel, createProcessMetrics, createTracing, latencyBuckets, outcomeOf, withTraceHeaders, type Logger } from '@hanoi/platform';
import { Counter, Histogram } from 'prom-client';
import type { Config } from './config';
import { subgraphUnavailableCode } from './subgraph-source';

/**
 * The gateway's share of the operators' telemetry: its `/metrics` (the GraphQL requests it serves, as every process,
 * plus its fetches to subgraphs) and its tracing. Apollo's gateway traces its own work through the OpenTelemetry API
 * (`gateway.request`, `gateway.plan`, `gateway.fetch` spans, under this process's server span); each fetch carries
 * the `gateway.fetch` span's W3C `traceparent` to the subgraph, which continues the trace.
 */
export function createGatewayTelemetry(config: Config, logger: Logger) {
  // Unless this is set when it is built, @apollo/gateway sends the host's uptime, CPU and memory figures to Apollo's
  // servers every hour; nothing leaves the city's network, and this variable is the only switch it reads.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const metrics = createProcessMetrics('gateway', { token: config.METRICS_TOKEN });
  const duration = new Histogram({
    name: 'subgraph_fetch_duration_seconds',
    help: 'Time of one fetch from the gateway to a subgraph (signing, HTTP exchange, parsing), by subgraph, in seconds',
    labelNames: ['subgraph'],
    buckets: latencyBuckets,
    registers: [metrics.registry],
  });
  const errors = new Counter({
    name: 'subgraph_fetch_errors_total',
    help: 'Subgraph fetches that failed or answered errors, by subgraph and code (the first error\'s code, or why the subgraph was unavailable: FETCH_FAILED, TIMEOUT, HTTP_<status>, INVALID_RESPONSE)',
    labelNames: ['subgraph', 'code'],
    registers: [metrics.registry],
  });
  const supergraphReloads = new Counter({
    name: 'gateway_supergraph_reloads_total',
    help: 'Supergraph versions read while running, by outcome: updated (validated and serving), refused (invalid or breaking a client document: the current one keeps serving), unreadable (reading the source failed)',
    labelNames: ['outcome'],
    registers: [metrics.registry],
  });
  const codes = new Set<string>();
  const count = (subgraph: string, code: string) => errors.inc({ subgraph, code: boundedLabel(codes, code, /^[A-Z][A-Z0-9_]{0,63}$/, 'other') });

  return {
    metrics,
    supergraphReloads,
    tracing: createTracing('gateway', config, logger),
    /** Measures the fetches of one subgraph's data source and carries the trace context to it. */
    instrument<S extends RemoteGraphQLDataSource<any>>(subgraph: string, source: S): S {
      const fetcher = source.fetcher;
      source.fetcher = (url, init) => fetcher(url, { ...init, headers: withTraceHeaders(init?.headers ?? {}) });
      const process = source.process.bind(source);
      source.process = async (options) => {
        const end = duration.startTimer({ subgraph });
        try {
          const response = await process(options);
          const outcome = outcomeOf(response.errors);
          if (outcome !== 'ok') count(subgraph, outcome);
          return response;
        } catch (error) {
          count(subgraph, fetchErrorCode(error));
          throw error;
        } finally {
          end();
        }
      };
      return source;
    },
  };
}

/**
 * A thrown fetch error's code: why the subgraph was unavailable (`FETCH_FAILED`, `TIMEOUT`, `HTTP_<status>`,
 * `INVALID_RESPONSE`: subgraph-source.ts), a subgraph's coded refusal, else INTERNAL_SERVER_ERROR (a failure of ours).
 */
function fetchErrorCode(error: unknown): string {
  const extensions = (error as { extensions?: { code?: unknown; reason?: unknown } }).extensions;
  if (extensions?.code === subgraphUnavailableCode && typeof extensions.reason === 'string') return extensions.reason;
  return typeof extensions?.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
}
