import { day, vietnamHolidayCalendar as calendar } from '@hanoi/contracts';
import { ConfigError } from '@hanoi/platform';
import { reminderMail } from '../src/channels/email';
import { loadConfig } from '../src/config';
import { reminderDue, reminderOf, reminderWindow, type TrackedObligation } from '../src/domain/reminders';

const obligation = (dueOn: Date, reminded: TrackedObligation['reminded'] = []): TrackedObligation => ({
  obligationId: 'question:q-3:answer',
  service: 'council',
  kind: 'QUESTION_ANSWER',
  agencyId: 'so-giao-duc-va-dao-tao',
  title: 'Trả lời chất vấn về trường học',
  dueOn,
  subject: { type: 'Question', id: 'q-3' },
  reminded,
});

describe('which reminder an obligation owes', () => {
  // Thursday 12/2/2026, just before Tết (16–20/2): three working days ahead is Tuesday 24/2.
  const window = reminderWindow(day(2026, 2, 12), 3, 30, calendar);

  it('counts the days before in working days, skipping weekends and Tết', () => {
    expect(window.dueSoonBy).toEqual(day(2026, 2, 24));
    expect(reminderDue(obligation(day(2026, 2, 24)), window)).toBe('DUE_SOON');
    expect(reminderDue(obligation(day(2026, 2, 25)), window)).toBeNull();
  });

  it('reminds each type once, overdue only while recent', () => {
    expect(reminderDue(obligation(day(2026, 2, 24), ['DUE_SOON']), window)).toBeNull();
    expect(reminderDue(obligation(day(2026, 2, 11), ['DUE_SOON']), window)).toBe('OVERDUE');
    expect(reminderDue(obligation(day(2026, 2, 11), ['DUE_SOON', 'OVERDUE']), window)).toBeNull();
    expect(reminderDue(obligation(day(2026, 1, 12)), window)).toBeNull();
  });

  it('says ids, kinds, agency, public words, days and a link path, and mails the same', () => {
    const reminder = reminderOf(obligation(day(2026, 2, 24)), 'DUE_SOON', day(2026, 2, 12), calendar);
    expect(reminder).toEqual({
      id: 'question:q-3:answer:DUE_SOON',
      type: 'DUE_SOON',
      obligationId: 'question:q-3:answer',
      kind: 'QUESTION_ANSWER',
      service: 'council',
      agencyId: 'so-giao-duc-va-dao-tao',
      title: 'Trả lời chất vấn về trường học',
      dueOn: '2026-02-24',
      daysLeft: 3,
      subject: { type: 'Question', id: 'q-3' },
      link: '/questions/q-3',
    });
    expect(reminderMail(reminder)).toEqual({
      subject: '[Nhắc hạn] QUESTION_ANSWER đến hạn 2026-02-24 (còn 3 ngày làm việc)',
      text: [
        'Cơ quan: so-giao-duc-va-dao-tao',
        'Nghĩa vụ: QUESTION_ANSWER (SUPERVISION) — Trả lời chất vấn về trường học',
        'Hạn: 2026-02-24',
        'Xem: /questions/q-3',
        'Mã nhắc: question:q-3:answer:DUE_SOON',
      ].join('\n'),
    });
  });
});

describe('the notifier configuration', () => {
  it('defaults to 3 working days through the log, and asks for what a channel needs', () => {
    expect(loadConfig({})).toMatchObject({ REMINDER_DAYS_BEFORE: 3, REMINDER_CHANNEL: 'log', PORT: 4107, REMINDER_CHECK_INTERVAL_MS: 3_600_000 });
    expect(() => loadConfig({ REMINDER_CHANNEL: 'webhook' })).toThrow(ConfigError);
    expect(() => loadConfig({ REMINDER_CHANNEL: 'email', REMINDER_SMTP_URL: 'smtp://mail.hanoi.gov.vn:587' })).toThrow('REMINDER_EMAIL_TO: is required when REMINDER_CHANNEL is email');
  });
});
