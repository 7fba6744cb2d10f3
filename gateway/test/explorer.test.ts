import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, get as httpGet, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createLogger } from '@hanoi/platform';
import { ensureDevKeys, mintAccessToken } from '../../scripts/lib/dev-keys';
import { demoUsers } from '../../scripts/lib/demo-users';
import type { PageConfig } from '../src/explorer-page';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createExplorer, prefersHtml } from '../src/explorer';
import { forDay, parseSavedQuery, savedQueriesDir } from '../src/explorer-queries';

const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const analyst = { subject: 'analyst', agency: 'council', roles: ['analyst' as const] };

/** A gateway (no subgraph needed: `{ __typename }` is answered by the gateway itself) in this NODE_ENV. */
async function startGateway(nodeEnv: 'production' | 'development') {
  const keys = await ensureDevKeys(mkdtempSync(path.join(tmpdir(), 'explorer-keys-')));
  const config = loadConfig({ NODE_ENV: nodeEnv, LOG_LEVEL: 'silent', AUTH_PUBLIC_KEY_PATH: keys.publicKeyPath, INTERNAL_TOKEN_SECRET: randomBytes(32).toString('hex') });
  const app = createApp(config);
  const { port } = await app.start(0);
  const base = `http://127.0.0.1:${port}`;
  return { app, base, keys, get: (url: string, headers: Record<string, string> = {}) => fetch(`${base}${url}`, { headers, redirect: 'manual' }) };
}

/** The page's configuration, as the bundle reads it. */
async function pageConfig(response: Response): Promise<PageConfig> {
  const html = await response.text();
  const json = /<script id="explorer-config" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1];
  return JSON.parse(json!) as PageConfig;
}

describe('the explorer served by the gateway in production', () => {
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  beforeAll(async () => {
    gateway = await startGateway('production');
  });
  afterAll(() => gateway?.app.stop());

  it('answers a browser at GET /graphql with the bundled page, never Apollo\'s CDN landing page, and /explorer redirects there', async () => {
    const response = await gateway.get('/graphql', { accept: browserAccept });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await response.clone().text();
    expect(html).not.toMatch(/apollographql|embeddable|https?:\/\//);
    // Every resource the page names is one of ours (the icon is empty, so that the browser asks for no favicon).
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(url).toMatch(/^(\/explorer\/assets\/[\w.-]+|data:,)$/);
    const config = await pageConfig(response);
    expect(config.devSignIn).toBeUndefined();
    expect(config.queries.map((saved) => saved.id)).toEqual(readdirSync(savedQueriesDir).map((file) => path.basename(file, '.graphql')).sort());
    expect(Object.values(config.workers).every((url) => url.startsWith('/explorer/assets/'))).toBe(true);

    const redirect = await gateway.get('/explorer', { accept: browserAccept });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([302, '/graphql']);
  });

  it('serves its assets itself, content-hashed, cached for a year, gzipped for browsers that accept it', async () => {
    const config = await pageConfig(await gateway.get('/graphql', { accept: browserAccept }));
    const plain = await gateway.get(config.workers.graphql, { 'accept-encoding': 'identity' });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await plain.arrayBuffer());
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      // fetch() decodes gzip itself; node:http shows what travelled.
      httpGet(`${gateway.base}${config.workers.graphql}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (response: IncomingMessage) => {
          const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    expect(raw.encoding).toBe('gzip');
    expect(raw.body.length).toBeLessThan(body.length / 2);
    expect(gunzipSync(raw.body).equals(body)).toBe(true);
    expect((await gateway.get('/explorer/assets/manifest.json')).status).toBe(404);
    expect((await gateway.get('/explorer/assets/nothing.js')).status).toBe(404);
  });

  it('has no demo-user sign-in: the token endpoint does not exist', async () => {
    const response = await fetch(`${gateway.base}/explorer/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ subject: 'admin' }) });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('token');
  });

  it('keeps GraphQL GETs and POSTs as they were: clients that do not prefer HTML get GraphQL', async () => {
    const authorization = `Bearer ${await mintAccessToken(analyst, { privateKeyPath: gateway.keys.privateKeyPath })}`;
    // Apollo's CSRF prevention asks GETs for a preflight header, as before.
    const get = await gateway.get('/graphql?query=%7B__typename%7D', { authorization, accept: 'application/json', 'apollo-require-preflight': 'true' });
    expect([get.status, await get.json()]).toEqual([200, { data: { __typename: 'Query' } }]);
    const post = await fetch(`${gateway.base}/graphql`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect([post.status, await post.json()]).toEqual([200, { data: { __typename: 'Query' } }]);
    // No Accept at all (curl) and a fetch's default `*/*` are GraphQL too.
    const curl = await gateway.get('/graphql?query=%7B__typename%7D', { authorization, 'apollo-require-preflight': 'true' });
    expect(curl.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    expect(prefersHtml('GET', '*/*')).toBe(false);
    expect(prefersHtml('GET', 'text/html, application/json;q=0.5')).toBe(true);
    expect(prefersHtml('POST', browserAccept)).toBe(false);
  });
});

