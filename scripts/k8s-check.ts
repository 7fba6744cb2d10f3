/**
 * `npm run k8s:check` (CI): renders each kustomize entry point under infra/k8s (overlays/*, examples/*) and validates
 * every resource with `kubeconform -strict` against the Kubernetes JSON schemas of the oldest and the newest version
 * we deploy to, offline once the tools and schemas are cached (scripts/lib/k8s-tools.ts). Then checks what schemas
 * cannot: each subgraph of the gateway's table has its Deployment, Service and gateway URL, each worker its
 * Deployment; each container has its probes on /readyz and /healthz, resources and a tagged image; no Secret carries
 * a value in the repository.
 * The operators' custom resources (examples/operators) are skipped by kind: their CRDs are published only on sites
 * CI cannot reach.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ensureLocalSchemas, ensureTool, k8sDir, schemaName, schemasDir, writeStandaloneSchema } from './lib/k8s-tools';
import { repoRoot, subgraphs, workers } from './lib/subgraphs';

/** Oldest and newest Kubernetes versions the manifests must be valid for. */
const kubernetesVersions = ['1.33.0', '1.37.0'];
const customKinds = ['Kafka', 'KafkaNodePool', 'KafkaTopic', 'MongoDBCommunity'];
const manifestsDir = path.join(repoRoot, 'infra/k8s');

type Resource = { apiVersion: string; kind: string; metadata: { name: string }; data?: Record<string, string>; spec?: any };
const say = (message: string) => console.log(`[k8s:check] ${message}`);

/** The directories kustomize builds for a cluster: each overlay and each example. */
function entryPoints(): string[] {
  return ['overlays', 'examples'].flatMap((group) =>
    readdirSync(path.join(manifestsDir, group))
      .map((name) => path.join(group, name))
      .filter((dir) => existsSync(path.join(manifestsDir, dir, 'kustomization.yaml'))),
  );
}

/** What kubeconform cannot see: the platform's conventions, over one rendered entry point. */
function conventionProblems(entry: string, resources: Resource[]): string[] {
  const problems: string[] = [];
  const named = (kind: string, name: string) => resources.some((r) => r.kind === kind && r.metadata.name === name);
  const gatewayConfig = resources.find((r) => r.kind === 'ConfigMap' && r.metadata.name.startsWith('hanoi-gateway'))?.data ?? {};
  for (const { name } of subgraphs) {
    for (const kind of ['Deployment', 'Service']) if (!named(kind, `${name}-subgraph`)) problems.push(`no ${kind} ${name}-subgraph`);
    const url = gatewayConfig[`SUBGRAPH_${name.toUpperCase()}_URL`];
    if (url !== `http://${name}-subgraph/graphql`) problems.push(`the gateway's SUBGRAPH_${name.toUpperCase()}_URL is ${url}`);
  }
  for (const { name } of workers) if (!named('Deployment', `${name}-worker`)) problems.push(`no Deployment ${name}-worker`);
  if (!named('Deployment', 'gateway') || !named('Service', 'gateway')) problems.push('no gateway Deployment and Service');
  for (const resource of resources) {
    if (resource.kind === 'Secret') problems.push(`Secret ${resource.metadata.name} is committed: reference Secrets, never define them`);
    if (resource.kind !== 'Deployment') continue;
    for (const container of resource.spec.template.spec.containers) {
      const where = `Deployment ${resource.metadata.name}, container ${container.name}`;
      if (container.readinessProbe?.httpGet?.path !== '/readyz') problems.push(`${where}: readiness probe is not /readyz`);
      if (container.livenessProbe?.httpGet?.path !== '/healthz') problems.push(`${where}: liveness probe is not /healthz`);
      if (!container.resources?.requests?.cpu || !container.resources?.requests?.memory || !container.resources?.limits?.memory) {
        problems.push(`${where}: needs cpu and memory requests and a memory limit`);
      }
      if (!/:[^/]+$/.test(container.image)) problems.push(`${where}: image ${container.image} has no tag`);
    }
  }
  return problems.map((problem) => `${entry}: ${problem}`);
}

function main(): void {
  const kustomize = ensureTool('kustomize', say);
  const kubeconform = ensureTool('kubeconform', say);
  const renderedDir = path.join(k8sDir, 'rendered');
  mkdirSync(renderedDir, { recursive: true });

  const rendered: string[] = [];
  const problems: string[] = [];
  const schemaNames = new Set<string>();
  for (const entry of entryPoints()) {
    const yaml = execFileSync(kustomize, ['build', path.join(manifestsDir, entry)], { encoding: 'utf8' });
    const file = path.join(renderedDir, `${entry.replace('/', '-')}.yaml`);
    writeFileSync(file, yaml);
    rendered.push(file);
    const resources = parseAllDocuments(yaml).map((doc) => doc.toJS() as Resource);
    for (const r of resources) if (!customKinds.includes(r.kind)) schemaNames.add(schemaName(r.kind, r.apiVersion));
    problems.push(...conventionProblems(entry, resources));
    say(`${entry}: ${resources.length} resources (${path.relative(repoRoot, file)})`);
  }

  let failed = false;
  const localSchemas = ensureLocalSchemas(kubernetesVersions, say);
  for (const version of kubernetesVersions) {
    const local = localSchemas[version]!;
    const standalone = path.join(schemasDir, `v${version}-standalone-strict`);
    for (const name of schemaNames) writeStandaloneSchema(local, standalone, name);
    const args = ['-strict', '-summary', '-kubernetes-version', version, '-skip', customKinds.join(','), '-schema-location'];
    args.push(`${schemasDir}/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json`);
    say(`kubeconform, Kubernetes ${version}:`);
    const run = spawnSync(kubeconform, [...args, ...rendered], { stdio: 'inherit' });
    if (run.status !== 0) failed = true;
  }
  for (const problem of problems) console.error(`[k8s:check] ${problem}`);
  if (failed || problems.length > 0) process.exit(1);
  say('every manifest is valid');
}

main();
