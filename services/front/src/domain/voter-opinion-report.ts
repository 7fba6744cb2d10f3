import type { Obligation } from '@hanoi/contracts';
import { derivedId, formatCalendarDate, hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';
import { frontAgencyId } from './organiser';

/**
 * Báo cáo tổng hợp ý kiến, kiến nghị của cử tri: DUE from the day the front learns a regular council session was
 * scheduled, SUBMITTED once it went to the session.
 */
export const voterOpinionReportStatuses = ['DUE', 'SUBMITTED'] as const;
export type VoterOpinionReportStatus = (typeof voterOpinionReportStatuses)[number];

export const submitVoterOpinionReportInput = z.object({
  councilSessionId: id,
  summary: text(20_000),
  submittedOn: z.date().superRefine((submittedOn, ctx) => {
    if (submittedOn.getTime() > hanoiToday().getTime()) ctx.addIssue({ code: 'custom', message: 'cannot be in the future' });
  }),
  recommendationCount: z.number().int().min(0).max(100_000),
});
export type SubmitVoterOpinionReportInput = z.output<typeof submitVoterOpinionReportInput>;

/** A regular session as council scheduled it: its number (kỳ họp thứ N) and opening day. */
export interface ScheduledSession {
  number: number;
  opensOn: Date;
}

/**
 * Only a regular session (kỳ họp thường lệ) takes the front's summary of voters' opinions: voters are met before it
 * (tiếp xúc cử tri trước kỳ họp); a thematic session (chuyên đề) takes none.
 */
export const takesVoterReport = (session: { kind: 'REGULAR' | 'THEMATIC' }): boolean => session.kind === 'REGULAR';

/** One report per session: its id derives from the session's, whether it was first due or submitted unannounced. */
export const voterOpinionReportIdOf = (councilSessionId: string): string => derivedId(councilSessionId, 'voterOpinionReport');

/** Reports stored before reports could be due have no status: they were all submitted. */
export const reportStatusOf = (report: { status?: VoterOpinionReportStatus | null }): VoterOpinionReportStatus => report.status ?? 'SUBMITTED';

/** `2026-12-08` → `08/12/2026`, the way Vietnamese documents write a day. */
const vietnameseDay = (day: Date) => formatCalendarDate(day).split('-').reverse().join('/');

/**
 * The report the front owes a regular session (flow F4): by the session's document deadline, met on the day it was
 * submitted. A report for a session the front was never told of (thematic, or submitted before the schedule came)
 * has no due day and owes nothing.
 */
export function voterOpinionReportObligations(report: {
  _id: string;
  councilSessionId: string;
  dueOn?: Date | null;
  session?: ScheduledSession | null;
  submittedOn: Date | null;
}): Obligation[] {
  if (!report.dueOn || !report.session) return [];
  return [
    {
      obligationId: `voterOpinionReport:${report.councilSessionId}`,
      kind: 'VOTER_OPINION_REPORT',
      agencyId: frontAgencyId,
      dueOn: report.dueOn,
      subject: { type: 'VoterOpinionReport', id: report._id },
      basis: `Quy chế phối hợp: Ủy ban MTTQ Việt Nam thành phố gửi báo cáo tổng hợp ý kiến, kiến nghị của cử tri đến kỳ họp thường lệ (khai mạc ${vietnameseDay(report.session.opensOn)}) theo hạn gửi tài liệu kỳ họp`,
      councilSessionId: report.councilSessionId,
      title: `Báo cáo tổng hợp ý kiến, kiến nghị cử tri — kỳ họp thứ ${report.session.number}`,
      metOn: report.submittedOn,
    },
  ];
}
