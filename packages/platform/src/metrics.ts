import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { z } from 'zod';
import { HttpRefusal } from './http-refusals';
import { inServerSpan, outsideTrace } from './tracing';

/**
 * `/metrics` (Prometheus text) of one process: its own registry, every series labelled `service`, Node's default
 * process metrics, and the GraphQL requests it served. Subgraphs add their events' metrics (metrics-events.ts), the
 * gateway its subgraph fetches (gateway/src/telemetry.ts).
 */
export const metricsConfigShape = {
  /**
   * When set, `/metrics` answers only `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise). Unset, it is open:
   * expose it on the operators' network only (a proxy in front of the gateway routes `/graphql` alone).
   */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
};

/** Latency buckets (seconds): from a cached read to a CSV export of many thousand rows. */
export const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const databaseCommandBuckets = [0, 1, 2, 3, 5, 10, 20, 50, 100, 200, 500];

/**
 * Labels come from what clients send (operation names) or from the code (error codes); both are bounded so that a
 * client cannot grow a series per request: names must be GraphQL names of at most 64 characters, at most
 * `maxOperations` distinct ones are kept per process, and anything else counts as `other`.
 */
const graphqlName = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const errorCode = /^[A-Z][A-Z0-9_]{0,63}$/;
const maxOperations = 500;

export function boundedLabel(seen: Set<string>, value: string | null | undefined, pattern: RegExp, fallback: string): string {
  if (!value) return fallback;
  if (!pattern.test(value)) return 'other';
  if (!seen.has(value)) {
    if (seen.size >= maxOperations) return 'other';
    seen.add(value);
  }
  return value;
}

/** The code of the first error, or `ok` (every error reaching a client has a code: graphql-errors.ts). */
export const outcomeOf = (errors: readonly GraphQLFormattedError[] | undefined): string =>
  errors?.length ? String(errors[0]!.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'ok';

/** What one GraphQL request did, filled in while it runs (by the Apollo plugin, the database's command monitor). */
interface RequestRecord {
  operation?: string | null;
  outcome?: string;
  databaseCommands: number;
}

const requestScope = new AsyncLocalStorage<RequestRecord>();

/** Counts a database command toward the request being served, if any (database.ts' command monitor). */
export function countDatabaseCommand(): void {
  const record = requestScope.getStore();
  if (record) record.databaseCommands++;
}

/** Runs `work` outside the request that started it (the outbox relay): its commands and spans are not the request's. */
export const outsideRequest = <T>(work: () => T): T => requestScope.exit(() => outsideTrace(work));

export interface ProcessMetrics {
  registry: Registry;
  /** Serves `GET /metrics`. */
  serve(request: IncomingMessage, response: ServerResponse): Promise<void>;
  /**
   * Runs one GraphQL HTTP request (`handle` resolves to its status) in its server span and request scope, and
   * records its operation, outcome, latency and database commands.
   */
  observeRequest(request: IncomingMessage, handle: () => Promise<number>): Promise<void>;
  /** Records each request's resolved operation name and outcome; added to the Apollo server before it starts. */
  plugin: ApolloServerPlugin<BaseContext>;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest();

export function createProcessMetrics(service: string, options: { token?: string; databaseCommands?: boolean } = {}): ProcessMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests served, by operation name and outcome (ok, or the code of the first error)',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its response, in seconds',
    labelNames: ['operation'],
    buckets: latencyBuckets,
    registers: [registry],
  });
  const commands = options.databaseCommands
    ? new Histogram({
        name: 'graphql_request_database_commands',
        help: 'Database commands one GraphQL request sent (find, insert, update, …), by operation',
        labelNames: ['operation'],
        buckets: databaseCommandBuckets,
        registers: [registry],
      })
    : undefined;
  const operations = new Set<string>();
  const codes = new Set<string>();
  const expected = options.token ? sha256(options.token) : undefined;

  const record = (outcome: string) => {
    const current = requestScope.getStore();
    if (current) current.outcome = outcome;
  };

  return {
    registry,
    async serve(request, response) {
      // Both sides hashed: equal lengths for timingSafeEqual, and the comparison leaks nothing about the token.
      const given = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
      if (expected && !(given && timingSafeEqual(sha256(given), expected))) {
        response.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' });
        response.end('metrics need Authorization: Bearer <METRICS_TOKEN>\n');
        return;
      }
      const body = await registry.metrics();
      response.writeHead(200, { 'content-type': registry.contentType });
      response.end(body);
    },
    async observeRequest(request, handle) {
      const began = process.hrtime.bigint();
      const current: RequestRecord = { databaseCommands: 0 };
      await inServerSpan(`${request.method ?? 'GET'} /graphql`, request.headers, { 'http.request.method': request.method ?? 'GET', 'url.path': '/graphql' }, (span) =>
        requestScope.run(current, async () => {
          let status = 500;
          try {
            status = await handle();
          } catch (error) {
            status = (error as { status?: number }).status ?? 500;
            // Refused before GraphQL ran (bad body, wrong method…): counted under the code its answer carries.
            if (error instanceof HttpRefusal) current.outcome ??= error.code;
            throw error;
          } finally {
            // `unknown`: refused before its document was read (no token, bad body); `anonymous`: a document without a name.
            const operation = current.operation === undefined ? 'unknown' : boundedLabel(operations, current.operation, graphqlName, 'anonymous');
            const outcome = current.outcome ?? (status < 400 ? 'ok' : `HTTP_${status}`);
            const outcomeLabel = outcome === 'ok' ? outcome : boundedLabel(codes, outcome, errorCode, 'other');
            requests.inc({ operation, outcome: outcomeLabel });
            duration.observe({ operation }, Number(process.hrtime.bigint() - began) / 1e9);
            commands?.observe({ operation }, current.databaseCommands);
            if (current.operation) span.updateName(`graphql ${operation}`);
            span.setAttributes({ 'graphql.operation.name': operation, 'graphql.outcome': outcomeLabel, 'http.response.status_code': status });
          }
        }),
      );
    },
    plugin: {
      async contextCreationDidFail({ error }) {
        record(String((error as { extensions?: { code?: unknown } }).extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
      },
      async requestDidStart() {
        return {
          async willSendResponse({ operationName, request, response }) {
            const current = requestScope.getStore();
            if (current) current.operation = operationName ?? request.operationName ?? null;
            record(outcomeOf(response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors));
          },
        };
      },
    },
  };
}
