import type { Caller, CloudEvent } from '@hanoi/platform';
import { callSubgraph, callers, collectEvents, startTestSubgraph } from '@hanoi/platform/testing';
import { cityAgencies } from '../../../scripts/seed/directory';
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
 * Loads the directory as the demo does, as an administrator: the city bodies and departments one by one, then Hanoi's
 * units and their People's Committees in one `importHanoiDirectory`; throws on any error.
 */
export async function seedDirectory(url: string) {
  for (const input of cityAgencies) {
    const result = await callSubgraph(url, createAgency, { input }, callers.admin);
    if (result.errors) throw new Error(`seeding ${input.id}: ${JSON.stringify(result.errors)}`);
  }
  const imported = await callSubgraph(url, `mutation { importHanoiDirectory { unitsCreated agenciesCreated } }`, {}, callers.admin);
  if (imported.errors) throw new Error(`importing: ${JSON.stringify(imported.errors)}`);
  return imported.data!.importHanoiDirectory as { unitsCreated: number; agenciesCreated: number };
}
