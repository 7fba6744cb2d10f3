import { hanoiToday, id } from '@hanoi/platform';
import { z } from 'zod';

/**
 * Hội thẩm nhân dân: the city People's Council elects the jurors of the city court and of the regional courts on the
 * city Fatherland Front Committee's nomination, and their term is the electing council's (Luật Tổ chức Tòa án nhân
 * dân 2024, as amended 2025). A council's term runs from its first session to the first session of the next
 * council (Luật Tổ chức chính quyền địa phương): so a juror's term ends when the next term's first session opens.
 */
export const peoplesJurorStatuses = ['NOMINATED', 'ELECTED'] as const;
export type PeoplesJurorStatus = (typeof peoplesJurorStatuses)[number];

/** The term after `term` (`2026-2031` → `2031-2036`): five years on. */
export function nextCouncilTerm(term: string): string {
  const [first, last] = term.split('-').map(Number) as [number, number];
  return `${last}-${last + (last - first)}`;
}

/** Why a nominee cannot be elected at this session on this day, with the input field at fault, or undefined. */
export function electionProblem(
  juror: { status: PeoplesJurorStatus; term: string },
  session: { term: string; opensOn: Date; closesOn: Date },
  electedOn: Date,
): { field: 'councilSessionId' | 'electedOn'; message: string; conflict?: boolean } | undefined {
  if (juror.status !== 'NOMINATED') return { field: 'councilSessionId', message: `the juror is already ${juror.status}`, conflict: true };
  if (session.term !== juror.term) {
    return { field: 'councilSessionId', message: `the juror was nominated for the ${juror.term} council; this session is of ${session.term}` };
  }
  if (electedOn.getTime() < session.opensOn.getTime() || electedOn.getTime() > session.closesOn.getTime()) {
    return { field: 'electedOn', message: 'must fall within the session (the council elects jurors at a session)' };
  }
  return undefined;
}

/** The juror's term: from the electing vote to the opening of the next council's first session (null until scheduled). */
export const jurorTerm = (termStartsOn: Date | null, nextTermFirstSession: { opensOn: Date } | null | undefined) => ({
  termStartsOn,
  termEndsOn: termStartsOn && nextTermFirstSession ? nextTermFirstSession.opensOn : null,
});

/** Serving on `day`: elected, the term begun and not yet ended. */
export const isServing = (term: { termStartsOn: Date | null; termEndsOn: Date | null }, day: Date = hanoiToday()): boolean =>
  term.termStartsOn !== null && term.termStartsOn.getTime() <= day.getTime() && (term.termEndsOn === null || day.getTime() < term.termEndsOn.getTime());

export const electPeoplesJurorInput = z.object({
  /** The session that voted. */
  councilSessionId: id,
  electedOn: z.date().refine((day) => day.getTime() <= hanoiToday().getTime(), 'cannot be in the future'),
  /** The electing resolution, when recorded. */
  resolutionId: id.nullish().transform((value) => value ?? null),
});
export type ElectPeoplesJurorInput = z.output<typeof electPeoplesJurorInput>;

export const peoplesJurorFilter = z
  .object({
    term: z.string().trim().max(20).nullish(),
    status: z.enum(peoplesJurorStatuses).nullish(),
    courtLevel: z.enum(['CITY', 'REGIONAL']).nullish(),
  })
  .default({});
export type PeoplesJurorFilter = z.output<typeof peoplesJurorFilter>;
