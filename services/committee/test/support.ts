import { callSubgraph, callers, startTestSubgraph } from '@hanoi/platform/testing';
import { administrativeUnits, agencies } from '../../../scripts/seed/directory';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';

/** Starts the committee subgraph on port 0 against the real local FerretDB and Kafka, in its own database. */
export const startCommittee = () => startTestSubgraph('committee', loadConfig, createApp);

export const createAgency = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`;
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
