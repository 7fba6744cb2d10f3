import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  Kind,
  Lexer,
  parse,
  Source,
  TokenKind,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { defaultPageSize } from './pagination';

/**
 * Limits on the shape of an operation, checked before anything runs (at the gateway: before any subgraph is
 * called). They bound the work one request can ask for: parsing (tokens), planning and fetching (depth, aliases,
 * root fields, directives — each `@include`/`@skip` doubles the gateway's plan branches) and data (cost).
 */
export interface QueryLimits {
  /** Nesting of fields (fragments flattened: a spread adds no level); introspection's `__schema` not counted. */
  depth: number;
  /** Aliased fields in the operation, fragments included (`__typename` aliases free). */
  aliases: number;
  /** Fields selected at the operation's root, fragments included. */
  rootFields: number;
  /** Directive uses in the operation, fragments included. */
  directives: number;
  /** Lexical tokens of the document (graphql-js's lexer), counted before it is parsed. */
  tokens: number;
  /** Estimated values the answer holds: see `costEstimator`. */
  cost: number;
}

export type QueryLimitName = keyof QueryLimits;

/** The code each limit answers with; `extensions.limit` and `extensions.measured` come with it. */
export const queryLimitCodes: Record<QueryLimitName, string> = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  rootFields: 'TOO_MANY_ROOT_FIELDS',
  directives: 'TOO_MANY_DIRECTIVES',
  tokens: 'TOO_MANY_TOKENS',
  cost: 'QUERY_TOO_COSTLY',
};

const limitNames = Object.keys(queryLimitCodes) as QueryLimitName[];
const envSuffix = (name: QueryLimitName) => name.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();

/** The environment variable of one limit: `<PREFIX>_QUERY_MAX_<DEPTH|ALIASES|ROOT_FIELDS|DIRECTIVES|TOKENS|COST>`. */
export const queryLimitVariable = (prefix: string, name: QueryLimitName) => `${prefix}_QUERY_MAX_${envSuffix(name)}`;

type LimitVariables<P extends string> = `${P}_QUERY_MAX_${'DEPTH' | 'ALIASES' | 'ROOT_FIELDS' | 'DIRECTIVES' | 'TOKENS' | 'COST'}`;

/** The zod shape of one set of limits (one variable per limit, each defaulting to `defaults`). */
export function queryLimitsConfigShape<P extends string>(prefix: P, defaults: QueryLimits) {
  return Object.fromEntries(
    limitNames.map((name) => [queryLimitVariable(prefix, name), z.coerce.number().int().min(1).default(defaults[name])]),
  ) as Record<LimitVariables<P>, z.ZodDefault<z.ZodNumber>>;
}

/** Reads back the limits `queryLimitsConfigShape(prefix, …)` parsed. */
export function queryLimitsFromConfig(config: Record<string, unknown>, prefix: string): QueryLimits {
  return Object.fromEntries(limitNames.map((name) => [name, config[queryLimitVariable(prefix, name)] as number])) as unknown as QueryLimits;
}

/** Size assumed for a list whose size the operation does not give (`first` omitted, a plain list field). */
export const costListSizeConfigShape = {
  QUERY_COST_DEFAULT_LIST_SIZE: z.coerce.number().int().min(1).default(defaultPageSize),
};

/**
 * Subgraphs' limits, for direct calls and the gateway's plan fetches alike. Looser than the gateway's analysts'
 * (those fetches are legitimate: a fetch adds `_entities` and `__typename`, the planner may alias conflicting
 * fields and inline fragments), so only what no gateway plan produces is refused.
 */
export const subgraphQueryLimitDefaults: QueryLimits = { depth: 25, aliases: 200, rootFields: 100, directives: 100, tokens: 20_000, cost: 500_000 };

export const subgraphQueryLimitsConfigShape = { ...queryLimitsConfigShape('SUBGRAPH', subgraphQueryLimitDefaults), ...costListSizeConfigShape };

/** A refused operation: 400, `extensions.code`, `limit` and `measured` (for tokens: the count parsing stopped at). */
export function queryLimitExceeded(name: QueryLimitName, limit: number, measured: number, detail = ''): GraphQLError {
  const what = { depth: 'depth', aliases: 'aliases', rootFields: 'root fields', directives: 'directives', tokens: 'tokens', cost: 'estimated cost' }[name];
  return new GraphQLError(`The operation exceeds the limit of ${limit} ${what} (${measured}${detail}); ask for less in one request`, {
    extensions: { code: queryLimitCodes[name], limit, measured, http: { status: 400 } },
  });
}

/**
 * Counts the document's tokens with graphql-js's lexer (the tokens graphql-js's own `maxTokens` counts), stopping
 * at the first over `limit`, so a huge document costs no more than `limit` tokens of lexing. Returns `limit + 1`
 * when over, else a number not above `limit` (0 without lexing when the text is too short to exceed it: a token
 * is at least one character).
 */
