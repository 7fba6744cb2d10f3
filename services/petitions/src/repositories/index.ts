import type { Outbox } from '@hanoi/platform';
import type { Connection } from 'mongoose';
import { createCitizenReceptionRepository } from './citizen-receptions';
import { createCouncilSessionReadModel } from './council-sessions';
import { createPetitionRepository } from './petitions';

export function createRepositories(connection: Connection, outbox: Outbox) {
  return {
    petitions: createPetitionRepository(connection, outbox),
    citizenReceptions: createCitizenReceptionRepository(connection, outbox),
    councilSessions: createCouncilSessionReadModel(connection),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
