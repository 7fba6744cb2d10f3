import { z } from 'zod';

/**
 * Subject categories of citizens' cases and voters' recommendations (the list petitions routes on).
 * Codes are stable API values; labels are the Vietnamese names officials use.
 */
export const caseCategories = {
  LAND_HOUSING: 'Đất đai, nhà ở',
  CONSTRUCTION_URBAN_ORDER: 'Xây dựng, trật tự đô thị',
  ENVIRONMENT: 'Môi trường',
  TRANSPORT: 'Giao thông',
  SOCIAL_POLICY: 'Chính sách xã hội',
  HEALTH: 'Y tế',
  EDUCATION: 'Giáo dục',
  MISCONDUCT_CORRUPTION: 'Tiêu cực, tham nhũng',
  OTHER: 'Khác',
} as const;

export type CaseCategory = keyof typeof caseCategories;
export const caseCategorySchema = z.enum(Object.keys(caseCategories) as [CaseCategory, ...CaseCategory[]]);

/** Today's calendar day in Hanoi (UTC+7, no daylight saving), as midnight UTC like stored `Date`s. */
export function hanoiToday(now: Date = new Date()): Date {
  const local = new Date(now.getTime() + 7 * 3_600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

/** Bounded text: trims, refuses empty and over-long values (limits in characters). */
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
export const id = z.string().trim().min(1, 'must not be empty').max(100, 'is too long');
