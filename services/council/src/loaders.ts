import type { Repositories } from './repositories';

/** Per-request loaders: every entity type resolves in one batched query per request. */
export function createLoaders(repositories: Repositories) {
  return {
    councilDeputy: repositories.councilDeputies.loader(),
    councilDeputiesByCandidate: repositories.councilDeputies.byCandidateLoader(),
    councilSession: repositories.councilSessions.loader(),
    agendaItem: repositories.agendaItems.loader(),
    agendaItemsBySession: repositories.agendaItems.bySessionLoader(),
    /** Agency.agendaItems(lateOnly, first, after): one query per set of arguments asked for in the request. */
    agendaItemsByAgency: repositories.agendaItems.byAgencyPages(),
    question: repositories.questions.loader(),
    questionsBySession: repositories.questions.bySessionLoader(),
    resolution: repositories.resolutions.loader(),
    resolutionsBySession: repositories.resolutions.bySessionLoader(),
    peoplesJuror: repositories.peoplesJurors.loader(),
    firstSessionByTerm: repositories.councilSessions.firstSessionByTermLoader(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
