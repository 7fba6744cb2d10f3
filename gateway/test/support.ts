import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger, parseConfig, type Caller, type Logger } from '@hanoi/platform';
import pino from 'pino';
import { ensureDevKeys, mintAccessToken } from '../../scripts/lib/dev-keys';
import { subgraphs } from '../../scripts/lib/subgraphs';
import { createApp } from '../src/app';
import { configSchema } from '../src/config';

/** How a stub subgraph answers: a GraphQL response, or one of the ways a subgraph fails. */
export type StubBehaviour =
  | { answer: (request: { query: string; variables: Record<string, unknown> }) => unknown }
  | { fail: 'hang' | 'reset' | 'not-json' | 'wrong-shape' | 'half-body' }
  | { status: number; body?: unknown };

/**
 * One HTTP server standing for every subgraph, at `/<name>/graphql`: each answers as its behaviour says (set and
 * changed by the test). A hanging answer is released when the server closes.
 */
export async function startStubSubgraphs(initial: Record<string, StubBehaviour>) {
  const behaviours = new Map(Object.entries(initial));
  const hanging = new Set<() => void>();
  const server: Server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const name = request.url!.split('/')[1]!;
      const behaviour = behaviours.get(name) ?? { status: 404 };
      const json = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if ('answer' in behaviour) return json(200, behaviour.answer(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      if ('status' in behaviour) return json(behaviour.status, behaviour.body ?? { message: 'upstream failed' });
      switch (behaviour.fail) {
        case 'hang':
          return void hanging.add(() => response.destroy());
        case 'half-body':
          response.writeHead(200, { 'content-type': 'application/json' });
          response.write('{"data":');
          return void hanging.add(() => response.destroy());
        case 'reset':
          return void request.socket.destroy();
        case 'not-json':
          response.writeHead(200, { 'content-type': 'text/html' });
          return void response.end('<html><body>502 Bad Gateway</body></html>');
        case 'wrong-shape':
          return json(200, { data: { _entities: 'nothing' } });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (name: string) => `${base}/${name}/graphql`,
    set: (name: string, behaviour: StubBehaviour) => void behaviours.set(name, behaviour),
    close: () =>
      new Promise<void>((resolve) => {
        for (const release of hanging) release();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type StubSubgraphs = Awaited<ReturnType<typeof startStubSubgraphs>>;

/** A logger that keeps its lines (parsed) for the test to read. */
export function capturingLogger() {
  const lines: Record<string, any>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) }) as unknown as Logger;
  return { logger, lines };
}

/** A gateway in this process whose subgraphs are the stubs (each at its own path), and a way to query it as a caller. */
export async function startGatewayOnStubs(stubs: StubSubgraphs, env: Record<string, string> = {}, logger?: Logger) {
  const keys = await ensureDevKeys(mkdtempSync(path.join(tmpdir(), 'keys-')));
  const config = parseConfig(configSchema, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    INTERNAL_TOKEN_SECRET: 'a-test-secret-of-at-least-thirty-two-characters',
    AUTH_PUBLIC_KEY_PATH: keys.publicKeyPath,
    ...Object.fromEntries(subgraphs.map(({ name }) => [`SUBGRAPH_${name.toUpperCase()}_URL`, stubs.url(name)])),
    ...env,
  });
  const app = createApp(config, logger ?? createLogger({ service: 'gateway', level: 'silent' }));
  const { url } = await app.start(0);
  const authorization = async (caller: Caller) => `Bearer ${await mintAccessToken(caller, { privateKeyPath: keys.privateKeyPath })}`;
  return {
    app,
    url,
    metricsUrl: url.replace(/\/graphql$/, '/metrics'),
    authorization,
    async query(caller: Caller, query: string): Promise<{ status: number; data?: Record<string, any> | null; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] }> {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: await authorization(caller) },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
  };
}
