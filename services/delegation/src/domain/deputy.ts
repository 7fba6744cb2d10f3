import { foldVietnamese, id, text } from '@hanoi/platform';
import { z } from 'zod';

/** Hanoi elects its National Assembly deputies in 10 constituencies (đơn vị bầu cử) for the 15th NA (2021-2026). */
export const hanoiConstituencyCount = 10;

/** The constituency as officials write it. */
export const constituencyName = (constituency: number) => `Đơn vị bầu cử số ${constituency}`;

/** A National Assembly term lasts five years. */
export const termYears = 5;

/** Khóa: a Roman numeral and the term's years, e.g. `XV (2021-2026)`. */
const termPattern = /^([IVXLC]+) \((\d{4})-(\d{4})\)$/;

/** Why `term` is not a valid NA term label, or undefined when it is. */
export function termProblem(term: string): string | undefined {
  const match = termPattern.exec(term);
  if (!match) return 'must be a Roman numeral and the years, e.g. "XV (2021-2026)"';
  if (Number(match[3]) - Number(match[2]) !== termYears) return `must span ${termYears} years`;
  return undefined;
}

const constituency = z
  .number()
  .int('must be a whole number')
  .min(1, `must be 1 to ${hanoiConstituencyCount}`)
  .max(hanoiConstituencyCount, `must be 1 to ${hanoiConstituencyCount}`);

const term = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = termProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const createNationalAssemblyDeputyInput = z.object({
  fullName: text(200),
  constituency,
  term,
  fullTime: z.boolean(),
  workplace: text(500).nullish().transform((workplace) => workplace ?? null),
  /** The front's candidate (ứng cử viên) elected as this deputy, when known: at most one deputy per candidate. */
  candidateId: id.nullish().transform((candidateId) => candidateId ?? null),
});
export type CreateNationalAssemblyDeputyInput = z.output<typeof createNationalAssemblyDeputyInput>;

export const nationalAssemblyDeputyFilter = z.object({
  constituency: z.number().int().nullish(),
  term: z.string().trim().max(50).nullish(),
  fullTime: z.boolean().nullish(),
  search: z.string().trim().max(200, 'must be at most 200 characters').nullish(),
});
export type NationalAssemblyDeputyFilter = z.output<typeof nationalAssemblyDeputyFilter>;

/** Sort key of the deputy list: constituency (zero-padded), then folded name. */
export const deputySortKey = (constituency: number, fullName: string) =>
  `${String(constituency).padStart(2, '0')} ${foldVietnamese(fullName)}`;
