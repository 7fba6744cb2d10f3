import { Pool } from 'undici';

/** One GraphQL request as the benchmark sends it: always the same body and headers for one target. */
export interface PreparedRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** What a run of load against one target measured. */
export interface LoadSample {
  /** Milliseconds of each request that completed without error, in completion order. */
  latencies: number[];
  /** Requests that failed: a transport error, a status other than 200, or a body with `errors`. */
  errors: number;
  /** The first failure seen, to say what went wrong. */
  firstError?: string;
  /** Wall time of the run, ms. */
  elapsedMs: number;
}

/** A connection pool per target origin, kept across rounds so that every round runs on warm keep-alive connections. */
export function createLoadClient(url: string, connections: number) {
  const { origin } = new URL(url);
  const pool = new Pool(origin, { connections, pipelining: 1, keepAliveTimeout: 60_000 });
  return {
    /** One request; resolves to its body and status (never throws for an HTTP or GraphQL error). */
    async send(request: PreparedRequest): Promise<{ status: number; body: string }> {
      const { pathname, search } = new URL(request.url);
      const response = await pool.request({ path: `${pathname}${search}`, method: 'POST', headers: request.headers, body: request.body });
      return { status: response.statusCode, body: await response.body.text() };
    },
    close: () => pool.close(),
  };
}

export type LoadClient = ReturnType<typeof createLoadClient>;

/**
 * Closed-loop load: `connections` workers each send the request again as soon as the previous answer arrived,
 * for `durationMs`. Latency is measured with the high-resolution clock (a fraction of a millisecond matters when
 * the gateway's overhead is compared with a direct call). A response counts as an error unless it is a 200
 * whose body has no `errors` key — a gateway answers partial failures with 200 (no field of ours is named
 * `errors`, and inside a JSON string every quote is escaped, so `"errors":` can only be that key).
 */
export async function runLoad(client: LoadClient, request: PreparedRequest, options: { connections: number; durationMs: number }): Promise<LoadSample> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const began = performance.now();
  const deadline = began + options.durationMs;
  const fail = (message: string) => {
    errors++;
    firstError ??= message;
  };
  const worker = async () => {
    while (performance.now() < deadline) {
      const start = performance.now();
      try {
        const { status, body } = await client.send(request);
        if (status !== 200) fail(`HTTP ${status}: ${body.slice(0, 200)}`);
        else if (body.includes('"errors":')) fail(body.slice(0, 300));
        else latencies.push(performance.now() - start);
      } catch (error) {
        fail((error as Error).message);
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  return { latencies, errors, firstError, elapsedMs: performance.now() - began };
}

/** The value at percentile `p` (0–100) of ascending `sorted` values (nearest rank); NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Several runs against one target (interleaved rounds) as one: requests per second, p50, p99, errors. */
export function summarise(samples: readonly LoadSample[]) {
  const latencies = samples.flatMap((sample) => sample.latencies).sort((a, b) => a - b);
  const elapsedMs = samples.reduce((total, sample) => total + sample.elapsedMs, 0);
  const errors = samples.reduce((total, sample) => total + sample.errors, 0);
  return {
    requests: latencies.length,
    requestsPerSecond: elapsedMs > 0 ? (latencies.length / elapsedMs) * 1000 : 0,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    firstError: samples.find((sample) => sample.firstError)?.firstError,
  };
}

export type LoadSummary = ReturnType<typeof summarise>;