describe('the explorer in development', () => {
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  beforeAll(async () => {
    gateway = await startGateway('development');
  });
  afterAll(() => gateway?.app.stop());

  const mint = (body: unknown) =>
    fetch(`${gateway.base}/explorer/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('offers the demo users, whose tokens the gateway mints with the local development key', async () => {
    const config = await pageConfig(await gateway.get('/graphql', { accept: browserAccept }));
    expect(config.devSignIn?.users.map((user) => user.subject)).toEqual(demoUsers.map((user) => user.caller.subject));
    expect(JSON.stringify(config)).not.toContain('PRIVATE KEY');
    const response = await mint({ subject: 'analyst' });
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    const post = await fetch(`${gateway.base}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('mints for demo users only, from a JSON POST only', async () => {
    expect((await mint({ subject: 'someone-else' })).status).toBe(400);
    expect((await mint('admin')).status).toBe(400);
    expect((await gateway.get('/explorer/dev-token')).status).toBe(405);
    const form = await fetch(`${gateway.base}/explorer/dev-token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'subject=admin' });
    expect(form.status).toBe(405);
  });
});

describe('the explorer without its bundle', () => {
  it('tells the browser how to build it', async () => {
    const config = loadConfig({ NODE_ENV: 'production', INTERNAL_TOKEN_SECRET: randomBytes(32).toString('hex') });
    const explorer = createExplorer(config, createLogger({ service: 'test', level: 'silent' }), { dist: mkdtempSync(path.join(tmpdir(), 'no-dist-')), queries: savedQueriesDir });
    const server = createServer((request, response) => {
      void explorer.route(request, response, new URL(request.url!, 'http://localhost')).then((answered) => answered || response.writeHead(404).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, { headers: { accept: browserAccept } });
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build:explorer');
    } finally {
      server.close();
    }
  });
});

describe('saved analyst queries', () => {
  const file = (header: string) => `${header}\nquery Ranking($period: String!) { coordinationIndexRanking(period: $period) { rank } }\n`;

  it('read their title, description (continued on indented comment lines), variables and one named operation', () => {
    const saved = parseSavedQuery('ranking', file('# title: Xếp hạng\n# description: Agencies ranked,\n#   best first.\n# variables: { "period": "$year", "day": "$today", "level": null }'));
    expect(saved).toMatchObject({ id: 'ranking', title: 'Xếp hạng', description: 'Agencies ranked, best first.', operationName: 'Ranking' });
    expect(saved.query.startsWith('query Ranking')).toBe(true);
    expect(forDay(saved, new Date('2027-01-15')).variables).toEqual({ period: '2027', day: '2027-01-15', level: null });
  });

  it('refuse a file without a title or description, with bad variables, or without exactly one named operation', () => {
    expect(() => parseSavedQuery('x', file('# description: d'))).toThrow(/saved query x: title/);
    expect(() => parseSavedQuery('x', file('# title: t\n# description: d\n# variables: {period}'))).toThrow(/not JSON/);
    expect(() => parseSavedQuery('x', file('# title: t\n# description: d\n# variables: []'))).toThrow(/variables/);
    expect(() => parseSavedQuery('x', '# title: t\n# description: d\n{ __typename }')).toThrow(/one named operation/);
    expect(() => parseSavedQuery('x', `${file('# title: t\n# description: d')}query Other { __typename }`)).toThrow(/one named operation/);
    expect(() => parseSavedQuery('x', file('# title: t\n#description: d'))).toThrow(/header line 2/);
  });

  it('are checked when the gateway starts: a broken one stops it, the committed ones all load', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'saved-'));
    writeFileSync(path.join(dir, 'broken.graphql'), '# title: t\n{ oops');
    expect(() => createExplorer(loadConfig({ INTERNAL_TOKEN_SECRET: randomBytes(32).toString('hex') }), createLogger({ service: 'test', level: 'silent' }), { dist: dir, queries: dir })).toThrow();
    expect(() => createExplorer(loadConfig({ INTERNAL_TOKEN_SECRET: randomBytes(32).toString('hex') }), createLogger({ service: 'test', level: 'silent' }), { dist: dir, queries: savedQueriesDir })).not.toThrow();
  });
});
