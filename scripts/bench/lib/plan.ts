import { readFileSync } from 'node:fs';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { prettyFormatQueryPlan, QueryPlanner, type PlanNode, type QueryPlan } from '@apollo/query-planner';
import { parse } from 'graphql';
import { supergraphPath } from '../../lib/subgraphs';

/**
 * Query plans as our gateway makes them: the same planner (`@apollo/query-planner`, the version `@apollo/gateway`
 * uses) over the committed supergraph, without running anything. A plan's fetches are an upper bound of what one
 * request sends: a fetch whose entities are all null is skipped at run time.
 */
export function createPlanner(sdl: string = readFileSync(supergraphPath, 'utf8')) {
  const supergraph = Supergraph.build(sdl);
  const planner = new QueryPlanner(supergraph);
  const apiSchema = supergraph.apiSchema();
  return {
    plan(document: string): QueryPlan {
      return planner.buildQueryPlan(operationFromDocument(apiSchema, parse(document)));
    },
  };
}

/** The fetches of a plan by subgraph, and their total. */
export function fetchesOf(plan: QueryPlan): { total: number; bySubgraph: Record<string, number> } {
  const bySubgraph: Record<string, number> = {};
  const visit = (node: PlanNode | undefined): void => {
    if (!node) return;
    switch (node.kind) {
      case 'Fetch':
        bySubgraph[node.serviceName] = (bySubgraph[node.serviceName] ?? 0) + 1;
        return;
      case 'Flatten':
        return visit(node.node);
      case 'Sequence':
      case 'Parallel':
        return node.nodes.forEach(visit);
      case 'Condition':
        visit(node.ifClause);
        return visit(node.elseClause);
      case 'Defer':
        visit(node.primary.node);
        return node.deferred.forEach((deferred) => visit(deferred.node));
    }
  };
  if (plan.node?.kind === 'Subscription') {
    visit(plan.node.primary);
    visit(plan.node.rest);
  } else {
    visit(plan.node);
  }
  return { total: Object.values(bySubgraph).reduce((sum, count) => sum + count, 0), bySubgraph };
}

export { prettyFormatQueryPlan };
