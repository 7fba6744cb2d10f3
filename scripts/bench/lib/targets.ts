import { callerTokenHeader } from '@hanoi/platform';
import { benchCallers, type BenchOperation } from './operations';
import type { PreparedRequest } from './load';
import type { BenchPlatform } from './platform';

/** Who answers: our gateway, Hive Gateway with either planner, or the one subgraph an operation needs, called directly. */
export type TargetName = 'ours' | 'hive-js' | 'hive-rust' | 'direct';

export const targetTitles: Record<TargetName, string> = {
  ours: 'our gateway',
  'hive-js': 'Hive Gateway (JS planner)',
  'hive-rust': 'Hive Gateway + Rust planner',
  direct: 'direct subgraph',
};

export interface Target {
  name: TargetName;
  /** The GraphQL URL of a gateway; for `direct`, undefined (each operation names its subgraph). */
  url?: string;
}

/** Caller tokens outlive the run: the peers and the direct calls send them as our gateway would. */
const callerTokenTtlSeconds = 4 * 3600;

/**
 * Builds the request one target receives for one operation: our gateway gets the user's access token; the peers and
 * a direct call get the caller token our gateway would sign (the peers pass it on to the subgraphs).
 */
export async function prepareRequests(platform: BenchPlatform, operation: BenchOperation, targets: Target[]): Promise<Map<TargetName, PreparedRequest>> {
  const body = JSON.stringify({ query: operation.document, variables: operation.variables });
  const callerToken = await platform.callerToken(benchCallers[operation.caller], callerTokenTtlSeconds);
  const requests = new Map<TargetName, PreparedRequest>();
  for (const target of targets) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (target.name === 'ours') headers.authorization = `Bearer ${platform.accessTokens[operation.caller]}`;
    else headers[callerTokenHeader] = callerToken;
    const url = target.name === 'direct' ? (operation.direct ? platform.subgraphUrls[operation.direct] : undefined) : target.url;
    if (url) requests.set(target.name, { url, headers, body });
  }
  return requests;
}
