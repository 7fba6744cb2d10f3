import { Schema, type Model } from 'mongoose';
import { documentKey, withDocumentLock } from '../document-lock';
import type { Component } from '../lifecycle';
import type { Logger } from '../logger';
import { outsideRequest } from '../metrics';
import { activeTraceContext } from '../tracing';
import type { EventBus } from './bus';
import { createEvent, serviceOfType, type CloudEvent, type EventDraft } from './envelope';

/**
 * Transactional outbox without transactions (FerretDB has none): a write stores the events it implies
 * in the same document, under `pendingEvents`, in the same single-document (atomic) update. The relay
 * publishes them and only then removes them, so a crash between write and publish loses nothing; a crash
 * between publish and removal publishes again, which idempotent consumers absorb.
 */
export const pendingEventsPath = {
  pendingEvents: { type: [Schema.Types.Mixed], default: [], select: false },
  /**
   * True while `pendingEvents` is not empty: an indexed equality the sweep can find quickly (FerretDB
   * scans every document for `pendingEvents.0 $exists`: 41 s at 100,000 cases).
   */
  hasPendingEvents: { type: Boolean, default: false, index: true, select: false },
};

export interface Outbox extends Component {
  /** Builds the envelope of a draft of this service's (refuses another service's type), to store with its write. */
  event(draft: EventDraft, subject: string): CloudEvent;
  /** Declares a collection whose documents carry `pendingEvents` (swept at start and periodically). */
  track(model: Model<any>): void;
  /** Call after a write that stored pending events: they are published promptly. */
  flush(model: Model<any>, id: string): void;
  /** Resolves when nothing queued remains unsent (tests and shutdown). */
  drain(): Promise<void>;
}

/** What the outbox reports to the process's metrics (metrics-events.ts). */
export interface OutboxObserver {
  published(events: number): void;
  failed(): void;
  /** Documents of `collection` holding pending events, as the sweep counted them. */
  pending(collection: string, documents: number): void;
}

/** Documents a sweep enqueues per collection at most (the next sweep takes the rest). */
const sweepBatch = 1_000;

export function createOutbox(options: {
  service: string;
  topic: string;
  bus: EventBus;
  logger: Logger;
  /**
   * Safety sweep for documents whose flush was lost (crash, broker down), in ms (default 30,000); 0 sweeps only at
   * start. A sweep never starts while the previous one runs (on FerretDB one is a full scan of each collection).
   */
  sweepIntervalMs?: number;
  observer?: OutboxObserver;
}): Outbox {
  const log = options.logger.child({ component: 'outbox' });
  const models = new Map<string, Model<any>>();
  const queue = new Map<string, { model: Model<any>; id: string }>();
  let working: Promise<void> | undefined;
  let sweepTimer: NodeJS.Timeout | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function publishDocument(model: Model<any>, id: string): Promise<void> {
    const doc = await model.findById(id).select('+pendingEvents').lean<{ pendingEvents?: CloudEvent[] }>().exec();
    if (!doc) return;
    const events = doc.pendingEvents ?? [];
    if (events.length > 0) {
      await options.bus.publish(options.topic, events);
      options.observer?.published(events.length);
    }
    // $pullAll of the exact stored elements: FerretDB 1.24 ignores $pull with a condition (no error, no change).
    // With none left, the flag is cleared even so: a crash between the two updates leaves it set on an empty list.
    await withDocumentLock(documentKey(model, id), async () => {
      if (events.length > 0) await model.updateOne({ _id: id }, { $pullAll: { pendingEvents: events } }).exec();
      // Under the lock no write of this process can add events in between; a later write sets the flag again.
      await model.updateOne({ _id: id, pendingEvents: { $size: 0 } }, { $set: { hasPendingEvents: false } }).exec();
    });
    log.debug({ subject: id, count: events.length }, 'published');
  }

  async function work(): Promise<void> {
    while (queue.size > 0 && !stopped) {
      const [key, item] = queue.entries().next().value as [string, { model: Model<any>; id: string }];
      // Taken off before publishing: a flush of the same document meanwhile queues it again, so events
      // written during this publish are not left behind.
      queue.delete(key);
      try {
        await publishDocument(item.model, item.id);
      } catch (error) {
        // Put it back and try again shortly. Nothing is lost: the events stay in the document.
        if (!queue.has(key)) queue.set(key, item);
        options.observer?.failed();
        log.warn({ err: (error as Error).message, subject: item.id }, 'publish failed, will retry');
        retryTimer = setTimeout(() => {
          retryTimer = undefined;
          kick();
        }, 1_000);
        return;
      }
    }
  }

  function kick(): void {
    if (working || stopped) return;
    // Started by a request's write, the relay is not part of that request (its events carry their own trace context).
    working = outsideRequest(work).finally(() => {
      working = undefined;
      if (queue.size > 0 && !retryTimer && !stopped) kick();
    });
  }

  function enqueue(model: Model<any>, id: string): void {
    queue.set(`${model.modelName}\u0000${id}`, { model, id });
    if (!retryTimer) kick();
  }

  let sweeping = false;
  async function sweep(): Promise<void> {
    if (sweeping) return;
    sweeping = true;
    try {
      await sweepModels();
    } finally {
      sweeping = false;
    }
  }

  async function sweepModels(): Promise<void> {
    for (const model of models.values()) {
      const rows = await model.find({ hasPendingEvents: true }, { _id: 1 }).limit(sweepBatch).lean().exec();
      for (const row of rows as { _id: string }[]) enqueue(model, String(row._id));
      if (options.observer) {
        // The backlog gauge costs no query of its own: the sweep's scan counts it (a count only past a full batch).
        const pending = rows.length < sweepBatch ? rows.length : await model.countDocuments({ hasPendingEvents: true }).exec();
        options.observer.pending(model.collection.collectionName, pending);
      }
    }
  }

  return {
    name: 'outbox',
    event(draft, subject) {
      if (serviceOfType(draft.type) !== options.service) throw new Error(`${options.service} cannot publish ${draft.type}`);
      // The trace context of the request writing it, published unchanged: the consumer continues that trace.
      return { ...createEvent({ type: draft.type, subject: draft.subject ?? subject, data: draft.data }), ...activeTraceContext() };
    },
    track: (model) => void models.set(model.modelName, model),
    flush: enqueue,
    async start() {
      await options.bus.ensureTopics([options.topic]);
      await sweep();
      const interval = options.sweepIntervalMs ?? 30_000;
      if (interval > 0) {
        sweepTimer = setInterval(() => {
          sweep().catch((error) => log.warn({ err: (error as Error).message }, 'sweep failed'));
        }, interval);
        sweepTimer.unref();
      }
    },
    async drain() {
      while ((queue.size > 0 || working) && !stopped) {
        await (working ?? new Promise((resolve) => setTimeout(resolve, 50)));
      }
    },
    async stop(deadline) {
      if (sweepTimer) clearInterval(sweepTimer);
      const giveUp = () => {
        stopped = true;
        if (retryTimer) clearTimeout(retryTimer);
      };
      // Flush what the last requests wrote, until the shutdown's time for it is up (a broker that does not answer):
      // whatever is left stays in its documents, and the next start's sweep publishes it.
      deadline?.addEventListener('abort', giveUp, { once: true });
      await this.drain();
      giveUp();
    },
  };
}
