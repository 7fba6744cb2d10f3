import { execFileSync } from 'node:child_process';

/** The landed version the working tree is compared with, and why that one (printed with the check's result). */
export type Base = { sha: string; description: string } | { sha: null; description: string };

/** Paths whose uncommitted edits make "the working tree" the change to check (see `resolveBase`). */
export const governedPaths = ['schemas', 'packages/contracts'];

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 }).trimEnd();
  } catch {
    return null;
  }
}

const commitOf = (root: string, ref: string) => git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
const short = (sha: string) => sha.slice(0, 10);

/**
 * Which landed version the change is "this change vs the last landed main":
 *  1. `SCHEMA_BASE_REF` when set (any commit-ish: `origin/main`, `HEAD~3`, a tag);
 *  2. on a branch (HEAD is not on main's line): the merge base of HEAD and `origin/main` (or `main` without a
 *     remote), so that commits main gained since the branch forked are not mistaken for the branch's changes;
 *  3. on main itself with uncommitted edits under schemas/ or packages/contracts/: HEAD (what `npm test` catches
 *     before a commit);
 *  4. on main with none (a fresh CI clone): HEAD's parent, since the last commit is the change being landed.
 * Without git, a main branch or a parent commit (a shallow clone) there is nothing to compare with.
 */
export function resolveBase(root: string, baseRef: string | undefined): Base {
  if (!git(root, ['rev-parse', '--git-dir'])) return { sha: null, description: 'not a git repository' };
  if (baseRef) {
    const sha = commitOf(root, baseRef);
    if (!sha) throw new Error(`SCHEMA_BASE_REF=${baseRef} names no commit here (a shallow clone? fetch it first)`);
    return { sha, description: `${baseRef} (${short(sha)}, SCHEMA_BASE_REF)` };
  }
  const head = commitOf(root, 'HEAD');
  const mainRef = ['origin/main', 'main'].find((ref) => commitOf(root, ref));
  if (!head || !mainRef) return { sha: null, description: `no ${head ? 'main branch' : 'commit'} to compare with` };
  const fork = git(root, ['merge-base', 'HEAD', mainRef]);
  if (!fork) return { sha: null, description: `HEAD shares no history with ${mainRef} (a shallow clone?)` };
  if (fork !== head) return { sha: fork, description: `the merge base with ${mainRef} (${short(fork)})` };
  const edited = git(root, ['status', '--porcelain', '--', ...governedPaths]);
  if (edited) return { sha: head, description: `HEAD (${short(head)}), for the working tree's uncommitted edits` };
  const parent = commitOf(root, 'HEAD~1');
  if (!parent) return { sha: null, description: 'HEAD has no parent commit here (a shallow clone?)' };
  return { sha: parent, description: `HEAD~1 (${short(parent)}), the working tree being clean: the last commit on ${mainRef} is the change` };
}

/** A file's text at a commit, or null when it does not exist there. */
export const readAt = (root: string, sha: string, file: string): string | null => git(root, ['show', `${sha}:${file}`]);

/** The files directly under a folder at a commit (names only). */
export function listAt(root: string, sha: string, dir: string): string[] {
  const listing = git(root, ['ls-tree', '--name-only', `${sha}:${dir}`]);
  return listing ? listing.split('\n').filter(Boolean) : [];
}
