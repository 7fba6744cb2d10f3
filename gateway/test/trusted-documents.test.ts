import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger, parseConfig, type Caller } from '@hanoi/platform';
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { AgencyPageDocument, SessionDossierDocument } from '../../clients/agency-dashboard/src/gql/graphql';
import { ensureDevKeys, mintAccessToken } from '../../scripts/lib/dev-keys';
import { apiSchemaPath, subgraphs } from '../../scripts/lib/subgraphs';
import { createApp } from '../src/app';
import { configSchema } from '../src/config';
import { loadManifests, trustedDocumentsMode } from '../src/trusted-documents';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const clerk: Caller = { subject: 'so-xay-dung-clerk', agency: 'so-xay-dung', roles: ['clerk', 'viewer'] };
const analyst: Caller = { subject: 'council-analyst', agency: 'council', roles: ['analyst'] };
const admin: Caller = { subject: 'committee-admin', agency: 'committee', roles: ['admin'] };

/** A registered document of a test app (beside the dashboard's real manifest), answered by the stub subgraph. */
const registered = 'query AgencyName($id: ID!) { agency(id: $id) { name } }';
const registeredHash = sha256(registered);
const adHoc = 'query Mine($id: ID!) { agency(id: $id) { name } }';

/** Stands for every subgraph: counts the fetches the gateway makes and answers each with the agency's name. */
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

interface Body {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

describe('trusted documents', () => {
  let keys: Awaited<ReturnType<typeof ensureDevKeys>>;
  let stub: Awaited<ReturnType<typeof startStubSubgraph>>;
  let manifest: string;
  const dashboardManifest = path.resolve(__dirname, '../../clients/agency-dashboard/src/gql/persisted-documents.json');

  beforeAll(async () => {
    keys = await ensureDevKeys(mkdtempSync(path.join(tmpdir(), 'keys-')));
    stub = await startStubSubgraph();
    manifest = path.join(mkdtempSync(path.join(tmpdir(), 'manifest-')), 'persisted-documents.json');
    writeFileSync(manifest, JSON.stringify({ [registeredHash]: registered }));
  });
  afterAll(() => new Promise<void>((resolve) => stub.server.close(() => resolve())));

  /** A gateway in this process whose subgraphs are all the stub, in the given mode. */
  async function startGateway(env: Record<string, string>) {
    const config = parseConfig(configSchema, {
      LOG_LEVEL: 'silent',
      INTERNAL_TOKEN_SECRET: 'a-test-secret-of-at-least-thirty-two-characters',
      AUTH_PUBLIC_KEY_PATH: keys.publicKeyPath,
      GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS: `${dashboardManifest},${manifest}`,
      ...Object.fromEntries(subgraphs.map(({ name }) => [`SUBGRAPH_${name.toUpperCase()}_URL`, stub.url])),
      ...env,
    });
    const app = createApp(config, createLogger({ service: 'gateway', level: 'silent' }));
    const { url } = await app.start(0);
    return { app, url };
  }

  /** POSTs `body` as `caller`; returns the HTTP status, the body, and how many subgraph fetches it caused. */
  async function send(url: string, caller: Caller, body: Record<string, unknown>) {
    const before = stub.fetches();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await mintAccessToken(caller, { privateKeyPath: keys.privateKeyPath })}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Body, fetches: stub.fetches() - before };
  }
  const codes = (body: Body) => body.errors?.map((error) => error.extensions?.code);
  const variables = { id: 'so-xay-dung' };

