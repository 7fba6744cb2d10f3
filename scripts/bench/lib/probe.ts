import { isDeepStrictEqual } from 'node:util';
import { scrapeMetrics } from '@hanoi/platform/testing';
import type { LoadClient, PreparedRequest } from './load';

/** Where a process of ours serves /metrics: beside its /graphql. */
export const metricsUrlOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/metrics');

/** What the subgraphs did for one request: requests they received (the fetches), database commands, by subgraph. */
export interface RequestCost {
  fetches: Record<string, number>;
  databaseCommands: Record<string, number>;
  responseBytes: number;
}

type Counters = Record<string, { requests: number; commands: number }>;

async function subgraphCounters(subgraphUrls: Record<string, string>): Promise<Counters> {
  const entries = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => {
      const metrics = await scrapeMetrics(metricsUrlOf(url));
      return [name, { requests: metrics.sum('graphql_requests_total'), commands: metrics.sum('graphql_request_database_commands_sum') }] as const;
    }),
  );
  return Object.fromEntries(entries);
}

const nonZero = (values: Record<string, number>) => Object.fromEntries(Object.entries(values).filter(([, value]) => value > 0));

/**
 * Sends one request while nothing else runs and reads, from every subgraph's /metrics before and after, how many
 * GraphQL requests each received (the fetches any gateway made, whatever its planner) and how many database commands
 * those requests sent (request-scoped: the outbox relay's publishing afterwards is not counted).
 */
export async function measureCost(client: LoadClient, request: PreparedRequest, subgraphUrls: Record<string, string>): Promise<RequestCost & { body: string; status: number }> {
  const before = await subgraphCounters(subgraphUrls);
  const { status, body } = await client.send(request);
  // A subgraph records a request once its response is written; give the last one a moment to be counted.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const after = await subgraphCounters(subgraphUrls);
  const delta = (pick: (counters: Counters[string]) => number) =>
    nonZero(Object.fromEntries(Object.keys(after).map((name) => [name, pick(after[name]!) - pick(before[name]!)])));
  return {
    fetches: delta((counters) => counters.requests),
    databaseCommands: delta((counters) => counters.commands),
    responseBytes: Buffer.byteLength(body),
    body,
    status,
  };
}

/**
 * Whether an answer carries the same data as the reference, compared as values (key order ignored: each gateway
 * orders keys as it merges subgraph answers), and has no errors. Returns the reason when it does not.
 */
export function sameData(reference: string, candidate: { status: number; body: string }): string | undefined {
  if (candidate.status !== 200) return `HTTP ${candidate.status}: ${candidate.body.slice(0, 300)}`;
  const parsed = JSON.parse(candidate.body) as { data?: unknown; errors?: unknown[] };
  if (parsed.errors?.length) return `errors: ${JSON.stringify(parsed.errors).slice(0, 300)}`;
  const expected = (JSON.parse(reference) as { data?: unknown }).data;
  if (isDeepStrictEqual(parsed.data, expected)) return undefined;
  return `data differs from our gateway's:\n  ours:   ${JSON.stringify(expected).slice(0, 400)}\n  theirs: ${JSON.stringify(parsed.data).slice(0, 400)}`;
}

/** Resident set size of one of our processes, from its /metrics (prom-client's process metrics), bytes. */
export async function scrapedRssBytes(graphqlUrl: string): Promise<number> {
  return (await scrapeMetrics(metricsUrlOf(graphqlUrl))).sum('process_resident_memory_bytes');
}
