import type { Connection } from '@hanoi/platform';
import type { IndexComponent, IndexFigure } from './domain/coordination-index/formula';
import type { CoordinationTaskDoc } from './repositories/coordination-tasks';
import type { CoordinationPlanDoc } from './repositories/plans';
import type { SupervisionProgrammeDoc } from './repositories/programmes';
import type { SupervisionRecommendationDoc } from './repositories/recommendations';
import type { CoordinationIndexWorkflows } from './workflows/coordination-index';
import type { inboxWorkflows } from './workflows/inbox';

/** What supervision's resolvers receive as context: the caller and the request's loaders. */
export type { Context } from './workflows/context';
export type SupervisionProgrammePage = Connection<SupervisionProgrammeDoc>;
export type SupervisionRecommendationPage = Connection<SupervisionRecommendationDoc>;
export type CoordinationTaskPage = Connection<CoordinationTaskDoc>;
export type CoordinationPlanPage = Connection<CoordinationPlanDoc>;
/** A caller's inbox page, with the day it looks ahead to (InboxConnection). */
export type InboxPage = Awaited<ReturnType<ReturnType<typeof inboxWorkflows>['of']>>;
/** A component of an index, with the weights version of its figure (CoordinationIndexComponent). */
export type IndexComponentParent = IndexComponent & { weightsVersion: number };
/** An agency's place in a ranking (CoordinationIndexRank). */
export type IndexRank = { rank: number | null; figure: IndexFigure };
/** A periodic review (CoordinationReview) and one body in it (CoordinationReviewBody). */
export type Review = Awaited<ReturnType<CoordinationIndexWorkflows['review']>>;
export type ReviewBodyParent = Review['bodies'][number];
