import { hanoiToday, text } from '@hanoi/platform';
import { z } from 'zod';

/**
 * Hội thẩm nhân dân of the city court and of the regional courts are elected by the city People's Council on the
 * nomination of the city Fatherland Front Committee; their term is the electing council's (Luật Tổ chức Tòa án nhân
 * dân 2024, as amended 2025).
 */
export const courtLevels = ['CITY', 'REGIONAL'] as const;
export type CourtLevel = (typeof courtLevels)[number];

export const nominatePeoplesJurorInput = z
  .object({
    fullName: text(200),
    courtLevel: z.enum(courtLevels),
    /** Tòa án nhân dân khu vực N: required for REGIONAL, absent for CITY. */
    courtRegion: z.number().int('must be a whole number').min(1, 'must be at least 1').max(99, 'must be at most 99').nullish().transform((region) => region ?? null),
    /** The council term the juror would serve, e.g. 2026-2031. */
    councilTerm: z.string().trim().regex(/^\d{4}-\d{4}$/, 'must look like 2026-2031'),
    nominatedOn: z.date().refine((day) => day.getTime() <= hanoiToday().getTime(), 'cannot be in the future'),
  })
  .superRefine((input, ctx) => {
    if (input.courtLevel === 'REGIONAL' && input.courtRegion === null) ctx.addIssue({ code: 'custom', path: ['courtRegion'], message: 'is required for a regional court' });
    if (input.courtLevel === 'CITY' && input.courtRegion !== null) ctx.addIssue({ code: 'custom', path: ['courtRegion'], message: 'must be absent for the city court' });
  });
export type NominatePeoplesJurorInput = z.output<typeof nominatePeoplesJurorInput>;
