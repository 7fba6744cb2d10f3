import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';

/**
 * Phổ biến, giáo dục pháp luật — Luật Phổ biến, giáo dục pháp luật 2012. Forms of dissemination (art. 11): press
 * conferences and releases; in person; legal counselling and guidance; the mass media, loudspeakers, posters; the
 * internet; legal knowledge contests; through trials and the handling of violations; woven into cultural activities,
 * clubs and legal bookcases; other forms.
 */
export const disseminationForms = ['PRESS_CONFERENCE', 'DIRECT', 'COUNSELLING', 'MASS_MEDIA', 'INTERNET', 'CONTEST', 'TRIAL_OR_SANCTION', 'CULTURAL_ACTIVITY', 'OTHER'] as const;
export type DisseminationForm = (typeof disseminationForms)[number];

/**
 * Who an activity reached: cadres and civil servants (art. 15), residents, students (art. 24 ff.), workers in
 * enterprises, businesses, ethnic minorities (art. 17), people with disabilities, people in detention (arts. 17-23
 * name the groups needing particular attention), other.
 */
export const audienceKinds = ['CADRES_CIVIL_SERVANTS', 'RESIDENTS', 'STUDENTS', 'WORKERS', 'BUSINESSES', 'ETHNIC_MINORITIES', 'PEOPLE_WITH_DISABILITIES', 'DETAINEES', 'OTHER'] as const;
export type AudienceKind = (typeof audienceKinds)[number];

export const recordDisseminationActivityInput = z.object({
  /** The body (agency) that held it. */
  bodyAgencyId: id,
  heldOn: z.date().refine((day) => day.getTime() <= hanoiToday().getTime(), 'cannot be in the future'),
  form: z.enum(disseminationForms),
  /** Titles of the laws (and other legal texts) disseminated, each once. */
  laws: z
    .array(text(300))
    .min(1, 'must name at least one law')
    .max(20, 'must name at most 20 laws')
    .transform((laws) => [...new Set(laws)]),
  /** Each kind of audience once, with how many it reached. */
  audiences: z
    .array(z.object({ kind: z.enum(audienceKinds), count: z.number().int('must be a whole number').min(1, 'must be at least 1').max(50_000_000, 'is too large') }))
    .min(1, 'must name at least one audience')
    .max(audienceKinds.length)
    .superRefine((audiences, ctx) => {
      if (new Set(audiences.map((audience) => audience.kind)).size !== audiences.length) ctx.addIssue({ code: 'custom', message: 'names a kind of audience twice' });
    }),
  /** Where, or the channel (at most 500 characters). */
  place: text(500).nullish().transform((place) => place ?? null),
  summary: text(4_000).nullish().transform((summary) => summary ?? null),
});
export type RecordDisseminationActivityInput = z.output<typeof recordDisseminationActivityInput>;

export const disseminationActivityFilter = z
  .object({
    bodyAgencyId: id.nullish(),
    form: z.enum(disseminationForms).nullish(),
    audienceKind: z.enum(audienceKinds).nullish(),
    heldFrom: z.date().nullish(),
    heldTo: z.date().nullish(),
    /** Part of a law's title; case and diacritics ignored. */
    law: z.string().trim().max(200, 'must be at most 200 characters').nullish(),
  })
  .default({})
  .superRefine((filter, ctx) => {
    if (filter.heldFrom && filter.heldTo && filter.heldFrom.getTime() > filter.heldTo.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['heldTo'], message: 'cannot be before heldFrom' });
    }
  });
export type DisseminationActivityFilter = z.output<typeof disseminationActivityFilter>;

/** People reached: the audiences' counts added up. */
export const audienceTotal = (audiences: readonly { count: number }[]): number => audiences.reduce((sum, audience) => sum + audience.count, 0);
