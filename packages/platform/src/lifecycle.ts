import type { Logger } from './logger';

/** A long-lived part of a process: started in order, stopped in reverse, asked whether it is ready. */
export interface Component {
  name: string;
  start?(): Promise<void>;
  stop?(): Promise<void>;
  ready?(): Promise<boolean>;
}

/** A component that always has both ends of its life (the platform's own long-lived parts). */
export interface Service extends Component {
  start(): Promise<void>;
  stop(): Promise<void>;
  ready(): Promise<boolean>;
}

export interface Lifecycle {
  add(component: Component): void;
  start(): Promise<void>;
  /** The one shutdown path: stops every started component in reverse order; safe to call twice. */
  stop(): Promise<void>;
  ready(): Promise<Record<string, boolean>>;
  /** Stops on SIGTERM/SIGINT, then exits; a second signal forces the exit. */
  stopOnSignals(): void;
}

export function createLifecycle(logger: Logger): Lifecycle {
  const components: Component[] = [];
  const started: Component[] = [];
  let stopping: Promise<void> | undefined;

  async function stopAll(): Promise<void> {
    for (const component of [...started].reverse()) {
      try {
        await component.stop?.();
        logger.info({ component: component.name }, 'stopped');
      } catch (error) {
        logger.error({ err: error, component: component.name }, 'stop failed');
      }
    }
    started.length = 0;
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
      const entries = await Promise.all(
        components.map(async (c) => [c.name, c.ready ? await c.ready().catch(() => false) : true] as const),
      );
      return Object.fromEntries(entries);
    },
    stopOnSignals() {
      let signalled = false;
      const onSignal = (signal: NodeJS.Signals) => {
        if (signalled) process.exit(1);
        signalled = true;
        logger.info({ signal }, 'shutting down');
        void this.stop().then(() => process.exit(0));
      };
      process.on('SIGTERM', onSignal);
      process.on('SIGINT', onSignal);
    },
  };
}
