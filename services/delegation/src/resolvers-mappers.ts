import type { Connection, RequestContext } from '@hanoi/platform';
import type { Loaders } from './loaders';
import type { NationalAssemblyDeputyDoc } from './repositories/deputies';
import type { ForwardedVoterRecommendationDoc } from './repositories/forwarded-recommendations';
import type { LawConsultationDoc } from './repositories/law-consultations';

/** What the delegation's resolvers receive as context: the caller and the request's loaders. */
export type Context = RequestContext<Loaders>;
export type NationalAssemblyDeputyPage = Connection<NationalAssemblyDeputyDoc>;
export type LawConsultationPage = Connection<LawConsultationDoc>;
export type ForwardedVoterRecommendationPage = Connection<ForwardedVoterRecommendationDoc>;
