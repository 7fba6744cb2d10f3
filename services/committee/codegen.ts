import { resolverCodegen } from '../../scripts/lib/resolver-codegen';

export default resolverCodegen(__dirname, {
  Petition: '@hanoi/platform#EntityReference',
  SupervisionRecommendation: '@hanoi/platform#EntityReference',
  Agency: './repositories/agencies#AgencyDoc',
  AgencyConnection: './resolvers-mappers#AgencyPage',
  AdministrativeUnit: './repositories/administrative-units#AdministrativeUnitDoc',
  AdministrativeUnitConnection: './resolvers-mappers#AdministrativeUnitPage',
  Assignment: './repositories/assignments#AssignmentDoc',
  AssignmentConnection: './resolvers-mappers#AssignmentPage',
});
