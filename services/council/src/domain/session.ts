import { agencyLevelSchema } from '@hanoi/contracts';
import { id } from '@hanoi/platform';
import { z } from 'zod';
import { addDays, councilTerms, councilTermSchema, pastOrToday, type CouncilTerm } from './council';

export const councilSessionKinds = ['REGULAR', 'THEMATIC'] as const;
export const councilSessionStatuses = ['SCHEDULED', 'IN_PROGRESS', 'CLOSED'] as const;
export type CouncilSessionStatus = (typeof councilSessionStatuses)[number];

/**
 * Days before a session opens by which presenting agencies must submit their documents, when
 * `COUNCIL_DOCUMENT_LEAD_DAYS` is not set.
 *
 * ASSUMPTION [U]: 15 calendar days is not a confirmed statutory value. The law fixes when documents must
 * reach deputies, while the council's committees need them earlier to review them; the deadline agencies
 * actually work to is set by the council's own working rules and the coordination regulation. Keep it
 * configurable and confirm it with the council's office.
 */
export const defaultDocumentLeadDays = 15;

/** Hạn gửi tài liệu — the opening day minus `leadDays` calendar days. */
export function documentDueOn(opensOn: Date, leadDays: number = defaultDocumentLeadDays): Date {
  return addDays(opensOn, -leadDays);
}

/** "Kỳ họp thứ 12, HĐND thành phố khóa XVI". */
export const sessionName = (term: CouncilTerm, number: number) =>
  `Kỳ họp thứ ${number}, HĐND thành phố khóa ${councilTerms[term].convocation}`;

/**
 * "Kỳ họp thứ 3, HĐND phường Hoàn Kiếm nhiệm kỳ 2021-2026": a commune's council is named by its unit and term (the
 * communes formed on 1 July 2025 number their convocations each their own way, which the directory does not hold).
 */
export const communeSessionName = (term: string, number: number, unitName: string) =>
  `Kỳ họp thứ ${number}, HĐND ${unitName.charAt(0).toLowerCase()}${unitName.slice(1)} nhiệm kỳ ${term}`;

/** A session cannot open outside the years of its term. */
export function opensOnProblem(term: CouncilTerm, opensOn: Date): string | undefined {
  const { firstYear, lastYear } = councilTerms[term];
  const year = opensOn.getUTCFullYear();
  return year < firstYear || year > lastYear ? `must fall within the term ${term}` : undefined;
}

/** Lập kế hoạch kỳ họp. */
export const scheduleCouncilSessionInput = z
  .object({
    term: councilTermSchema,
    number: z.number().int().min(1, 'must be 1 or more').max(200, 'must be at most 200'),
    kind: z.enum(councilSessionKinds),
    opensOn: z.date(),
    closesOn: z.date(),
    /** The standing body holding it when an administrator records it for a commune's council (default: the caller's). */
    councilAgencyId: id.nullish(),
  })
  .superRefine((input, ctx) => {
    const problem = opensOnProblem(input.term, input.opensOn);
    if (problem) ctx.addIssue({ code: 'custom', path: ['opensOn'], message: problem });
    if (input.closesOn.getTime() < input.opensOn.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'cannot be before opensOn' });
    }
  });
export type ScheduleCouncilSessionInput = z.output<typeof scheduleCouncilSessionInput>;

export const councilSessionFilter = z
  .object({
    term: councilTermSchema.nullish(),
    kind: z.enum(councilSessionKinds).nullish(),
    status: z.enum(councilSessionStatuses).nullish(),
    opensFrom: z.date().nullish(),
    opensTo: z.date().nullish(),
    level: agencyLevelSchema.nullish(),
    jurisdictionUnitId: id.nullish(),
  })
  .default({});
export type CouncilSessionFilter = z.output<typeof councilSessionFilter>;

/** Allowed status changes: khai mạc (open) then bế mạc (close). */
export const sessionTransitions = {
  opened: { from: 'SCHEDULED', to: 'IN_PROGRESS' },
  closed: { from: 'IN_PROGRESS', to: 'CLOSED' },
} as const satisfies Record<string, { from: CouncilSessionStatus; to: CouncilSessionStatus }>;

/** Ban hành chương trình kỳ họp: the day the Standing Committee issued the programme (not in the future). */
export const issueSessionProgrammeInput = z.object({ issuedOn: pastOrToday() });
export type IssueSessionProgrammeInput = z.output<typeof issueSessionProgrammeInput>;

/** The programme is issued before the session it orders, at the latest on its opening day. */
export function programmeIssuedOnProblem(issuedOn: Date, session: { opensOn: Date }): string | undefined {
  return issuedOn.getTime() > session.opensOn.getTime() ? 'cannot be after the session opens' : undefined;
}

/** "Chương trình kỳ họp thứ 12": the programme's public title. */
export const programmeTitle = (number: number) => `Chương trình kỳ họp thứ ${number}`;
