import {
  costListSizeConfigShape,
  createQueryLimits,
  hasRole,
  queryLimitsConfigShape,
  queryLimitsFromConfig,
  type Caller,
  type QueryLimits,
  type QueryLimitsEnforcer,
} from '@hanoi/platform';
import type { GatewayContext } from './app';
import type { Config } from './config';

/**
 * The gateway's query limits (packages/platform/src/query-limits.ts), by caller: app clients — callers without the
 * `analyst` or `admin` role, as for trusted documents — run the registered operations of front-end apps (depth 6,
 * one root field, no alias or directive, cost under 1,000 at 20 items a page), so theirs are tight; analysts and
 * administrators write ad-hoc queries in the explorer (the saved ones: depth ≤ 6, cost ≤ 3,500), so theirs are
 * looser. Every limit is refused before the operation is planned: no subgraph sees it.
 */
export const appQueryLimitDefaults: QueryLimits = { depth: 10, aliases: 20, rootFields: 15, directives: 20, tokens: 3_000, cost: 20_000 };
export const analystQueryLimitDefaults: QueryLimits = { depth: 15, aliases: 100, rootFields: 50, directives: 50, tokens: 5_000, cost: 100_000 };

export const gatewayQueryLimitsConfigShape = {
  ...queryLimitsConfigShape('GATEWAY_APP', appQueryLimitDefaults),
  ...queryLimitsConfigShape('GATEWAY_ANALYST', analystQueryLimitDefaults),
  ...costListSizeConfigShape,
};

const isAnalystOrAdmin = (caller: Caller) => hasRole(caller, 'analyst', 'admin');

export function createGatewayQueryLimits(config: Config): QueryLimitsEnforcer<GatewayContext> {
  const app = queryLimitsFromConfig(config, 'GATEWAY_APP');
  const analyst = queryLimitsFromConfig(config, 'GATEWAY_ANALYST');
  return createQueryLimits<GatewayContext>(({ caller }) => (isAnalystOrAdmin(caller) ? analyst : app), config.QUERY_COST_DEFAULT_LIST_SIZE);
}
