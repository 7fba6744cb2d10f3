import { createHash, randomUUID } from 'node:crypto';

/** New random id for an aggregate created by a user request. */
export const newId = (): string => randomUUID();

/**
 * Id derived from an event and a position in it (a UUID-shaped SHA-256 prefix), so that a consumer
 * creating documents from an event writes the same ids on redelivery and the unique `_id` rejects copies.
 */
export function derivedId(eventId: string, ...parts: (string | number)[]): string {
  const hex = createHash('sha256').update([eventId, ...parts].join('\u0000')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
