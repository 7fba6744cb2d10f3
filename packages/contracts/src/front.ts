import { z } from 'zod';
import { calendarDay, defineEvent, eventId, optionalId } from './define';
import { jurisdictionFields } from './bodies';
import { frontElectionEvents } from './front-elections';
import { obligationContracts } from './obligations';
import { caseCategorySchema } from './vocabulary';

const service = 'front';

/** Kinds of voter meeting (tiếp xúc cử tri): before a council session, after it, or on a theme. */
const voterMeetingKind = z.enum(['BEFORE_SESSION', 'AFTER_SESSION', 'THEMATIC']);
/** The elections the Front holds consultations (hiệp thương) for. */
const electionKind = z.enum(['NATIONAL_ASSEMBLY', 'PEOPLES_COUNCIL', 'PEOPLES_JURORS']);
/** A candidate's standing in a consultation round. */
const candidateStatus = z.enum(['NOMINATED', 'ACCEPTED', 'WITHDRAWN', 'REJECTED']);
/** Nhiệm kỳ, e.g. `2026-2031`: absent or null (not recorded) both read as null. */
const optionalTerm = z
  .string()
  .max(20)
  .nullish()
  .transform((value) => value ?? null);

const meetingId = '5f0c2a3e-8d41-4b7a-9c21-3e6f7a8b9c01';
const sessionId = 'c3d1f0e2-6b7a-4d2e-8f1a-5e6b7c8d9e0f';
const consultationId = '7a1e4c2b-3d5f-4e6a-8b9c-0d1e2f3a4b5c';

