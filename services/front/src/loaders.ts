import type { Repositories } from './repositories';

/** Per-request loaders: every entity type resolves in one batched query per request. */
export function createLoaders(repositories: Repositories) {
  return {
    voterMeeting: repositories.voterMeetings.loader(),
    voterMeetingsBySession: repositories.voterMeetings.bySessionPages(),
    heldVoterMeetingsByNationalAssemblyDeputy: repositories.voterMeetings.heldByNationalAssemblyDeputyPages(),
    heldVoterMeetingsByCouncilDeputy: repositories.voterMeetings.heldByCouncilDeputyPages(),
    socialCritique: repositories.socialCritiques.loader(),
    electionConsultation: repositories.electionConsultations.loader(),
    candidate: repositories.candidates.loader(),
    candidatesByConsultation: repositories.candidates.byConsultationLoader(),
    voterOpinionReport: repositories.voterOpinionReports.loader(),
    voterOpinionReportBySession: repositories.voterOpinionReports.bySessionLoader(),
    constituency: repositories.constituencies.loader(),
    constituenciesByCandidate: repositories.constituencies.byCandidateLoader(),
    voterConference: repositories.voterConferences.loader(),
    voterConferencesByCandidate: repositories.voterConferences.byCandidateLoader(),
    constituencyResult: repositories.constituencyResults.loader(),
    peoplesJurorNomination: repositories.peoplesJurorNominations.loader(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
