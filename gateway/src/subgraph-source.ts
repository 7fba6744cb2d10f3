import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { callerTokenHeader, signCallerToken, type Logger } from '@hanoi/platform';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './app';

type FetchResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];
type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

export const subgraphUnavailableCode = 'SUBGRAPH_UNAVAILABLE';

/**
 * Why a subgraph gave no usable answer (`extensions.reason` of SUBGRAPH_UNAVAILABLE, and the code the fetch-error
 * metric counts): unreachable (refused, reset), no complete answer within the fetch timeout (a frozen process), an
 * HTTP error status without a code meant for the client (5xx, a proxy's 404…), or an answer that is no GraphQL
 * response (not JSON, not an object, `_entities` missing or of the wrong length).
 */
export type UnavailableReason = 'FETCH_FAILED' | 'TIMEOUT' | 'INVALID_RESPONSE' | `HTTP_${number}`;

const explain = (reason: UnavailableReason, timeoutMs: number) =>
  reason === 'FETCH_FAILED' ? 'it could not be reached'
  : reason === 'TIMEOUT' ? `it gave no answer within ${timeoutMs} ms`
  : reason === 'INVALID_RESPONSE' ? 'its answer is not a GraphQL response'
  : `it answered HTTP ${reason.slice('HTTP_'.length)}`;

/**
 * The one error of a fetch that got nothing usable from a subgraph. The gateway adds it to the response as thrown
 * (no path: one fetch may serve many fields), and the fields that fetch would have filled are null — every field a
 * subgraph contributes to another's entity is nullable (README, "Degrade, don't fail"), so the rest of the data stays.
 * Coded, so the error formatter passes it on instead of masking it.
 */
export class SubgraphUnavailableError extends GraphQLError {
  constructor(serviceName: string, reason: UnavailableReason, timeoutMs: number) {
    super(`The ${serviceName} subgraph is unavailable: ${explain(reason, timeoutMs)}. The fields it serves are null.`, {
      extensions: { code: subgraphUnavailableCode, serviceName, reason },
    });
  }
}

/** A subgraph's own coded refusal of a request (a 4xx with `extensions.code`, e.g. BAD_USER_INPUT for a variable). */
function codedRefusal(body: unknown): GraphQLError | undefined {
  const first = (body as { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] } | undefined)?.errors?.[0];
  const code = first?.extensions?.code;
  if (typeof first?.message !== 'string' || typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR') return undefined;
  return new GraphQLError(first.message, { extensions: first.extensions });
}

const LOG_INTERVAL_MS = 10_000;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a parsed body is a GraphQL response the gateway can merge: `errors`, if any, a list of objects; `data` an
 * object, or null/absent with errors; an entity fetch's `_entities` a list with one entry per representation (the
 * gateway would otherwise throw an uncoded error, masked as INTERNAL_SERVER_ERROR).
 */
function isUsableResponse(response: GatewayGraphQLResponse, variables: Record<string, unknown> | undefined): boolean {
  const { data, errors } = response as { data?: unknown; errors?: unknown };
  if (errors !== undefined && !(Array.isArray(errors) && errors.every(isObject))) return false;
  if (data === undefined || data === null) return Array.isArray(errors) && errors.length > 0;
  if (!isObject(data)) return false;
  const representations = variables?.representations;
  return !Array.isArray(representations) || (Array.isArray(data._entities) && data._entities.length === representations.length);
}

/**
 * Our subgraphs code every error they answer; one without a code is an unexpected failure there, coded
 * INTERNAL_SERVER_ERROR so that the gateway masks it as its own (Apollo would pass it on as DOWNSTREAM_SERVICE_ERROR
 * with its message). Its message reaches the gateway's log only.
 */
function withCodes(response: GatewayGraphQLResponse): GatewayGraphQLResponse {
  if (!response.errors?.some((error) => typeof error.extensions?.code !== 'string')) return response;
  return {
    ...response,
    errors: response.errors.map((error) =>
      typeof error.extensions?.code === 'string' ? error : { ...error, extensions: { ...error.extensions, code: 'INTERNAL_SERVER_ERROR' } },
    ),
  };
}

