import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { SupergraphSdlHook } from '@apollo/gateway';
import { Supergraph } from '@apollo/federation-internals';
import type { Logger } from '@hanoi/platform';
import { parse, validate } from 'graphql';
import type { Counter } from 'prom-client';
import type { Config } from './config';
import { loadSavedQueries } from './explorer-queries';
import { loadManifests } from './trusted-documents';

/** What became of a supergraph read while running (`gateway_supergraph_reloads_total{outcome}`). */
export type ReloadOutcome = 'updated' | 'refused' | 'unreadable';
export const reloadOutcomes: ReloadOutcome[] = ['updated', 'refused', 'unreadable'];

/** How long reading the supergraph from a URL may take (ms). */
const READ_TIMEOUT_MS = 10_000;

/** A document clients depend on, by where it comes from. */
export interface ClientDocument {
  name: string;
  document: string;
}

/** The documents a new supergraph must keep valid: the apps' registered (trusted) documents and the saved analyst queries. */
export function clientDocuments(config: Pick<Config, 'GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS'>): ClientDocument[] {
  const trusted = [...loadManifests(config.GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS)].map(([hash, document]) => ({ name: `trusted document ${hash}`, document }));
  const saved = loadSavedQueries().map((query) => ({ name: `saved query ${query.id}`, document: query.query }));
  return [...trusted, ...saved];
}

/**
 * Whether the gateway may serve `sdl`: a valid supergraph (built and validated as federation does, whatever
 * NODE_ENV — the gateway itself skips validation in production) whose API schema every client document still fits.
 * Returns every problem; empty when it may.
 */
export function supergraphProblems(sdl: string, documents: ClientDocument[]): string[] {
  let schema;
  try {
    schema = Supergraph.build(sdl, { validateSupergraph: true }).apiSchema().toGraphQLJSSchema();
  } catch (error) {
    return [`not a valid supergraph: ${(error as Error).message}`];
  }
  return documents.flatMap(({ name, document }) => validate(schema, parse(document)).map((error) => `${name}: ${error.message}`));
}

const shortHash = (sdl: string) => createHash('sha256').update(sdl).digest('hex').slice(0, 12);

/**
 * The gateway's supergraph, for ApolloGateway's `supergraphSdl` hook: read at start from SUPERGRAPH_URL, else
 * SUPERGRAPH_PATH; then, every SUPERGRAPH_POLL_INTERVAL_MS (0: never), read again and, when it changed, checked
 * (`supergraphProblems`) and swapped in at once with the gateway's `update` — requests under way finish on the
 * previous one, the next are planned on the new one. A refused or unreadable one is logged and counted, and the
 * current one keeps serving; a refused version is not retried until the source changes again. Write the file
 * atomically (rename) or a half-written one is refused once before the whole one is read.
 */
export function createSupergraphSource(
  config: Pick<Config, 'SUPERGRAPH_PATH' | 'SUPERGRAPH_URL' | 'SUPERGRAPH_POLL_INTERVAL_MS' | 'GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS'>,
  logger: Logger,
  reloads: Counter<'outcome'>,
): SupergraphSdlHook {
  const source = config.SUPERGRAPH_URL ?? config.SUPERGRAPH_PATH;
  const log = logger.child({ component: 'supergraph', source });
  for (const outcome of reloadOutcomes) reloads.inc({ outcome }, 0);

  async function read(): Promise<string> {
    if (!config.SUPERGRAPH_URL) return readFile(config.SUPERGRAPH_PATH, 'utf8');
    const response = await fetch(config.SUPERGRAPH_URL, { signal: AbortSignal.timeout(READ_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  }

  return async ({ update }) => {
    const documents = clientDocuments(config);
    let current = await read();
    const problems = supergraphProblems(current, documents);
    // The first one is all it has: it serves it (the gateway refuses an invalid one itself) and says what it breaks.
    if (problems.length) log.error({ problems }, 'the supergraph breaks client documents');
    log.info({ version: shortHash(current), pollIntervalMs: config.SUPERGRAPH_POLL_INTERVAL_MS }, 'supergraph loaded');
    let refused: string | undefined;
    let unreadable: string | undefined;

    async function poll(): Promise<void> {
      let next: string;
      try {
        next = await read();
        unreadable = undefined;
      } catch (error) {
        reloads.inc({ outcome: 'unreadable' });
        // One line per distinct failure, not one per poll.
        if ((error as Error).message !== unreadable) log.error({ err: error }, 'supergraph unreadable, the current one keeps serving');
        unreadable = (error as Error).message;
        return;
      }
      if (next === current || next === refused) return;
      const problems = supergraphProblems(next, documents);
      try {
        if (problems.length === 0) update(next);
      } catch (error) {
        problems.push((error as Error).message);
      }
      if (problems.length) {
        refused = next;
        reloads.inc({ outcome: 'refused' });
        log.error({ version: shortHash(next), problems }, 'new supergraph refused, the current one keeps serving');
        return;
      }
      log.info({ from: shortHash(current), to: shortHash(next) }, 'new supergraph serving');
      current = next;
      refused = undefined;
      reloads.inc({ outcome: 'updated' });
    }

    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    // Polls never overlap: the next is scheduled once this one is done.
    const schedule = () => {
      if (stopped || config.SUPERGRAPH_POLL_INTERVAL_MS === 0) return;
      timer = setTimeout(() => void poll().finally(schedule), config.SUPERGRAPH_POLL_INTERVAL_MS);
    };
    schedule();
    return {
      supergraphSdl: current,
      cleanup: async () => {
        stopped = true;
        clearTimeout(timer);
      },
    };
  };
}
