import { caseCategorySchema } from '@hanoi/contracts';
import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';

export const petitionKinds = ['COMPLAINT', 'SECOND_COMPLAINT', 'DENUNCIATION', 'RECOMMENDATION', 'FEEDBACK', 'VOTER_RECOMMENDATION'] as const;
export type PetitionKind = (typeof petitionKinds)[number];
export const petitionChannels = ['CITIZEN_RECEPTION', 'MAIL', 'ONLINE', 'VOTER_MEETING', 'FORWARDED', 'SUPERVISION'] as const;
export type PetitionChannel = (typeof petitionChannels)[number];
export const petitionStatuses = ['RECEIVED', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'] as const;
export type PetitionStatus = (typeof petitionStatuses)[number];

/** Statuses in which a case still needs work (counted as open, can become overdue). */
export const openStatuses: PetitionStatus[] = ['RECEIVED', 'ACCEPTED', 'IN_PROGRESS'];

/** Limits on what one case may carry (bad input beyond them is refused, nothing written). */
export const limits = {
  subject: 500,
  description: 20_000,
  petitioners: 50,
  attachments: 20,
  relatedCases: 20,
  cooperatingAgencies: 20,
  /** Largest attachment whose metadata we record (the file itself is kept elsewhere). */
  attachmentBytes: 1_073_741_824,
} as const;

const notInFuture = (field: string) =>
  z.date().refine((date) => date.getTime() <= hanoiToday().getTime(), `${field} cannot be in the future`);

/** A phone number as people write it: digits with optional +, spaces, dots or dashes. */
const phone = z
  .string()
  .trim()
  .max(30, 'must be at most 30 characters')
  .regex(/^\+?[0-9][0-9 .-]{5,24}$/, 'must be a phone number (digits, optional +, spaces, dots or dashes)');

/** Căn cước / CMND (9 or 12 digits) or a passport number; spaces people write in it are dropped. */
const nationalId = z
  .string()
  .max(40, 'is too long')
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^[0-9A-Za-z]{6,20}$/, 'must be 6 to 20 letters or digits (căn cước, CMND or passport number)'));

/** Người khiếu nại / tố cáo / kiến nghị: one petitioner or co-signer. The first listed is the lead (người đại diện). */
export const petitionerInput = z.object({
  fullName: text(200),
  address: text(500).nullish(),
  phone: phone.nullish(),
  nationalId: nationalId.nullish(),
});
export type PetitionerInput = z.output<typeof petitionerInput>;

/** Metadata of a document the citizen handed in (the file lives in the document store, not here). */
export const attachmentInput = z.object({
  fileName: text(255),
  mediaType: z
    .string()
    .trim()
    .max(127, 'must be at most 127 characters')
    .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i, 'must be a media type such as application/pdf'),
  sizeBytes: z.number().int().min(0, 'cannot be negative').max(limits.attachmentBytes, `must be at most ${limits.attachmentBytes} bytes`),
  sha256: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters')
    .transform((value) => value.toLowerCase()),
  receivedOn: notInFuture('receivedOn'),
});
export type AttachmentInput = z.output<typeof attachmentInput>;

/** Unique ids in a list (a case linked twice to the same case, or co-led twice by one agency, is a mistake). */
const uniqueIds = (max: number) =>
  z
    .array(id)
    .max(max, `at most ${max}`)
    .superRefine((ids, ctx) => {
      ids.forEach((value, index) => {
        if (ids.indexOf(value) !== index) ctx.addIssue({ code: 'custom', path: [index], message: `${value} is listed twice` });
      });
    });

export const submitPetitionInput = z
  .object({
    kind: z.enum(petitionKinds),
    channel: z.enum(petitionChannels),
    receivedOn: notInFuture('receivedOn'),
    subject: text(limits.subject),
    description: text(limits.description).nullish(),
    category: caseCategorySchema,
    administrativeUnitId: id.nullish(),
    /** Where the matter is (số nhà, ngõ, phố), when the unit alone does not say. */
    address: text(500).nullish(),
    /** The competent agency the handler chose; the routing table's suggestion when absent. */
    agencyId: id.nullish(),
    /** Why the handler chose another agency than the routing table suggests. */
    overrideReason: text(1_000).nullish(),
    cooperatingAgencyIds: uniqueIds(limits.cooperatingAgencies).nullish(),
    petitioners: z.array(petitionerInput).max(limits.petitioners, `at most ${limits.petitioners} petitioners`).nullish(),
    attachments: z.array(attachmentInput).max(limits.attachments, `at most ${limits.attachments} attachments`).nullish(),
    relatedCaseIds: uniqueIds(limits.relatedCases).nullish(),
    receptionId: id.nullish(),
    /** Denunciations: verification is needed, so initial handling may take 10 working days instead of 7 (art. 24). */
    verificationNeeded: z.boolean().nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.verificationNeeded && input.kind !== 'DENUNCIATION') {
      ctx.addIssue({ code: 'custom', path: ['verificationNeeded'], message: 'applies to denunciations only (initial handling, Law on Denunciations 2018 art. 24)' });
    }
    if (input.receptionId && input.channel !== 'CITIZEN_RECEPTION') {
      ctx.addIssue({ code: 'custom', path: ['channel'], message: 'must be CITIZEN_RECEPTION for a case recorded at a reception session' });
    }
    if (input.agencyId && input.cooperatingAgencyIds?.includes(input.agencyId)) {
      ctx.addIssue({ code: 'custom', path: ['cooperatingAgencyIds'], message: 'must not include the lead agency' });
    }
  });
export type SubmitPetitionInput = z.output<typeof submitPetitionInput>;

/** Khiếu nại lần hai: the citizen disagrees with the first resolution (or it did not come in time). */
export const reopenAsSecondComplaintInput = z.object({
  receivedOn: notInFuture('receivedOn'),
  subject: text(limits.subject).nullish(),
  description: text(limits.description).nullish(),
  agencyId: id.nullish(),
  overrideReason: text(1_000).nullish(),
  attachments: z.array(attachmentInput).max(limits.attachments, `at most ${limits.attachments} attachments`).nullish(),
});
export type ReopenAsSecondComplaintInput = z.output<typeof reopenAsSecondComplaintInput>;

/** A case is overdue when it is still open and its due day has passed (the due day itself is on time). */
export function isOverdue(status: PetitionStatus, dueOn: Date | null, today: Date = hanoiToday()): boolean {
  return dueOn !== null && openStatuses.includes(status) && dueOn.getTime() < today.getTime();
}

