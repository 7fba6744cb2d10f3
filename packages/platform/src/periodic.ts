import type { Component } from './lifecycle';
import type { Logger } from './logger';

/**
 * A job run every `intervalMs` (0: never; the first run one interval after start), never twice at once: the next
 * run is scheduled when the previous one ends. A failed run is logged and tried again at the next interval.
 * Stopping waits for a run under way.
 */
export function createPeriodicTask(options: { name: string; intervalMs: number; logger: Logger; run: () => Promise<unknown>; disabledMessage?: string }): Component {
  const logger = options.logger.child({ component: options.name });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      running = options
        .run()
        .then(() => undefined)
        .catch((error: unknown) => logger.error({ err: error }, `${options.name} failed; retried at the next interval`))
        .finally(() => {
          running = undefined;
          schedule();
        });
    }, options.intervalMs);
  }

  return {
    name: options.name,
    async start() {
      if (options.intervalMs <= 0) {
        logger.info(options.disabledMessage ?? `${options.name} disabled (interval 0)`);
        return;
      }
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
