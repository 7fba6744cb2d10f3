import type { Outbox } from '@hanoi/platform';
import type { Connection } from 'mongoose';
import type { DeadlineRules } from '../domain/obligations';
import { createAgendaItemRepository } from './agenda-items';
import { createCouncilDeputyRepository } from './council-deputies';
import { createCouncilSessionRepository } from './council-sessions';
import { createPeoplesJurorRepository } from './peoples-jurors';
import { createQuestionRepository } from './questions';
import { createResolutionRepository } from './resolutions';

export function createRepositories(connection: Connection, outbox: Outbox, rules: DeadlineRules) {
  return {
    councilDeputies: createCouncilDeputyRepository(connection, outbox),
    councilSessions: createCouncilSessionRepository(connection, outbox, rules),
    agendaItems: createAgendaItemRepository(connection, outbox, rules),
    questions: createQuestionRepository(connection, outbox, rules),
    resolutions: createResolutionRepository(connection, outbox),
    peoplesJurors: createPeoplesJurorRepository(connection, outbox),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
