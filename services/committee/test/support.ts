import type { Caller, CloudEvent } from '@hanoi/platform';
import { callSubgraph, callers, collectEvents, startTestSubgraph } from '@hanoi/platform/testing';
import { administrativeUnits, agencies } from '../../../scripts/seed/directory';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';

/** Starts the committee subgraph on port 0 against the real local FerretDB and Kafka, in its own database. */
export const startCommittee = () => startTestSubgraph('committee', loadConfig, createApp);

export type Committee = Awaited<ReturnType<typeof startCommittee>>;

export const createAgency = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`;

/** A clerk of Sở Xây dựng, the department the cases and recommendations of the tests are assigned to. */
export const sxdClerk: Caller = { subject: 'sxd-clerk-1', agency: 'so-xay-dung', roles: ['clerk'] };

/** The committee, the front (outside it) and one department under it. */
const assignmentDirectory = [
  { id: 'committee', name: 'Ủy ban nhân dân thành phố Hà Nội', shortName: 'UBND thành phố', kind: 'CITY_BODY', level: 'CITY' },
  { id: 'front', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội', shortName: 'Ủy ban MTTQ Việt Nam thành phố', kind: 'CITY_BODY', level: 'CITY' },
  { id: 'so-xay-dung', name: 'Sở Xây dựng thành phố Hà Nội', shortName: 'Sở Xây dựng', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
];

/**
 * Starts the committee with the small directory assignments need, and reads back everything it publishes (the way
 * petitions and supervision would). `publish` sends events to another service's topic as that service would.
 */
export async function startAssigningCommittee() {
  const committee = await startCommittee();
  for (const input of assignmentDirectory) {
    const result = await callSubgraph(committee.url, createAgency, { input });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  }
  const published = await collectEvents(committee.config.KAFKA_BROKERS, committee.app.runtime.topic('committee'));
  return {
    committee,
    /** Every event the committee published, once each. */
    published: published.events,
    publish: (service: 'petitions' | 'supervision', event: CloudEvent) => committee.app.runtime.bus.publish(committee.app.runtime.topic(service), [event]),
    async stop() {
      await published.stop();
      await committee.stop();
    },
  };
}

export const answerAssignment = (fields: string) =>
  `mutation($id: ID!, $input: AnswerAssignmentInput!) { answerAssignment(id: $id, input: $input) { ${fields} } }`;
export const createUnit = `mutation($input: CreateAdministrativeUnitInput!) { createAdministrativeUnit(input: $input) { id } }`;

/**
 * Loads the seed directory (scripts/seed/directory.ts) through the API as an administrator; throws on any error.
 * Rows go in dependency layers (a row waits for the rows it links to), each layer a few requests at a time.
 */
export async function seedDirectory(url: string) {
  const unitLinks = (row: (typeof administrativeUnits)[number]) => [...(row.predecessorIds ?? []), ...(row.parentId ? [row.parentId] : [])];
  const agencyLinks = (row: (typeof agencies)[number]) => (row.parentId ? [row.parentId] : []);
  await seedInLayers(url, createUnit, administrativeUnits, unitLinks);
  await seedInLayers(url, createAgency, agencies, agencyLinks);
}

async function seedInLayers<T extends { id: string }>(url: string, mutation: string, rows: T[], links: (row: T) => string[]) {
  const done = new Set<string>();
  let pending = rows;
  while (pending.length > 0) {
    const layer = pending.filter((row) => links(row).every((id) => done.has(id) || !pending.some((other) => other.id === id)));
    if (layer.length === 0) throw new Error('seed rows link in a cycle');
    for (let start = 0; start < layer.length; start += 8) {
      await Promise.all(
        layer.slice(start, start + 8).map(async (input) => {
          const result = await callSubgraph(url, mutation, { input }, callers.admin);
          if (result.errors) throw new Error(`seeding ${input.id}: ${JSON.stringify(result.errors)}`);
        }),
      );
    }
    layer.forEach((row) => done.add(row.id));
    pending = pending.filter((row) => !done.has(row.id));
  }
}
