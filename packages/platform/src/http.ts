import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { answerClientError, checkRequestHead, HttpRefusal, operationNotFoundPlugin, parseJsonBody, readBody, refusals, sendRefusal } from './http-refusals';
import type { Logger } from './logger';
import type { ProcessMetrics } from './metrics';
import type { QueryLimitsEnforcer } from './query-limits';

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** The operators' endpoints of every process: `/healthz` (it answers), `/readyz` (every component ready), `/metrics`. Resolves true when it answered. */
export async function serveOperations(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  options: { ready: () => Promise<Record<string, boolean>>; metrics: ProcessMetrics },
): Promise<boolean> {
  if (url.pathname === '/healthz') sendJson(response, 200, { status: 'ok' });
  else if (url.pathname === '/readyz') {
    const checks = await options.ready();
    const ok = Object.values(checks).every(Boolean);
    sendJson(response, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', checks });
  } else if (url.pathname === '/metrics') await options.metrics.serve(request, response);
  else return false;
  return true;
}

export interface HttpServer {
  server: Server;
  /** Listens (port 0 picks a free one); resolves to the port. */
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting, lets in-flight requests finish, drops idle keep-alive sockets. */
  close(): Promise<void>;
}

/** A node:http server for `handle`: whatever it throws is answered as a coded refusal, malformed HTTP too. */
export function createHttpServer(handle: (request: IncomingMessage, response: ServerResponse) => Promise<unknown>, logger: Logger): HttpServer {
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!(error instanceof HttpRefusal)) logger.error({ err: error }, 'request failed');
      if (!response.headersSent) sendRefusal(request, response, error instanceof HttpRefusal ? error : refusals.internal());
      else response.end();
    });
  });
  // Headers too large or malformed HTTP: answered in our coded JSON rather than Node's empty body.
  server.on('clientError', answerClientError);
  server.keepAliveTimeout = 65_000;
  return {
    server,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

export interface HttpRequestInfo {
  requestId: string;
  headers: IncomingMessage['headers'];
  /** The peer's IP address (the gateway's rate limit keys unauthenticated requests by it). */
  remoteAddress: string;
  logger: Logger;
}

/** The document a GET or POST request sends as text (not one named by id). */
function documentText(body: unknown, url: URL): string | undefined {
  const query = body === undefined ? url.searchParams.get('query') : (body as { query?: unknown } | null)?.query;
  return typeof query === 'string' ? query : undefined;
}

/**
 * Serves `/graphql` through Apollo's `executeHTTPGraphQLRequest`, plus `/healthz` (process alive),
 * `/readyz` (every dependency answers) and `/metrics` (Prometheus text). No framework: this is the
 * whole HTTP surface. Each GraphQL request runs in its server span and is measured (metrics.ts).
 */
export function createGraphQLHttpServer<C extends BaseContext>(options: {
  apollo: ApolloServer<C>;
  context: (request: HttpRequestInfo) => Promise<C>;
  ready: () => Promise<Record<string, boolean>>;
  logger: Logger;
  metrics: ProcessMetrics;
  /** Other pages of this process (the gateway's explorer), tried before GraphQL; resolves true when it answered. */
  route?: (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean>;
  /** Query limits (query-limits.ts): a document sent as text checked once the context is built, every operation by their plugin. */
  queryLimits?: QueryLimitsEnforcer<C>;
}): HttpServer {
  const { apollo, logger, metrics } = options;
  apollo.addPlugin(metrics.plugin as ApolloServerPlugin<C>);
  apollo.addPlugin(operationNotFoundPlugin as ApolloServerPlugin<C>);
  if (options.queryLimits) apollo.addPlugin(options.queryLimits.plugin);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (await serveOperations(request, response, url, options)) return;
    if (options.route && (await options.route(request, response, url))) return;
    if (url.pathname !== '/graphql') return sendRefusal(request, response, refusals.notFound());
    return metrics.observeRequest(request, () => handleGraphQL(request, response, url));
  }

  /** One GraphQL request; resolves to the HTTP status it answered. */
  async function handleGraphQL(request: IncomingMessage, response: ServerResponse, url: URL): Promise<number> {
    const began = process.hrtime.bigint();
    checkRequestHead(request);
    const requestId = String(request.headers['x-request-id'] ?? randomUUID()).slice(0, 100);
    const requestLogger = logger.child({ requestId });
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const body = request.method === 'POST' ? parseJsonBody(await readBody(request)) : undefined;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      async context() {
        const context = await options.context({ requestId, headers: request.headers, remoteAddress: request.socket.remoteAddress ?? 'unknown', logger: requestLogger });
        options.queryLimits?.checkDocument(context, documentText(body, url));
        return context;
      },
    });
    response.statusCode = result.status ?? 200;
    response.setHeader('x-request-id', requestId);
    // One line per request: no variables or headers (they may carry personal data and tokens).
    requestLogger.info(
      {
        operation: (body as { operationName?: string } | undefined)?.operationName ?? null,
        status: response.statusCode,
        durationMs: Number(process.hrtime.bigint() - began) / 1e6,
      },
      'graphql request',
    );
    for (const [name, value] of result.headers) response.setHeader(name, value);
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return response.statusCode;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
    return response.statusCode;
  }

  return createHttpServer(handle, logger);
}
