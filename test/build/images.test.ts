import { execFileSync, spawnSync } from 'node:child_process';
import { imageProblems } from '../../scripts/lib/images';
import { repoRoot, subgraphs, workers } from '../../scripts/lib/subgraphs';

/**
 * The images as far as they can be checked without a Docker engine: after `npm run build` (incremental: a no-op when
 * CI has just built), the Dockerfile, docker-compose.yml and the workspaces' start:dist scripts agree, and each
 * target's command loads its whole module graph from dist/ (it gets as far as refusing an invalid configuration).
 */
describe('build and images', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'tsconfig.build.json'], { cwd: repoRoot, stdio: 'pipe' });
  }, 240_000);

  const expected = [...subgraphs.map((s) => s.name), ...workers.map((w) => w.name), 'gateway'];
  const workerNames: string[] = workers.map((w) => w.name);

  it('has one target per subgraph, worker and the gateway, each built by compose and running its start:dist from dist/', () => {
    const { problems, targets } = imageProblems(repoRoot, expected);
    expect(problems).toEqual([]);
    expect(targets.map((t) => t.name).sort()).toEqual([...expected].sort());
  });

  it('runs each target command from compiled JavaScript, with the workspace libraries resolved to their dist/', () => {
    const { targets } = imageProblems(repoRoot, expected);
    for (const target of targets) {
      const [command, ...args] = target.cmd;
      expect(command).toBe('node');
      // Too short a secret (a worker has no internal token: too short a metrics token): every process refuses to
      // start, after loading all its modules (from src/, Node would fail on the TypeScript instead).
      const worker = workerNames.includes(target.name);
      const run = spawnSync(process.execPath, args, {
        cwd: repoRoot,
        env: { PATH: process.env.PATH, NODE_ENV: 'production', ...(worker ? { METRICS_TOKEN: 'too-short' } : { INTERNAL_TOKEN_SECRET: 'too-short' }) },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect({ target: target.name, status: run.status, stderr: run.stderr }).toEqual({
        target: target.name,
        status: 1,
        stderr: expect.stringContaining(worker ? 'METRICS_TOKEN: must be at least 16 characters' : 'INTERNAL_TOKEN_SECRET: must be at least 32 characters'),
      });
    }
  }, 120_000);
});