/**
 * How the gateway talks to a subgraph: it forwards the caller as a token it signs for this very fetch
 * (replacing any header a client sent) and the request id. Signed per fetch, not per request: a plan's later
 * fetches may start long after the first (a slow first subgraph), and the token's 60 seconds bound its transit,
 * not the whole request. When a subgraph refuses a request before executing it (HTTP 400, e.g. a custom scalar
 * such as Date rejecting a variable), the subgraph's own coded error is passed on instead of a bare
 * "400: Bad Request", so the client still learns the code and what was wrong.
 *
 * A subgraph that is down, frozen or answers garbage costs only its own fields: the fetch ends, within `timeoutMs`
 * however the subgraph behaves (the timeout covers connecting, waiting and reading the body), with a
 * SubgraphUnavailableError naming it. Anything else that fails (a bug of ours) is left to be masked.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly serviceName: string;
  private readonly callerTokenSecret: string;
  private readonly timeoutMs: number;
  private readonly logger: Logger | undefined;
  /** Unavailabilities not logged since the last line (at most one line per LOG_INTERVAL_MS: an outage fails every fetch). */
  private unlogged = 0;
  private loggedAt = 0;

  constructor(options: { name: string; url: string | undefined; callerTokenSecret: string; timeoutMs: number; logger?: Logger }) {
    // Node's own fetch (undici, keep-alive pool per origin), not Apollo's default make-fetch-happen: measured below.
    super({ url: options.url, fetcher: fetch as unknown as RemoteGraphQLDataSource['fetcher'] });
    this.serviceName = options.name;
    this.callerTokenSecret = options.callerTokenSecret;
    this.timeoutMs = options.timeoutMs;
    this.logger = options.logger;
    const fetcher = this.fetcher;
    // One signal per fetch, passed on by the fetcher: aborting also ends the reading of a body begun.
    this.fetcher = (url, init) => fetcher(url, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!('caller' in context)) return;
    request.http?.headers.set(callerTokenHeader, await signCallerToken(context.caller, this.callerTokenSecret));
    request.http?.headers.set('x-request-id', context.requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    let response: GatewayGraphQLResponse;
    try {
      response = await super.process(options);
    } catch (error) {
      throw this.unavailableOr(error, options.context);
    }
    if (!isUsableResponse(response, options.request.variables)) throw this.unavailable('INVALID_RESPONSE', options.context);
    return withCodes(response);
  }

  /** Only JSON objects are answers; anything else (HTML from a proxy, a truncated body) is the subgraph's failure. */
  override async parseBody(response: FetchResponse): Promise<object | string> {
    let body: unknown;
    try {
      body = await super.parseBody(response);
    } catch (error) {
      if (isTimeout(error)) throw error;
      body = undefined;
    }
    if (!isObject(body)) throw new InvalidResponse();
    return body;
  }

  override async errorFromResponse(response: FetchResponse): Promise<GraphQLError> {
    const body = await this.parseBody(response.clone()).catch(() => undefined);
    return codedRefusal(body) ?? new HttpFailure(response.status);
  }

  private unavailable(reason: UnavailableReason, context: Partial<GatewayContext>): SubgraphUnavailableError {
    if (Date.now() - this.loggedAt >= LOG_INTERVAL_MS) {
      this.logger?.warn({ subgraph: this.serviceName, reason, requestId: context.requestId, alsoSince: this.unlogged }, 'subgraph unavailable');
      this.loggedAt = Date.now();
      this.unlogged = 0;
    } else {
      this.unlogged += 1;
    }
    return new SubgraphUnavailableError(this.serviceName, reason, this.timeoutMs);
  }

  /** The unavailability a failed fetch shows, or the error itself when it is none (a coded refusal, a bug). */
  private unavailableOr(error: unknown, context: Partial<GatewayContext>): unknown {
    if (isTimeout(error)) return this.unavailable('TIMEOUT', context);
    if (error instanceof InvalidResponse) return this.unavailable('INVALID_RESPONSE', context);
    if (error instanceof HttpFailure) return this.unavailable(`HTTP_${error.status}`, context);
    if (isExchangeFailure(error)) return this.unavailable('FETCH_FAILED', context);
    return error;
  }
}

/** The fetch's own timeout (AbortSignal.timeout), surfacing as an abort. */
const isTimeout = (error: unknown) => ['AbortError', 'TimeoutError'].includes((error as Error | undefined)?.name ?? '');

/**
 * A failed exchange (refused, reset, unknown host, connection closed mid-body): Node's fetch (undici) throws a
 * TypeError ("fetch failed", "terminated") with the socket's error as its cause. Told by name, not `instanceof`:
 * undici's TypeError is Node's own realm's, not that of a vm context (jest's) the gateway may run in.
 */
const isExchangeFailure = (error: unknown) => (error as Error | undefined)?.name === 'TypeError' && (error as Error).cause !== undefined;

/** A body that is not a JSON object. */
class InvalidResponse extends Error {}

/** An error status without a coded refusal in its body. A GraphQLError because `errorFromResponse` returns one. */
class HttpFailure extends GraphQLError {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}
