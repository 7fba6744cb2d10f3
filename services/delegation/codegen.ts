import { resolverCodegen } from '../../scripts/lib/resolver-codegen';

export default resolverCodegen(__dirname, {
  Agency: '@hanoi/platform#EntityReference',
  Candidate: '@hanoi/platform#EntityReference',
  NationalAssemblyDeputy: './repositories/deputies#NationalAssemblyDeputyDoc',
  NationalAssemblyDeputyConnection: './resolvers-mappers#NationalAssemblyDeputyPage',
  LawConsultation: './repositories/law-consultations#LawConsultationDoc',
  LawConsultationConnection: './resolvers-mappers#LawConsultationPage',
  Contribution: './repositories/contributions#ContributionDoc',
  ForwardedVoterRecommendation: './repositories/forwarded-recommendations#ForwardedVoterRecommendationDoc',
  ForwardedVoterRecommendationConnection: './resolvers-mappers#ForwardedVoterRecommendationPage',
  VoterMeeting: '@hanoi/platform#EntityReference',
  AdministrativeUnit: '@hanoi/platform#EntityReference',
  DisseminationActivity: './repositories/dissemination-activities#DisseminationActivityDoc',
  DisseminationActivityConnection: './resolvers-laws#DisseminationActivityPage',
});
