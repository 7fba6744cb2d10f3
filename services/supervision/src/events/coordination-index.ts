import { committeeEvents, eventsByService } from '@hanoi/contracts';
import { conflict, createEventConsumer, parseEvent, type CloudEvent, type Component, type EventHandlers, type ServiceRuntime, type TopicOffset } from '@hanoi/platform';
import { applyObligationChange, emptyObligation, type IndexedObligation, type ObligationChange } from '../domain/coordination-index/read-model';
import type { BuildRecord, CoordinationIndexStore, IndexedAgency } from '../repositories/coordination-index';

/** What an event means to the index: a change of one obligation, an agency of the directory, or nothing. */
type Meaning = { obligation: ObligationChange; service: string } | { agency: IndexedAgency } | null;

const services = Object.keys(eventsByService) as (keyof typeof eventsByService)[];

/** An agency of the directory (`agency.created` v1 or v2): its level ranks it, its unit groups a commune's bodies. */
const agencyMeaning = (data: ReturnType<typeof committeeEvents.agencyCreatedV2.parse>): Meaning => ({
  agency: {
    agencyId: data.agencyId,
    name: data.name,
    shortName: data.shortName,
    kind: data.kind,
    level: data.level,
    parentId: data.parentId ?? null,
    administrativeUnitId: data.administrativeUnitId ?? null,
  },
});

/** Readers of the events the index is built from: every service's `obligation.*` and the committee's agencies. */
const readers: Record<string, (event: CloudEvent) => Meaning> = {
  ...Object.fromEntries(
    services.flatMap((service) => {
      const contracts = eventsByService[service].obligation;
      return (['opened', 'rescheduled', 'met', 'cancelled'] as const).map((verb) => [
        contracts[verb].type,
        (event: CloudEvent): Meaning => ({ service, obligation: { verb, data: contracts[verb].parse(event) } as ObligationChange }),
      ]);
    }),
  ),
  [committeeEvents.agencyCreated.type]: (event) => agencyMeaning(committeeEvents.agencyCreated.parse(event)),
  [committeeEvents.agencyCreatedV2.type]: (event) => agencyMeaning(committeeEvents.agencyCreatedV2.parse(event)),
};

export interface IndexBuildProgress {
  generation: number;
  startedAt: Date;
  /** Messages read from offset 0 so far, of `total` (every message of the six topics up to where the replay ends). */
  read: number;
  total: number;
  /** Obligations written to the new generation so far. */
  written: number;
}

/**
 * Keeps the coordination index's read model (flow F4): a live consumer of the six services' topics applies each
 * obligation event to the active generation; a build replays every topic from offset 0 in memory (the same pure
 * `applyObligationChange`), writes the next generation, points that generation's live consumer at where the replay
 * stopped, and makes it active. The first start builds generation 1; `rebuild` builds the next one on demand.
 */
