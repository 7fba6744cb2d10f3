import { z } from 'zod';
import { calendarDay, defineEvent, eventId, optionalId } from './define';
import { jurisdictionFields } from './bodies';
import { councilJurorEvents } from './council-jurors';
import { obligationContracts } from './obligations';

const service = 'council';

/** Nhiệm kỳ (`2021-2026`), as `sessionScheduled` first published it. */
const term = z.string().min(1).max(20);
/** Trạng thái kỳ họp (council's `councilSessionStatuses`). */
const sessionStatus = z.enum(['SCHEDULED', 'IN_PROGRESS', 'CLOSED']);
/** Ban của HĐND (council's `councilCommittees`): Pháp chế, Kinh tế - Ngân sách, Văn hóa - Xã hội, Đô thị. */
const councilCommittee = z.enum(['LEGAL', 'ECONOMY_BUDGET', 'CULTURE_SOCIAL', 'URBAN']);
/** Loại nghị quyết (council's `resolutionKinds`). */
const resolutionKind = z.enum(['REGULATION', 'SOCIO_ECONOMIC', 'BUDGET', 'PUBLIC_INVESTMENT', 'PERSONNEL', 'PEOPLES_JURORS_ELECTION', 'SUPERVISION', 'OTHER']);

/** What `councilSession.opened` and `.closed` carry: the session and the status it moved to. */
const sessionTransition = z.object({
  councilSessionId: eventId,
  term,
  number: z.number().int().positive(),
  status: sessionStatus,
});

const exampleSessionId = 'c3d1f0e2-6b7a-4d2e-8f1a-5e6b7c8d9e0f';
const exampleAgendaItemId = '0b7c6a52-1f3e-4c1e-9d7e-2a9f3f1c2b10';
const exampleQuestionId = '7a4e2c91-5d3b-4e8f-9c16-0f2b8d7a3e55';

