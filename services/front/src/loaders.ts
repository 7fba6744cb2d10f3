import type { Repositories } from './repositories';

/** Per-request loaders: every entity type resolves in one batched query per request. */
export function createLoaders(repositories: Repositories) {
  return {
    voterMeeting: repositories.voterMeetings.loader(),
    voterMeetingsBySession: repositories.voterMeetings.bySessionLoader(),
    heldVoterMeetingsByNationalAssemblyDeputy: repositories.voterMeetings.heldByNationalAssemblyDeputyLoader(),
    heldVoterMeetingsByCouncilDeputy: repositories.voterMeetings.heldByCouncilDeputyLoader(),
    socialCritique: repositories.socialCritiques.loader(),
    electionConsultation: repositories.electionConsultations.loader(),
    candidate: repositories.candidates.loader(),
    candidatesByConsultation: repositories.candidates.byConsultationLoader(),
    voterOpinionReport: repositories.voterOpinionReports.loader(),
    voterOpinionReportBySession: repositories.voterOpinionReports.bySessionLoader(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