  describe('enforced', () => {
    let gateway: Awaited<ReturnType<typeof startGateway>>;
    beforeAll(async () => (gateway = await startGateway({ NODE_ENV: 'production' })));
    afterAll(() => gateway.app.stop());

    it('runs an app client’s registered document named by GraphQL-over-HTTP documentId, by Apollo’s hash, by GET, or sent as its very text', async () => {
      for (const body of [
        { documentId: `sha256:${registeredHash}`, variables },
        { documentId: registeredHash, variables },
        { extensions: { persistedQuery: { version: 1, sha256Hash: registeredHash } }, variables },
        { query: registered, variables },
      ]) {
        const result = await send(gateway.url, clerk, body);
        expect(result).toEqual({ status: 200, body: { data: { agency: { name: 'Sở Xây dựng' } } }, fetches: 1 });
      }
      const search = new URLSearchParams({ documentId: `sha256:${registeredHash}`, variables: JSON.stringify(variables) });
      const response = await fetch(`${gateway.url}?${search}`, {
        headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${await mintAccessToken(clerk, { privateKeyPath: keys.privateKeyPath })}` },
      });
      expect(await response.json()).toEqual({ data: { agency: { name: 'Sở Xây dựng' } } });
    });

    it('answers an unknown id with PERSISTED_QUERY_NOT_FOUND, and an app client’s unregistered document with PERSISTED_QUERY_REQUIRED; neither reaches a subgraph', async () => {
      const unknown = sha256('query Unknown { __typename }');
      for (const body of [{ documentId: `sha256:${unknown}` }, { extensions: { persistedQuery: { version: 1, sha256Hash: unknown } } }, { documentId: 'x-app:1' }]) {
        const result = await send(gateway.url, clerk, body);
        expect(result).toEqual({
          status: 200,
          body: { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] },
          fetches: 0,
        });
      }
      const refused = await send(gateway.url, clerk, { query: adHoc, variables });
      expect(refused).toEqual({
        status: 400,
        body: {
          errors: [
            {
              message: 'This client may run only registered operations: send the documentId of one in its manifest',
              extensions: { code: 'PERSISTED_QUERY_REQUIRED' },
            },
          ],
        },
        fetches: 0,
      });
    });

    it('never registers a document at run time (an automatic-persisted-query client sending text and hash)', async () => {
      const attempt = await send(gateway.url, clerk, { query: adHoc, variables, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(adHoc) } } });
      expect([attempt.status, codes(attempt.body), attempt.fetches]).toEqual([400, ['PERSISTED_QUERY_REQUIRED'], 0]);
      const byHash = await send(gateway.url, clerk, { documentId: `sha256:${sha256(adHoc)}`, variables });
      expect([codes(byHash.body), byHash.fetches]).toEqual([['PERSISTED_QUERY_NOT_FOUND'], 0]);
    });

    it('lets analysts and administrators send ad-hoc documents', async () => {
      for (const caller of [analyst, admin]) {
        const result = await send(gateway.url, caller, { query: adHoc, variables });
        expect(result).toEqual({ status: 200, body: { data: { agency: { name: 'Sở Xây dựng' } } }, fetches: 1 });
      }
    });

    it('serves exactly the published API schema (schemas/api.graphql) to an analyst’s introspection', async () => {
      const { body } = await send(gateway.url, analyst, { query: getIntrospectionQuery() });
      // Types in one order, since a schema rebuilt from introspection lists them in the order it reaches them.
      const sorted = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema));
      expect(sorted(buildClientSchema(body.data as unknown as IntrospectionQuery))).toBe(sorted(buildSchema(readFileSync(apiSchemaPath, 'utf8'))));
    });
  });

  describe('off', () => {
    let gateway: Awaited<ReturnType<typeof startGateway>>;
    beforeAll(async () => (gateway = await startGateway({ NODE_ENV: 'test' })));
    afterAll(() => gateway.app.stop());

    it('runs an app client’s ad-hoc document, still resolves registered ids, and still answers PERSISTED_QUERY_NOT_FOUND for unknown ones', async () => {
      expect(await send(gateway.url, clerk, { query: adHoc, variables })).toMatchObject({ status: 200, fetches: 1 });
      expect(await send(gateway.url, clerk, { documentId: `sha256:${registeredHash}`, variables })).toMatchObject({ status: 200, fetches: 1 });
      const unknown = await send(gateway.url, clerk, { documentId: `sha256:${sha256(adHoc)}` });
      expect([codes(unknown.body), unknown.fetches]).toEqual([['PERSISTED_QUERY_NOT_FOUND'], 0]);
    });
  });

  it('is enforced by default in production only, unless GATEWAY_TRUSTED_DOCUMENTS says otherwise', () => {
    expect(trustedDocumentsMode({ NODE_ENV: 'production', GATEWAY_TRUSTED_DOCUMENTS: undefined })).toBe('enforce');
    expect(trustedDocumentsMode({ NODE_ENV: 'development', GATEWAY_TRUSTED_DOCUMENTS: undefined })).toBe('off');
    expect(trustedDocumentsMode({ NODE_ENV: 'test', GATEWAY_TRUSTED_DOCUMENTS: undefined })).toBe('off');
    expect(trustedDocumentsMode({ NODE_ENV: 'production', GATEWAY_TRUSTED_DOCUMENTS: 'off' })).toBe('off');
    expect(trustedDocumentsMode({ NODE_ENV: 'development', GATEWAY_TRUSTED_DOCUMENTS: 'enforce' })).toBe('enforce');
  });

  it('loads the agency dashboard’s generated manifest: every document the client sends by hash is in it', () => {
    const documents = loadManifests([dashboardManifest]);
    for (const document of [AgencyPageDocument, SessionDossierDocument]) {
      expect(documents.get(document.__meta__?.hash)).toMatch(/^query \w+\(/);
    }
  });

  it('refuses at start a manifest that is not a map of sha256 to its document, naming the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'manifest-'));
    const write = (name: string, content: string) => {
      writeFileSync(path.join(dir, name), content);
      return path.join(dir, name);
    };
    const sha1 = createHash('sha1').update(registered).digest('hex');
    expect(() => loadManifests([write('sha1.json', JSON.stringify({ [sha1]: registered }))])).toThrow(`sha1.json: ${sha1} must be a lower-case sha256 hex`);
    const wrong = write('wrong.json', JSON.stringify({ [sha256(adHoc)]: registered }));
    expect(() => loadManifests([wrong])).toThrow(`trusted documents manifest ${wrong}: ${sha256(adHoc)} is not the sha256 of its document`);
    expect(() => loadManifests([write('broken.json', '{')])).toThrow(/broken\.json: .*JSON/);
    expect(() => loadManifests([path.join(dir, 'missing.json')])).toThrow(/missing\.json: ENOENT/);
  });
});
