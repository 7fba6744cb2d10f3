import type { AgencyLevel, BodyOfLevel } from '@hanoi/contracts';

/** Agency id of the city Fatherland Front Committee (Ủy ban MTTQ Việt Nam thành phố). */
export const frontAgencyId = 'front';

/**
 * The front committee that organises a meeting or a critique and owes what it implies. Documents written before
 * the organiser was kept were all the city committee's.
 */
export const organiserOf = (doc: { organiserAgencyId?: string | null }): string => doc.organiserAgencyId ?? frontAgencyId;

/**
 * What a meeting or critique keeps of the Front committee organising it since the commune level runs the regulation:
 * the committee, its level and unit (absent on documents written before: the city's).
 */
export interface Organised {
  organiserAgencyId?: string | null;
  level?: AgencyLevel | null;
  jurisdictionUnitId?: string | null;
}

/** The fields a new meeting or critique of `body` stores. */
export const organisedBy = (body: BodyOfLevel) => ({ organiserAgencyId: body.agencyId, level: body.level, jurisdictionUnitId: body.jurisdictionUnitId });
