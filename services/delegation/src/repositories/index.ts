import type { Outbox } from '@hanoi/platform';
import type { Connection } from 'mongoose';
import { createContributionRepository } from './contributions';
import { createDeputyRepository } from './deputies';
import { createDisseminationActivityRepository } from './dissemination-activities';
import { createForwardedRecommendationRepository } from './forwarded-recommendations';
import { createLawConsultationRepository } from './law-consultations';

export function createRepositories(connection: Connection, outbox: Outbox) {
  const contributions = createContributionRepository(connection, outbox);
  return {
    deputies: createDeputyRepository(connection, outbox),
    lawConsultations: createLawConsultationRepository(connection, outbox, contributions),
    contributions,
    forwardedRecommendations: createForwardedRecommendationRepository(connection, outbox),
    disseminationActivities: createDisseminationActivityRepository(connection, outbox),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
