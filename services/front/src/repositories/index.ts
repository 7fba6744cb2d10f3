import type { Outbox } from '@hanoi/platform';
import type { Connection } from 'mongoose';
import { createCandidateRepository } from './candidates';
import { createConstituencyRepository } from './constituencies';
import { createConstituencyResultRepository } from './constituency-results';
import { createElectionConsultationRepository } from './election-consultations';
import { createPeoplesJurorNominationRepository } from './peoples-juror-nominations';
import { createSocialCritiqueRepository } from './social-critiques';
import { createVoterConferenceRepository } from './voter-conferences';
import { createVoterMeetingRepository } from './voter-meetings';
import { createVoterOpinionReportRepository } from './voter-opinion-reports';

export function createRepositories(connection: Connection, outbox: Outbox) {
  return {
    voterMeetings: createVoterMeetingRepository(connection, outbox),
    socialCritiques: createSocialCritiqueRepository(connection, outbox),
    electionConsultations: createElectionConsultationRepository(connection, outbox),
    candidates: createCandidateRepository(connection, outbox),
    voterOpinionReports: createVoterOpinionReportRepository(connection, outbox),
    constituencies: createConstituencyRepository(connection, outbox),
    voterConferences: createVoterConferenceRepository(connection, outbox),
    constituencyResults: createConstituencyResultRepository(connection, outbox),
    peoplesJurorNominations: createPeoplesJurorNominationRepository(connection, outbox),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
