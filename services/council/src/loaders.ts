import type { Repositories } from './repositories';

/** Per-request loaders: every entity type resolves in one batched query per request. */
export function createLoaders(repositories: Repositories) {
  return {
    councilDeputy: repositories.councilDeputies.loader(),
    councilDeputiesByCandidate: repositories.councilDeputies.byCandidateLoader(),
    councilSession: repositories.councilSessions.loader(),
    agendaItem: repositories.agendaItems.loader(),
    agendaItemsBySession: repositories.agendaItems.bySessionLoader(),
    agendaItemsByAgency: repositories.agendaItems.byAgencyLoader(),
    question: repositories.questions.loader(),
    questionsBySession: repositories.questions.bySessionLoader(),
    resolution: repositories.resolutions.loader(),
    resolutionsBySession: repositories.resolutions.bySessionLoader(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