export function createCoordinationIndexer(runtime: ServiceRuntime, store: CoordinationIndexStore) {
  const { bus, logger } = runtime;
  const log = logger.child({ component: 'coordination-index' });
  const topics = services.map((service) => runtime.topic(service));
  const groupOf = (generation: number) => `${runtime.config.KAFKA_TOPIC_PREFIX}supervision.coordination-index.g${generation}`;
  let live: { generation: number; consumer: Component } | undefined;
  let progress: IndexBuildProgress | undefined;
  let running: Promise<BuildRecord> | undefined;
  let dropping: Promise<void> | undefined;

  function liveHandlers(generation: number): EventHandlers {
    return Object.fromEntries(
      Object.entries(readers).map(([type, read]) => [
        type,
        async (event: CloudEvent, position) => {
          const meaning = read(event);
          if (meaning && 'agency' in meaning) await store.upsertAgency(generation, meaning.agency);
          else if (meaning) await store.applyObligation(generation, meaning.service, meaning.obligation, { id: event.id, ...position });
        },
      ]),
    );
  }

  /**
   * Six topics of three partitions each, handled six partitions at once: an obligation's events share its service's
   * partition (keyed by their subject) and `applyObligation` is serialised per obligation, an agency is one atomic
   * replace. One at a time, the ~1,900 directory events of the city's import held the index back for minutes.
   */
  const liveConsumer = (generation: number, startAt?: TopicOffset[]) =>
    createEventConsumer({
      bus,
      connection: runtime.database.connection,
      logger,
      groupId: groupOf(generation),
      topics,
      handlers: liveHandlers(generation),
      startAt,
      partitionsConcurrently: services.length,
    });

  /** Replays every topic from offset 0 to `ends` into memory. */
  async function replay(ends: TopicOffset[], onMessage: () => void) {
    const rows = new Map<string, IndexedObligation>();
    const directory = new Map<string, IndexedAgency>();
    let eventCount = 0;
    await bus.readUntil(topics, ends, ({ topic, partition, message }) => {
      onMessage();
      let event: CloudEvent;
      try {
        event = parseEvent(message.value);
      } catch {
        return; // not an event: the live consumer sent it to the dead-letter topic
      }
      const read = readers[event.type];
      if (!read) return;
      let meaning: Meaning;
      try {
        meaning = read(event);
      } catch (error) {
        log.warn({ eventId: event.id, err: (error as Error).message }, 'event does not satisfy its contract, skipped');
        return;
      }
      if (!meaning) return;
      eventCount++;
      if ('agency' in meaning) {
        directory.set(meaning.agency.agencyId, meaning.agency);
        return;
      }
      const id = meaning.obligation.data.obligationId;
      const current = rows.get(id) ?? emptyObligation(id, meaning.service);
      rows.set(id, applyObligationChange(current, meaning.obligation, { id: event.id, topic, partition, offset: message.offset }));
    });
    return { rows, directory, eventCount };
  }

  async function build(): Promise<BuildRecord> {
    const state = await store.state();
    const generation = Math.max(state.activeGeneration ?? 0, state.lastBuild?.generation ?? 0) + 1;
    const record: BuildRecord = { generation, startedAt: new Date(), finishedAt: null, eventCount: 0, endOffsets: [] };
    if (!(await store.beginBuild(record))) throw conflict('The coordination index is being rebuilt already; wait for it to finish');
    try {
      const ends = await bus.endOffsets(topics);
      progress = { generation, startedAt: record.startedAt, read: 0, total: ends.reduce((sum, end) => sum + Number(end.offset), 0), written: 0 };
      log.info({ generation, messages: progress.total }, 'building the coordination index from offset 0');
      const { rows, directory, eventCount } = await replay(ends, () => void (progress!.read += 1));
      const replayed = Date.now();
      await store.load(generation, rows.values(), directory.values(), (written) => void (progress!.written = written));
      const loaded = Date.now();
      // The generation's live consumer starts exactly where the replay stopped: nothing is missed or applied twice.
      const next = liveConsumer(generation, ends);
      await next.start?.();
      const done: BuildRecord = { ...record, finishedAt: new Date(), eventCount, endOffsets: ends };
      await store.activate(done);
      const previous = live;
      live = { generation, consumer: next };
      const ms = (from: number, to: number) => to - from;
      log.info(
        { generation, eventCount, obligations: rows.size, replayMs: ms(record.startedAt.getTime(), replayed), loadMs: ms(replayed, loaded), switchMs: ms(loaded, Date.now()) },
        'coordination index built',
      );
      // The previous generation answers no query any more: it is stopped now and deleted in the background.
      if (previous) {
        await previous.consumer.stop?.();
        dropping = store.dropGeneration(previous.generation).catch((error: unknown) => log.warn({ err: (error as Error).message, generation: previous.generation }, 'old generation not deleted; the next build deletes it'));
      }
      return done;
    } catch (error) {
      await store.abandonBuild();
      await store.dropGeneration(generation);
      throw error;
    } finally {
      progress = undefined;
    }
  }

  return {
    name: 'coordination-index',
    async start() {
      await store.init();
      await bus.ensureTopics(topics);
      const state = await store.state();
      if (state.building) {
        // A build a crash interrupted: its rows are incomplete, drop them (a rebuild can be asked again).
        await store.dropGeneration(state.building.generation);
        await store.abandonBuild();
      }
      if (state.activeGeneration === null) {
        await build();
        return;
      }
      const consumer = liveConsumer(state.activeGeneration);
      await consumer.start?.();
      live = { generation: state.activeGeneration, consumer };
    },
    async stop() {
      await running?.catch(() => undefined);
      await dropping;
      await live?.consumer.stop?.();
    },

    /** The read model's state: active generation, last build. */
    state: () => store.state(),
    /** The generation queries read. */
    activeGeneration: async () => (await store.state()).activeGeneration ?? 0,

    /** Starts a rebuild from offset 0 in the background; CONFLICT when one runs. Resolves with its first progress. */
    async rebuild(): Promise<IndexBuildProgress> {
      if (running) throw conflict('The coordination index is being rebuilt already; wait for it to finish');
      running = build().finally(() => {
        running = undefined;
      });
      running.catch((error: unknown) => log.error({ err: (error as Error).message }, 'coordination index rebuild failed'));
      while (!progress && running) await new Promise((resolve) => setTimeout(resolve, 20));
      const state = await store.state();
      return progress ?? { generation: state.lastBuild?.generation ?? 0, startedAt: new Date(), read: 0, total: 0, written: 0 };
    },

    /** The rebuild under way, if any. */
    progress: () => progress,
    /** Resolves when a rebuild under way ends, its old generation deleted (tests, the command line). */
    settled: async () => {
      await running?.catch(() => undefined);
      await dropping;
    },
  };
}

export type CoordinationIndexer = ReturnType<typeof createCoordinationIndexer>;
