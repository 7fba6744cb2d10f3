import type { Server } from 'node:http';
import { z } from 'zod';
import type { Logger } from './logger';

/** A long-lived part of a process: started in order, stopped in reverse, asked whether it is ready. */
export interface Component {
  name: string;
  start?(): Promise<void>;
  /**
   * `deadline` aborts when this step's share of the shutdown time is spent: stop waiting (on a broker or a database
   * that does not answer) and release timers. The lifecycle moves on either way; nothing waits past it.
   */
  stop?(deadline?: AbortSignal): Promise<void>;
  ready?(): Promise<boolean>;
}

/** A component that always has both ends of its life (the platform's own long-lived parts). */
export interface Service extends Component {
  start(): Promise<void>;
  stop(deadline?: AbortSignal): Promise<void>;
  ready(): Promise<boolean>;
}

/** How a shutdown went: `unfinished` names the components whose stop was still running when their time ran out. */
export interface ShutdownReport {
  complete: boolean;
  unfinished: string[];
  durationMs: number;
}

export interface Lifecycle {
  add(component: Component): void;
  start(): Promise<void>;
  /**
   * The one shutdown path: stops every started component in reverse order, each bounded, the whole within the
   * shutdown timeout (even when Kafka or the database does not answer); safe to call twice.
   */
  stop(): Promise<ShutdownReport>;
  ready(): Promise<Record<string, boolean>>;
  /**
   * Stops on SIGTERM/SIGINT, then exits: 0 when every component stopped, 1 otherwise. A second SIGINT (Ctrl-C twice)
   * exits 1 at once; a SIGTERM after the first signal changes nothing (`npm start` stopping its children after the
   * terminal's Ctrl-C reached them too).
   */
  stopOnSignals(): void;
}

/** `SHUTDOWN_TIMEOUT_MS`: the bound on a process's whole shutdown, for every process's config schema. */
export const shutdownConfigShape = {
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
};

/**
 * Time kept back for each component still to stop after the current one (ms): a step that hangs (a consumer leaving
 * its group on a frozen broker) takes the rest of the budget but this, so the database and tracing still close.
 */
const reservePerLaterStepMs = 250;

/** How long a readiness check may take before it counts as not ready (ms): `/readyz` never hangs on a frozen broker. */
const readyTimeoutMs = 2_000;

/** Resolves when `work` settles or `ms` pass, whichever is first: true when `work` finished (its failure included). */
function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), Math.max(0, ms));
    work.then(
      () => (clearTimeout(timer), resolve(true)),
      () => (clearTimeout(timer), resolve(true)),
    );
  });
}

export function createLifecycle(logger: Logger, options: { shutdownTimeoutMs?: number } = {}): Lifecycle {
  const shutdownTimeoutMs = options.shutdownTimeoutMs ?? shutdownConfigShape.SHUTDOWN_TIMEOUT_MS.parse(undefined);
  const components: Component[] = [];
  const started: Component[] = [];
  let stopping: Promise<ShutdownReport> | undefined;

  async function stopOne(component: Component, budgetMs: number): Promise<boolean> {
    const deadline = new AbortController();
    const stopped = Promise.resolve()
      .then(() => component.stop?.(deadline.signal))
      .then(
        () => logger.info({ component: component.name }, 'stopped'),
        (error: unknown) => logger.error({ err: error, component: component.name }, 'stop failed'),
      );
    const finished = await settlesWithin(stopped, budgetMs);
    if (!finished) {
      deadline.abort();
      logger.warn({ component: component.name, budgetMs: Math.round(budgetMs) }, 'stop did not finish in time; moving on');
    }
    return finished;
  }

  async function stopAll(): Promise<ShutdownReport> {
    const began = Date.now();
    const deadline = began + shutdownTimeoutMs;
    const order = [...started].reverse();
    started.length = 0;
    const unfinished: string[] = [];
    for (const [index, component] of order.entries()) {
      const remaining = deadline - Date.now();
      const later = order.length - index - 1;
      const budget = Math.max(remaining / (later + 1), remaining - reservePerLaterStepMs * later);
      if (!(await stopOne(component, budget))) unfinished.push(component.name);
    }
    const report = { complete: unfinished.length === 0, unfinished, durationMs: Date.now() - began };
    if (report.complete) logger.info({ durationMs: report.durationMs }, 'shutdown complete');
    else logger.error({ unfinished, durationMs: report.durationMs, shutdownTimeoutMs }, `shutdown incomplete: ${unfinished.join(', ')} did not finish`);
    return report;
  }

  return {
    add: (component) => void components.push(component),
    async start() {
      for (const component of components) {
        await component.start?.();
        started.push(component);
      }
    },
    stop() {
      stopping ??= stopAll();
      return stopping;
    },
    async ready() {
      // Stopping: not ready, so load balancers stop sending requests while in-flight ones finish.
      if (stopping) return { shutdown: false };
      const entries = await Promise.all(
        components.map(async (c) => {
          if (!c.ready) return [c.name, true] as const;
          const answer = c.ready().catch(() => false);
          const inTime = await settlesWithin(answer, readyTimeoutMs);
          return [c.name, inTime && (await answer)] as const;
        }),
      );
      return Object.fromEntries(entries);
    },
    stopOnSignals() {
      let signalled = false;
      const onSignal = (signal: NodeJS.Signals) => {
        if (signalled) {
          if (signal === 'SIGINT') process.exit(1);
          return;
        }
        signalled = true;
        logger.info({ signal, shutdownTimeoutMs }, 'shutting down');
        void this.stop().then((report) => {
          logger.flush();
          process.exit(report.complete ? 0 : 1);
        });
      };
      process.on('SIGTERM', onSignal);
      process.on('SIGINT', onSignal);
    },
  };
}

/**
 * The HTTP server as the first component to stop: it stops accepting connections, lets in-flight requests finish
 * and closes each keep-alive connection as soon as it is idle (a gateway's pooled connection would otherwise hold
 * the server open); when its time is up, it drops the connections still busy.
 */
export function httpServerComponent(http: { server: Server; close(): Promise<void> }): Component {
  return {
    name: 'http',
    async stop(deadline) {
      const closed = http.close();
      const idleSweep = setInterval(() => http.server.closeIdleConnections(), 100);
      deadline?.addEventListener('abort', () => http.server.closeAllConnections(), { once: true });
      await closed.finally(() => clearInterval(idleSweep));
    },
  };
}
