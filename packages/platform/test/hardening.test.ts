import { request as httpRequest } from 'node:http';
import {
  callerTokenHeader,
  createServiceRuntime,
  createSubgraphApp,
  maxBodyBytes,
  parseConfig,
  signCallerToken,
  subgraphConfigSchema,
  subgraphQueryLimitDefaults,
  type SubgraphApp,
} from '../src';
import { callers, dropDatabases, testEnv, testSecret } from '../src/testing';

/**
 * A subgraph (the committee's SDL, a resolver that counts its calls) called directly: every limit and every refusal
 * is coded, and a refused operation runs no resolver. Limits are set low here so that the operations stay small;
 * the defaults are looser than the gateway's (the gateway's plan fetches are legitimate).
 */
describe('subgraph hardening, called directly', () => {
  const limits = {
    SUBGRAPH_QUERY_MAX_DEPTH: '4',
    SUBGRAPH_QUERY_MAX_ALIASES: '3',
    SUBGRAPH_QUERY_MAX_ROOT_FIELDS: '3',
    SUBGRAPH_QUERY_MAX_DIRECTIVES: '3',
    SUBGRAPH_QUERY_MAX_TOKENS: '60',
    SUBGRAPH_QUERY_MAX_COST: '500',
  };
  const config = parseConfig(subgraphConfigSchema('committee', 0), { ...testEnv('committee'), ...limits });
  let resolved = 0;
  let app: SubgraphApp;
  let url: string;

  beforeAll(async () => {
    const agency = () => {
      resolved += 1;
      return { id: 'so-xay-dung', name: 'Sở Xây dựng', parent: null, children: [] };
    };
    app = createSubgraphApp(createServiceRuntime('committee', config), {
      resolvers: { Query: { agency, agencies: () => ({ edges: [agency()].map((node) => ({ cursor: node.id, node })) }) } },
      loaders: () => ({}),
    });
    ({ url } = await app.start(0));
  });
  afterAll(async () => {
    await app.stop();
    await dropDatabases(config.MONGO_URL, [config.MONGO_DB]);
  });

  async function send(init: { method?: string; body?: unknown; headers?: Record<string, string> }) {
    const before = resolved;
    const response = await fetch(url, {
      method: init.method ?? 'POST',
      headers: { 'content-type': 'application/json', [callerTokenHeader]: await signCallerToken(callers.admin, testSecret), ...init.headers },
      body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    return { status: response.status, contentType: response.headers.get('content-type'), body, resolved: resolved - before };
  }

  it('reads its limits from SUBGRAPH_QUERY_MAX_*, looser by default than any gateway caller’s', () => {
    expect(parseConfig(subgraphConfigSchema('committee', 0), testEnv('committee'))).toMatchObject({
      SUBGRAPH_QUERY_MAX_DEPTH: subgraphQueryLimitDefaults.depth,
      SUBGRAPH_QUERY_MAX_COST: subgraphQueryLimitDefaults.cost,
      QUERY_COST_DEFAULT_LIST_SIZE: 20,
    });
  });

  it('runs an operation within every limit', async () => {
    const answer = await send({ body: { query: '{ agency(id: "so-xay-dung") { name } }' } });
    expect(answer).toMatchObject({ status: 200, body: { data: { agency: { name: 'Sở Xây dựng' } } }, resolved: 1 });
  });

  it.each([
    ['QUERY_TOO_DEEP', '{ agency(id: "x") { parent { parent { parent { id } } } } }', 4, 5],
    ['TOO_MANY_ALIASES', '{ agency(id: "x") { a: id b: id c: id d: id } }', 3, 4],
    ['TOO_MANY_ROOT_FIELDS', '{ agency(id: "x") { id } __typename a: __typename b: __typename }', 3, 4],
    ['TOO_MANY_DIRECTIVES', '{ agency(id: "x") { id @skip(if: false) name @skip(if: false) shortName @skip(if: false) kind @skip(if: false) } }', 3, 4],
    ['TOO_MANY_TOKENS', `{ agency(id: "x") { ${'id '.repeat(60)}} }`, 60, 61],
    // 100 items × (itself 1 + edges 1 + node 1 + 4 fields).
    ['QUERY_TOO_COSTLY', '{ agencies(first: 100) { edges { node { id name shortName kind } } } }', 500, 700],
  ])('refuses with %s, the limit and the measure, and runs no resolver', async (code, query, limit, measured) => {
    const answer = await send({ body: { query } });
    expect([answer.status, answer.resolved]).toEqual([400, 0]);
    expect(answer.body.errors).toEqual([{ message: expect.any(String), extensions: { code, limit, measured } }]);
  });

  it.each([
    ['BAD_REQUEST', 400, { body: '{"query":' }],
    ['PAYLOAD_TOO_LARGE', 413, { body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(maxBodyBytes)}` }) }],
    ['UNSUPPORTED_MEDIA_TYPE', 415, { body: 'query=%7B__typename%7D', headers: { 'content-type': 'application/x-www-form-urlencoded' } }],
    ['METHOD_NOT_ALLOWED', 405, { method: 'PATCH', body: { query: '{ __typename }' } }],
    ['OPERATION_NOT_FOUND', 400, { body: { query: 'query A { agency(id: "x") { id } }', operationName: 'Other' } }],
    ['BATCH_NOT_ALLOWED', 400, { body: [{ query: '{ __typename }' }] }],
    ['UNAUTHENTICATED', 401, { body: { query: '{ __typename }' }, headers: { [callerTokenHeader]: 'forged' } }],
  ])('answers %s (%i) as GraphQL-over-HTTP JSON', async (code, status, init) => {
    const answer = await send(init as Parameters<typeof send>[0]);
    expect([answer.status, answer.contentType?.split(';')[0], answer.resolved]).toEqual([status, 'application/json', 0]);
    expect(answer.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code } }] });
  });

  it('refuses `_entities` representations that are not an entity type and scalar keys, before any reference is resolved', async () => {
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
    for (const representation of [{ __typename: 'Agency', id: { $gt: '' } }, { __typename: 'NoSuchType', id: 'x' }, { id: 'x' }, 'Agency:x']) {
      const answer = await send({ body: { query, variables: { r: [{ __typename: 'Agency', id: 'so-xay-dung' }, representation] } } });
      expect([answer.status, answer.resolved]).toEqual([400, 0]);
      expect(answer.body.errors).toEqual([{ message: expect.stringMatching(/^representations\.1: /), extensions: { code: 'BAD_USER_INPUT', field: 'representations.1' } }]);
    }
  });

  it('answers headers too large with HEADERS_TOO_LARGE (431) in JSON', async () => {
    const { port } = new URL(url);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest({ port, path: '/graphql', method: 'GET', headers: { cookie: 'x'.repeat(20_000) } }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk)).on('end', () => resolve({ status: response.statusCode!, body }));
      });
      request.on('error', reject).end();
    });
    expect([answer.status, JSON.parse(answer.body).errors[0].extensions.code]).toEqual([431, 'HEADERS_TOO_LARGE']);
  });
});
