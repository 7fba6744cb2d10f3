import { mkdtempSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger, maxBodyBytes, parseConfig, type Caller } from '@hanoi/platform';
import { ensureDevKeys, mintAccessToken } from '../../scripts/lib/dev-keys';
import { subgraphs } from '../../scripts/lib/subgraphs';
import { createApp } from '../src/app';
import { configSchema } from '../src/config';
import { analystQueryLimitDefaults, appQueryLimitDefaults } from '../src/query-limits';

const clerk: Caller = { subject: 'so-xay-dung-clerk', agency: 'so-xay-dung', roles: ['clerk', 'viewer'] };
const analyst: Caller = { subject: 'council-analyst', agency: 'council', roles: ['analyst'] };
const admin: Caller = { subject: 'committee-admin', agency: 'committee', roles: ['admin'] };

/** Stands for every subgraph: counts the fetches the gateway makes and answers each with an agency. */
function startStubSubgraph(): Promise<{ server: Server; url: string; fetches: () => number }> {
  let count = 0;
  const server = createServer((request, response) => {
    request.resume().on('end', () => {
      count += 1;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ data: { agency: { name: 'Sở Xây dựng' } } }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, fetches: () => count }),
    ),
  );
}

interface Answer {
  status: number;
  contentType: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  headers: Headers;
  fetches: number;
}

