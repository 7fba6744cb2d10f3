import { z } from 'zod';

/** Directory ids are lowercase ASCII slugs (`so-xay-dung`, `phuong-hoan-kiem`): stable, readable, URL-safe. */
export const slug = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'is too long')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as so-xay-dung');

/**
 * Folds Vietnamese text for accent-insensitive search: lowercase, diacritics removed, đ → d, spaces collapsed
 * ("Phường Hoàn Kiếm" → "phuong hoan kiem").
 */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a search, folded; each must appear in the folded name. */
export const searchWords = (search: string | null | undefined): string[] =>
  search ? foldVietnamese(search).split(' ').filter(Boolean) : [];

export const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A validity period: null bounds are open (before the records began / still valid). */
export interface Validity {
  validFrom: Date | null;
  validTo: Date | null;
}

/** Whether something with this validity existed on `date` (both bounds inclusive, calendar days). */
export function isValidOn(validity: Validity, date: Date): boolean {
  const time = date.getTime();
  return (validity.validFrom == null || validity.validFrom.getTime() <= time) && (validity.validTo == null || validity.validTo.getTime() >= time);
}

/** Adds the "validFrom must not be after validTo" rule to an input schema. */
export function checkValidity(input: { validFrom?: Date | null; validTo?: Date | null }, ctx: z.RefinementCtx): void {
  if (input.validFrom && input.validTo && input.validFrom.getTime() > input.validTo.getTime()) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'must not be before validFrom' });
  }
}
