import type { Connection, RequestContext } from '@hanoi/platform';
import type { Loaders } from './loaders';
import type { CouncilDeputyDoc } from './repositories/council-deputies';
import type { CouncilSessionDoc } from './repositories/council-sessions';
import type { QuestionDoc } from './repositories/questions';
import type { ResolutionDoc } from './repositories/resolutions';

/** What the council's resolvers receive as context: the caller and the request's loaders. */
export type Context = RequestContext<Loaders>;
export type CouncilDeputyPage = Connection<CouncilDeputyDoc>;
export type CouncilSessionPage = Connection<CouncilSessionDoc>;
export type QuestionPage = Connection<QuestionDoc>;
export type ResolutionPage = Connection<ResolutionDoc>;