const nest = (field: string, levels: number, leaf: string) => `${`${field} { `.repeat(levels)}${leaf}${' }'.repeat(levels)}`;
const repeat = (times: number, item: (n: number) => string) => Array.from({ length: times }, (_, n) => item(n)).join(' ');

/** One query over each app-client limit (defaults) and within the analysts' ones, with what each measures. */
const overAppLimits = {
  QUERY_TOO_DEEP: { query: `{ agency(id: "x") { ${nest('parent', appQueryLimitDefaults.depth, 'id')} } }`, limit: 10, measured: 12 },
  TOO_MANY_ALIASES: { query: `{ agency(id: "x") { ${repeat(21, (n) => `n${n}: name`)} } }`, limit: 20, measured: 21 },
  TOO_MANY_ROOT_FIELDS: { query: `{ ${repeat(16, () => '__typename')} }`, limit: 15, measured: 16 },
  TOO_MANY_DIRECTIVES: { query: `{ agency(id: "x") { ${repeat(21, () => 'name @include(if: true)')} } }`, limit: 20, measured: 21 },
  // 300 fragments of 8 tokens, each spread (2 tokens), in `{ agency(id: "x") { … } }` (8 tokens).
  TOO_MANY_TOKENS: {
    query: `{ agency(id: "x") { ${repeat(300, (n) => `...F${n}`)} } } ${repeat(300, (n) => `fragment F${n} on Agency { id name shortName }`)}`,
    limit: 3_000,
    measured: 3_001,
  },
  // 100 × (agencies' edges 1 + node 1 + children 20 × (1 + children 20 × (1 + id 1))) = 100 × 823.
  QUERY_TOO_COSTLY: { query: `{ agencies(first: 100) { edges { node { ${nest('children', 2, 'id')} } } } }`, limit: 20_000, measured: 82_300 },
};

describe('gateway hardening', () => {
  let keys: Awaited<ReturnType<typeof ensureDevKeys>>;
  let stub: Awaited<ReturnType<typeof startStubSubgraph>>;
  const gateways: { stop(): Promise<void> }[] = [];

  beforeAll(async () => {
    keys = await ensureDevKeys(mkdtempSync(path.join(tmpdir(), 'keys-')));
    stub = await startStubSubgraph();
  });
  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.stop()));
    await new Promise<void>((resolve) => stub.server.close(() => resolve()));
  });

  /** A gateway in this process whose subgraphs are all the stub. */
  async function startGateway(env: Record<string, string> = {}) {
    const config = parseConfig(configSchema, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      INTERNAL_TOKEN_SECRET: 'a-test-secret-of-at-least-thirty-two-characters',
      AUTH_PUBLIC_KEY_PATH: keys.publicKeyPath,
      ...Object.fromEntries(subgraphs.map(({ name }) => [`SUBGRAPH_${name.toUpperCase()}_URL`, stub.url])),
      ...env,
    });
    const app = createApp(config, createLogger({ service: 'gateway', level: 'silent' }));
    const { url } = await app.start(0);
    gateways.push(app);
    return url;
  }

  const bearer = async (caller: Caller) => `Bearer ${await mintAccessToken(caller, { privateKeyPath: keys.privateKeyPath })}`;

  /** Sends `body` (JSON unless a string) with `headers`; the answer and the subgraph fetches it caused. */
  async function send(url: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; caller?: Caller }): Promise<Answer> {
    const before = stub.fetches();
    const headers: Record<string, string> = { 'content-type': 'application/json', ...init.headers };
    if (init.caller) headers.authorization = await bearer(init.caller);
    const response = await fetch(url, {
      method: init.method ?? 'POST',
      headers,
      body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    });
    return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as Answer['body'], headers: response.headers, fetches: stub.fetches() - before };
  }

  describe('query limits', () => {
    let url: string;
    beforeAll(async () => (url = await startGateway()));

    it.each(Object.entries(overAppLimits))('refuses an app client’s operation over a limit with %s, the limit and the measure, before any subgraph is called', async (code, { query, limit, measured }) => {
      const answer = await send(url, { caller: clerk, body: { query } });
      expect(answer).toMatchObject({ status: 400, fetches: 0 });
      expect(answer.body.errors).toEqual([{ message: expect.stringContaining(`limit of ${limit}`), extensions: { code, limit, measured } }]);
    });

    it.each(Object.entries(overAppLimits))('lets analysts and administrators run the same %s operation (their limits are looser)', async (_code, { query }) => {
      for (const caller of [analyst, admin]) {
        // The stub answers every fetch alike, so the data may not fit: what matters is that the plan ran.
        const answer = await send(url, { caller, body: { query } });
        expect(answer.status).toBe(200);
        expect(answer.body.errors?.map((error) => error.extensions?.code) ?? []).not.toContainEqual(expect.stringMatching(/^(QUERY_TOO|TOO_MANY)_/));
      }
    });

    it('keeps each caller kind’s verdict on a document apart, and gives a repeated document the same verdict', async () => {
      // Fresh text (not sent above): accepted for an analyst first, then refused for an app client, twice alike.
      const query = `{ ${repeat(30, (n) => `fresh${n}: __typename`)} }`;
      expect((await send(url, { caller: analyst, body: { query } })).status).toBe(200);
      const refusals = [await send(url, { caller: clerk, body: { query } }), await send(url, { caller: clerk, body: { query } })];
      expect(refusals.map((answer) => [answer.status, answer.body.errors?.[0]?.extensions])).toEqual([
        [400, { code: 'TOO_MANY_ROOT_FIELDS', limit: 15, measured: 30 }],
        [400, { code: 'TOO_MANY_ROOT_FIELDS', limit: 15, measured: 30 }],
      ]);
      expect((await send(url, { caller: analyst, body: { query } })).status).toBe(200);
    });

    it('refuses the 1,000-alias flood for everyone, before any subgraph is called', async () => {
      const query = `{ ${repeat(1_000, (n) => `a${n}: agencies { edges { node { id } } }`)} }`;
      for (const caller of [clerk, analyst]) {
        const answer = await send(url, { caller, body: { query } });
        expect(answer.fetches).toBe(0);
        expect(answer.body.errors?.[0]?.extensions?.code).toMatch(/^(TOO_MANY_TOKENS|TOO_MANY_ALIASES)$/);
      }
      const analystAnswer = await send(url, { caller: analyst, body: { query: `{ ${repeat(1_000, (n) => `a${n}: __typename`)} }` } });
      expect(analystAnswer.body.errors).toEqual([
        { message: expect.any(String), extensions: { code: 'TOO_MANY_ROOT_FIELDS', limit: analystQueryLimitDefaults.rootFields, measured: 1_000 } },
      ]);
    });

    it('refuses a shape over the limits before Apollo validates the document (thousands of identical fields)', async () => {
      const answer = await send(url, { caller: analyst, body: { query: `{ ${repeat(500, () => 'agency(id: "x") { name }')} }` } });
      expect([answer.body.errors?.[0]?.extensions, answer.fetches]).toEqual([{ code: 'TOO_MANY_ROOT_FIELDS', limit: 50, measured: 500 }, 0]);
    });

    it('counts the cost by the `first` argument and its variable, and fragments expanded past the token limit as too costly', async () => {
      const query = 'query Page($first: Int) { agencies(first: $first) { edges { node { id name } } } }';
      const small = await send(url, { caller: clerk, body: { query, variables: { first: 10 } } });
      expect(small.status).toBe(200);
      // `first` omitted: 20 items (QUERY_COST_DEFAULT_LIST_SIZE); a page of 10,000 is refused before the subgraph says it is too large.
      const huge = await send(url, { caller: clerk, body: { query, variables: { first: 10_000 } } });
      expect([huge.body.errors?.[0]?.extensions, huge.fetches]).toEqual([{ code: 'QUERY_TOO_COSTLY', limit: 20_000, measured: 10_000 * 5 }, 0]);
      // Each fragment spreads the next ten times: 10^6 selections from a few hundred tokens.
      const fragments = Array.from({ length: 6 }, (_, n) => `fragment F${n} on Agency { id ${n < 5 ? repeat(10, () => `...F${n + 1}`) : ''} }`).join(' ');
      const bomb = await send(url, { caller: analyst, body: { query: `{ agency(id: "x") { ...F0 } } ${fragments}` } });
      expect([bomb.body.errors?.[0]?.extensions?.code, bomb.fetches]).toEqual(['QUERY_TOO_COSTLY', 0]);
    });

    it('runs introspection for analysts (the explorer’s schema) and the registered-size operations of app clients', async () => {
      const introspection = await send(url, { caller: analyst, body: { query: '{ __schema { types { name fields { name args { name type { name ofType { name ofType { name } } } } } } } }' } });
      expect([introspection.status, introspection.body.errors]).toEqual([200, undefined]);
      const page = await send(url, { caller: clerk, body: { query: `{ agency(id: "x") { name cases(first: 20) { edges { node { id subject } } } } }` } });
      expect([page.status, page.body.errors]).toEqual([200, undefined]);
    });
  });

  describe('refusals before GraphQL: coded JSON', () => {
    let url: string;
    beforeAll(async () => (url = await startGateway()));

    const refusals: [string, number, Parameters<typeof send>[1]][] = [
      ['BAD_REQUEST', 400, { body: '{"query": "{ __typename }"' }],
      ['PAYLOAD_TOO_LARGE', 413, { body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(maxBodyBytes)}` }) }],
      ['UNSUPPORTED_MEDIA_TYPE', 415, { body: '{"query":"{ __typename }"}', headers: { 'content-type': 'text/plain' } }],
      ['METHOD_NOT_ALLOWED', 405, { method: 'PUT', body: { query: '{ __typename }' } }],
      ['OPERATION_NOT_FOUND', 400, { body: { query: 'query A { __typename }', operationName: 'B' } }],
      ['OPERATION_NOT_FOUND', 400, { body: { query: 'query A { __typename } query B { __typename }' } }],
      ['BATCH_NOT_ALLOWED', 400, { body: [{ query: '{ __typename }' }, { query: '{ __typename }' }] }],
      ['BAD_REQUEST', 400, { body: { extensions: { persistedQuery: { version: 2, sha256Hash: 'ab'.repeat(32) } } } }],
      ['BAD_REQUEST', 400, { body: { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } } }],
    ];

    it.each(refusals)('answers %s (%i) in the GraphQL-over-HTTP shape', async (code, status, init) => {
      const answer = await send(url, { caller: clerk, ...init });
      expect([answer.status, answer.contentType, answer.fetches]).toEqual([status, 'application/json; charset=utf-8', 0]);
      expect(answer.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code } }] });
    });

    it('answers in application/graphql-response+json when the request prefers it', async () => {
      const answer = await send(url, { caller: clerk, body: '{', headers: { accept: 'application/graphql-response+json, application/json;q=0.9' } });
      expect([answer.status, answer.contentType, answer.body.errors?.[0]?.extensions?.code]).toEqual([400, 'application/graphql-response+json; charset=utf-8', 'BAD_REQUEST']);
    });

    it('answers a path it does not serve with NOT_FOUND (404) in the same shape', async () => {
      const answer = await send(url.replace(/\/graphql$/, '/graphql/extra'), { caller: clerk, body: { query: '{ __typename }' } });
      expect([answer.status, answer.body.errors?.[0]?.extensions?.code]).toEqual([404, 'NOT_FOUND']);
    });

    it('names the allowed methods with 405', async () => {
      const answer = await send(url, { caller: clerk, method: 'DELETE' });
      expect(answer.headers.get('allow')).toBe('GET, POST');
    });

    it('answers headers over Node’s limit with HEADERS_TOO_LARGE (431) as JSON, not an empty body', async () => {
      const { port } = new URL(url);
      const answer = await new Promise<{ status: number; type: string | undefined; body: string }>((resolve, reject) => {
        const request = httpRequest({ port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'x-padding': 'x'.repeat(20_000) } }, (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk)).on('end', () => resolve({ status: response.statusCode!, type: response.headers['content-type'], body }));
        });
        request.on('error', reject).end('{}');
      });
      expect([answer.status, answer.type, JSON.parse(answer.body)]).toEqual([
        431,
        'application/json; charset=utf-8',
        { errors: [{ message: 'The request headers are too large', extensions: { code: 'HEADERS_TOO_LARGE' } }] },
      ]);
    });
  });

  describe('rate limits', () => {
    let url: string;
    beforeAll(async () => (url = await startGateway({ GATEWAY_RATE_LIMIT_PER_CALLER: '3', GATEWAY_RATE_LIMIT_PER_IP: '2', GATEWAY_RATE_LIMIT_WINDOW_SECONDS: '30' })));
    const query = { query: '{ __typename }' };

    it('answers a caller over its limit 429 RATE_LIMITED with Retry-After, while other callers go on', async () => {
      for (let n = 0; n < 3; n++) expect((await send(url, { caller: clerk, body: query })).status).toBe(200);
      const limited = await send(url, { caller: clerk, body: query });
      expect([limited.status, limited.fetches]).toEqual([429, 0]);
      expect(limited.body.errors).toEqual([{ message: expect.stringMatching(/^Too many requests/), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } }]);
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(30);
      expect((await send(url, { caller: analyst, body: query })).status).toBe(200);
    });

    it('counts requests without a valid token by IP address: UNAUTHENTICATED, then RATE_LIMITED', async () => {
      const codes = [];
      for (let n = 0; n < 3; n++) {
        const answer = await send(url, { body: query, headers: { authorization: 'Bearer forged' } });
        codes.push([answer.status, answer.body.errors?.[0]?.extensions?.code]);
      }
      expect(codes).toEqual([[401, 'UNAUTHENTICATED'], [401, 'UNAUTHENTICATED'], [429, 'RATE_LIMITED']]);
      // A valid caller from the same address is counted by its subject, not refused.
      expect((await send(url, { caller: admin, body: query })).status).toBe(200);
    });

    const unauthenticatedFrom = async (gatewayUrl: string, forwardedFor: string) => {
      const answer = await send(gatewayUrl, { body: query, headers: { authorization: 'Bearer forged', 'x-forwarded-for': forwardedFor } });
      return answer.body.errors?.[0]?.extensions?.code;
    };

    it('ignores X-Forwarded-For unless its proxy is trusted: invented addresses do not spread a flood', async () => {
      const untrusting = await startGateway({ GATEWAY_RATE_LIMIT_PER_IP: '2' });
      const codes = [];
      for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) codes.push(await unauthenticatedFrom(untrusting, address));
      expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    });

    it('behind a trusted proxy, counts each forwarded client apart', async () => {
      // The test's requests come from loopback: the "ingress" here.
      const behindProxy = await startGateway({ GATEWAY_RATE_LIMIT_PER_IP: '2', GATEWAY_TRUSTED_PROXIES: 'loopback' });
      const codes = [];
      for (const address of ['203.0.113.7', '203.0.113.7', '203.0.113.7', '203.0.113.8']) codes.push(await unauthenticatedFrom(behindProxy, address));
      expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED', 'UNAUTHENTICATED']);
      // A client's own claim before the proxy's entry is not believed: the proxy appended the address it saw.
      expect(await unauthenticatedFrom(behindProxy, '192.0.2.99, 203.0.113.7')).toBe('RATE_LIMITED');
    });

    it('refuses a trusted-proxy list it cannot read, naming the variable', () => {
      expect(() => parseConfig(configSchema, { NODE_ENV: 'test', INTERNAL_TOKEN_SECRET: 'a-test-secret-of-at-least-thirty-two-characters', GATEWAY_TRUSTED_PROXIES: '10.0.0.0/99' })).toThrow(
        /GATEWAY_TRUSTED_PROXIES/,
      );
    });
  });
});
