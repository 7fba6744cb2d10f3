import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * The hostile operations of `npm run test:hostile` (scripts/hostile.ts), generated from the schemas: each family
 * is one way an attacker (or a broken client) abuses the GraphQL endpoint. Deterministic for a seed.
 */
export interface HostileRequest {
  family: string;
  /** `gateway` or the subgraph called directly. */
  target: string;
  method: string;
  headers: Record<string, string>;
  /**
   * A body; `lazy` builds it when sent (the largest are megabytes: built all at once they would exhaust the memory),
   * `stream` sends chunks without a content-length.
   */
  body?: string | Uint8Array | { lazy: () => string } | { stream: { chunks: number; chunkBytes: number } };
  /** Appended to the target's URL (GET requests). */
  search?: string;
}

/** Authorization values the generator sends (minted by the runner, which knows the keys). */
export interface HostileCredentials {
  /** `Authorization` values of valid users. */
  clerk: string;
  viewer: string;
  analyst: string;
  admin: string;
  /** `Authorization` values that must be refused: signed with another key, expired. */
  forged: string;
  expired: string;
  /** The gateway's caller token for direct subgraph calls (`x-caller-token`), as an administrator, and a forged one. */
  subgraphAdmin: string;
  subgraphForged: string;
}

export interface GeneratorInput {
  api: GraphQLSchema;
  /** Each subgraph's own schema (with `_entities`), for direct calls. */
  subgraphs: Record<string, GraphQLSchema>;
  credentials: HostileCredentials;
  seed: number;
  /** Operations per gateway family (subgraph families get a third of it per subgraph). */
  perFamily: number;
}

/** mulberry32: a small seeded generator, so that a run can be repeated. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof random>;

const times = (count: number, item: (n: number) => string, separator = ' ') => Array.from({ length: count }, (_, n) => item(n)).join(separator);

/** A plausible value for an input type (valid in shape: the query runs, whatever the data). */
function validValue(type: GraphQLInputType, depth = 0): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [validValue(nullable.ofType as GraphQLInputType, depth + 1)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    if (depth > 3) return {};
    const fields = Object.values(named.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(fields.map((field) => [field.name, validValue(field.type, depth + 1)]));
  }
  return ({ Int: 5, Float: 1.5, Boolean: true, Date: '2026-01-15', DateTime: '2026-01-15T08:00:00Z', ID: 'committee' } as Record<string, unknown>)[named.name] ?? 'committee';
}

/** A value of the right shape that no service should accept: empty, huge or out-of-range, ids that exist nowhere. */
function invalidValue(type: GraphQLInputType, rng: Random, depth = 0): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return rng.chance(0.5) ? [] : Array.from({ length: rng.int(1, 3) }, () => invalidValue(nullable.ofType as GraphQLInputType, rng, depth + 1));
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    if (depth > 3) return {};
    return Object.fromEntries(Object.values(named.getFields()).map((field) => [field.name, invalidValue(field.type, rng, depth + 1)]));
  }
  switch (named.name) {
    case 'Int':
      return rng.pick([-1, 0, -2_147_483_648, 2_147_483_647]);
    case 'Float':
      return rng.pick([-1, 1e308, 0]);
    case 'Boolean':
      return rng.chance(0.5);
    case 'Date':
      return rng.pick(['1900-01-01', '2999-12-31']);
    case 'DateTime':
      return rng.pick(['1900-01-01T00:00:00Z', '2999-12-31T23:59:59Z']);
    case 'ID':
      return rng.pick(['', `no-such-id-${rng.int(0, 1e6)}`, 'x'.repeat(5_000), '{"$gt":""}']);
    default:
      return rng.pick(['', ' ', 'x'.repeat(5_000), '\u0000', '<script>alert(1)</script>', '{"$ne":null}']);
  }
}

