/**
 * What the gateway writes into the explorer's page (a JSON script element, id `explorer-config`): everything the
 * bundle needs at start. Shared by the gateway (explorer.ts) and the page (gateway/explorer/src); types only, so that
 * the bundle takes nothing else from the gateway.
 */
export interface PageConfig {
  /** Where GraphQL requests go (same origin). */
  endpoint: string;
  /** URLs of the Monaco web workers, by the label Monaco asks for. */
  workers: Record<WorkerLabel, string>;
  /** The saved analyst queries, variables already resolved for today. */
  queries: SavedQuery[];
  /**
   * Development only (NODE_ENV=development): the demo users whose tokens the gateway mints at `tokenUrl`.
   * Absent in production and test, where neither the picker nor the endpoint exists.
   */
  devSignIn?: { tokenUrl: string; users: { subject: string; description: string }[] };
}

export type WorkerLabel = 'editor' | 'json' | 'graphql';

/** One file of gateway/explorer/queries. */
export interface SavedQuery {
  /** The file name without `.graphql`, e.g. `session-dossier`. */
  id: string;
  title: string;
  description: string;
  /** The one named operation of the document. */
  operationName: string;
  /** The document, without its header comments. */
  query: string;
  variables: Record<string, unknown>;
}
