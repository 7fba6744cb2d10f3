import { createGroupLoader } from '@hanoi/platform';
import { pendingAgencyIds } from './domain/law-consultation';
import type { Repositories } from './repositories';
import type { LawConsultationDoc } from './repositories/law-consultations';

/**
 * Agency.consultationsOwed for every agency in a request: one query for the OPEN consultations that invited
 * any of them, one for those agencies' contributions to these consultations (skipped when there is none).
 * Each consultation is grouped under the requested agencies that still owe it a contribution.
 */
function consultationsOwedLoader(repositories: Repositories) {
  return createGroupLoader<LawConsultationDoc & { owedBy: string[] }>(
    async (agencyIds) => {
      const consultations = await repositories.lawConsultations.findOpenInviting(agencyIds);
      if (consultations.length === 0) return [];
      const contributions = await repositories.contributions.findFor(
        consultations.map((consultation) => consultation._id),
        agencyIds,
      );
      return consultations.map((consultation) => ({
        ...consultation,
        owedBy: pendingAgencyIds(
          consultation.invitedAgencyIds,
          contributions.filter((row) => row.consultationId === consultation._id).map((row) => row.agencyId),
        ),
      }));
    },
    (row) => row.owedBy,
  );
}

/** Per-request loaders: every entity type resolves in one batched query per request. */
export function createLoaders(repositories: Repositories) {
  return {
    nationalAssemblyDeputy: repositories.deputies.loader(),
    nationalAssemblyDeputiesByCandidate: repositories.deputies.byCandidateLoader(),
    lawConsultation: repositories.lawConsultations.loader(),
    contribution: repositories.contributions.loader(),
    contributionsByConsultation: repositories.contributions.byConsultationLoader(),
    forwardedRecommendation: repositories.forwardedRecommendations.loader(),
    consultationsOwed: consultationsOwedLoader(repositories),
    disseminationActivity: repositories.disseminationActivities.loader(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
