import type { Outbox } from '@hanoi/platform';
import type { Connection } from 'mongoose';
import { createCandidateRepository } from './candidates';
import { createElectionConsultationRepository } from './election-consultations';
import { createSocialCritiqueRepository } from './social-critiques';
import { createVoterMeetingRepository } from './voter-meetings';
import { createVoterOpinionReportRepository } from './voter-opinion-reports';

export function createRepositories(connection: Connection, outbox: Outbox) {
  return {
    voterMeetings: createVoterMeetingRepository(connection, outbox),
    socialCritiques: createSocialCritiqueRepository(connection, outbox),
    electionConsultations: createElectionConsultationRepository(connection, outbox),
    candidates: createCandidateRepository(connection, outbox),
    voterOpinionReports: createVoterOpinionReportRepository(connection, outbox),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
