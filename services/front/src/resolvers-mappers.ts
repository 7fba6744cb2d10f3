import type { Connection, RequestContext } from '@hanoi/platform';
import type { CandidateRoundEntry } from './domain/election';
import type { Loaders } from './loaders';
import type { CandidateDoc } from './repositories/candidates';
import type { ElectionConsultationDoc } from './repositories/election-consultations';
import type { SocialCritiqueDoc } from './repositories/social-critiques';
import type { VoterMeetingDoc } from './repositories/voter-meetings';

/** What the front's resolvers receive as context: the caller and the request's loaders. */
export type Context = RequestContext<Loaders>;
/** A candidate's standing in one round, with the candidate it belongs to (CandidateRound). */
export type CandidateRoundParent = CandidateRoundEntry & { candidate: CandidateDoc };
/** One recommendation voters raised at a meeting, as stored in it (RaisedRecommendation). */
export type RaisedRecommendationDoc = VoterMeetingDoc['recommendations'][number];
export type VoterMeetingPage = Connection<VoterMeetingDoc>;
export type SocialCritiquePage = Connection<SocialCritiqueDoc>;
export type ElectionConsultationPage = Connection<ElectionConsultationDoc>;
