import { backOff } from 'exponential-backoff';
import type { Reminder } from '../domain/reminders';

/** Where reminders go: a channel delivers one reminder, retrying as it sees fit, and throws when it could not. */
export interface ReminderChannel {
  readonly name: string;
  send(reminder: Reminder): Promise<void>;
}

/** A failure retrying cannot fix (the receiver refused the request itself: 4xx other than 408 and 429). */
export class PermanentSendError extends Error {
  override readonly name = 'PermanentSendError';
}

/**
 * Runs a send with up to `attempts` tries, waiting `firstDelayMs` then doubling (at most 60 s) with full jitter —
 * `exponential-backoff`'s policy; a PermanentSendError is not retried.
 */
export const withRetry = (send: () => Promise<void>, options: { attempts: number; firstDelayMs: number }) =>
  backOff(send, {
    numOfAttempts: options.attempts,
    startingDelay: options.firstDelayMs,
    timeMultiple: 2,
    maxDelay: 60_000,
    jitter: 'full',
    retry: (error: unknown) => !(error instanceof PermanentSendError),
  });
