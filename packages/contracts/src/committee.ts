import { z } from 'zod';
import { calendarDay, defineEvent, eventId, optionalCalendarDay, optionalId } from './define';
import { obligationContracts } from './obligations';

const service = 'committee';

/** Kinds of agencies in the directory (committee's `agencyKinds`). */
const agencyKind = z.enum(['CITY_BODY', 'DEPARTMENT', 'DISTRICT_COMMITTEE', 'COMMUNE_COMMITTEE']);
/**
 * Kinds of agencies in `agency.created.v2`: v1's and a commune's other two bodies of the regulation, its People's
 * Council standing body (Thường trực HĐND phường/xã) and its Fatherland Front committee (Ủy ban MTTQ phường/xã).
 */
const agencyKindV2 = z.enum(['CITY_BODY', 'DEPARTMENT', 'DISTRICT_COMMITTEE', 'COMMUNE_COMMITTEE', 'COMMUNE_COUNCIL', 'COMMUNE_FRONT']);
/** Levels of agencies (committee's `agencyLevels`). */
const agencyLevel = z.enum(['CITY', 'DISTRICT', 'COMMUNE']);
/** Kinds of administrative units (committee's `unitKinds`): quận, huyện, thị xã, phường, xã. */
const unitKind = z.enum(['URBAN_DISTRICT', 'RURAL_DISTRICT', 'TOWN', 'WARD', 'COMMUNE']);
/** Kinds of units in `administrativeUnit.created.v2`: v1's and thị trấn (township), a commune-level kind until 1/7/2025. */
const unitKindV2 = z.enum(['URBAN_DISTRICT', 'RURAL_DISTRICT', 'TOWN', 'WARD', 'COMMUNE', 'TOWNSHIP']);
/** Levels of administrative units (committee's `UnitLevel`). */
const unitLevel = z.enum(['DISTRICT', 'COMMUNE']);

/** What an assignment answers: a petitions case (F2) or a post-supervision recommendation (kiến nghị sau giám sát). */
const assignmentSubjectType = z.enum(['PETITION', 'SUPERVISION_RECOMMENDATION']);

/** What every `assignment.<verb>` event carries: the assignment, what it is about, its agency and due day. */
const assignment = {
  assignmentId: eventId,
  subjectType: assignmentSubjectType,
  /** The petitions case id or the supervision recommendation id. */
  subjectId: eventId,
  /** The department (or commune-level committee) that owes the answer. */
  agencyId: eventId,
  /** The current due day; null while petitions has none for the case (e.g. the next regular session is not scheduled). */
  dueOn: optionalCalendarDay,
};

const exampleAssignment = {
  assignmentId: '5f0c2a9e-7b41-4d3c-a1e6-92b7c0d4e8f3',
  subjectType: 'PETITION' as const,
  subjectId: '8e2d4b61-3c9a-4f7e-b5d0-1a6c9e3f2b74',
  agencyId: 'so-xay-dung',
  dueOn: new Date('2026-11-20T00:00:00Z'),
};

/** How far a post-supervision recommendation is implemented, as the answering agency reports it. */
const implementationStatus = z.enum(['IN_PROGRESS', 'IMPLEMENTED', 'PARTIALLY_IMPLEMENTED', 'NOT_IMPLEMENTED']);
/** A piece of evidence of implementation (a decision, a report, a record): its title and where to find it. */
const evidence = z.object({ title: z.string().min(1).max(500), reference: z.string().min(1).max(2_000) });

/** An agency as `agency.created` carries it, every version; each version adds its list of kinds. */
const agencyFields = z.object({
  agencyId: eventId,
  name: z.string().min(1).max(300),
  shortName: z.string().min(1).max(120),
  level: agencyLevel,
  parentId: optionalId,
  /** The unit a district- or commune-level agency serves. */
  administrativeUnitId: optionalId,
  validFrom: optionalCalendarDay,
  validTo: optionalCalendarDay,
});

