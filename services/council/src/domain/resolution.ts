import { id, text } from '@hanoi/platform';
import { z } from 'zod';

/** Nghị quyết kinds; PEOPLES_JURORS_ELECTION is the election of people's jurors (bầu Hội thẩm nhân dân). */
export const resolutionKinds = [
  'REGULATION',
  'SOCIO_ECONOMIC',
  'BUDGET',
  'PUBLIC_INVESTMENT',
  'PERSONNEL',
  'PEOPLES_JURORS_ELECTION',
  'SUPERVISION',
  'OTHER',
] as const;
export type ResolutionKind = (typeof resolutionKinds)[number];

/**
 * Số nghị quyết: "12/NQ-HĐND" (individual resolutions) or "05/2024/NQ-HĐND" (legal normative ones).
 * Vietnamese text may arrive decomposed, so it is NFC-normalised before the check.
 */
export const resolutionNumberPattern = /^\d{1,4}\/(\d{4}\/)?NQ-HĐND$/;

export const resolutionNumber = z
  .string()
  .trim()
  .transform((value) => value.normalize('NFC'))
  .pipe(z.string().regex(resolutionNumberPattern, 'must look like 12/NQ-HĐND or 05/2024/NQ-HĐND'));

/** A resolution is adopted during its session: between the opening and closing days, inclusive. */
export function adoptedOnProblem(adoptedOn: Date, session: { opensOn: Date; closesOn: Date }): string | undefined {
  const day = adoptedOn.getTime();
  return day < session.opensOn.getTime() || day > session.closesOn.getTime() ? 'must fall within the session' : undefined;
}

/**
 * Numbering restarts every year ("12/NQ-HĐND" exists in 2025 and in 2026): a number is unique within the year of
 * adoption. A legal normative number carries its year, which must then be the year of adoption.
 */
export const numberingYear = (adoptedOn: Date) => adoptedOn.getUTCFullYear();

export function numberYearProblem(number: string, adoptedOn: Date): string | undefined {
  const year = /^\d{1,4}\/(\d{4})\//.exec(number)?.[1];
  return year && Number(year) !== numberingYear(adoptedOn) ? `carries the year ${year}, but the resolution is adopted in ${numberingYear(adoptedOn)}` : undefined;
}

export const createResolutionInput = z
  .object({
    councilSessionId: id,
    number: resolutionNumber,
    title: text(1_000),
    adoptedOn: z.date(),
    kind: z.enum(resolutionKinds),
  })
  .superRefine((input, ctx) => {
    const problem = numberYearProblem(input.number, input.adoptedOn);
    if (problem) ctx.addIssue({ code: 'custom', path: ['number'], message: problem });
  });
export type CreateResolutionInput = z.output<typeof createResolutionInput>;

export const resolutionFilter = z
  .object({ councilSessionId: id.nullish(), kind: z.enum(resolutionKinds).nullish() })
  .default({});
export type ResolutionFilter = z.output<typeof resolutionFilter>;
