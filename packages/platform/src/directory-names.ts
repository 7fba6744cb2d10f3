import { randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { EachMessagePayload } from 'kafkajs';
import type { EventHandlers } from './events/consumer';
import { parseEvent } from './events/envelope';
import type { Component } from './lifecycle';
import type { ServiceRuntime } from './subgraph';

/** What a subgraph keeps of the committee's directory to name the agencies and units it refers to. */
export interface DirectoryNameSink {
  /** An agency's names and, from its created event, its kind, level and unit (a rename keeps those). */
  agency(id: string, names: DirectoryAgencyEntry): Promise<void>;
  unit(id: string, names: { name: string }): Promise<void>;
}

/** What a subgraph keeps of an agency: its names, and what its created event said of its kind, level and unit. */
export interface DirectoryAgencyEntry {
  name: string;
  shortName: string;
  kind?: string;
  level?: string;
  administrativeUnitId?: string | null;
}

/** How long a name not known yet is waited for (the agency was created a moment ago and its event is on its way), ms. */
const missWaitMs = 2_000;
const missPollMs = 50;

/** The parent a subgraph's resolver returned for an Agency / AdministrativeUnit: a reference `{ id }`, or a document. */
type Reference = { id?: string; _id?: string; name?: string; shortName?: string };

/**
 * The names of the committee's agencies and administrative units, for a subgraph that returns references to them and
 * declares it provides their names (`presentingAgency: Agency @provides(fields: "name shortName")`, the names
 * `@external` on its `Agency`): the gateway then takes the names from this subgraph's answer instead of fetching
 * every list of references from the committee (the session dossier: 14 fetches, 9 of them to the committee, became 5).
 *
 * Held in memory only, so it writes nothing (a directory import publishes a thousand events; on FerretDB a thousand
 * writes in each of four subgraphs would slow everything): at start the committee's topic is read from offset 0 up to
 * its end (`readUntil`, a throwaway group) before the subgraph serves, then followed live by a consumer group of this
 * process alone (every replica sees every event; names are as current as the committee's events, a fraction of a
 * second). The events (`agency.created` / `.renamed`, `administrativeUnit.created` v1 and v2 / `.renamed`) are mapped
 * by `events`, from the contracts. A name still unknown is waited for 2 s (its event may be on its way); one unknown
 * after that makes its field a NOT_FOUND error (the reference itself becomes null where it is nullable).
 */
export function createDirectoryNames(runtime: ServiceRuntime, options: { events: (sink: DirectoryNameSink) => EventHandlers }) {
  const agencyNames = new Map<string, DirectoryAgencyEntry>();
  const unitNames = new Map<string, { name: string }>();
  const handlers = options.events({
    agency: async (id, names) => void agencyNames.set(id, { ...agencyNames.get(id), ...names }),
    unit: async (id, names) => void unitNames.set(id, names),
  });
  const topic = runtime.topic('committee');
  const apply = async ({ topic: from, partition, message }: EachMessagePayload) => {
    const event = parseEvent(message.value);
    await handlers[event.type]?.(event, { topic: from, partition, offset: message.offset });
  };
  let live: { stop(): Promise<void> } | undefined;

  async function lookup<T>(kind: 'Agency' | 'AdministrativeUnit', reference: Reference, names: Map<string, T>): Promise<T> {
    const id = reference.id ?? reference._id ?? '';
    const deadline = Date.now() + missWaitMs;
    for (;;) {
      const known = names.get(id);
      if (known) return known;
      if (Date.now() >= deadline) {
        throw new GraphQLError(`${kind} ${id} is not in the ${runtime.service} subgraph's copy of the directory`, { extensions: { code: 'NOT_FOUND', type: kind, id } });
      }
      await new Promise((resolve) => setTimeout(resolve, missPollMs));
    }
  }

  return {
    /**
     * The agency as the directory describes it (kind, level, unit), waited for like a name; undefined when it is still
     * unknown after that (authorization treats it as no body of the regulation).
     */
    agency: (id: string): Promise<DirectoryAgencyEntry | undefined> => lookup('Agency', { id }, agencyNames).catch(() => undefined),
    /** The agency as far as the events read so far describe it, without waiting (event consumers: nothing to wait for). */
    knownAgency: (id: string): DirectoryAgencyEntry | undefined => agencyNames.get(id),
    /** A unit's current name, waited for like any name; undefined when it is still unknown after that. */
    unitName: async (id: string): Promise<string | undefined> => (await lookup('AdministrativeUnit', { id }, unitNames).catch(() => undefined))?.name,
    /** Reads the names so far before the subgraph serves, then follows new ones: add it to the subgraph's components. */
    component: {
      name: 'directory names',
      async start() {
        await runtime.bus.ensureTopics([topic]);
        const ends = await runtime.bus.endOffsets([topic]);
        await runtime.bus.readUntil([topic], ends, apply);
        const groupId = `${runtime.config.KAFKA_TOPIC_PREFIX}${runtime.service}.directory-names.${randomBytes(4).toString('hex')}`;
        live = await runtime.bus.subscribe({ groupId, topics: [topic], startAt: ends, eachMessage: apply });
      },
      async stop() {
        await live?.stop();
      },
    } satisfies Component,
    /**
     * `resolvers` with the provided names of agencies and units added to its `Agency` and `AdministrativeUnit` (a
     * parent that carries its own name, a document of this service's, keeps it).
     */
    withNames<R extends Record<string, object | undefined>>(resolvers: R): R {
      return {
        ...resolvers,
        Agency: {
          ...resolvers.Agency,
          name: async (parent: Reference) => parent.name ?? (await lookup('Agency', parent, agencyNames)).name,
          shortName: async (parent: Reference) => parent.shortName ?? (await lookup('Agency', parent, agencyNames)).shortName,
        },
        AdministrativeUnit: {
          ...resolvers.AdministrativeUnit,
          name: async (parent: Reference) => parent.name ?? (await lookup('AdministrativeUnit', parent, unitNames)).name,
        },
      };
    },
  };
}
