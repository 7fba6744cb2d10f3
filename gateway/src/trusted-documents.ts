import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin, GraphQLRequest, PersistedQueryOptions } from '@apollo/server';
import { hasRole, type Logger } from '@hanoi/platform';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { GatewayContext } from './app';
import type { Config } from './config';

/**
 * Trusted documents (persisted operations). Each app registers its operations in a manifest its build generates
 * from its `.graphql` files (`{ "<sha256 hex of the document>": "<document>" }`, the client preset's
 * persisted-documents.json). A request names a registered document by
 *  - `documentId: "sha256:<hex>"` (GraphQL-over-HTTP persisted documents; a bare `<hex>` is accepted too), in a
 *    POST body or a GET query string, or
 *  - `extensions.persistedQuery.sha256Hash` (Apollo's persisted-query format, e.g. Apollo Client's link);
 * an id no manifest holds answers Apollo's PERSISTED_QUERY_NOT_FOUND. Nothing is ever registered at run time.
 *
 * Under `enforce`, app clients (callers without the `analyst` or `admin` role) execute only registered documents:
 * any other document answers PERSISTED_QUERY_REQUIRED once Apollo has parsed and validated it (no plugin hook can
 * answer earlier) but before it is planned, so no subgraph sees it. Analysts and administrators may still send
 * ad-hoc documents (the explorer). A document sent as text whose sha256 is registered counts as registered: it is
 * that very document.
 */
export type TrustedDocumentsMode = 'enforce' | 'off';

const persistedQueryRequiredCode = 'PERSISTED_QUERY_REQUIRED';

/** Enforced in production; off elsewhere unless set, so development, the explorer and the tests send any document. */
export const trustedDocumentsMode = (config: Pick<Config, 'NODE_ENV' | 'GATEWAY_TRUSTED_DOCUMENTS'>): TrustedDocumentsMode =>
  config.GATEWAY_TRUSTED_DOCUMENTS ?? (config.NODE_ENV === 'production' ? 'enforce' : 'off');

const sha256 = (document: string) => createHash('sha256').update(document, 'utf8').digest('hex');
const manifestSchema = z.record(z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case sha256 hex'), z.string().min(1));

/**
 * Reads every manifest into one map (hash → document). Throws, naming the file, when one is unreadable, is not
 * such a map, or lists a document under a hash that is not its sha256 (a manifest built with another algorithm).
 */
export function loadManifests(paths: string[]): Map<string, string> {
  const documents = new Map<string, string>();
  for (const file of paths) {
    let parsed: z.output<typeof manifestSchema>;
    try {
      parsed = manifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch (error) {
      const reason =
        error instanceof z.ZodError
          ? error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')
          : (error as Error).message;
      throw new Error(`trusted documents manifest ${file}: ${reason}`);
    }
    for (const [hash, document] of Object.entries(parsed)) {
      if (sha256(document) !== hash) throw new Error(`trusted documents manifest ${file}: ${hash} is not the sha256 of its document`);
      documents.set(hash, document);
    }
  }
  return documents;
}

/** The hash a GraphQL-over-HTTP `documentId` names: `sha256:<hex>` or a bare `<hex>`; other prefixes name nothing we hold. */
function hashOfDocumentId(documentId: string): string {
  return documentId.startsWith('sha256:') ? documentId.slice('sha256:'.length) : documentId;
}

function documentIdOf(request: GraphQLRequest): string | undefined {
  const body = request.http?.body;
  const fromBody = typeof body === 'object' && body !== null ? (body as { documentId?: unknown }).documentId : undefined;
  const id = request.http?.method === 'GET' ? new URLSearchParams(request.http.search).get('documentId') : fromBody;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

export function createTrustedDocuments(config: Config, logger: Logger) {
  const mode = trustedDocumentsMode(config);
  const paths = config.GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS;
  const documents = loadManifests(paths);
  logger.info({ mode, documents: documents.size, manifests: paths.length }, 'trusted documents loaded');

  /**
   * Apollo's persisted-query store, read-only over the manifests: Apollo resolves ids and answers
   * PERSISTED_QUERY_NOT_FOUND itself; an automatic-persisted-query client's attempt to register is ignored.
   * Apollo prefixes its keys with `apq:`.
   */
  const persistedQueries: PersistedQueryOptions = {
    ttl: null,
    cache: {
      get: async (key) => documents.get(key.replace(/^apq:/, '')),
      set: async () => undefined,
      delete: async () => false,
    },
  };

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart({ request, contextValue }) {
      // A GraphQL-over-HTTP documentId becomes Apollo's persisted-query extension, so both forms resolve alike.
      const documentId = documentIdOf(request);
      if (documentId !== undefined && request.extensions?.persistedQuery === undefined) {
        request.extensions = { ...request.extensions, persistedQuery: { version: 1, sha256Hash: hashOfDocumentId(documentId) } };
      }
      if (mode === 'off' || hasRole(contextValue.caller, 'analyst', 'admin')) return;
      return {
        // Apollo has resolved and validated the document (`queryHash` is its sha256) but planned nothing yet.
        async didResolveOperation({ queryHash, operationName }) {
          if (documents.has(queryHash)) return;
          logger.info({ agency: contextValue.caller.agency, operation: operationName, queryHash }, 'unregistered document refused');
          throw new GraphQLError('This client may run only registered operations: send the documentId of one in its manifest', {
            extensions: { code: persistedQueryRequiredCode, http: { status: 400 } },
          });
        },
      };
    },
  };

  return { persistedQueries, plugin };
}
