import { PermanentSendError, withRetry, type ReminderChannel } from './channel';

/**
 * POSTs each reminder as JSON to `url`, with `Idempotency-Key: <reminder id>` (a receiver that saw it already can
 * ignore it: after a crash between sending and recording, a reminder is sent again) and the bearer token when set.
 * A 2xx answer delivers it; 408, 429, 5xx, a timeout or a network failure are retried with backoff; other answers
 * are not.
 */
export function webhookChannel(options: { url: string; token?: string; timeoutMs: number; attempts: number; firstDelayMs: number }): ReminderChannel {
  async function post(body: string, id: string): Promise<void> {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': id, ...(options.token && { authorization: `Bearer ${options.token}` }) },
      body,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    await response.arrayBuffer();
    if (response.ok) return;
    const message = `webhook answered ${response.status}`;
    throw response.status >= 500 || response.status === 408 || response.status === 429 ? new Error(message) : new PermanentSendError(message);
  }
  return {
    name: 'webhook',
    send: (reminder) => {
      const body = JSON.stringify(reminder);
      return withRetry(() => post(body, reminder.id), options);
    },
  };
}
