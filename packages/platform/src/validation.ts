import { z } from 'zod';

/** Today's calendar day in Hanoi (UTC+7, no daylight saving), as midnight UTC like stored `Date`s. */
export function hanoiToday(now: Date = new Date()): Date {
  const local = new Date(now.getTime() + 7 * 3_600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

/** Bounded text: trims, refuses empty and over-long values (limits in characters). */
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
export const id = z.string().trim().min(1, 'must not be empty').max(100, 'is too long');