export function countTokens(source: string, limit: number): number {
  if (source.length <= limit) return 0;
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) if (++count > limit) break;
  } catch {
    // A syntax error: the parser reports it with its position.
  }
  return count;
}

/** Fields selected at the root of each operation, through fragments (each fragment counted once per spread). */
function rootFieldsRule(limit: number, refuse: (measured: number) => void) {
  return (context: ValidationContext) => {
    const memo = new Map<string, number>();
    const count = (selectionSet: SelectionSetNode, visiting: Set<string>): number =>
      selectionSet.selections.reduce((total, selection) => {
        if (selection.kind === Kind.FIELD) return total + 1;
        if (selection.kind === Kind.INLINE_FRAGMENT) return total + count(selection.selectionSet, visiting);
        const name = selection.name.value;
        const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
        if (!fragment || visiting.has(name)) return total;
        if (!memo.has(name)) memo.set(name, count(fragment.selectionSet, new Set([...visiting, name])));
        return total + memo.get(name)!;
      }, 0);
    return {
      OperationDefinition(operation: { selectionSet: SelectionSetNode }) {
        const measured = count(operation.selectionSet, new Set());
        if (measured > limit) refuse(measured);
      },
    };
  };
}

/**
 * The cost estimate: each field is worth 1 plus what it selects, times the number of items it returns —
 * its `first` argument (or `defaultListSize` when omitted), the representations of `_entities`, 1 for a
 * connection's `edges`/`nodes` (its field's `first` already counted them), `defaultListSize` for any other list.
 * So `agencies(first: 50) { edges { node { id name } } }` costs 50 × (1 + 1 + (1 + 2)) = 250. Introspection
 * (`__schema`, `__type`) costs nothing: it reads the schema, no data.
 */
export function costEstimator(defaultListSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name === '__schema' || field.name === '__type' || type.name.startsWith('__')) return 0;
    return itemsOf(type.name, field, args, defaultListSize) * (1 + childComplexity);
  };
}

function itemsOf(parentType: string, field: Parameters<ComplexityEstimator>[0]['field'], args: Record<string, unknown>, defaultListSize: number): number {
  if (field.args.some((arg) => arg.name === 'first')) return typeof args.first === 'number' ? Math.max(args.first, 0) : defaultListSize;
  if (field.name === '_entities' && Array.isArray(args.representations)) return args.representations.length;
  if (!isListType(getNullableType(field.type))) return 1;
  return parentType.endsWith('Connection') ? 1 : defaultListSize;
}

/** Distinct documents whose shape verdict is kept, per caller limits. */
const shapeVerdictsPerLimits = 1_000;

/** graphql-query-complexity's message when an operation expands (fragments spread again and again) past `maxQueryNodes`. */
const tooManyNodesMessage = 'Query exceeds the maximum allowed number of nodes.';

export interface OperationToCheck {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown>;
}

/**
 * The shape limits (depth, aliases, directives: graphql-armor's rules; root fields: ours) of a parsed document, valid
 * or not (each rule follows a fragment once, so cycles and unknown fragments end); the first refusal, or undefined.
 */
export function checkShape(schema: GraphQLSchema, document: DocumentNode, limits: QueryLimits): GraphQLError | undefined {
  const refusals: GraphQLError[] = [];
  const armorOptions = (name: QueryLimitName) => ({
    n: limits[name],
    exposeLimits: true,
    propagateOnRejection: false,
    // Armor's message is "… limit of <n> exceeded, found <measured>."; its callbacks give no number on rejection.
    onReject: [(_context: unknown, error: GraphQLError) => refusals.push(queryLimitExceeded(name, limits[name], Number(/found (\d+)/.exec(error.message)?.[1])))],
  });
  validate(schema, document, [
    maxDepthRule({ ...armorOptions('depth'), flattenFragments: true, ignoreIntrospection: true }),
    maxAliasesRule(armorOptions('aliases')),
    maxDirectivesRule(armorOptions('directives')),
    rootFieldsRule(limits.rootFields, (measured) => refusals.push(queryLimitExceeded('rootFields', limits.rootFields, measured))),
  ]);
  return refusals[0];
}

/**
 * Checks an operation (parsed and validated) against `limits`: its shape, then its cost with graphql-query-complexity
 * and `costEstimator`, which evaluates at most `limits.tokens` selections (a document without fragments has fewer;
 * more means fragments multiplied). The first refusal, or undefined.
 */
