import { resolverCodegen } from '../../scripts/lib/resolver-codegen';

const reference = '@hanoi/platform#EntityReference';

export default resolverCodegen(__dirname, {
  AdministrativeUnit: reference,
  Agency: reference,
  VoterMeeting: reference,
  CouncilSession: reference,
  ForwardedVoterRecommendation: reference,
  Petition: './domain/case#PetitionDoc',
  PetitionConnection: './resolvers-mappers#PetitionPage',
  PetitionSatisfaction: './domain/satisfaction#Satisfaction',
  Deadline: './resolvers-mappers#DeadlineView',
  HistoryEntry: './domain/case#HistoryEntry',
  HolidayYear: './domain/holiday-calendar#StoredHolidayYear',
  DuplicateCandidate: './workflows/merge#DuplicateCandidate',
  PetitionCounts: './resolvers-mappers#PetitionCountsParent',
  CountBucket: './resolvers-mappers#CountBucketParent',
  AgencyCountBucket: './resolvers-mappers#CountBucketParent',
  RoutingRule: './repositories/routing-rules#RoutingRuleDoc',
  AgencySuggestion: './resolvers-mappers#AgencySuggestionParent',
  IdentityAccess: './repositories/identity-access-log#IdentityAccessDoc',
  IdentityAccessConnection: './resolvers-mappers#IdentityAccessPage',
  CitizenReception: './repositories/citizen-receptions#CitizenReceptionDoc',
  CitizenReceptionConnection: './resolvers-mappers#CitizenReceptionPage',
  ReceptionSchedule: './repositories/reception-schedules#ReceptionScheduleDoc',
  ReceptionScheduleConnection: './resolvers-mappers#ReceptionSchedulePage',
  ReceptionDay: './workflows/reception#ScheduledReceptionDay',
});
