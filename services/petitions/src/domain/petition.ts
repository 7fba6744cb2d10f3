import { caseCategorySchema, hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';

export const petitionKinds = ['COMPLAINT', 'SECOND_COMPLAINT', 'DENUNCIATION', 'RECOMMENDATION', 'FEEDBACK', 'VOTER_RECOMMENDATION'] as const;
export const petitionChannels = ['CITIZEN_RECEPTION', 'MAIL', 'ONLINE', 'VOTER_MEETING', 'FORWARDED', 'SUPERVISION'] as const;
export const petitionStatuses = ['RECEIVED', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'] as const;
export type PetitionStatus = (typeof petitionStatuses)[number];

/** Statuses in which a case still needs work (counted as open, can become overdue). */
export const openStatuses: PetitionStatus[] = ['RECEIVED', 'ACCEPTED', 'IN_PROGRESS'];

const notInFuture = (field: string) =>
  z.date().refine((date) => date.getTime() <= hanoiToday().getTime(), `${field} cannot be in the future`);

export const submitPetitionInput = z.object({
  kind: z.enum(petitionKinds),
  channel: z.enum(petitionChannels),
  receivedOn: notInFuture('receivedOn'),
  subject: text(500),
  description: text(20_000).nullish(),
  category: caseCategorySchema,
  administrativeUnitId: id.nullish(),
  agencyId: id,
  receptionId: id.nullish(),
});
export type SubmitPetitionInput = z.output<typeof submitPetitionInput>;

/** A case is overdue when it is still open and its due day has passed (the due day itself is on time). */
export function isOverdue(status: PetitionStatus, dueOn: Date | null, today: Date = hanoiToday()): boolean {
  return dueOn !== null && openStatuses.includes(status) && dueOn.getTime() < today.getTime();
}

/**
 * Folds Vietnamese text for accent-insensitive search: lower case, no diacritics, đ → d.
 * "Đường Hoàn Kiếm" and "duong hoan kiem" fold to the same string.
 */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
