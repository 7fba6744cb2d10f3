import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import Negotiator from 'negotiator';

/**
 * Requests refused before GraphQL runs, answered like any GraphQL error: the GraphQL-over-HTTP JSON shape
 * `{"errors":[{"message":…,"extensions":{"code":…}}]}`, as `application/graphql-response+json` when the request's
 * Accept prefers it, else `application/json`. The gateway and every subgraph serve them (http.ts).
 */
export type RefusalCode =
  | 'BAD_REQUEST'
  | 'PAYLOAD_TOO_LARGE'
  | 'HEADERS_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'METHOD_NOT_ALLOWED'
  | 'BATCH_NOT_ALLOWED'
  | 'NOT_FOUND'
  | 'REQUEST_TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: RefusalCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Largest request body accepted (bytes); GraphQL documents and inputs are far smaller. */
export const maxBodyBytes = 1_000_000;

export const refusals = {
  malformedJson: () => new HttpRefusal(400, 'BAD_REQUEST', 'The request body is not valid JSON'),
  // Answered at once; Node reads and drops the rest of the body before the connection serves another request (closing
  // it instead makes a client still sending fail with EPIPE before it reads the answer).
  bodyTooLarge: () => new HttpRefusal(413, 'PAYLOAD_TOO_LARGE', `The request body is over ${maxBodyBytes} bytes`),
  incompleteBody: () => new HttpRefusal(400, 'BAD_REQUEST', 'The request body ended early'),
  unsupportedMediaType: () =>
    new HttpRefusal(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL requests as application/json (POST), or in the query string (GET)', { accept: 'application/json' }),
  methodNotAllowed: () => new HttpRefusal(405, 'METHOD_NOT_ALLOWED', 'GraphQL is served with GET and POST only', { allow: 'GET, POST' }),
  batchNotAllowed: () => new HttpRefusal(400, 'BATCH_NOT_ALLOWED', 'Send one operation per request: batches are not accepted'),
  notFound: () => new HttpRefusal(404, 'NOT_FOUND', 'Nothing is served here: GraphQL is at /graphql'),
  internal: () => new HttpRefusal(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'),
};

export const graphqlResponseMediaType = 'application/graphql-response+json';

/** The media type of an answer to a request with this Accept header: application/json unless it prefers the GraphQL one. */
export function responseMediaType(accept: string | undefined): string {
  if (!accept) return 'application/json';
  return new Negotiator({ headers: { accept } }).mediaType(['application/json', graphqlResponseMediaType]) ?? 'application/json';
}

export const refusalBody = (code: RefusalCode, message: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

export function sendRefusal(request: IncomingMessage, response: ServerResponse, refusal: HttpRefusal): void {
  response.writeHead(refusal.status, {
    'content-type': `${responseMediaType(request.headers.accept)}; charset=utf-8`,
    ...refusal.headers,
  });
  response.end(refusalBody(refusal.code, refusal.message));
}

const mediaTypeOf = (contentType: string | undefined) => contentType?.split(';')[0]!.trim().toLowerCase();

/** GET or POST, and a POST's body declared as JSON (a GET may name application/json or nothing), else refused. */
export function checkRequestHead(request: IncomingMessage): void {
  if (request.method !== 'GET' && request.method !== 'POST') throw refusals.methodNotAllowed();
  const mediaType = mediaTypeOf(request.headers['content-type']);
  if (mediaType === 'application/json' || (request.method === 'GET' && mediaType === undefined)) return;
  throw refusals.unsupportedMediaType();
}

/** Reads a body of at most `maxBodyBytes` (refused as soon as it is known to be larger, without keeping the rest). */
export function readBody(request: IncomingMessage): Promise<string> {
  if (Number(request.headers['content-length']) > maxBodyBytes) return Promise.reject(refusals.bodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (error?: HttpRefusal) => {
      request.off('data', onData).off('end', onEnd).off('close', onClose);
      if (error) reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) stop(refusals.bodyTooLarge());
      else chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onClose = () => stop(refusals.incompleteBody());
    request.on('data', onData).on('end', onEnd).on('close', onClose);
  });
}

/** A POST body as JSON: one request object (a JSON array is a batch, refused). */
export function parseJsonBody(raw: string): unknown {
  let body: unknown;
  try {
    body = raw ? JSON.parse(raw) : {};
  } catch {
    throw refusals.malformedJson();
  }
  if (Array.isArray(body)) throw refusals.batchNotAllowed();
  return body;
}

/**
 * Node answers a request it cannot parse (headers over its 16 KiB limit, a malformed request line, a client too
 * slow to send its headers) before any handler sees it, with an empty body; this writes our coded JSON instead,
 * straight to the socket (there is no request or response object), with Node's own statuses.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, code, message]: [number, RefusalCode, string] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'HEADERS_TOO_LARGE', 'The request headers are too large']
      : error.code === 'HPE_HEADER_TIMEOUT' || error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'REQUEST_TIMEOUT', 'The request was not received in time']
        : [400, 'BAD_REQUEST', 'The request is not valid HTTP'];
  const body = refusalBody(code, message);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

/**
 * An operation name the document does not hold (or none given for a document of several operations) answers
 * OPERATION_NOT_FOUND before anything runs; Apollo would otherwise execute and report it uncoded.
 */
export const operationNotFoundPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (operation) return;
        const message = request.operationName
          ? `The document has no operation named "${request.operationName}"`.slice(0, 200)
          : 'The document holds several operations: name the one to run in operationName';
        throw new GraphQLError(message, { extensions: { code: 'OPERATION_NOT_FOUND', http: { status: 400 } } });
      },
    };
  },
};
