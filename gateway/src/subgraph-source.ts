import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { callerTokenHeader, signCallerToken } from '@hanoi/platform';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './app';

type FetchResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/**
 * How the gateway talks to a subgraph: it forwards the caller as a token it signs for this very fetch
 * (replacing any header a client sent) and the request id. Signed per fetch, not per request: a plan's later
 * fetches may start long after the first (a slow first subgraph), and the token's 60 seconds bound its transit,
 * not the whole request. When a subgraph refuses a request before executing it (HTTP 400, e.g. a custom scalar
 * such as Date rejecting a variable), the subgraph's own coded error is passed on instead of a bare
 * "400: Bad Request", so the client still learns the code and what was wrong.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly callerTokenSecret: string;

  constructor(options: { url: string | undefined; callerTokenSecret: string }) {
    super({ url: options.url });
    this.callerTokenSecret = options.callerTokenSecret;
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!('caller' in context)) return;
    request.http?.headers.set(callerTokenHeader, await signCallerToken(context.caller, this.callerTokenSecret));
    request.http?.headers.set('x-request-id', context.requestId);
  }

  override async errorFromResponse(response: FetchResponse): Promise<GraphQLError> {
    const body = (await this.parseBody(response.clone())) as { errors?: { message?: string; extensions?: Record<string, unknown> }[] };
    const first = typeof body === 'object' && body ? body.errors?.[0] : undefined;
    if (first?.message && typeof first.extensions?.code === 'string' && first.extensions.code !== 'INTERNAL_SERVER_ERROR') {
      return new GraphQLError(first.message, { extensions: first.extensions });
    }
    return super.errorFromResponse(response);
  }
}
