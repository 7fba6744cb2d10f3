import { id, text } from '@hanoi/platform';
import { z } from 'zod';

export const electionKinds = ['NATIONAL_ASSEMBLY', 'PEOPLES_COUNCIL', 'PEOPLES_JURORS'] as const;
/** The Law on Election of NA and People's Council Deputies 2015 (arts. 38, 43, 50) holds three consultation rounds. */
export const consultationRounds = 3;

export const createElectionConsultationInput = z.object({
  election: z.enum(electionKinds),
  round: z.number().int().min(1, `must be 1 to ${consultationRounds}`).max(consultationRounds, `must be 1 to ${consultationRounds}`),
  heldOn: z.date(),
});
export type CreateElectionConsultationInput = z.output<typeof createElectionConsultationInput>;

export const nominateCandidateInput = z.object({
  consultationId: id,
  fullName: text(200),
  nominatedByAgencyId: id,
});
export type NominateCandidateInput = z.output<typeof nominateCandidateInput>;

export const submitVoterOpinionReportInput = z.object({
  councilSessionId: id,
  summary: text(20_000),
  submittedOn: z.date(),
  recommendationCount: z.number().int().min(0).max(100_000),
});
export type SubmitVoterOpinionReportInput = z.output<typeof submitVoterOpinionReportInput>;