/** Events the council service publishes (`vn.hanoi.council.*`): producers draft with them, consumers parse with them. */
export const councilEvents = {
  /** Kỳ họp: a session was scheduled, with the day its documents are due (flow F3). */
  sessionScheduled: defineEvent({
    service,
    entity: 'councilSession',
    verb: 'scheduled',
    description: 'A council session was scheduled: supervision opens its preparation tasks, petitions learns the next session date (F3).',
    schema: z.object({
      councilSessionId: eventId,
      term: z.string().min(1).max(20),
      number: z.number().int().positive(),
      kind: z.enum(['REGULAR', 'THEMATIC']),
      opensOn: calendarDay,
      closesOn: calendarDay,
      documentDueOn: calendarDay,
      /** The People's Council standing body holding it (absent on earlier events: the city's, `council`). */
      councilAgencyId: eventId.optional(),
      ...jurisdictionFields,
    }),
    example: {
      councilSessionId: 'c3d1f0e2-6b7a-4d2e-8f1a-5e6b7c8d9e0f',
      term: '2021-2026',
      number: 22,
      kind: 'REGULAR',
      opensOn: new Date('2026-12-08T00:00:00Z'),
      closesOn: new Date('2026-12-10T00:00:00Z'),
      documentDueOn: new Date('2026-11-23T00:00:00Z'),
      councilAgencyId: 'council',
      level: 'CITY',
      jurisdictionUnitId: null,
    },
  }),
  /** Khai mạc kỳ họp: the session opened (SCHEDULED → IN_PROGRESS). */
  sessionOpened: defineEvent({
    service,
    entity: 'councilSession',
    verb: 'opened',
    description: 'A council session opened: for the agencies and the Front following the session, whose questioning and adoptions start now (no consumer yet).',
    schema: sessionTransition,
    example: { councilSessionId: exampleSessionId, term: '2021-2026', number: 22, status: 'IN_PROGRESS' },
  }),
  /** Bế mạc kỳ họp: the session closed (IN_PROGRESS → CLOSED). */
  sessionClosed: defineEvent({
    service,
    entity: 'councilSession',
    verb: 'closed',
    description: 'A council session closed: for petitions and supervision to follow what the session settled (no consumer yet).',
    schema: sessionTransition,
    example: { councilSessionId: exampleSessionId, term: '2021-2026', number: 22, status: 'CLOSED' },
  }),
  /** Ban hành chương trình kỳ họp: the Standing Committee issued a session's programme (once). */
  sessionProgrammeIssued: defineEvent({
    service,
    entity: 'councilSession',
    verb: 'programmeIssued',
    description:
      "The Standing Committee issued a session's programme, on time or late against the document deadline: for the agencies and the Front preparing the session (no consumer yet: the index counts the duty from council's obligation events).",
    schema: z.object({
      councilSessionId: eventId,
      term,
      number: z.number().int().positive(),
      /** The day the programme was due (the session's document deadline). */
      documentDueOn: calendarDay,
      issuedOn: calendarDay,
      /** Chậm: issued after `documentDueOn`. */
      late: z.boolean(),
    }),
    example: {
      councilSessionId: exampleSessionId,
      term: '2021-2026',
      number: 22,
      documentDueOn: new Date('2026-11-23T00:00:00Z'),
      issuedOn: new Date('2026-11-20T00:00:00Z'),
      late: false,
    },
  }),
  /** Nội dung trình kỳ họp (tờ trình, dự thảo nghị quyết): an agency must present an item, documents due by the session's deadline (F3). */
  agendaItemAdded: defineEvent({
    service,
    entity: 'agendaItem',
    verb: 'added',
    description: "An item was put on a session's agenda: supervision opens the presenting agency's documents task, due on the session's document deadline (F3).",
    schema: z.object({
      agendaItemId: eventId,
      councilSessionId: eventId,
      title: z.string().min(1).max(500),
      presentingAgencyId: eventId,
      /** The council committee that reviews it (thẩm tra). */
      reviewingCommittee: councilCommittee,
      documentDueOn: calendarDay,
    }),
    example: {
      agendaItemId: exampleAgendaItemId,
      councilSessionId: exampleSessionId,
      title: 'Tờ trình về dự thảo Nghị quyết phân bổ dự toán ngân sách thành phố Hà Nội năm 2027',
      presentingAgencyId: 'so-tai-chinh',
      reviewingCommittee: 'ECONOMY_BUDGET',
      documentDueOn: new Date('2026-11-23T00:00:00Z'),
    },
  }),
  /** Gửi tài liệu kỳ họp: the presenting agency's documents for an item arrived (F3). */
  documentSubmitted: defineEvent({
    service,
    entity: 'agendaItem',
    verb: 'documentSubmitted',
    description: "An agenda item's documents arrived: supervision closes the presenting agency's documents task on the submission day (F3).",
    schema: z.object({
      agendaItemId: eventId,
      councilSessionId: eventId,
      presentingAgencyId: eventId,
      documentDueOn: calendarDay,
      submittedOn: calendarDay,
      /** Chậm: submitted after `documentDueOn`. */
      late: z.boolean(),
    }),
    example: {
      agendaItemId: exampleAgendaItemId,
      councilSessionId: exampleSessionId,
      presentingAgencyId: 'so-tai-chinh',
      documentDueOn: new Date('2026-11-23T00:00:00Z'),
      submittedOn: new Date('2026-11-25T00:00:00Z'),
      late: true,
    },
  }),
  /** Chất vấn: a council deputy questioned an agency at a session. */
  questionAsked: defineEvent({
    service,
    entity: 'question',
    verb: 'asked',
    description: 'A deputy questioned an agency at a session: for the questioned agency and supervision to follow the answer it owes (no consumer yet).',
    schema: z.object({
      questionId: eventId,
      councilSessionId: eventId,
      askedByDeputyId: eventId,
      addressedToAgencyId: eventId,
      text: z.string().min(1).max(4_000),
    }),
    example: {
      questionId: exampleQuestionId,
      councilSessionId: exampleSessionId,
      askedByDeputyId: '2d9b6f13-8a4c-4e7b-b0c5-6e1f3a9d2c48',
      addressedToAgencyId: 'so-xay-dung',
      text: 'Đề nghị Giám đốc Sở Xây dựng cho biết tiến độ cải tạo, xây dựng lại các chung cư cũ trên địa bàn thành phố và giải pháp tháo gỡ vướng mắc trong năm 2027.',
    },
  }),
  /** Trả lời chất vấn: the questioned agency answered. */
  questionAnswered: defineEvent({
    service,
    entity: 'question',
    verb: 'answered',
    description: 'The questioned agency answered: for supervision to count the answer as given on that day (no consumer yet).',
    schema: z.object({
      questionId: eventId,
      councilSessionId: eventId,
      addressedToAgencyId: eventId,
      answeredOn: calendarDay,
    }),
    example: {
      questionId: exampleQuestionId,
      councilSessionId: exampleSessionId,
      addressedToAgencyId: 'so-xay-dung',
      answeredOn: new Date('2026-12-09T00:00:00Z'),
    },
  }),
  /** Nghị quyết: the council adopted a resolution at a session. */
  resolutionAdopted: defineEvent({
    service,
    entity: 'resolution',
    verb: 'adopted',
    description: 'The council adopted a resolution: for the agencies that implement it and supervision, which follows its implementation (no consumer yet).',
    schema: z.object({
      resolutionId: eventId,
      councilSessionId: eventId,
      /** Số nghị quyết: `12/NQ-HĐND` or `05/2024/NQ-HĐND`. */
      number: z.string().min(1).max(50),
      title: z.string().min(1).max(1_000),
      kind: resolutionKind,
      adoptedOn: calendarDay,
    }),
    example: {
      resolutionId: '9c1e7d42-0b6a-4f3e-8d25-3a7f5b9c1e60',
      councilSessionId: exampleSessionId,
      number: '35/NQ-HĐND',
      title: 'Nghị quyết về dự toán ngân sách thành phố Hà Nội năm 2027',
      kind: 'BUDGET',
      adoptedOn: new Date('2026-12-10T00:00:00Z'),
    },
  }),
  /** Đại biểu HĐND: a council deputy was recorded for a term (public facts only, not who recorded them or when). */
  councilDeputyCreated: defineEvent({
    service,
    entity: 'councilDeputy',
    verb: 'created',
    description: "A council deputy was recorded for a term: for services that show deputies or their constituencies' voter meetings (no consumer yet).",
    schema: z.object({
      councilDeputyId: eventId,
      fullName: z.string().min(1).max(200),
      term,
      /** Đơn vị bầu cử, as the election record names it. */
      constituency: z.string().min(1).max(300),
      administrativeUnitId: eventId,
      /** Đại biểu chuyên trách. */
      fullTime: z.boolean(),
      /** The council committees (ban) the deputy sits on, each once. */
      committees: z.array(councilCommittee),
      /** The front's `Candidate` elected as this deputy (ứng cử viên trúng cử), when recorded. */
      candidateId: optionalId,
      /** The People's Council standing body of the deputy's council (absent on earlier events: the city's), its level and unit. */
      councilAgencyId: eventId.optional(),
      ...jurisdictionFields,
    }),
    example: {
      councilDeputyId: '2d9b6f13-8a4c-4e7b-b0c5-6e1f3a9d2c48',
      fullName: 'Trần Thị Hương',
      term: '2021-2026',
      constituency: 'Đơn vị bầu cử số 1: phường Hoàn Kiếm, phường Cửa Nam',
      administrativeUnitId: 'phuong-hoan-kiem',
      fullTime: true,
      committees: ['URBAN'],
      candidateId: '5e8a2d17-3c6b-4f90-a1d4-7b2e9c0f6a31',
      councilAgencyId: 'council',
      level: 'CITY',
      jurisdictionUnitId: null,
    },
  }),
  ...councilJurorEvents,

  obligation: obligationContracts(service),
};
