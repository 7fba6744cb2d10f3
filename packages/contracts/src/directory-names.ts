import type { DirectoryNameSink, EventHandlers } from '@hanoi/platform';
import { committeeEvents } from './committee';
import { handle } from './define';

/**
 * The committee's events that name agencies and administrative units, applied to a subgraph's copy of the names
 * (`createDirectoryNames` of @hanoi/platform): what a subgraph needs to provide `Agency.name`/`shortName` and
 * `AdministrativeUnit.name` on the references it returns, and each agency's kind, level and unit (which body of which
 * level a caller's agency is: `bodyOfAgency`).
 */
export const directoryNameEvents = (sink: DirectoryNameSink): EventHandlers => ({
  ...handle(committeeEvents.agencyCreated, ({ agencyId, name, shortName, kind, level, administrativeUnitId }) =>
    sink.agency(agencyId, { name, shortName, kind, level, administrativeUnitId }),
  ),
  ...handle(committeeEvents.agencyCreatedV2, ({ agencyId, name, shortName, kind, level, administrativeUnitId }) =>
    sink.agency(agencyId, { name, shortName, kind, level, administrativeUnitId }),
  ),
  ...handle(committeeEvents.agencyRenamed, ({ agencyId, name, shortName }) => sink.agency(agencyId, { name, shortName })),
  ...handle(committeeEvents.administrativeUnitCreated, ({ administrativeUnitId, name }) => sink.unit(administrativeUnitId, { name })),
  ...handle(committeeEvents.administrativeUnitCreatedV2, ({ administrativeUnitId, name }) => sink.unit(administrativeUnitId, { name })),
  ...handle(committeeEvents.administrativeUnitRenamed, ({ administrativeUnitId, name }) => sink.unit(administrativeUnitId, { name })),
});