/** A value of the wrong type for the variable (graphql-js refuses it before any resolver). */
function wrongTypeValue(type: GraphQLInputType, rng: Random): unknown {
  const named = getNamedType(type);
  if (isInputObjectType(named)) return rng.pick(['not an object', 42, [1, 2], { unknownField: true }]);
  if (named.name === 'Int' || named.name === 'Float') return rng.pick(['many', 1.5e300, true, {}]);
  if (named.name === 'Date' || named.name === 'DateTime') return rng.pick(['2026-02-30', 'yesterday', 20260101, '']);
  if (isEnumType(named)) return rng.pick(['NOT_A_VALUE', 3, '']);
  return rng.pick([{ $gt: '' }, ['a', 'b'], 12.5, false]);
}

const requiredArgs = (field: GraphQLField<unknown, unknown>) => field.args.filter((arg) => isNonNullType(arg.type));

/** `name(arg: $v0, …)` with variables, and the variables' definitions and values from `valueOf`. */
function withVariables(field: GraphQLField<unknown, unknown>, args: readonly GraphQLArgument[], valueOf: (arg: GraphQLArgument) => unknown, offset = 0) {
  const names = args.map((_, n) => `v${n + offset}`);
  return {
    call: args.length ? `${field.name}(${args.map((arg, n) => `${arg.name}: $${names[n]}`).join(', ')})` : field.name,
    definitions: args.map((arg, n) => `$${names[n]}: ${String(arg.type)}`),
    variables: Object.fromEntries(args.map((arg, n) => [names[n], valueOf(arg)])),
  };
}

/** Scalar fields of an object type that need no argument (a selection that always validates). */
function leafFields(type: GraphQLObjectType): string[] {
  return Object.values(type.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)) && requiredArgs(field).length === 0 && field.name !== 'identity')
    .map((field) => field.name);
}

const firstLeaf = (type: GraphQLObjectType) => leafFields(type)[0] ?? '__typename';

/** Object-typed fields that need no argument: the edges of the graph deep queries walk. */
function objectFields(type: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
  return Object.values(type.getFields()).filter((field) => isObjectType(getNamedType(field.type)) && requiredArgs(field).length === 0);
}

/** `{ field { … } }` nested `depth` levels deep along the schema (through `first: 100` where there is one). */
function deepSelection(type: GraphQLObjectType, depth: number, rng: Random, listSize?: number): string {
  // Edges that lead on (to a type with edges of its own), so that the walk reaches the depth asked for.
  const onward = objectFields(type).filter((edge) => objectFields(getNamedType(edge.type) as GraphQLObjectType).length > 0);
  const edges = onward.length ? onward : objectFields(type);
  const leaves = leafFields(type);
  if (depth <= 0 || edges.length === 0) return leaves.length ? rng.pick(leaves) : '__typename';
  const edge = rng.pick(edges);
  const first = listSize && edge.args.some((arg) => arg.name === 'first') ? `(first: ${listSize})` : '';
  return `${leaves.length ? `${rng.pick(leaves)} ` : ''}${edge.name}${first} { ${deepSelection(getNamedType(edge.type) as GraphQLObjectType, depth - 1, rng, listSize)} }`;
}

/** Root fields returning objects, each with the valid arguments it needs: the starting points of generated queries. */
function rootCalls(schema: GraphQLSchema) {
  return Object.values(schema.getQueryType()!.getFields())
    .filter((field) => isObjectType(getNamedType(field.type)) && !field.name.startsWith('_') && field.name !== 'petitionsCsv')
    .map((field) => {
      const args = requiredArgs(field);
      const literal = args.map((arg) => `${arg.name}: ${JSON.stringify(validValue(arg.type)).replace(/"(\w+)":/g, '$1:')}`).join(', ');
      return { field, call: literal ? `${field.name}(${literal})` : field.name, type: getNamedType(field.type) as GraphQLObjectType };
    });
}

const json = { 'content-type': 'application/json' };

/** `name` or `name(a: 1)` with `first: <size>` added. */
const withFirst = (call: string, size: number) => (call.endsWith(')') ? `${call.slice(0, -1)}, first: ${size})` : `${call}(first: ${size})`);

