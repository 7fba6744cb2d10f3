import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkerLabel } from './explorer-page';

/** Where scripts/build-explorer.ts writes the bundle (ignored by git; built by `npm ci` and `npm run build:explorer`). */
export const explorerDist = path.resolve(__dirname, '../explorer/dist');

/** dist/manifest.json: the content-hashed file names of the bundle's entry points. */
export interface ExplorerManifest {
  script: string;
  style: string;
  /** Chunks the script imports, statically or lazily (Monaco, Prettier): named in the page as module preloads. */
  preload: string[];
  workers: Record<WorkerLabel, string>;
}

export interface Asset {
  contentType: string;
  body: Buffer;
  /** The same, gzip-compressed at build time (not for fonts compressed already). */
  gzipped?: Buffer;
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * The built bundle, read once into memory (a few MiB): its manifest and every file by name. Undefined when it was
 * not built (the gateway then answers the page with how to build it).
 */
export function loadExplorerAssets(dir: string = explorerDist): { manifest: ExplorerManifest; files: Map<string, Asset> } | undefined {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ExplorerManifest;
  const files = new Map<string, Asset>();
  for (const name of readdirSync(dir)) {
    const contentType = contentTypes[path.extname(name)];
    if (!contentType) continue;
    const gzipped = path.join(dir, `${name}.gz`);
    files.set(name, { contentType, body: readFileSync(path.join(dir, name)), ...(existsSync(gzipped) && { gzipped: readFileSync(gzipped) }) });
  }
  return { manifest, files };
}
