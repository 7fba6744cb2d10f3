import type { Outbox } from '@hanoi/platform';
import type { Connection } from 'mongoose';
import { createCoordinationTaskRepository } from './coordination-tasks';
import { createProgrammeRepository } from './programmes';
import { createRecommendationRepository } from './recommendations';

export function createRepositories(connection: Connection, outbox: Outbox) {
  return {
    programmes: createProgrammeRepository(connection, outbox),
    recommendations: createRecommendationRepository(connection, outbox),
    coordinationTasks: createCoordinationTaskRepository(connection, outbox),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
