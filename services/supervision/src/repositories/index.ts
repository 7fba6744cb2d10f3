import type { Outbox } from '@hanoi/platform';
import type { Connection } from 'mongoose';
import { createCoordinationIndexStore } from './coordination-index';
import { createCoordinationTaskRepository } from './coordination-tasks';
import { createFocalPointRepository } from './focal-points';
import { createHolidayYearReadModel } from '@hanoi/contracts';
import { createWeightsRepository } from './index-weights';
import { createPlanRepository } from './plans';
import { createProgrammeRepository } from './programmes';
import { createRecommendationRepository } from './recommendations';
import { createSatisfactionReadModel } from './satisfaction';

export function createRepositories(connection: Connection, outbox: Outbox) {
  return {
    programmes: createProgrammeRepository(connection, outbox),
    recommendations: createRecommendationRepository(connection, outbox),
    coordinationTasks: createCoordinationTaskRepository(connection, outbox),
    plans: createPlanRepository(connection, outbox),
    focalPoints: createFocalPointRepository(connection),
    weights: createWeightsRepository(connection, outbox),
    coordinationIndex: createCoordinationIndexStore(connection),
    holidayYears: createHolidayYearReadModel(connection),
    satisfaction: createSatisfactionReadModel(connection),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
