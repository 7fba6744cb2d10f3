import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Caller, Logger } from '@hanoi/platform';
import Negotiator from 'negotiator';
import type { PageConfig } from './explorer-page';
import { explorerDist, loadExplorerAssets } from './explorer-assets';
import { forDay, loadSavedQueries, savedQueriesDir } from './explorer-queries';
import type { Config } from './config';

/** Where the page lives (GraphQL's own path: a browser opening the API's URL gets the explorer) and its parts. */
export const explorerPaths = {
  page: '/graphql',
  redirect: '/explorer',
  assets: '/explorer/assets/',
  /** Development only. */
  devToken: '/explorer/dev-token',
} as const;

/**
 * The page may load nothing but this origin's files: no CDN, font or telemetry, even if a dependency tried. Styles
 * inline because Monaco and GraphiQL set element styles; data: fonts and images because GraphiQL inlines its fonts.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Apollo's rule for its landing page, kept so GraphQL GETs behave as before: a GET whose Accept header prefers HTML to
 * every GraphQL response type (a browser's address bar) gets the page; curl, fetch and clients get GraphQL.
 */
export function prefersHtml(method: string | undefined, accept: string | undefined): boolean {
  if (method !== 'GET' || !accept) return false;
  const types = ['application/json', 'application/graphql-response+json', 'multipart/mixed', 'text/html'];
  return new Negotiator({ headers: { accept } }).mediaType(types) === 'text/html';
}

/** `</script>` and friends cannot end the JSON script element early. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function send(response: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer): void {
  response.writeHead(status, { 'x-content-type-options': 'nosniff', ...headers });
  response.end(body);
}

async function readJson(request: IncomingMessage, maxBytes = 1_000): Promise<unknown> {
  let text = '';
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > maxBytes) return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What development sign-in uses of the local identity provider (scripts/lib/demo-users.ts and dev-keys.ts). */
interface LocalIdentityProvider {
  demoUsers: { description: string; caller: Caller }[];
  mintAccessToken(caller: Caller, options: { privateKeyPath: string; issuer: string; audience: string; expiresIn: string }): Promise<string>;
}

/**
 * Development only: the demo users, and tokens for them minted with the local development key (the private key
 * beside AUTH_PUBLIC_KEY_PATH, where scripts/lib/dev-keys.ts creates the pair); the key never reaches the page.
 * The scripts are required by a path computed at run time: development runs the sources (tsx), and the compiled
 * gateway of the images, which never runs in development, neither contains nor loads them.
 */
function devSignInOf(config: Config, logger: Logger) {
  const repoRoot = path.resolve(__dirname, '../..');
  let provider: LocalIdentityProvider;
  try {
    provider = {
      ...(require(path.join(repoRoot, 'scripts/lib/demo-users')) as Pick<LocalIdentityProvider, 'demoUsers'>),
      ...(require(path.join(repoRoot, 'scripts/lib/dev-keys')) as Pick<LocalIdentityProvider, 'mintAccessToken'>),
    };
  } catch (error) {
    // A compiled gateway started without NODE_ENV (development by default) has no scripts/: no demo sign-in, no crash.
    logger.warn({ err: (error as Error).message }, 'development sign-in unavailable: the local identity scripts are not here');
    return undefined;
  }
  const { demoUsers, mintAccessToken } = provider;
  const privateKeyPath = path.join(path.dirname(config.AUTH_PUBLIC_KEY_PATH), 'jwt-private.pem');
  return {
    users: demoUsers.map(({ caller, description }) => ({ subject: caller.subject, description })),
    mint(subject: string): Promise<string> | undefined {
      const caller = demoUsers.find((user) => user.caller.subject === subject)?.caller;
      return caller && mintAccessToken(caller, { privateKeyPath, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE, expiresIn: '8h' });
    },
  };
}

/**
 * The analysts' explorer: GraphiQL bundled at install time (scripts/build-explorer.ts), served by the gateway itself
 * at GET /graphql to browsers, with the saved queries of gateway/explorer/queries and, in development, a demo-user
 * sign-in. `route` answers the requests that are the explorer's and resolves false for every other one.
 */
