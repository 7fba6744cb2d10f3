import type { Repositories } from './repositories';

/** Per-request loaders: one query per entity type (or grouping) per request. */
export function createLoaders(repositories: Repositories) {
  return {
    petition: repositories.petitions.loader(),
    petitionsByVoterMeeting: repositories.petitions.byVoterMeetingLoader(),
    petitionsByDueSession: repositories.petitions.byDueSessionLoader(),
    petitionsByReception: repositories.petitions.byReceptionLoader(),
    openCaseCountByAgency: repositories.petitions.openCountByAgencyLoader(),
    citizenReception: repositories.citizenReceptions.loader(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
