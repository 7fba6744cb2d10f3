import type { Connection, RequestContext } from '@hanoi/platform';
import type { Loaders } from './loaders';
import type { AdministrativeUnitDoc } from './repositories/administrative-units';
import type { AgencyDoc } from './repositories/agencies';
import type { AssignmentDoc } from './repositories/assignments';

/** What the committee's resolvers receive as context: the caller and the request's loaders. */
export type Context = RequestContext<Loaders>;
export type AgencyPage = Connection<AgencyDoc>;
export type AdministrativeUnitPage = Connection<AdministrativeUnitDoc>;
export type AssignmentPage = Connection<AssignmentDoc>;