export function createExplorer(config: Config, logger: Logger, dirs = { dist: explorerDist, queries: savedQueriesDir }) {
  const assets = loadExplorerAssets(dirs.dist);
  if (!assets) logger.warn({ dist: dirs.dist }, 'the explorer is not built (npm run build:explorer); browsers get a notice at /graphql');
  // Read and checked once: a broken saved query stops the gateway at start, not an analyst later.
  const savedQueries = loadSavedQueries(dirs.queries);
  const devSignIn = config.NODE_ENV === 'development' ? devSignInOf(config, logger) : undefined;

  async function page(response: ServerResponse): Promise<void> {
    if (!assets) {
      const notice = '<!doctype html><meta charset="utf-8"><title>Explorer not built</title><p>The explorer is not built: run <code>npm run build:explorer</code> (or <code>npm ci</code>) and restart the gateway.</p>';
      return send(response, 503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, notice);
    }
    const { manifest } = assets;
    const asset = (file: string) => `${explorerPaths.assets}${file}`;
    const dev = devSignIn;
    const pageConfig: PageConfig = {
      endpoint: explorerPaths.page,
      workers: { editor: asset(manifest.workers.editor), json: asset(manifest.workers.json), graphql: asset(manifest.workers.graphql) },
      queries: savedQueries.map((saved) => forDay(saved)),
      ...(dev && { devSignIn: { tokenUrl: explorerPaths.devToken, users: dev.users } }),
    };
    const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Explorer · Hanoi coordination graph</title>
<link rel="stylesheet" href="${asset(manifest.style)}">
<script id="explorer-config" type="application/json">${scriptSafeJson(pageConfig)}</script>
<script type="module" src="${asset(manifest.script)}"></script>
${manifest.preload.map((file) => `<link rel="modulepreload" href="${asset(file)}">`).join('\n')}
</head>
<body><div id="root"></div></body>
</html>
`;
    // The page names today's variables and the hashed assets: always revalidated; the assets themselves never change.
    send(response, 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', 'content-security-policy': contentSecurityPolicy, 'referrer-policy': 'no-referrer' }, html);
  }

  function file(request: IncomingMessage, response: ServerResponse, name: string): void {
    const found = assets?.files.get(name);
    if (!found) return send(response, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'not found');
    const gzipped = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) ? found.gzipped : undefined;
    send(
      response,
      200,
      {
        'content-type': found.contentType,
        'cache-control': 'public, max-age=31536000, immutable',
        vary: 'accept-encoding',
        ...(gzipped && { 'content-encoding': 'gzip' }),
      },
      gzipped ?? found.body,
    );
  }

  async function devToken(request: IncomingMessage, response: ServerResponse, dev: NonNullable<typeof devSignIn>): Promise<void> {
    const json = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
    // A JSON body only: a cross-site form cannot post one without a preflight.
    if (request.method !== 'POST' || !String(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(response, 405, json, JSON.stringify({ error: 'POST a JSON body { "subject": … }' }));
    }
    const body = (await readJson(request)) as { subject?: unknown } | undefined;
    const token = typeof body?.subject === 'string' ? await dev.mint(body.subject) : undefined;
    if (!token) return send(response, 400, json, JSON.stringify({ error: 'subject must be one of the demo users' }));
    logger.info({ subject: (body as { subject: string }).subject }, 'explorer: development token minted');
    send(response, 200, json, JSON.stringify({ token }));
  }

  return {
    async route(request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> {
      if (url.pathname === explorerPaths.page) {
        if (!prefersHtml(request.method, request.headers.accept)) return false;
        await page(response);
      } else if (url.pathname === explorerPaths.redirect || url.pathname === `${explorerPaths.redirect}/`) {
        send(response, 302, { location: explorerPaths.page }, '');
      } else if (url.pathname.startsWith(explorerPaths.assets) && (request.method === 'GET' || request.method === 'HEAD')) {
        file(request, response, url.pathname.slice(explorerPaths.assets.length));
      } else if (url.pathname === explorerPaths.devToken && devSignIn) {
        await devToken(request, response, devSignIn);
      } else {
        return false;
      }
      return true;
    },
  };
}
