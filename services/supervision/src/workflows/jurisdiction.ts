import type { AgencyLookup, Jurisdiction } from '@hanoi/contracts';
import { badInput } from '@hanoi/platform';

/**
 * A commune's bodies address only the agencies serving their own unit (its People's Committee, council and front, as
 * the directory places them): each of `agencyIds` outside it is BAD_USER_INPUT at `field(index)`, before anything is
 * written. The city's bodies address any agency.
 */
export async function checkAddresseesInJurisdiction(jurisdiction: Jurisdiction, agencyIds: readonly string[], field: (index: number) => string, lookup: AgencyLookup): Promise<void> {
  if (jurisdiction.level === 'CITY') return;
  const agencies = await Promise.all(agencyIds.map((agencyId) => lookup(agencyId)));
  agencies.forEach((agency, index) => {
    if (agency?.administrativeUnitId !== jurisdiction.jurisdictionUnitId) {
      throw badInput(field(index), `${agencyIds[index]} does not serve ${jurisdiction.jurisdictionUnitId}: a commune's bodies address the agencies of their own unit`);
    }
  });
}
