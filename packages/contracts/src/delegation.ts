import { z } from 'zod';
import { calendarDay, defineEvent, eventId, instant, optionalId } from './define';
import { delegationLawEvents } from './delegation-laws';
import { obligationContracts } from './obligations';
import { caseCategorySchema } from './vocabulary';

const service = 'delegation';

/** Loại dự thảo (delegation's `draftKinds`): luật, pháp lệnh, nghị quyết of the National Assembly. */
const draftKind = z.enum(['LAW', 'ORDINANCE', 'RESOLUTION']);
/** Bounded text that may be absent: absent or null both read as null. */
const optionalText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .nullish()
    .transform((value) => value ?? null);

const exampleConsultationId = '4b8e1f27-9c3d-4a6e-b2f0-7d5c1e9a3b86';

/** Events the delegation service publishes (`vn.hanoi.delegation.*`): producers draft with them, consumers parse with them. */
export const delegationEvents = {
  /** Đại biểu Quốc hội: a National Assembly deputy of Hanoi's delegation was recorded. Public facts of the deputy only. */
  nationalAssemblyDeputyCreated: defineEvent({
    service,
    entity: 'nationalAssemblyDeputy',
    verb: 'created',
    description: "A deputy joined Hanoi's National Assembly delegation: for services that show deputies or link forwarded recommendations to them (no consumer yet).",
    schema: z.object({
      nationalAssemblyDeputyId: eventId,
      fullName: z.string().min(1).max(200),
      /** Đơn vị bầu cử số N (1 to 10 in Hanoi). */
      constituency: z.number().int().positive(),
      /** Khóa, e.g. `XV (2021-2026)`. */
      term: z.string().min(1).max(50),
      /** Đại biểu chuyên trách. */
      fullTime: z.boolean(),
      /** Nơi công tác, when recorded. */
      workplace: optionalText(500),
      /** The front's `Candidate` elected as this deputy (ứng cử viên trúng cử), when recorded. */
      candidateId: optionalId,
    }),
    example: {
      nationalAssemblyDeputyId: '1f6a3c85-2e9d-4b7a-9c04-8d3e5f1a7b29',
      fullName: 'Nguyễn Văn An',
      constituency: 1,
      term: 'XV (2021-2026)',
      fullTime: true,
      workplace: 'Đoàn đại biểu Quốc hội thành phố Hà Nội',
      candidateId: '8b3f6e21-4d7a-4c59-9e02-1a6d5c8b7f44',
    },
  }),
  /** Kiến nghị cử tri do Quốc hội chuyển đến: a voter recommendation the National Assembly forwarded to a city agency (flow F5). */
  voterRecommendationForwarded: defineEvent({
    service,
    entity: 'voterRecommendation',
    verb: 'forwarded',
    description: 'The National Assembly forwarded a voter recommendation to a city agency (F5): petitions opens a case for it, answered within 60 days of forwardedOn.',
    schema: z.object({
      recommendationId: eventId,
      text: z.string().min(1).max(4_000),
      category: caseCategorySchema,
      forwardedOn: calendarDay,
      addressedToAgencyId: eventId,
      /** The deputy who forwarded it, when recorded. */
      nationalAssemblyDeputyId: optionalId,
    }),
    example: {
      recommendationId: '6d2f9a14-7e3b-4c8d-a5f1-0b9e2c7d4a63',
      text: 'Cử tri đề nghị sớm hoàn thành dự án cải tạo, nâng cấp đê tả Hồng đoạn qua phường Hồng Hà để bảo đảm an toàn mùa mưa bão.',
      category: 'TRANSPORT',
      forwardedOn: new Date('2026-11-16T00:00:00Z'),
      addressedToAgencyId: 'so-xay-dung',
      nationalAssemblyDeputyId: '1f6a3c85-2e9d-4b7a-9c04-8d3e5f1a7b29',
    },
  }),
  /** Lấy ý kiến dự thảo luật, pháp lệnh: the delegation invited agencies to comment on a draft between two days. */
  lawConsultationOpened: defineEvent({
    service,
    entity: 'lawConsultation',
    verb: 'opened',
    description: "The delegation opened a consultation on a draft, telling each invited agency it owes a contribution by closesOn (no consumer yet: the coordination index counts that duty from delegation's obligation events).",
    schema: z.object({
      consultationId: eventId,
      draftTitle: z.string().min(1).max(500),
      draftKind,
      opensOn: calendarDay,
      closesOn: calendarDay,
      invitedAgencyIds: z.array(eventId),
    }),
    example: {
      consultationId: exampleConsultationId,
      draftTitle: 'Dự thảo Luật Thủ đô (sửa đổi)',
      draftKind: 'LAW',
      opensOn: new Date('2026-11-02T00:00:00Z'),
      closesOn: new Date('2026-11-20T00:00:00Z'),
      invitedAgencyIds: ['so-xay-dung', 'so-tai-chinh', 'so-tu-phap'],
    },
  }),
  /** Góp ý dự thảo: an invited agency submitted its contribution. */
  contributionSubmitted: defineEvent({
    service,
    entity: 'contribution',
    verb: 'submitted',
    description: 'An invited agency submitted its contribution, on time or late against closesOn, for those following the consultation (no consumer yet: the duty is met through the obligation events).',
    schema: z.object({
      contributionId: eventId,
      consultationId: eventId,
      agencyId: eventId,
      submittedOn: calendarDay,
      /** The consultation's last day. */
      closesOn: calendarDay,
      /** Submitted after `closesOn`. */
      late: z.boolean(),
    }),
    example: {
      contributionId: '3e7c0a59-1b4f-4d2e-8a6c-9f5d2b1e7c04',
      consultationId: exampleConsultationId,
      agencyId: 'so-tai-chinh',
      submittedOn: new Date('2026-11-18T00:00:00Z'),
      closesOn: new Date('2026-11-20T00:00:00Z'),
      late: false,
    },
  }),
  /** Kết thúc lấy ý kiến: the consultation closed, with who contributed and who did not. */
  lawConsultationClosed: defineEvent({
    service,
    entity: 'lawConsultation',
    verb: 'closed',
    description: 'A consultation closed, listing the invited agencies that contributed and those that did not, for reports on the draft (no consumer yet: met and missed duties reach the index as obligation events).',
    schema: z.object({
      consultationId: eventId,
      /** When it was closed. */
      closedAt: instant,
      closesOn: calendarDay,
      contributedAgencyIds: z.array(eventId),
      missingAgencyIds: z.array(eventId),
    }),
    example: {
      consultationId: exampleConsultationId,
      closedAt: '2026-11-21T02:15:00.000Z',
      closesOn: new Date('2026-11-20T00:00:00Z'),
      contributedAgencyIds: ['so-xay-dung', 'so-tai-chinh'],
      missingAgencyIds: ['so-tu-phap'],
    },
  }),
  /** Gửi báo cáo tổng hợp ý kiến: the consultation's summary went to the National Assembly. */
  lawConsultationSummarySent: defineEvent({
    service,
    entity: 'lawConsultation',
    verb: 'summarySent',
    description: "The consultation's summary was sent to the National Assembly on summarySentOn: for the catalogue of the delegation's work on the draft (no consumer yet).",
    schema: z.object({
      consultationId: eventId,
      draftTitle: z.string().min(1).max(500),
      summarySentOn: calendarDay,
    }),
    example: {
      consultationId: exampleConsultationId,
      draftTitle: 'Dự thảo Luật Thủ đô (sửa đổi)',
      summarySentOn: new Date('2026-11-25T00:00:00Z'),
    },
  }),
  ...delegationLawEvents,

  obligation: obligationContracts(service),
};
