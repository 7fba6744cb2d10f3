import type { Outbox } from '@hanoi/platform';
import type { Connection } from 'mongoose';
import { createAdministrativeUnitRepository } from './administrative-units';
import { createAgencyRepository } from './agencies';
import { createAssignmentRepository } from './assignments';

export function createRepositories(connection: Connection, outbox: Outbox) {
  return {
    agencies: createAgencyRepository(connection, outbox),
    administrativeUnits: createAdministrativeUnitRepository(connection, outbox),
    assignments: createAssignmentRepository(connection, outbox),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
