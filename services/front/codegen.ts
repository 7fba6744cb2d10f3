import { resolverCodegen } from '../../scripts/lib/resolver-codegen';

export default resolverCodegen(__dirname, {
  Agency: '@hanoi/platform#EntityReference',
  AdministrativeUnit: '@hanoi/platform#EntityReference',
  NationalAssemblyDeputy: '@hanoi/platform#EntityReference',
  CouncilDeputy: '@hanoi/platform#EntityReference',
  CouncilSession: '@hanoi/platform#EntityReference',
  VoterMeeting: './repositories/voter-meetings#VoterMeetingDoc',
  VoterMeetingConnection: './resolvers-mappers#VoterMeetingPage',
  RaisedRecommendation: './resolvers-mappers#RaisedRecommendationDoc',
  SocialCritique: './repositories/social-critiques#SocialCritiqueDoc',
  SocialCritiqueConnection: './resolvers-mappers#SocialCritiquePage',
  ElectionConsultation: './repositories/election-consultations#ElectionConsultationDoc',
  ElectionConsultationConnection: './resolvers-mappers#ElectionConsultationPage',
  Candidate: './repositories/candidates#CandidateDoc',
  CandidateRound: './resolvers-mappers#CandidateRoundParent',
  VoterOpinionReport: './repositories/voter-opinion-reports#VoterOpinionReportDoc',
});
