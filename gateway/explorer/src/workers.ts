import type { WorkerLabel } from '../../src/explorer-page';

/**
 * Tells Monaco (GraphiQL 5's editor) where its web workers are: files of this bundle the gateway serves, never a CDN.
 * Must run before GraphiQL loads Monaco. Labels other than `json` and `graphql` get the generic editor worker.
 */
export function setUpWorkers(urls: Record<WorkerLabel, string>): void {
  (globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
    getWorker: (_id: string, label: string) => new Worker(label === 'json' || label === 'graphql' ? urls[label] : urls.editor),
  };
}