/** Events the front service publishes (`vn.hanoi.front.*`): producers draft with them, consumers parse with them. */
export const frontEvents = {
  /** Tiếp xúc cử tri: a voter meeting took place, with the recommendations voters raised (flow F1). */
  voterMeetingHeld: defineEvent({
    service,
    entity: 'voterMeeting',
    verb: 'held',
    description:
      'A voter meeting was held: petitions opens one voter-recommendation case per recommendation raised, routed to the competent agency and due at the next regular council session (F1).',
    schema: z.object({
      voterMeetingId: eventId,
      kind: voterMeetingKind,
      heldOn: calendarDay,
      administrativeUnitId: eventId,
      organiserAgencyId: eventId,
      /** The organiser's level and unit (the place, `administrativeUnitId`, is where it was held). */
      ...jurisdictionFields,
      /** The session a before-session meeting prepares (its recommendations are answered at the one after). */
      councilSessionId: optionalId,
      /** Kiến nghị cử tri, numbered from 1 in the order of the minutes. */
      recommendations: z
        .array(
          z.object({
            number: z.number().int().positive(),
            /** The recommendation as the minutes word it (free text typed by staff). */
            text: z.string().max(4_000),
            category: caseCategorySchema,
            addressedToAgencyId: optionalId,
          }),
        )
        .max(200),
    }),
    example: {
      voterMeetingId: meetingId,
      kind: 'BEFORE_SESSION',
      heldOn: new Date('2026-11-20T00:00:00Z'),
      administrativeUnitId: 'phuong-hoan-kiem',
      organiserAgencyId: 'front',
      level: 'CITY',
      jurisdictionUnitId: null,
      councilSessionId: sessionId,
      recommendations: [
        { number: 1, text: 'Đề nghị sớm cải tạo vỉa hè và hệ thống thoát nước phố Hàng Bông', category: 'TRANSPORT', addressedToAgencyId: 'so-xay-dung' },
        { number: 2, text: 'Đề nghị xử lý dứt điểm tình trạng lấn chiếm lòng đường để kinh doanh', category: 'CONSTRUCTION_URBAN_ORDER', addressedToAgencyId: null },
      ],
    },
  }),

  /** Kế hoạch tiếp xúc cử tri: a voter meeting was convened ahead (its `held` event follows when it takes place). */
  voterMeetingPlanned: defineEvent({
    service,
    entity: 'voterMeeting',
    verb: 'planned',
    description:
      'A voter meeting was convened ahead (day, place, deputies): no service consumes it today; it announces the meeting to deputies\' and sessions\' calendars before F1 starts with `voterMeeting.held`.',
    schema: z.object({
      voterMeetingId: eventId,
      kind: voterMeetingKind,
      /** The day it is planned for. */
      plannedFor: calendarDay,
      place: z.string().max(500),
      administrativeUnitId: eventId,
      organiserAgencyId: eventId,
      ...jurisdictionFields,
      councilSessionId: optionalId,
      nationalAssemblyDeputyIds: z.array(eventId).max(50),
      councilDeputyIds: z.array(eventId).max(200),
    }),
    example: {
      voterMeetingId: meetingId,
      kind: 'BEFORE_SESSION',
      plannedFor: new Date('2026-11-20T00:00:00Z'),
      place: 'Nhà văn hóa phường Hoàn Kiếm, 12 Hàng Bài',
      administrativeUnitId: 'phuong-hoan-kiem',
      organiserAgencyId: 'front',
      level: 'CITY',
      jurisdictionUnitId: null,
      councilSessionId: sessionId,
      nationalAssemblyDeputyIds: ['9b2d7e1a-4c3f-4a5b-8e6d-1f2a3b4c5d6e'],
      councilDeputyIds: ['2e4f6a8b-1c3d-4e5f-9a7b-8c6d4e2f0a1b', '3f5a7b9c-2d4e-4f6a-8b0c-9d7e5f3a1b2c'],
    },
  }),

  /** Phản biện xã hội: the Front takes on critiquing a draft, due by the drafting agency's deadline. */
  socialCritiqueCreated: defineEvent({
    service,
    entity: 'socialCritique',
    verb: 'created',
    description:
      'The Front took on critiquing a draft by the drafting agency\'s deadline: no service consumes it today (the coordination index follows the duty through front\'s obligation events, F4); it tells the drafting agency a critique is coming.',
    schema: z.object({
      socialCritiqueId: eventId,
      /** The draft critiqued (resolution, plan, project): its title. */
      targetDocument: z.string().max(500),
      draftingAgencyId: eventId,
      /** The drafting agency's deadline for the critique report. */
      deadline: calendarDay,
      /** The Front committee that critiques it (absent on earlier events: the city's, `front`), its level and unit. */
      organiserAgencyId: eventId.optional(),
      ...jurisdictionFields,
    }),
    example: {
      socialCritiqueId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      targetDocument: 'Dự thảo Nghị quyết HĐND thành phố về điều chỉnh quy hoạch chung xây dựng Thủ đô',
      draftingAgencyId: 'so-quy-hoach-kien-truc',
      deadline: new Date('2026-11-30T00:00:00Z'),
      organiserAgencyId: 'front',
      level: 'CITY',
      jurisdictionUnitId: null,
    },
  }),

  /** Văn bản phản biện xã hội: the Front's critique report went to the drafting agency. */
  socialCritiqueReported: defineEvent({
    service,
    entity: 'socialCritique',
    verb: 'reported',
    description:
      'The Front sent its critique report to the drafting agency, on time or late: no service consumes it today (the coordination index follows the duty through front\'s obligation events, F4); it tells the drafting agency the report is in.',
    schema: z.object({
      socialCritiqueId: eventId,
      targetDocument: z.string().max(500),
      draftingAgencyId: eventId,
      deadline: calendarDay,
      reportedOn: calendarDay,
      /** Reported after the deadline day. */
      late: z.boolean(),
    }),
    example: {
      socialCritiqueId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      targetDocument: 'Dự thảo Nghị quyết HĐND thành phố về điều chỉnh quy hoạch chung xây dựng Thủ đô',
      draftingAgencyId: 'so-quy-hoach-kien-truc',
      deadline: new Date('2026-11-30T00:00:00Z'),
      reportedOn: new Date('2026-11-27T00:00:00Z'),
      late: false,
    },
  }),

  /** Hội nghị hiệp thương: a consultation round of an election was held. */
  electionConsultationCreated: defineEvent({
    service,
    entity: 'electionConsultation',
    verb: 'created',
    description:
      'The Front recorded a consultation round (hiệp thương) of an election: no service consumes it today; it dates the round whose candidate lists follow.',
    schema: z.object({
      electionConsultationId: eventId,
      election: electionKind,
      term: optionalTerm,
      /** 1 to 3 (Law on Election of NA and People\'s Council Deputies 2015, arts. 38, 43, 50). */
      round: z.number().int().min(1).max(3),
      heldOn: calendarDay,
    }),
    example: {
      electionConsultationId: consultationId,
      election: 'PEOPLES_COUNCIL',
      term: '2026-2031',
      round: 2,
      heldOn: new Date('2026-02-10T00:00:00Z'),
    },
  }),

  /** Giới thiệu người ứng cử: a candidate was put on a consultation round's list. */
  candidateNominated: defineEvent({
    service,
    entity: 'candidate',
    verb: 'nominated',
    description:
      'An agency nominated a candidate at a consultation round: no service consumes it today; it opens the candidate\'s record on the published lists.',
    schema: z.object({
      candidateId: eventId,
      /** The consultation that nominated the candidate. */
      consultationId: eventId,
      /** Public: candidates are on published lists. */
      fullName: z.string().max(200),
      nominatedByAgencyId: eventId,
      /** The consultation's round. */
      round: z.number().int().min(1).max(3),
    }),
    example: {
      candidateId: '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a',
      consultationId,
      fullName: 'Nguyễn Thị Thanh Hà',
      nominatedByAgencyId: 'hoi-lien-hiep-phu-nu-thanh-pho',
      round: 2,
    },
  }),

  /** Kết quả hiệp thương: a candidate's status in a consultation round was recorded. */
  candidateRoundRecorded: defineEvent({
    service,
    entity: 'candidate',
    verb: 'roundRecorded',
    description:
      'A consultation round decided a candidate\'s standing (accepted, withdrawn, rejected or carried to the next round): no service consumes it today; it keeps published candidate lists current.',
    schema: z.object({
      candidateId: eventId,
      fullName: z.string().max(200),
      consultationId: eventId,
      election: electionKind,
      term: optionalTerm,
      round: z.number().int().min(1).max(3),
      status: candidateStatus,
      /** The status in the candidate's previous entry (null when none). */
      previousStatus: candidateStatus.nullish().transform((value) => value ?? null),
      decidedOn: calendarDay,
    }),
    example: {
      candidateId: '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a',
      fullName: 'Nguyễn Thị Thanh Hà',
      consultationId,
      election: 'PEOPLES_COUNCIL',
      term: '2026-2031',
      round: 2,
      status: 'ACCEPTED',
      previousStatus: 'NOMINATED',
      decidedOn: new Date('2026-02-10T00:00:00Z'),
    },
  }),

  /** Báo cáo tổng hợp ý kiến, kiến nghị cử tri: the Front's voter report to a regular session was submitted. */
  voterOpinionReportSubmitted: defineEvent({
    service,
    entity: 'voterOpinionReport',
    verb: 'submitted',
    description:
      'The Front submitted its summary of voters\' opinions and recommendations for a council session: no service consumes it today (the coordination index follows the duty through front\'s obligation events, F4); it tells council the session dossier\'s voter report is in.',
    schema: z.object({
      voterOpinionReportId: eventId,
      councilSessionId: eventId,
      submittedOn: calendarDay,
      /** How many recommendations the report summarises. */
      recommendationCount: z.number().int().min(0),
    }),
    example: {
      voterOpinionReportId: '6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b',
      councilSessionId: sessionId,
      submittedOn: new Date('2026-11-23T00:00:00Z'),
      recommendationCount: 148,
    },
  }),

  ...frontElectionEvents,

  obligation: obligationContracts(service),
};
