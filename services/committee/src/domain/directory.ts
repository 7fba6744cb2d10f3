import { z } from 'zod';

/** Directory ids are lowercase ASCII slugs (`so-xay-dung`, `phuong-hoan-kiem`): stable, readable, URL-safe. */
export const slug = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'is too long')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as so-xay-dung');

/** Adds the "validFrom must not be after validTo" rule to an input schema. */
export function checkValidity(input: { validFrom?: Date | null; validTo?: Date | null }, ctx: z.RefinementCtx): void {
  if (input.validFrom && input.validTo && input.validFrom.getTime() > input.validTo.getTime()) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'must not be before validFrom' });
  }
}
