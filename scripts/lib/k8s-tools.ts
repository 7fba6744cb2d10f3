import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './subgraphs';

/**
 * The tools `npm run k8s:check` needs, installed once into .local/k8s from the registries CI reaches (pinned, so a
 * run is reproducible and, once cached, offline):
 * - kustomize and kubeconform, Go modules built with `go install`;
 * - Kubernetes' JSON schemas from the PyPI package kubernetes-validate, which ships them per Kubernetes version.
 */
export const toolVersions = {
  kustomize: { module: 'sigs.k8s.io/kustomize/kustomize/v5', version: 'v5.8.1' },
  kubeconform: { module: 'github.com/yannh/kubeconform/cmd/kubeconform', version: 'v0.7.0' },
} as const;
export const schemaPackage = { name: 'kubernetes-validate', version: '1.37.0' } as const;

export const k8sDir = path.join(repoRoot, '.local/k8s');
const binDir = path.join(k8sDir, 'bin');
export const schemasDir = path.join(k8sDir, 'schemas');

type Tool = keyof typeof toolVersions;

/** Path of `tool`, built with `go install` into .local/k8s/bin unless that version is there already. */
export function ensureTool(tool: Tool, say: (message: string) => void): string {
  const { module, version } = toolVersions[tool];
  const binary = path.join(binDir, tool);
  const stamp = path.join(binDir, `${tool}.version`);
  if (existsSync(binary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === version) return binary;
  say(`building ${tool} ${version} (go install ${module}, once)…`);
  mkdirSync(binDir, { recursive: true });
  execFileSync('go', ['install', `${module}@${version}`], { env: { ...process.env, GOBIN: binDir }, stdio: ['ignore', 'inherit', 'inherit'] });
  writeFileSync(stamp, version);
  return binary;
}

/**
 * Directory per Kubernetes version (e.g. `1.33.0`) of its schemas as kubernetes-validate ships them: one file per
 * type, strict (no unknown fields), each referring to a shared `_definitions.json` by URL. The versions missing from
 * .local/k8s are extracted from one `pip download` of the pinned package.
 */
export function ensureLocalSchemas(versions: string[], say: (message: string) => void): Record<string, string> {
  const dirOf = (version: string) => path.join(schemasDir, `${schemaPackage.name}-${schemaPackage.version}`, `v${version}-local-strict`);
  const missing = versions.filter((version) => !existsSync(path.join(dirOf(version), '_definitions.json')));
  if (missing.length > 0) {
    say(`fetching the Kubernetes ${missing.join(', ')} schemas (pip download ${schemaPackage.name}==${schemaPackage.version}, once)…`);
    const download = mkdtempSync(path.join(tmpdir(), 'k8s-schemas-'));
    try {
      execFileSync('python3', ['-m', 'pip', 'download', '--quiet', '--no-deps', '--only-binary=:all:', '-d', download, `${schemaPackage.name}==${schemaPackage.version}`], {
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      const wheel = readdirSync(download).find((file) => file.endsWith('.whl'));
      if (!wheel) throw new Error(`pip downloaded no wheel of ${schemaPackage.name}`);
      for (const version of missing) extractVersion(path.join(download, wheel), version, dirOf(version));
    } finally {
      rmSync(download, { recursive: true, force: true });
    }
  }
  return Object.fromEntries(versions.map((version) => [version, dirOf(version)]));
}

/** Only one version's strict schemas (the wheel holds a dozen versions, 17,000 files); all or nothing. */
function extractVersion(wheel: string, version: string, dir: string): void {
  const prefix = `kubernetes_validate/kubernetes-json-schema/v${version}-local-strict/`;
  const extract = [
    'import sys, zipfile, os',
    'wheel, prefix, out = sys.argv[1:]',
    'z = zipfile.ZipFile(wheel)',
    'names = [n for n in z.namelist() if n.startswith(prefix) and n.endswith(".json")]',
    'if not names: sys.exit("no schemas under " + prefix)',
    'os.makedirs(out, exist_ok=True)',
    'for n in names: open(os.path.join(out, n[len(prefix):]), "wb").write(z.read(n))',
  ].join('\n');
  rmSync(`${dir}.partial`, { recursive: true, force: true });
  execFileSync('python3', ['-c', extract, wheel, prefix, `${dir}.partial`], { stdio: 'inherit' });
  rmSync(dir, { recursive: true, force: true });
  renameSync(`${dir}.partial`, dir);
}

/** kubeconform's name for the schema of a resource: `deployment-apps-v1`, `configmap-v1` (pkg/registry schemaPath). */
export function schemaName(kind: string, apiVersion: string): string {
  const [group, groupVersion] = apiVersion.split('/');
  return `${kind.toLowerCase()}-${group!.split('.')[0]!.toLowerCase()}${groupVersion ? `-${groupVersion.toLowerCase()}` : ''}`;
}

type Json = { [key: string]: Json } | Json[] | string | number | boolean | null;
const sharedDefinitions = /^\/api\/_definitions\.json#\/\$defs\/(.+)$/;

/**
 * Writes `<name>.json` into `standaloneDir` from the local-strict schema of the same name: the shared definitions it
 * uses (transitively) inlined under `$defs` and every reference made local, so kubeconform needs no network. Returns
 * false when that version has no such schema (kubeconform then reports the resource's schema as missing).
 */
export function writeStandaloneSchema(localDir: string, standaloneDir: string, name: string): boolean {
  const source = path.join(localDir, `${name}.json`);
  if (!existsSync(source)) return false;
  const definitions = (JSON.parse(readFileSync(path.join(localDir, '_definitions.json'), 'utf8')) as { $defs: Record<string, Json> }).$defs;
  const inlined: Record<string, Json> = {};
  const localise = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(localise);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => {
        if (key !== '$ref' || typeof value !== 'string') return [key, localise(value)];
        const id = sharedDefinitions.exec(value)?.[1] ?? /^#\/\$defs\/(.+)$/.exec(value)?.[1];
        if (!id || !(id in definitions)) throw new Error(`${name}: unexpected reference ${value}`);
        if (!(id in inlined)) {
          inlined[id] = {}; // placeholder: definitions refer to themselves (JSONSchemaProps)
          inlined[id] = localise(definitions[id]!);
        }
        return [key, `#/$defs/${id}`];
      }),
    );
  };
  const schema = localise(JSON.parse(readFileSync(source, 'utf8')) as Json) as Record<string, Json>;
  mkdirSync(standaloneDir, { recursive: true });
  writeFileSync(path.join(standaloneDir, `${name}.json`), JSON.stringify({ ...schema, $defs: inlined }));
  return true;
}
