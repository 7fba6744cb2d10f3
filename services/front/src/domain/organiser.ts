/** Agency id of the city Fatherland Front Committee (Ủy ban MTTQ Việt Nam thành phố). */
export const frontAgencyId = 'front';

/**
 * The front committee that organises a meeting or a critique and owes what it implies. Documents written before
 * the organiser was kept were all the city committee's.
 */
export const organiserOf = (doc: { organiserAgencyId?: string | null }): string => doc.organiserAgencyId ?? frontAgencyId;
