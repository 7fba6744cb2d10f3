import { obligationKinds } from '@hanoi/contracts';
import { createTransport } from 'nodemailer';
import type { Reminder } from '../domain/reminders';
import { withRetry, type ReminderChannel } from './channel';

/** The mail of a reminder: what the obligation event said, in Vietnamese with the codes (no personal data). */
export function reminderMail(reminder: Reminder): { subject: string; text: string } {
  const when = reminder.type === 'OVERDUE' ? `quá hạn từ ${reminder.dueOn}` : `đến hạn ${reminder.dueOn} (còn ${reminder.daysLeft} ngày làm việc)`;
  return {
    subject: `[Nhắc hạn] ${reminder.kind} ${when}`,
    text: [
      `Cơ quan: ${reminder.agencyId}`,
      `Nghĩa vụ: ${reminder.kind} (${obligationKinds[reminder.kind].content})${reminder.title ? ` — ${reminder.title}` : ''}`,
      `Hạn: ${reminder.dueOn}${reminder.type === 'OVERDUE' ? ' (đã quá hạn)' : ''}`,
      `Xem: ${reminder.link}`,
      `Mã nhắc: ${reminder.id}`,
    ].join('\n'),
  };
}

/**
 * Mails each reminder through an SMTP server (nodemailer) to `to` (comma-separated; `{agency}` becomes the agency
 * id), retried with backoff; nodemailer's own errors (a refused recipient included) are retried the same way.
 */
export function emailChannel(options: { smtpUrl: string; from: string; to: string; attempts: number; firstDelayMs: number }): ReminderChannel {
  const transport = createTransport(options.smtpUrl);
  return {
    name: 'email',
    send: (reminder) => {
      const mail = { from: options.from, to: options.to.replaceAll('{agency}', reminder.agencyId), ...reminderMail(reminder), headers: { 'X-Reminder-Id': reminder.id } };
      return withRetry(async () => void (await transport.sendMail(mail)), options);
    },
  };
}
