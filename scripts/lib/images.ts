import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * What the Dockerfile and docker-compose.yml promise, read without a Docker engine, so that a test can hold them to
 * the work tree: every compose service builds a target the Dockerfile defines, every target runs its workspace's
 * `start:dist` command, and every file a target copies from the build stage exists after `npm run build`.
 */
export interface DockerStage {
  name: string;
  /** The image or stage it starts from. */
  from: string;
  /** Paths (relative to the build stage's /app) it copies from the `build` stage. */
  copiesFromBuild: string[];
  /** Its CMD in exec form, if it has one. */
  cmd?: string[];
}

/** The stages of a Dockerfile (line continuations joined; only FROM, COPY --from=build and exec-form CMD matter here). */
export function dockerStages(dockerfile: string): DockerStage[] {
  const stages: DockerStage[] = [];
  for (const line of dockerfile.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim())) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) {
      stages.push({ name: from[2] ?? '', from: from[1]!, copiesFromBuild: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) continue;
    const copy = /^COPY\s+--from=build\s+(.+)\s+\S+$/i.exec(line);
    if (copy) stage.copiesFromBuild.push(...copy[1]!.split(/\s+/).map((source) => path.posix.relative('/app', source)));
    const cmd = /^CMD\s+(\[.*\])$/i.exec(line);
    if (cmd) stage.cmd = JSON.parse(cmd[1]!) as string[];
  }
  return stages;
}

/** Compose services that build an image, and the Dockerfile target each names. */
export function composeBuildTargets(composeFile: string): { service: string; target: string | undefined }[] {
  const compose = parse(composeFile, { merge: true }) as { services: Record<string, { build?: { target?: string } }> };
  return Object.entries(compose.services)
    .filter(([, service]) => service.build)
    .map(([service, { build }]) => ({ service, target: build?.target }));
}

/** A process target: a stage with a CMD, run by node from a workspace's dist/. */
export interface ProcessTarget {
  name: string;
  cmd: string[];
  /** The workspace directory (`gateway`, `services/<name>`). */
  workspace: string;
}

/**
 * Every inconsistency between the Dockerfile, docker-compose.yml, the workspaces' `start:dist` scripts and the
 * work tree at `root` (built), for the process targets `names` and the stages they share. Empty when all agree.
 */
export function imageProblems(root: string, names: string[]): { problems: string[]; targets: ProcessTarget[] } {
  const stages = dockerStages(readFileSync(path.join(root, 'Dockerfile'), 'utf8'));
  const problems: string[] = [];
  const targets: ProcessTarget[] = [];
  for (const stage of stages.filter((s) => s.cmd && names.includes(s.name))) {
    const cmd = stage.cmd!;
    const entry = cmd.at(-1)!;
    const workspace = entry.split('/dist/')[0]!;
    targets.push({ name: stage.name, cmd, workspace });
    if (!existsSync(path.join(root, entry))) problems.push(`target ${stage.name}: ${entry} does not exist after the build`);
    const manifest = path.join(root, workspace, 'package.json');
    const startDist = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { scripts?: Record<string, string> }).scripts?.['start:dist'] : undefined;
    const expected = [...cmd.slice(0, -1), path.posix.relative(workspace, entry)].join(' ');
    if (startDist !== expected) problems.push(`target ${stage.name}: CMD runs "${expected}" but ${workspace}'s start:dist is "${startDist}"`);
  }
  for (const stage of stages.filter((s) => !s.cmd || names.includes(s.name))) {
    for (const source of stage.copiesFromBuild) {
      if (!existsSync(path.join(root, source))) problems.push(`stage ${stage.name}: copies ${source} from the build, which does not exist after it`);
    }
  }
  const defined = new Set(stages.map((s) => s.name));
  const built = composeBuildTargets(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));
  for (const { service, target } of built) {
    if (!target || !defined.has(target)) problems.push(`compose service ${service} builds target "${target}", which the Dockerfile does not define`);
  }
  for (const name of names) {
    if (!targets.some((t) => t.name === name)) problems.push(`the Dockerfile has no target for ${name}`);
    if (!built.some((b) => b.target === name)) problems.push(`docker-compose.yml builds no image for ${name}`);
  }
  return { problems, targets };
}
