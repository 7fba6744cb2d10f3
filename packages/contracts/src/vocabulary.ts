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

/** Mức độ hài lòng — what a petitioner said of a resolved case's outcome (petitions records it, supervision counts it). */
export const satisfactionLevels = ['SATISFIED', 'PARTLY', 'DISSATISFIED'] as const;
export type SatisfactionLevel = (typeof satisfactionLevels)[number];
