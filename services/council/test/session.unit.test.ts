import { parseCalendarDate as day, formatCalendarDate } from '@hanoi/platform';
import { testEnv } from '@hanoi/platform/testing';
import { loadConfig } from '../src/config';
import { defaultDocumentLeadDays, documentDueOn, opensOnProblem, scheduleCouncilSessionInput, sessionName } from '../src/domain/session';

describe('document due date of a session (hạn gửi tài liệu)', () => {
  it('is the opening day minus 15 calendar days by default', () => {
    expect(defaultDocumentLeadDays).toBe(15);
    expect(formatCalendarDate(documentDueOn(day('2025-12-08')))).toBe('2025-11-23');
  });

  it('counts calendar days across month, year and leap-day boundaries', () => {
    expect(formatCalendarDate(documentDueOn(day('2027-01-05'), 15))).toBe('2026-12-21');
    expect(formatCalendarDate(documentDueOn(day('2028-03-10'), 15))).toBe('2028-02-24');
    expect(formatCalendarDate(documentDueOn(day('2028-03-01'), 1))).toBe('2028-02-29');
    expect(formatCalendarDate(documentDueOn(day('2026-07-08'), 0))).toBe('2026-07-08');
  });

  it('takes its lead days from COUNCIL_DOCUMENT_LEAD_DAYS, 15 when unset, and refuses nonsense', () => {
    expect(loadConfig(testEnv('council')).COUNCIL_DOCUMENT_LEAD_DAYS).toBe(15);
    expect(loadConfig({ ...testEnv('council'), COUNCIL_DOCUMENT_LEAD_DAYS: '20' }).COUNCIL_DOCUMENT_LEAD_DAYS).toBe(20);
    expect(() => loadConfig({ ...testEnv('council'), COUNCIL_DOCUMENT_LEAD_DAYS: '-1' })).toThrow(/COUNCIL_DOCUMENT_LEAD_DAYS/);
  });
});

describe('scheduling input', () => {
  const valid = { term: '2026-2031', number: 3, kind: 'REGULAR', opensOn: day('2026-07-08'), closesOn: day('2026-07-10') };

  it('accepts a one-day session and names it', () => {
    expect(scheduleCouncilSessionInput.safeParse({ ...valid, closesOn: valid.opensOn }).success).toBe(true);
    expect(sessionName('2026-2031', 3)).toBe('Kỳ họp thứ 3, HĐND thành phố khóa XVII');
  });

  it('refuses closesOn before opensOn on the closesOn field', () => {
    const result = scheduleCouncilSessionInput.safeParse({ ...valid, closesOn: day('2026-07-07') });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['closesOn']);
  });

  it('refuses an opening day outside the years of the term, and number 0', () => {
    expect(opensOnProblem('2021-2026', day('2020-12-31'))).toMatch(/term 2021-2026/);
    expect(opensOnProblem('2021-2026', day('2026-01-05'))).toBeUndefined();
    expect(scheduleCouncilSessionInput.safeParse({ ...valid, number: 0 }).error!.issues[0]!.path).toEqual(['number']);
  });
});
