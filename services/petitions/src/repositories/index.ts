import type { Outbox } from '@hanoi/platform';
import type { Connection } from 'mongoose';
import { createCitizenReceptionRepository } from './citizen-receptions';
import { createCouncilSessionReadModel } from './council-sessions';
import { createDirectoryReadModel } from './directory';
import { createHolidayYearRepository } from './holiday-years';
import { createIdentityAccessLog } from './identity-access-log';
import { createPetitionRepository } from './petitions';
import { createReceptionScheduleRepository } from './reception-schedules';
import { createRoutingRuleRepository } from './routing-rules';

export function createRepositories(connection: Connection, outbox: Outbox, options: { directoryWaitMs: number }) {
  return {
    petitions: createPetitionRepository(connection, outbox),
    citizenReceptions: createCitizenReceptionRepository(connection, outbox),
    receptionSchedules: createReceptionScheduleRepository(connection, outbox),
    councilSessions: createCouncilSessionReadModel(connection),
    directory: createDirectoryReadModel(connection, options.directoryWaitMs),
    routingRules: createRoutingRuleRepository(connection, outbox),
    identityAccessLog: createIdentityAccessLog(connection),
    holidayYears: createHolidayYearRepository(connection, outbox),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
