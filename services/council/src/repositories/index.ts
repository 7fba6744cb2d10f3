import type { Outbox } from '@hanoi/platform';
import type { Connection } from 'mongoose';
import { createAgendaItemRepository } from './agenda-items';
import { createCouncilDeputyRepository } from './council-deputies';
import { createCouncilSessionRepository } from './council-sessions';
import { createQuestionRepository } from './questions';
import { createResolutionRepository } from './resolutions';

export function createRepositories(connection: Connection, outbox: Outbox, options: { documentLeadDays: number }) {
  return {
    councilDeputies: createCouncilDeputyRepository(connection, outbox),
    councilSessions: createCouncilSessionRepository(connection, outbox, options),
    agendaItems: createAgendaItemRepository(connection, outbox),
    questions: createQuestionRepository(connection, outbox),
    resolutions: createResolutionRepository(connection, outbox),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
