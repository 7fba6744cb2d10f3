/**
 * Folds Vietnamese text for accent-insensitive search: lower case, tone and vowel marks removed, đ → d,
 * single spaces ("Phường  Hoàn Kiếm" → "phuong hoan kiem"), so a search typed without diacritics finds it.
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

/** The folded words of a search; each must appear in the folded text searched. */
export const searchWords = (search: string | null | undefined): string[] =>
  search ? foldVietnamese(search).split(' ').filter(Boolean) : [];

/** Escapes regular-expression metacharacters so a user's words match literally (`$regex`). */
export const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** A validity period of a dated record (a unit, an agency): null bounds are open. */
export interface Validity {
  validFrom: Date | null;
  validTo: Date | null;
}

/** Whether something with this validity existed on `date` (both bounds inclusive, calendar days). */
export function isValidOn(validity: Validity, date: Date): boolean {
  const time = date.getTime();
  return (validity.validFrom == null || validity.validFrom.getTime() <= time) && (validity.validTo == null || validity.validTo.getTime() >= time);
}
