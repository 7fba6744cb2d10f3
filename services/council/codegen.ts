import { resolverCodegen } from '../../scripts/lib/resolver-codegen';

export default resolverCodegen(__dirname, {
  AdministrativeUnit: '@hanoi/platform#EntityReference',
  Agency: '@hanoi/platform#EntityReference',
  Candidate: '@hanoi/platform#EntityReference',
  CouncilDeputy: './repositories/council-deputies#CouncilDeputyDoc',
  CouncilDeputyConnection: './resolvers-mappers#CouncilDeputyPage',
  CouncilSession: './repositories/council-sessions#CouncilSessionDoc',
  CouncilSessionConnection: './resolvers-mappers#CouncilSessionPage',
  AgendaItem: './repositories/agenda-items#AgendaItemDoc',
  Question: './repositories/questions#QuestionDoc',
  QuestionConnection: './resolvers-mappers#QuestionPage',
  Resolution: './repositories/resolutions#ResolutionDoc',
  ResolutionConnection: './resolvers-mappers#ResolutionPage',
  PeoplesJuror: './repositories/peoples-jurors#PeoplesJurorDoc',
  PeoplesJurorNomination: '@hanoi/platform#EntityReference',
  PeoplesJurorConnection: './resolvers-jurors#PeoplesJurorPage',
});
