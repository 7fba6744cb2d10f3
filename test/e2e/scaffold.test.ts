import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { dropDatabases, testRunId } from '@hanoi/platform/testing';
import { devAudience, devIssuer, ensureDevKeys, mintAccessToken } from '../../scripts/lib/dev-keys';
import { imageProblems } from '../../scripts/lib/images';
import { freePort } from '../../scripts/lib/processes';
import { repoRoot } from '../../scripts/lib/subgraphs';

/**
 * `npm run new:subgraph` end to end, in a temporary copy of the repository, never the real tree: the scaffolder edits
 * the files that list every subgraph, which other tests read while this one runs, and a failing run must leave the
 * work tree as it was (the copy is removed afterwards, pass or fail). The copy, under .local (ignored), holds the work
 * tree's files (tracked and untracked, not ignored) and the libraries' dist/ when built (tsc -b then compiles only the
 * new service); its node_modules holds only the workspace links, pointing into the copy: every other package is
 * found in the repository's node_modules above it, as Node and TypeScript look upwards. It scaffolds a subgraph,
 * builds it and the gateway, checks its image target and Kubernetes registration, runs the test it generated, starts
 * both from dist/ and queries the new subgraph through the gateway.
 */
const name = 'inspections';
const run = `${testRunId()}${randomBytes(3).toString('hex')}`;
const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const database = `e2e_${run}_${name}`;
let copy: string;
const processes: ChildProcess[] = [];

/** Fills `root` with the copy of the repository. */
function copyRepository(root: string): void {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' }).split('\0');
  for (const file of files.filter((f) => f && existsSync(path.join(repoRoot, f)))) cpSync(path.join(repoRoot, file), path.join(root, file));
  for (const library of ['packages/platform', 'packages/contracts']) {
    const dist = path.join(repoRoot, library, 'dist');
    if (existsSync(dist)) cpSync(dist, path.join(root, library, 'dist'), { recursive: true });
  }
  // npm's workspace links are relative (../../packages/platform): the same links in the copy point into the copy.
  const links = path.join(repoRoot, 'node_modules/@hanoi');
  mkdirSync(path.join(root, 'node_modules/@hanoi'), { recursive: true });
  for (const link of readdirSync(links)) symlinkSync(readlinkSync(path.join(links, link)), path.join(root, 'node_modules/@hanoi', link));
}

/** Runs a command in the copy; fails the test with its output when it fails. */
function inCopy(args: string[]): string {
  const result = spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8', timeout: 120_000, env: { ...process.env, FORCE_COLOR: '0' } });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}${result.stderr}`;
}