/** Every family's operations against the gateway and each subgraph. */
export function generateHostileOperations(input: GeneratorInput): HostileRequest[] {
  const rng = random(input.seed);
  const { credentials: c } = input;
  const requests: HostileRequest[] = [];
  const gatewayCallers = [c.clerk, c.viewer, c.analyst, c.admin];

  function family(name: string, count: number, target: string, make: (n: number) => Omit<HostileRequest, 'family' | 'target'>) {
    for (let n = 0; n < count; n++) requests.push({ family: name, target, ...make(n) });
  }
  const post = (authorization: Record<string, string>, body: unknown, extra: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { ...json, ...authorization, ...extra },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  /** A POST whose body is built only when it is sent. */
  const lazyPost = (authorization: Record<string, string>, body: () => unknown) => ({
    method: 'POST',
    headers: { ...json, ...authorization },
    body: {
      lazy: () => {
        const value = body();
        return typeof value === 'string' ? value : JSON.stringify(value);
      },
    },
  });

  /** The document families, for one schema: at the gateway (as users) or a subgraph (with the caller token). */
  function documentFamilies(target: string, schema: GraphQLSchema, count: number, auth: () => Record<string, string>) {
    const roots = rootCalls(schema);
    const rootField = () => rng.pick(roots);
    family('deep nesting', count, target, () => {
      const root = rootField();
      return post(auth(), { query: `{ ${root.call} { ${deepSelection(root.type, rng.int(12, 50), rng)} } }` });
    });
    family('alias flood', count, target, () => {
      const root = rootField();
      const leaf = firstLeaf(root.type);
      return post(auth(), { query: `{ ${times(rng.int(101, 1_000), (n) => `a${n}: ${root.call} { ${leaf} }`)} }` });
    });
    family('root-field flood', count, target, () => {
      const root = rootField();
      const leaf = firstLeaf(root.type);
      const selection = rng.chance(0.5) ? `${root.call} { ${leaf} }` : '__typename';
      return post(auth(), { query: `{ ${times(rng.int(101, 2_000), () => selection)} }` });
    });
    family('directive flood', count, target, () => {
      const root = rootField();
      const leaf = firstLeaf(root.type);
      const directive = rng.pick(['@include(if: true)', '@skip(if: false)', '@include(if: $yes)']);
      const directives = times(rng.int(51, 600), () => `${leaf} ${directive}`);
      return post(auth(), { query: `query Flood($yes: Boolean = true) { ${root.call} { ${directives} } }` });
    });
    family('token flood', count, target, () => {
      const root = rootField();
      const leaves = leafFields(root.type);
      const shape = rng.int(0, 2);
      const [fields, fragments, numbers] = [rng.int(20_000, 100_000), rng.int(2_000, 10_000), rng.int(50_000, 150_000)];
      // Long selections, many fragments, or a huge list literal: 10,000–150,000 tokens, under the body limit.
      const query = () =>
        shape === 0
          ? `{ ${root.call} { ${times(fields, (n) => leaves[n % Math.max(leaves.length, 1)] ?? '__typename')} } }`
          : shape === 1
            ? `{ ${root.call} { ${times(fragments, (n) => `...F${n}`)} } } ${times(fragments, (n) => `fragment F${n} on ${root.type.name} { __typename }`)}`
            : `query Tokens($v: [Int] = [${times(numbers, (n) => String(n), ',')}]) { __typename }`;
      return lazyPost(auth(), () => ({ query: query() }));
    });
    family('costly list nesting', count, target, () => {
      const paged = roots.filter((root) => root.field.args.some((arg) => arg.name === 'first'));
      const root = rng.pick(paged.length ? paged : roots);
      const call = root.field.args.some((arg) => arg.name === 'first') ? withFirst(root.call, 100) : root.call;
      // One in five: a fragment bomb, each fragment spreading the next ten times (10^6 selections from ~300 tokens).
      if (rng.chance(0.2)) {
        const fragments = times(6, (n) => `fragment B${n} on ${root.type.name} { __typename ${n < 5 ? times(10, () => `...B${n + 1}`) : ''} }`);
        return post(auth(), { query: `{ ${call} { ...B0 } } ${fragments}` });
      }
      return post(auth(), { query: `{ ${call} { ${deepSelection(root.type, rng.int(3, 8), rng, 100)} } }` });
    });
    family('unknown operation name', count, target, (n) => {
      const root = rootField();
      const leaf = firstLeaf(root.type);
      return n % 2
        ? post(auth(), { query: `query Mine { ${root.call} { ${leaf} } }`, operationName: `Other${n}` })
        : post(auth(), { query: `query A { __typename } query B { ${root.call} { ${leaf} } }` });
    });
    family('invalid variables', count, target, () => {
      const candidates = Object.values(schema.getQueryType()!.getFields()).filter((field) => field.args.length > 0 && !field.name.startsWith('_'));
      const field = rng.pick(candidates);
      const named = getNamedType(field.type);
      const selection = isObjectType(named) ? ` { ${firstLeaf(named)} }` : '';
      const { call, definitions, variables } = withVariables(field, field.args, (arg) => wrongTypeValue(arg.type, rng));
      const body = rng.pick(['typed', 'missing', 'string', 'array'] as const);
      const query = `query Invalid(${definitions.join(', ')}) { ${call}${selection} }`;
      if (body === 'missing') return post(auth(), { query, variables: {} });
      if (body === 'string') return post(auth(), { query, variables: JSON.stringify(variables) });
      if (body === 'array') return post(auth(), { query, variables: [variables] });
      return post(auth(), { query, variables });
    });
  }

  /** The HTTP families: refused before GraphQL runs (http-refusals.ts, Node's own parser). */
  function httpFamilies(target: string, count: number, auth: () => Record<string, string>) {
    family('malformed JSON', count, target, (n) =>
      post(
        auth(),
        rng.pick([
          '{"query": "{ __typename }"',
          '{query: "{ __typename }"}',
          "{'query': '{ __typename }'}",
          '{"query": "{ __typename }"}}',
          '\u0000\u0001\u0002',
          '{"query": "\\x"}',
          `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
          `{"query": "{ __typename }", "variables": ${'{"a":'.repeat(2_000)}1${'}'.repeat(2_000)}}`,
          'null',
          '"just a string"',
          '12345',
          '{}',
          `{"query": ${n}}`,
          '{"query": "{ __typename }", "extensions": "x"}',
        ]),
      ),
    );
    family('malformed JSON', Math.ceil(count / 4), target, () => ({ method: 'POST', headers: { ...json, ...auth() }, body: new Uint8Array([0x7b, 0xff, 0xfe, 0xc3, 0x28, 0x7d]) }));
    family('oversized body', count, target, (n) => {
      if (n % 3 === 2) return { method: 'POST', headers: { ...json, ...auth() }, body: { stream: { chunks: rng.int(20, 60), chunkBytes: 65_536 } } };
      const bytes = rng.int(1_000_001, 4_000_000);
      return lazyPost(auth(), () => (n % 3 ? `{"query": "{ __typename }", "variables": {"pad": "${'x'.repeat(bytes)}"}}` : `{"query": "{ __typename } #${'x'.repeat(bytes)}"}`));
    });
    family('oversized headers', count, target, (n) => {
      const headers: Record<string, string> = { ...json, ...auth() };
      if (n % 2) headers['x-padding'] = 'x'.repeat(rng.int(17_000, 60_000));
      else for (let h = 0; h < rng.int(200, 400); h++) headers[`x-h${h}`] = 'y'.repeat(100);
      return { method: 'POST', headers, body: JSON.stringify({ query: '{ __typename }' }) };
    });
    family('wrong method or content type', count, target, () => {
      const body = JSON.stringify({ query: '{ __typename }' });
      const variant = rng.int(0, 7);
      if (variant === 0) return { method: rng.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS']), headers: { ...json, ...auth() }, body };
      if (variant === 1) return { method: rng.pick(['PROPFIND', 'PURGE', 'LOCK']), headers: { ...json, ...auth() }, body };
      if (variant === 2) return { method: 'GET', headers: { ...auth(), 'content-type': 'text/plain' }, search: `?query=${encodeURIComponent('{ __typename }')}` };
      if (variant === 3) return { method: 'GET', headers: auth(), search: `?query=${encodeURIComponent('mutation { __typename }')}` };
      if (variant === 4) return { method: 'GET', headers: auth(), search: '?query=%7B' };
      const type = rng.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql', 'application/xml', '']);
      return { method: 'POST', headers: { ...auth(), ...(type ? { 'content-type': type } : {}) }, body };
    });
    family('batch', count, target, () => post(auth(), Array.from({ length: rng.int(2, 100) }, () => ({ query: '{ __typename }' }))));
  }

  // The gateway, as users.
  const asUser = () => ({ authorization: rng.pick(gatewayCallers) });
  documentFamilies('gateway', input.api, input.perFamily, asUser);
  httpFamilies('gateway', input.perFamily, asUser);
  family('bad token', input.perFamily, 'gateway', (n) => {
    const authorization = [c.forged, c.expired, 'Bearer', 'Bearer ', 'Basic YWRtaW46YWRtaW4=', `Bearer ${'x'.repeat(8_000)}`, 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJvbGVzIjpbImFkbWluIl19.', ''][n % 8]!;
    return post(authorization ? { authorization } : {}, { query: 'mutation { deleteRoutingRule(id: "any") { id } }' });
  });
  family('bad persisted query', Math.ceil(input.perFamily / 2), 'gateway', (n) => {
    const hash = 'ab'.repeat(32);
    return post(asUser(), [
      { extensions: { persistedQuery: { version: 2, sha256Hash: hash } } },
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      { documentId: `sha256:${hash}` },
      { documentId: `md5:${n}` },
      { extensions: { persistedQuery: { version: 1, sha256Hash: { $gt: '' } } } },
      { extensions: { persistedQuery: 'yes' } },
    ][n % 6]);
  });
  const mutations = Object.values(input.api.getMutationType()!.getFields());
  family('bad write', input.perFamily * 2, 'gateway', (n) => {
    const mutation = rng.pick(mutations.filter((field) => field.args.length > 0));
    const named = getNamedType(mutation.type);
    const selection = isObjectType(named) ? ` { ${firstLeaf(named)} }` : '';
    // Half wrong in type (refused before any resolver), half well-typed but invalid (refused by the service).
    const { call, definitions, variables } = withVariables(mutation, mutation.args, (arg) => (n % 2 ? wrongTypeValue(arg.type, rng) : invalidValue(arg.type, rng)));
    return post({ authorization: n % 4 < 2 ? c.admin : rng.pick([c.clerk, c.viewer, c.analyst]) }, { query: `mutation Bad(${definitions.join(', ')}) { ${call}${selection} }`, variables });
  });

  // Each subgraph, called directly (as only the gateway should): with the gateway's caller token, forged, or none.
  for (const [name, schema] of Object.entries(input.subgraphs)) {
    const perSubgraph = Math.max(3, Math.round(input.perFamily / 6));
    const asGateway = () => ({ 'x-caller-token': c.subgraphAdmin });
    documentFamilies(name, schema, perSubgraph, asGateway);
    httpFamilies(name, perSubgraph, asGateway);
    family('bad token', perSubgraph, name, (n) => post(n % 2 ? { 'x-caller-token': c.subgraphForged } : {}, { query: '{ __typename }' }));
    family('entities injection', perSubgraph, name, (n) => {
      const typeNames = Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && type.astNode?.directives?.some((d) => d.name.value === 'key')).map((type) => type.name);
      const typename = typeNames.length ? rng.pick(typeNames) : 'Agency';
      const representation = rng.pick([
        { __typename: typename, id: { $gt: '' } },
        { __typename: typename, id: { $where: 'sleep(100)' } },
        { __typename: typename, id: ['a', 'b'] },
        { __typename: 'NoSuchType', id: 'x' },
        { id: 'no-typename' },
        { __typename: typename, id: 'x'.repeat(50_000) },
      ]);
      // One in three: 10,000 small representations (under the body limit).
      const representations = n % 3 === 0 ? Array.from({ length: 10_000 }, (_, r) => ({ __typename: typename, id: `r${r}` })) : [representation];
      return post(asGateway(), {
        query: `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on ${typename} { __typename } } }`,
        variables: { r: representations },
      });
    });
  }
  return requests;
}
