import type { Logger, Outbox } from '@hanoi/platform';
import type { Connection } from 'mongoose';
import { createAdministrativeUnitRepository, type AdministrativeUnitDoc } from './administrative-units';
import { createAgencyRepository, type AgencyDoc } from './agencies';
import { createAssignmentRepository } from './assignments';
import { createDirectoryCache } from './directory-cache';
import type { PublishEvents } from './insert-missing';

export function createRepositories(connection: Connection, outbox: Outbox, options: { directoryRefreshMs: number; logger: Logger; /** The directory import's batch publishing. */ publish?: PublishEvents }) {
  // Before the directory's models are compiled: its write hooks must be on their schemas (directory-cache.ts).
  const directory = createDirectoryCache(connection, { collections: ['agencies', 'administrative_units'], refreshMs: options.directoryRefreshMs, logger: options.logger });
  const agencies = createAgencyRepository(connection, outbox, options.publish);
  const administrativeUnits = createAdministrativeUnitRepository(connection, outbox, options.publish);
  const agencyCache = directory.cache(connection.model<AgencyDoc>('Agency'));
  const unitCache = directory.cache(connection.model<AdministrativeUnitDoc>('AdministrativeUnit'));
  return {
    /** By-id reads of the directory are answered from memory; lists and searches still query the database. */
    agencies: {
      ...agencies,
      loader: agencyCache.loader,
      findById: agencyCache.findById,
      async parentOf(id: string): Promise<string | null | undefined> {
        const agency = await agencyCache.findById(id);
        return agency ? agency.parentId : undefined;
      },
    },
    administrativeUnits: { ...administrativeUnits, loader: unitCache.loader, findById: unitCache.findById },
    assignments: createAssignmentRepository(connection, outbox),
    /** Loads the directory into memory at start and refreshes it (a lifecycle component). */
    directoryCache: directory.component,
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
