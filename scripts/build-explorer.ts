/**
 * Bundles the analysts' explorer (gateway/explorer/src: GraphiQL 5, React 19, the Monaco editor and its web workers)
 * into static assets the gateway serves itself: nothing is loaded from a CDN, fonts are inlined, so the page works
 * with the network cut off. Runs at install (`prepare`, so `npm ci` produces it) and on demand
 * (`npm run build:explorer`). Output in gateway/explorer/dist (ignored): content-hashed files, each with a gzip
 * sibling, and manifest.json naming them for the gateway (gateway/src/explorer.ts).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { explorerDist, type ExplorerManifest } from '../gateway/src/explorer-assets';

const root = path.resolve(__dirname, '..');
const source = path.join(root, 'gateway/explorer/src');

/** The Monaco workers GraphiQL 5 asks for by label (see gateway/explorer/src/workers.ts). */
const workers = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
} as const;

const common: BuildOptions = {
  bundle: true,
  minify: true,
  // Chromium, Firefox and Safari of the last few years; analysts' browsers on the city's intranet.
  target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
  outdir: explorerDist,
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** The JavaScript output (relative to dist) of entry point `entry`, and the CSS bundle its imports produced. */
function outputOf(metafile: Metafile, entry: string): { script: string; style?: string } {
  const found = Object.entries(metafile.outputs).find(
    ([file, output]) => output.entryPoint !== undefined && path.resolve(root, output.entryPoint) === path.resolve(root, entry) && file.endsWith('.js'),
  );
  if (!found) throw new Error(`esbuild produced no output for ${entry}`);
  const relative = (file: string) => path.relative(explorerDist, path.resolve(root, file));
  return { script: relative(found[0]), ...(found[1].cssBundle && { style: relative(found[1].cssBundle) }) };
}

async function main(): Promise<void> {
  const began = Date.now();
  rmSync(explorerDist, { recursive: true, force: true });
  mkdirSync(explorerDist, { recursive: true });

  const page = await build({
    ...common,
    entryPoints: [path.join(source, 'main.tsx')],
    format: 'esm',
    // What GraphiQL imports lazily (Monaco, Prettier) becomes chunks, which the page preloads (see `preload`): the
    // page renders once its own chunk has run instead of after parsing all of Monaco.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    platform: 'browser',
    jsx: 'automatic',
    // Monaco's codicon font and the editors' Roboto Mono are files; GraphiQL's Roboto and Fira Code are data: URLs.
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
    // The same csv-stringify the services use, in its build for browsers (with the Buffer it needs).
    alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
    absWorkingDir: root,
    metafile: true,
  });
  const workerBuild = await build({
    ...common,
    entryPoints: Object.values(workers).map((file) => require.resolve(file)),
    format: 'iife',
    platform: 'browser',
    absWorkingDir: root,
    metafile: true,
  });

  const entry = outputOf(page.metafile, path.join(source, 'main.tsx'));
  if (!entry.style) throw new Error('esbuild produced no CSS for the page');
  const manifest: ExplorerManifest = {
    script: entry.script,
    style: entry.style,
    // Every script chunk, fetched in parallel with the entry rather than one after another as imports are found.
    preload: Object.keys(page.metafile.outputs)
      .map((file) => path.relative(explorerDist, path.resolve(root, file)))
      .filter((file) => file.startsWith('chunk-') && file.endsWith('.js')),
    workers: Object.fromEntries(
      Object.entries(workers).map(([label, file]) => [label, outputOf(workerBuild.metafile, require.resolve(file)).script]),
    ) as ExplorerManifest['workers'],
  };
  let bytes = 0;
  let gzipped = 0;
  for (const file of [...Object.keys(page.metafile.outputs), ...Object.keys(workerBuild.metafile.outputs)]) {
    // The CSS chunks of the lazy imports are Monaco's styles, which graphiql/style.css (in the page's CSS) holds
    // whole; nothing would load them.
    if (/chunk-\w+\.css$/.test(file)) {
      rmSync(path.resolve(root, file));
      continue;
    }
    const content = readFileSync(path.resolve(root, file));
    // WOFF fonts are compressed already.
    const compressed = /\.woff2?$/.test(file) ? content : gzipSync(content, { level: 9 });
    if (compressed !== content) writeFileSync(`${path.resolve(root, file)}.gz`, compressed);
    bytes += content.length;
    gzipped += compressed.length;
  }
  writeFileSync(path.join(explorerDist, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
  console.log(`[build:explorer] ${path.relative(root, explorerDist)}: ${mb(bytes)} (${mb(gzipped)} gzipped) in ${((Date.now() - began) / 1000).toFixed(1)} s`);
}

main().catch((error: Error) => {
  console.error(`[build:explorer] ${error.message}`);
  process.exit(1);
});
