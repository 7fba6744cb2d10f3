import type { AgencyLevel, BodyOfLevel } from '@hanoi/contracts';
import { hanoiToday } from '@hanoi/platform';
import { z } from 'zod';

/** Agency id of the Standing Committee of the City People's Council in the directory. */
export const councilAgencyId = 'council';

/**
 * What a council record keeps of the standing body holding it since the commune level runs the regulation: the body's
 * agency, level and unit (absent on records stored before: the city's).
 */
export interface HeldByCouncil {
  councilAgencyId?: string;
  level?: AgencyLevel;
  jurisdictionUnitId?: string | null;
}

/** The standing body holding a record (the city's for records stored before it was kept). */
export const holdingCouncilOf = (record: HeldByCouncil): string => record.councilAgencyId ?? councilAgencyId;

/** The fields a new record of `body` stores. */
export const heldBy = (body: BodyOfLevel): Required<HeldByCouncil> => ({ councilAgencyId: body.agencyId, level: body.level, jurisdictionUnitId: body.jurisdictionUnitId });

/**
 * Nhiệm kỳ — the council's five-year terms this system knows. The City People's Council of the
 * 2021-2026 term is "khóa XVI"; the 2026-2031 one "khóa XVII".
 */
export const councilTerms = {
  '2021-2026': { firstYear: 2021, lastYear: 2026, convocation: 'XVI' },
  '2026-2031': { firstYear: 2026, lastYear: 2031, convocation: 'XVII' },
} as const;

export type CouncilTerm = keyof typeof councilTerms;
export const councilTermSchema = z.enum(Object.keys(councilTerms) as [CouncilTerm, ...CouncilTerm[]], {
  errorMap: () => ({ message: `must be one of ${Object.keys(councilTerms).join(', ')}` }),
});

/** Ban của HĐND thành phố — the council's committees, which review (thẩm tra) what is presented to a session. */
export const councilCommittees = {
  LEGAL: 'Ban Pháp chế',
  ECONOMY_BUDGET: 'Ban Kinh tế - Ngân sách',
  CULTURE_SOCIAL: 'Ban Văn hóa - Xã hội',
  URBAN: 'Ban Đô thị',
} as const;

export type CouncilCommittee = keyof typeof councilCommittees;
export const councilCommitteeSchema = z.enum(Object.keys(councilCommittees) as [CouncilCommittee, ...CouncilCommittee[]]);

const dayMs = 86_400_000;

/** `date` (a calendar day at midnight UTC) moved by `days` calendar days. */
export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * dayMs);

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: Date, to: Date): number => Math.round((to.getTime() - from.getTime()) / dayMs);

/** Chậm: done after its due day, or not done and the due day has passed (as of `today`, a Hanoi day). */
export const isOverdue = (dueOn: Date, doneOn: Date | null, today: Date = hanoiToday()): boolean =>
  (doneOn ?? today).getTime() > dueOn.getTime();

/** The day something already happened (a programme issued, an answer given): not after today in Hanoi. */
export const pastOrToday = () => z.date().refine((day) => day.getTime() <= hanoiToday().getTime(), 'cannot be in the future');