export function checkQueryLimits(
  operation: OperationToCheck,
  limits: QueryLimits,
  defaultListSize: number,
  options: { shapeChecked?: boolean } = {},
): GraphQLError | undefined {
  const refusal = options.shapeChecked ? undefined : checkShape(operation.schema, operation.document, limits);
  if (refusal) return refusal;
  let cost: number;
  try {
    cost = getComplexity({
      schema: operation.schema,
      query: operation.document,
      operationName: operation.operationName ?? undefined,
      variables: operation.variables,
      estimators: [costEstimator(defaultListSize)],
      maxQueryNodes: limits.tokens,
    });
  } catch (error) {
    if ((error as Error).message === tooManyNodesMessage) {
      return queryLimitExceeded('cost', limits.cost, limits.tokens + 1, ' selections or more once fragments are expanded');
    }
    // Variables that do not fit the operation: execution refuses them (BAD_USER_INPUT) before anything runs.
    return undefined;
  }
  return cost > limits.cost ? queryLimitExceeded('cost', limits.cost, cost) : undefined;
}

/** What the HTTP server (http.ts) enforces of the limits: a document sent as text before Apollo reads it, then Apollo's plugin. */
export interface QueryLimitsEnforcer<C extends BaseContext> {
  /** Throws the first refusal of a document sent as text (tokens, then shape); called once the context is built. */
  checkDocument(context: C, source: string | undefined): void;
  /** Checks every operation once parsed, validated and resolved (shape and cost), before it is planned or run. */
  plugin: ApolloServerPlugin<C>;
}

/**
 * Enforces `limits` (the same for every caller, or chosen by the request's context) on every request. A document
 * sent as text is checked while the context is built — tokens before it is parsed, then its shape — because Apollo
 * validates a document before any plugin may refuse it (graphql-js's validation of thousands of identical fields
 * costs up to half a second before its own budget stops it) and turns an error a plugin throws before parsing into an
 * uncoded 500. Every operation, those sent by id included, is checked again with its cost in `didResolveOperation`,
 * on every request rather than in Apollo's validation rules: Apollo caches validated documents (a document an analyst
 * may run is not thereby one an app client may), and the cost depends on the variables.
 */
export function createQueryLimits<C extends BaseContext>(limits: QueryLimits | ((context: C) => QueryLimits), defaultListSize: number): QueryLimitsEnforcer<C> {
  const limitsFor = typeof limits === 'function' ? limits : () => limits;
  let schema: GraphQLSchema | undefined;
  /**
   * Shape verdicts by caller limits and document text (undefined: accepted). A document's shape never changes and
   * clients repeat a few documents, so each is parsed and walked once rather than on every request (measured: the
   * walk was a tenth of the gateway's CPU for a one-subgraph lookup). Bounded; emptied when the schema changes.
   */
  const verdicts = new WeakMap<QueryLimits, LRUCache<string, { refusal: GraphQLError | undefined }>>();
  const verdictsFor = (callerLimits: QueryLimits) => {
    let cache = verdicts.get(callerLimits);
    if (!cache) verdicts.set(callerLimits, (cache = new LRUCache({ max: shapeVerdictsPerLimits })));
    return cache;
  };
  const shapeOf = (source: string, callerLimits: QueryLimits): GraphQLError | undefined => {
    let document: DocumentNode;
    try {
      document = parse(source, { noLocation: true });
    } catch {
      return undefined; // Apollo answers GRAPHQL_PARSE_FAILED with the position.
    }
    return checkShape(schema!, document, callerLimits);
  };
  let generation = 0;
  /** Requests (by context) whose document text `checkDocument` passed: their operation's shape needs no second walk. */
  const shapeChecked = new WeakSet<object>();
  return {
    checkDocument(context, source) {
      if (source === undefined) return;
      const callerLimits = limitsFor(context);
      const tokens = countTokens(source, callerLimits.tokens);
      if (tokens > callerLimits.tokens) throw queryLimitExceeded('tokens', callerLimits.tokens, tokens, ' or more: parsing stopped there');
      if (!schema) return;
      const cache = verdictsFor(callerLimits);
      const key = `${generation}:${source}`;
      let verdict = cache.get(key);
      if (!verdict) cache.set(key, (verdict = { refusal: shapeOf(source, callerLimits) }));
      if (verdict.refusal) throw verdict.refusal;
      shapeChecked.add(context);
    },
    plugin: {
      async serverWillStart() {
        return {
          schemaDidLoadOrUpdate({ apiSchema }) {
            schema = apiSchema;
            // Verdicts under the previous schema are no longer looked up (and age out of the caches).
            generation++;
          },
        };
      },
      async requestDidStart({ contextValue }) {
        const callerLimits = limitsFor(contextValue);
        return {
          async didResolveOperation({ schema: operationSchema, document, operation, request }) {
            // No operation: the refusals plugin answers OPERATION_NOT_FOUND (http-refusals.ts).
            if (!operation) return;
            const refusal = checkQueryLimits({ schema: operationSchema, document, operationName: operation.name?.value, variables: request.variables }, callerLimits, defaultListSize, {
              shapeChecked: shapeChecked.has(contextValue),
            });
            if (refusal) throw refusal;
          },
        };
      },
    },
  };
}
