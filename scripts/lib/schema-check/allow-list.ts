import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Intended breaking changes, one per line: the coordinate and the change the check prints, then why it is acceptable. */
export const allowListFile = 'schemas/breaking-changes.allow';

/**
 * Reads the allow list of the tree at `root` (`<coordinate> <CHANGE>` → reason, see `allowanceOf`). `#` starts a
 * comment line; a line without a change and a reason is refused, naming it: an intended break is explained where the
 * reviewer sees it.
 */
export function readAllowList(root: string): Map<string, string> {
  const file = path.join(root, allowListFile);
  const allowed = new Map<string, string>();
  if (!existsSync(file)) return allowed;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const entry = /^(\S+)\s+([A-Z_]+)\s+(\S.*)$/.exec(line);
      if (!entry) throw new Error(`${allowListFile}:${index + 1}: "${line}" is not "<coordinate> <CHANGE> <reason>"`);
      allowed.set(`${entry[1]} ${entry[2]}`, entry[3]!);
    });
  return allowed;
}
