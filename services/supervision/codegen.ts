import { resolverCodegen } from '../../scripts/lib/resolver-codegen';

const reference = '@hanoi/platform#EntityReference';

export default resolverCodegen(__dirname, {
  Agency: reference,
  CouncilSession: reference,
  AgendaItem: reference,
  Question: reference,
  Petition: reference,
  Assignment: reference,
  LawConsultation: reference,
  SocialCritique: reference,
  VoterOpinionReport: reference,
  SupervisionProgramme: './repositories/programmes#SupervisionProgrammeDoc',
  SupervisionProgrammeConnection: './resolvers-mappers#SupervisionProgrammePage',
  SupervisionRecommendation: './repositories/recommendations#SupervisionRecommendationDoc',
  SupervisionRecommendationConnection: './resolvers-mappers#SupervisionRecommendationPage',
  ReSupervisionFinding: './repositories/recommendations#ReSupervisionFinding',
  CoordinationTask: './repositories/coordination-tasks#CoordinationTaskDoc',
  CoordinationTaskConnection: './resolvers-mappers#CoordinationTaskPage',
  CoordinationPlan: './repositories/plans#CoordinationPlanDoc',
  CoordinationPlanConnection: './resolvers-mappers#CoordinationPlanPage',
  CoordinationFocalPoint: './repositories/focal-points#FocalPointDoc',
  ObligationItem: './domain/coordination-index/read-model#IndexedObligation',
  CoordinationIndex: './domain/coordination-index/formula#IndexFigure',
  CoordinationIndexComponent: './resolvers-mappers#IndexComponentParent',
  CoordinationIndexRank: './resolvers-mappers#IndexRank',
  CoordinationReview: './resolvers-mappers#Review',
  CoordinationReviewBody: './resolvers-mappers#ReviewBodyParent',
  SatisfactionFigure: './workflows/satisfaction#SatisfactionFigure',
  InboxItem: './workflows/inbox#InboxItem',
  InboxConnection: './resolvers-mappers#InboxPage',
});