/** Starts a process of the copy and waits until its /readyz answers 200. */
async function startReady(args: string[], port: number, env: NodeJS.ProcessEnv): Promise<void> {
  let output = '';
  const child = spawn(process.execPath, args, { cwd: copy, env: { PATH: process.env.PATH, NODE_ENV: 'test', PORT: String(port), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  processes.push(child);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${args.join(' ')} did not become ready:\n${output.slice(-3000)}`);
}

beforeAll(() => {
  mkdirSync(path.join(repoRoot, '.local'), { recursive: true });
  copy = mkdtempSync(path.join(repoRoot, '.local', 'scaffold-e2e-'));
  copyRepository(copy);
}, 60_000);

afterAll(async () => {
  for (const child of processes) {
    if (child.exitCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await dropDatabases(mongoUrl, [database]);
  if (copy) rmSync(copy, { recursive: true, force: true });
}, 60_000);

/** The files every subgraph is registered in (and the composed schemas), as they are now in the copy. */
const registrationFiles = () =>
  Object.fromEntries(
    ['gateway/src/config.ts', 'tsconfig.build.json', 'Dockerfile', 'docker-compose.yml', 'package-lock.json', 'schemas/supergraph.graphql']
      .concat(['base/kustomization.yaml', 'base/gateway/kustomization.yaml', 'overlays/local/kustomization.yaml', 'overlays/production/kustomization.yaml'].map((f) => `infra/k8s/${f}`))
      .map((file) => [file, readFileSync(path.join(copy, file), 'utf8')]),
  );

it('changes nothing when the new subgraph does not compose (its entity clashes with an existing type)', () => {
  const before = registrationFiles();
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new-subgraph.ts', 'clash', '--entity', 'Agency'], { cwd: copy, encoding: 'utf8' });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('Composition failed');
  for (const created of ['services/clash', 'schemas/clash.graphql', 'infra/k8s/base/subgraphs/clash']) expect(existsSync(path.join(copy, created))).toBe(false);
  expect(registrationFiles()).toEqual(before);
}, 60_000);

it('scaffolds a subgraph that builds, passes its own test, has its image and manifests, and answers through the gateway', async () => {
  const output = inCopy(['--import', 'tsx', 'scripts/new-subgraph.ts', name]);
  expect(output).toContain(`Subgraph ${name} (entity Inspection`);
  const port = Number(/port (\d+)/.exec(output)![1]);
  expect(readFileSync(path.join(copy, 'gateway/src/config.ts'), 'utf8')).toContain(`  ${name}: ${port},`);
  expect(readFileSync(path.join(copy, 'schemas/supergraph.graphql'), 'utf8')).toContain(`${name.toUpperCase()} @join__graph(name: "${name}"`);
  expect(readFileSync(path.join(copy, 'package-lock.json'), 'utf8')).toContain(`"services/${name}": {`);
  expect(readFileSync(path.join(copy, 'infra/k8s/base/kustomization.yaml'), 'utf8')).toContain(`  - subgraphs/${name}\n`);
  expect(readFileSync(path.join(copy, 'infra/k8s/base/gateway/kustomization.yaml'), 'utf8')).toContain(
    `SUBGRAPH_${name.toUpperCase()}_URL=http://${name}-subgraph/graphql`,
  );

  // Its resolvers are typed from its SDL (generated by the scaffold, current by codegen's own check), then compiled.
  expect(readFileSync(path.join(copy, `services/${name}/src/resolvers.ts`), 'utf8')).toContain('createResolvers(repositories: Repositories): Resolvers');
  inCopy([path.join(path.dirname(require.resolve('@graphql-codegen/cli/package.json')), 'cjs/bin.js'), '--config', `services/${name}/codegen.ts`, '--check', '--silent']);
  inCopy([require.resolve('typescript/bin/tsc'), '-b', `services/${name}/tsconfig.build.json`, 'gateway/tsconfig.build.json']);
  expect(imageProblems(copy, [name]).problems).toEqual([]);

  const ownTest = inCopy([require.resolve('jest/bin/jest'), '--ci', `services/${name}`]);
  expect(ownTest).toMatch(/Tests:\s+3 passed, 3 total/);

  const secret = randomBytes(32).toString('hex');
  const keys = await ensureDevKeys(path.join(copy, '.local/keys'));
  const subgraphPort = await freePort();
  const gatewayPort = await freePort();
  await startReady(['--conditions=@hanoi/dist', '--enable-source-maps', `services/${name}/dist/index.js`], subgraphPort, {
    INTERNAL_TOKEN_SECRET: secret,
    MONGO_URL: mongoUrl,
    MONGO_DB: database,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    KAFKA_TOPIC_PREFIX: `e2e-${run}-`,
    LOG_LEVEL: 'warn',
  });
  // The copy's gateway, built (its table lists the new subgraph; it serves the copy's supergraph); no other subgraph
  // is needed.
  await startReady(['--conditions=@hanoi/dist', 'gateway/dist/index.js'], gatewayPort, {
    INTERNAL_TOKEN_SECRET: secret,
    [`SUBGRAPH_${name.toUpperCase()}_URL`]: `http://127.0.0.1:${subgraphPort}/graphql`,
    AUTH_PUBLIC_KEY_PATH: keys.publicKeyPath,
    AUTH_ISSUER: devIssuer,
    AUTH_AUDIENCE: devAudience,
    LOG_LEVEL: 'warn',
  });

  const token = await mintAccessToken({ subject: 'e2e-inspector', agency: name, roles: ['clerk'] }, { privateKeyPath: keys.privateKeyPath });
  const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };
  const created = await graphql('mutation($input: CreateInspectionInput!) { createInspection(input: $input) { id title createdBy } }', {
    input: { title: 'Kiểm tra an toàn phòng cháy' },
  });
  expect(created.errors).toBeUndefined();
  const id = created.data.createInspection.id as string;
  expect(created.data.createInspection).toEqual({ id, title: 'Kiểm tra an toàn phòng cháy', createdBy: 'e2e-inspector' });
  const read = await graphql('query($id: ID!) { inspection(id: $id) { title } inspections(first: 5) { totalCount edges { node { id } } } }', { id });
  expect(read).toEqual({ data: { inspection: { title: 'Kiểm tra an toàn phòng cháy' }, inspections: { totalCount: 1, edges: [{ node: { id } }] } } });
}, 240_000);
