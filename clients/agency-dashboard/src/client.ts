import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** One error of a GraphQL response; `extensions.code` is the API's error code (README, "Errors"). */
export interface GraphQLResponseError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: GraphQLResponseError[],
  ) {
    super(errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; '));
  }
}

/** A generated document: its result and variables types, and, when it is registered, its hash. */
type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { __meta__?: Record<string, unknown> };

/** Operations without variables take none; the others require theirs, typed. */
type VariablesArgument<TVariables> = TVariables extends Record<string, never> ? [] : [variables: TVariables];

/**
 * A client of the gateway. A registered document (src/gql/, which carries only its hash) goes by id, as a
 * GraphQL-over-HTTP persisted-document request (`documentId: "sha256:<hash>"`): what app clients must do where
 * trusted documents are enforced. Any other (src/saved-queries/) goes as text, which only analysts and
 * administrators may send there. Any error in the response throws, with every error and its code.
 */
export function createClient(options: { url: string; token: () => string | Promise<string> }) {
  return async function execute<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    ...[variables]: VariablesArgument<TVariables>
  ): Promise<TResult> {
    const hash = document.__meta__?.hash;
    const response = await fetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${await options.token()}`,
      },
      body: JSON.stringify({ ...(typeof hash === 'string' ? { documentId: `sha256:${hash}` } : { query: String(document) }), variables }),
    });
    const body = (await response.json()) as { data?: TResult | null; errors?: GraphQLResponseError[] };
    if (body.errors?.length || !body.data) throw new GraphQLRequestError(response.status, body.errors ?? []);
    return body.data;
  };
}