/** Events the committee service publishes (`vn.hanoi.committee.*`): producers draft with them, consumers parse with them. */
export const committeeEvents = {
  /** Cơ quan: an agency (city body, sở, UBND cấp xã…) was added to the directory. */
  agencyCreated: defineEvent({
    service,
    entity: 'agency',
    verb: 'created',
    description: 'An agency joined the directory: petitions keeps it in its directory read model to route and name cases by agency.',
    schema: agencyFields.extend({ kind: agencyKind }),
    example: {
      agencyId: 'so-xay-dung',
      name: 'Sở Xây dựng thành phố Hà Nội',
      shortName: 'Sở Xây dựng',
      kind: 'DEPARTMENT',
      level: 'CITY',
      parentId: 'committee',
      administrativeUnitId: null,
      validFrom: new Date('2025-07-01T00:00:00Z'),
      validTo: null,
    },
  }),
  /**
   * Cơ quan, v2: as v1, and the agency may be a commune's People's Council standing body or Front committee, which v1's
   * kinds cannot carry. The committee publishes v2 from now on; v1 stays the record of earlier agencies.
   */
  agencyCreatedV2: defineEvent({
    service,
    entity: 'agency',
    verb: 'created',
    version: 2,
    description:
      "An agency joined the directory (a commune's People's Council standing body and Front committee included): petitions keeps it in its directory read model to route and name cases; council, front and supervision learn each body's level and unit.",
    schema: agencyFields.extend({ kind: agencyKindV2 }),
    example: {
      agencyId: 'mttq-phuong-hoan-kiem',
      name: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường Hoàn Kiếm',
      shortName: 'MTTQ phường Hoàn Kiếm',
      kind: 'COMMUNE_FRONT',
      level: 'COMMUNE',
      parentId: 'front',
      administrativeUnitId: 'phuong-hoan-kiem',
      validFrom: new Date('2025-07-01T00:00:00Z'),
      validTo: null,
    },
  }),
  /** Đơn vị hành chính: a district- or commune-level unit (with its validity and predecessors across the 1/7/2025 reform). */
  administrativeUnitCreated: defineEvent({
    service,
    entity: 'administrativeUnit',
    verb: 'created',
    description: 'An administrative unit joined the directory: petitions keeps it in its directory read model to place cases before and after the 1/7/2025 reform.',
    schema: z.object({
      administrativeUnitId: eventId,
      name: z.string().min(1).max(200),
      kind: unitKind,
      level: unitLevel,
      validFrom: optionalCalendarDay,
      validTo: optionalCalendarDay,
      /** The district of a pre-reform ward or commune. */
      parentId: optionalId,
      /** Units this one was formed from, main one first (empty when none). */
      predecessorIds: z.array(eventId),
    }),
    example: {
      administrativeUnitId: 'phuong-hoan-kiem',
      name: 'Phường Hoàn Kiếm',
      kind: 'WARD',
      level: 'COMMUNE',
      validFrom: new Date('2025-07-01T00:00:00Z'),
      validTo: null,
      parentId: null,
      predecessorIds: ['phuong-hang-trong', 'phuong-trang-tien', 'phuong-hang-bac'],
    },
  }),
  /**
   * Đơn vị hành chính, v2: as v1, and the unit may be a thị trấn (`TOWNSHIP`), which v1's kinds cannot carry; with its
   * GSO code. The committee publishes v2 from now on; v1 stays the record of earlier units.
   */
  administrativeUnitCreatedV2: defineEvent({
    service,
    entity: 'administrativeUnit',
    verb: 'created',
    version: 2,
    description:
      'An administrative unit joined the directory (thị trấn included): petitions keeps it in its directory read model to place cases before and after the 1/7/2025 reform and to follow a place across it.',
    schema: z.object({
      administrativeUnitId: eventId,
      name: z.string().min(1).max(200),
      kind: unitKindV2,
      level: unitLevel,
      /** Mã số of the General Statistics Office, when known. */
      code: z.string().min(1).max(20).nullish().transform((value) => value ?? null),
      validFrom: optionalCalendarDay,
      validTo: optionalCalendarDay,
      /** The district of a pre-reform ward, commune or township (null when unknown). */
      parentId: optionalId,
      /** Units this one was formed from, main one first (empty when none). */
      predecessorIds: z.array(eventId),
    }),
    example: {
      administrativeUnitId: 'huyen-thanh-tri-thi-tran-van-dien',
      name: 'Thị trấn Văn Điển',
      kind: 'TOWNSHIP',
      level: 'COMMUNE',
      code: '00640',
      validFrom: null,
      validTo: new Date('2025-06-30T00:00:00Z'),
      parentId: 'huyen-thanh-tri',
      predecessorIds: [],
    },
  }),
  /** Giải thể / sắp xếp: a unit ceased to exist on its last day; its territory went to the successors listed. */
  administrativeUnitEnded: defineEvent({
    service,
    entity: 'administrativeUnit',
    verb: 'ended',
    description:
      'An administrative unit ended (its last day) and, where given, the units formed from it: petitions closes its validity and links it to its successors, so cases follow the place across the change.',
    schema: z.object({
      administrativeUnitId: eventId,
      /** Its last day of existence. */
      validTo: calendarDay,
      /** Units formed (wholly or partly) from it; each now lists it among its predecessors. */
      successorIds: z.array(eventId),
    }),
    example: { administrativeUnitId: 'quan-hoan-kiem-phuong-hang-bac', validTo: new Date('2025-06-30T00:00:00Z'), successorIds: ['phuong-hoan-kiem'] },
  }),
  /** Đổi tên: a unit took a new name from a day; earlier records keep the name of their day. */
  administrativeUnitRenamed: defineEvent({
    service,
    entity: 'administrativeUnit',
    verb: 'renamed',
    description: 'An administrative unit was renamed from a day: petitions shows the new name (the committee keeps the name history).',
    schema: z.object({
      administrativeUnitId: eventId,
      name: z.string().min(1).max(200),
      previousName: z.string().min(1).max(200),
      /** First day of the new name. */
      from: calendarDay,
    }),
    example: { administrativeUnitId: 'xa-thanh-tri', name: 'Xã Thanh Trì Mới', previousName: 'Xã Thanh Trì', from: new Date('2027-01-01T00:00:00Z') },
  }),
  /** Cơ quan chấm dứt hoạt động: an agency ended on its last day. */
  agencyEnded: defineEvent({
    service,
    entity: 'agency',
    verb: 'ended',
    description: 'An agency ceased to exist after its last day: petitions stops routing new cases to it from the day after.',
    schema: z.object({ agencyId: eventId, validTo: calendarDay }),
    example: { agencyId: 'ubnd-quan-hoan-kiem', validTo: new Date('2025-06-30T00:00:00Z') },
  }),
  /** Cơ quan đổi tên: an agency took a new name from a day. */
  agencyRenamed: defineEvent({
    service,
    entity: 'agency',
    verb: 'renamed',
    description: 'An agency was renamed from a day: petitions shows the new name (the committee keeps the name history).',
    schema: z.object({
      agencyId: eventId,
      name: z.string().min(1).max(300),
      shortName: z.string().min(1).max(120),
      previousName: z.string().min(1).max(300),
      from: calendarDay,
    }),
    example: {
      agencyId: 'so-xay-dung',
      name: 'Sở Xây dựng và Giao thông thành phố Hà Nội',
      shortName: 'Sở Xây dựng và Giao thông',
      previousName: 'Sở Xây dựng thành phố Hà Nội',
      from: new Date('2027-01-01T00:00:00Z'),
    },
  }),
  /** Giao việc: a case routed to the committee (F2), or a supervision recommendation addressed to it, became an assignment to one of its agencies. */
  assignmentAssigned: defineEvent({
    service,
    entity: 'assignment',
    verb: 'assigned',
    description:
      'A case petitions routed to the committee (F2), or a post-supervision recommendation addressed to one of its agencies, was assigned to a department with its due day: for petitions and supervision to follow who holds it (no consumer yet).',
    schema: z.object(assignment),
    example: exampleAssignment,
  }),
  /** Trả lời giao việc: the department answered its assignment (flow F2, or its report on a supervision recommendation). */
  assignmentAnswered: defineEvent({
    service,
    entity: 'assignment',
    verb: 'answered',
    description:
      'The assigned department answered: petitions resolves the case with that answer when the department still leads it (F2); supervision records the answer to a recommendation as its implementation report.',
    schema: z.object({
      ...assignment,
      answer: z.string().min(1).max(10_000),
      answeredOn: calendarDay,
      /** Only for a SUPERVISION_RECOMMENDATION: how far it is implemented (báo cáo kết quả thực hiện kiến nghị). */
      implementationStatus: implementationStatus.optional(),
      /** Only for a SUPERVISION_RECOMMENDATION: the evidence of implementation given with the answer. */
      evidence: z.array(evidence).max(50).optional(),
    }),
    example: {
      ...exampleAssignment,
      subjectType: 'SUPERVISION_RECOMMENDATION',
      subjectId: '8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d',
      answer: 'Sở Xây dựng đã rà soát 46 công trình vi phạm trật tự xây dựng, xử lý dứt điểm 31 công trình; 15 công trình đang cưỡng chế tháo dỡ.',
      answeredOn: new Date('2026-11-12T00:00:00Z'),
      implementationStatus: 'PARTIALLY_IMPLEMENTED',
      evidence: [{ title: 'Báo cáo số 412/BC-SXD ngày 10/11/2026', reference: 'https://soxaydung.hanoi.gov.vn/van-ban/412-bc-sxd-2026' }],
    },
  }),
  /** Thu hồi giao việc: the case left the agency (transferred, declined, merged, resolved, closed), or a re-supervision closed or reopened the recommendation, unanswered. */
  assignmentWithdrawn: defineEvent({
    service,
    entity: 'assignment',
    verb: 'withdrawn',
    description:
      'An open assignment was withdrawn because its case left the agency (a transfer or the end of the case in petitions) or a re-supervision closed its recommendation or reopened it with a new due day: for trackers to drop it (no consumer yet).',
    schema: z.object({
      ...assignment,
      /** Why, in words the agency's staff read (never personal data). */
      reason: z.string().min(1).max(1_000),
    }),
    example: { ...exampleAssignment, reason: 'The case was transferred to so-tai-nguyen-moi-truong' },
  }),
  /** Gia hạn / đổi hạn: the open assignment follows its case's new due day. */
  assignmentRescheduled: defineEvent({
    service,
    entity: 'assignment',
    verb: 'rescheduled',
    description: "The case's due day moved in petitions (accepted, extended, recomputed) and its open assignment follows: for trackers of the case to see the new day (no consumer yet).",
    schema: z.object({
      ...assignment,
      previousDueOn: optionalCalendarDay,
    }),
    example: { ...exampleAssignment, dueOn: new Date('2026-12-04T00:00:00Z'), previousDueOn: new Date('2026-11-20T00:00:00Z') },
  }),
  obligation: obligationContracts(service),
};
