import type { Connection, RequestContext } from '@hanoi/platform';
import type { PetitionDoc } from './domain/case';
import type { CaseDeadline } from './domain/case-deadlines';
import type { Loaders } from './loaders';
import type { CitizenReceptionDoc } from './repositories/citizen-receptions';
import type { IdentityAccessDoc } from './repositories/identity-access-log';
import type { ReceptionScheduleDoc } from './repositories/reception-schedules';
import type { RoutingRuleDoc } from './repositories/routing-rules';
import type { Workflows } from './workflows';

/** What petitions' resolvers receive as context: the caller and the request's loaders. */
export type Context = RequestContext<Loaders>;
/** A deadline as the API shows it: with whether its case is still open (an overdue deadline needs an open case). */
export type DeadlineView = CaseDeadline & { caseOpen: boolean };
/** Dashboard counts, each dimension counted only when selected (PetitionCounts). */
export type PetitionCountsParent = ReturnType<Workflows['reporting']['counts']>;
/** A count of cases per value of a dimension (CountBucket, AgencyCountBucket: the agency's id). */
export type CountBucketParent = { key: string; count: number };
/** The routing table's answer (AgencySuggestion). */
export type AgencySuggestionParent = { agencyId: string; legalBasis: string; rule: RoutingRuleDoc | null };
export type PetitionPage = Connection<PetitionDoc>;
export type IdentityAccessPage = Connection<IdentityAccessDoc>;
export type CitizenReceptionPage = Connection<CitizenReceptionDoc>;
export type ReceptionSchedulePage = Connection<ReceptionScheduleDoc>;
