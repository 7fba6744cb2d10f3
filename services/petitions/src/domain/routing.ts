/**
 * The competent agency when intake names none. The People's Committee answers voter recommendations
 * and resolves matters in its competence (domain.md); finer rules (kind × category × level) are data
 * the routing table will hold.
 */
export const defaultCompetentAgencyId = 'committee';

export const competentAgencyFor = (addressedToAgencyId: string | null | undefined) => addressedToAgencyId ?? defaultCompetentAgencyId;
