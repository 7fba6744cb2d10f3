import { z } from 'zod';
import { calendarDay, defineEvent, eventId, optionalCalendarDay, optionalId } from './define';
import { obligationContracts } from './obligations';
import { caseCategorySchema, satisfactionLevels } from './vocabulary';

const service = 'petitions';

/** Loại đơn: khiếu nại (lần đầu, lần hai), tố cáo, kiến nghị, phản ánh, kiến nghị cử tri. */
const petitionKind = z.enum(['COMPLAINT', 'SECOND_COMPLAINT', 'DENUNCIATION', 'RECOMMENDATION', 'FEEDBACK', 'VOTER_RECOMMENDATION']);
/** How the case came in. */
const petitionChannel = z.enum(['CITIZEN_RECEPTION', 'MAIL', 'ONLINE', 'VOTER_MEETING', 'FORWARDED', 'SUPERVISION']);
const petitionStatus = z.enum(['RECEIVED', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED']);
/** Lý do không thụ lý. */
const declineReasonCode = z.enum(['TRANSFERRED_NOT_COMPETENT', 'ANONYMOUS_DENUNCIATION', 'COMPLAINT_TIME_LIMIT_PASSED', 'DUPLICATE', 'OTHER']);
/** A case's statutory deadlines: thụ lý, xử lý ban đầu, thông báo, giải quyết, trả lời. */
const deadlineKind = z.enum(['ACCEPTANCE', 'INITIAL_HANDLING', 'NOTICE', 'RESOLUTION', 'ANSWER']);
/**
 * The deadline engine's rule id (e.g. `COMPLAINT_ACCEPTANCE`): a bounded string, not an enum, because it is read
 * back from stored deadlines (older cases may carry ids the engine no longer lists) and a new rule must not need
 * new event types.
 */
const deadlineRuleId = z.string().min(1).max(100);
const routingLevel = z.enum(['CITY', 'DISTRICT', 'COMMUNE']);

/**
 * The case as other services see it in events (petitions' `caseEventData`): never petitioners, their keys, or
 * free text about people. `status` and `dueOn` are the case's after the change the event reports.
 */
const caseEvent = z.object({
  petitionId: eventId,
  /** The lead (competent) agency. */
  agencyId: eventId,
  kind: petitionKind,
  category: caseCategorySchema,
  channel: petitionChannel,
  status: petitionStatus,
  /** The current due date: the earliest pending deadline (null when none). */
  dueOn: optionalCalendarDay,
});

/** What every lifecycle transition adds to the case: the status it left, the one it reached, and the legal day. */
const transition = z.object({
  ...caseEvent.shape,
  from: petitionStatus,
  to: petitionStatus,
  /** The day it happened (ngày thụ lý, ngày giải quyết…). */
  on: calendarDay,
});

/** A routing rule as it now stands (`routingRule.*`): the key kind × category × level and its target. */
const routingRule = z.object({
  /** `<kind>.<category or ANY>.<level>`. */
  ruleId: eventId,
  kind: petitionKind,
  /** Null: any category without a rule of its own. */
  category: caseCategorySchema.nullish().transform((value) => value ?? null),
  level: routingLevel,
  /** An agency id, or `COMMUNE_COMMITTEE_OF_UNIT` (the People's Committee governing the case's unit). */
  agencyId: eventId,
  legalBasis: z.string().max(1_000),
  deleted: z.boolean(),
});

/** An optional whole number in event data: absent or null both read as null. */
const optionalInt = (min: number, max: number) =>
  z.number().int().min(min).max(max).nullish().transform((value) => value ?? null);

/**
 * Lịch tiếp công dân — a reception schedule as it now stands (`receptionSchedule.*`): a body's regular reception
 * days, or the joint days of several bodies, with the leaders on duty. Leaders are officials named in a published
 * schedule (public, not personal data of citizens).
 */
const receptionSchedule = z.object({
  receptionScheduleId: eventId,
  /** The body that holds (hosts) the reception. */
  hostAgencyId: eventId,
  /** REGULAR: one body's own days (tiếp công dân định kỳ); JOINT: several bodies receive together. */
  kind: z.enum(['REGULAR', 'JOINT']),
  /** JOINT: the other bodies taking part (empty for REGULAR). */
  participatingAgencyIds: z.array(eventId).max(20),
  title: z.string().max(500),
  /**
   * The days as a rule (null when `dates` lists them): MONTHLY_ON_DAY (`dayOfMonth`, the month's last day when it
   * has fewer), MONTHLY_ON_WEEKDAY (the `weekOfMonth`-th, -1 the last, ISO `weekday` 1 = Monday), WEEKLY (`weekday`).
   * A day the rule gives that is not a working day moves to the next working day.
   */
  recurrence: z
    .object({
      kind: z.enum(['MONTHLY_ON_DAY', 'MONTHLY_ON_WEEKDAY', 'WEEKLY']),
      dayOfMonth: optionalInt(1, 31),
      weekday: optionalInt(1, 7),
      weekOfMonth: optionalInt(-1, 4),
    })
    .nullable(),
  /** The days themselves, when not given by a rule. */
  dates: z.array(calendarDay).max(60),
  validFrom: calendarDay,
  /** Null: until further notice. */
  validTo: optionalCalendarDay,
  leaders: z.array(z.object({ name: z.string().max(200), position: z.string().max(200) })).max(20),
  place: z.string().max(500),
  /** Set once cancelled: no reception day from this day on. */
  cancelledOn: optionalCalendarDay,
});

const exampleSchedule = {
  receptionScheduleId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  hostAgencyId: 'committee',
  kind: 'REGULAR' as const,
  participatingAgencyIds: [],
  title: 'Chủ tịch UBND thành phố tiếp công dân định kỳ',
  recurrence: { kind: 'MONTHLY_ON_DAY' as const, dayOfMonth: 15, weekday: null, weekOfMonth: null },
  dates: [],
  validFrom: new Date('2026-01-01T00:00:00Z'),
  validTo: new Date('2026-12-31T00:00:00Z'),
  leaders: [{ name: 'Trần Sỹ Thanh', position: 'Chủ tịch UBND thành phố' }],
  place: 'Trụ sở Tiếp công dân thành phố, 1 Đinh Lễ, phường Hoàn Kiếm',
  cancelledOn: null,
};

const petitionId = '8f14e45f-ceea-4e7a-9b1c-2d3e4f5a6b7c';
const complaint = {
  petitionId,
  agencyId: 'ubnd-phuong-hoan-kiem',
  kind: 'COMPLAINT' as const,
  category: 'LAND_HOUSING' as const,
  channel: 'CITIZEN_RECEPTION' as const,
};
const denunciation = {
  petitionId: '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a',
  agencyId: 'thanh-tra-thanh-pho',
  kind: 'DENUNCIATION' as const,
  category: 'MISCONDUCT_CORRUPTION' as const,
  channel: 'MAIL' as const,
};
const exampleRule = {
  ruleId: 'FEEDBACK.ENVIRONMENT.COMMUNE',
  kind: 'FEEDBACK' as const,
  category: 'ENVIRONMENT' as const,
  level: 'COMMUNE' as const,
  agencyId: 'COMMUNE_COMMITTEE_OF_UNIT',
  legalBasis: 'Luật Tổ chức chính quyền địa phương 2025; Nghị định 16/2022/NĐ-CP: UBND cấp xã quản lý môi trường trên địa bàn',
  deleted: false,
};

/** Events the petitions service publishes (`vn.hanoi.petitions.*`): producers draft with them, consumers parse with them. */
export const petitionsEvents = {
  /** Chuyển đơn đến cơ quan có thẩm quyền: a case now leads with an agency (received, or transferred to it). */
  petitionRouted: defineEvent({
    service,
    entity: 'petition',
    verb: 'routed',
    description:
      'A case was received (intake, a voter meeting\'s recommendation in F1, an NA-forwarded one in F5) or transferred and now leads with an agency: the committee withdraws any other agency\'s assignment and assigns it when the agency is under the committee (F2).',
    schema: z.object({
      petitionId: eventId,
      agencyId: eventId,
      cooperatingAgencyIds: z.array(eventId),
      kind: petitionKind,
      category: caseCategorySchema,
      channel: petitionChannel,
      /**
       * The case's one-line subject, free text typed by staff (or a voter recommendation's opening words): the
       * committee shows it on the assignment. Always null for a denunciation, whose subject may name the denouncer
       * (Law on Denunciations 2018, arts. 47 and 56: nothing identifying a denouncer leaves petitions).
       */
      subject: z.string().max(500).nullable(),
      administrativeUnitId: optionalId,
      receivedOn: calendarDay,
      dueOn: optionalCalendarDay,
      /** The voter meeting that raised it (F1). */
      voterMeetingId: optionalId,
      /** Set when a transfer routed it: the agency it left. */
      transferredFromAgencyId: eventId.optional(),
    }),
    example: {
      ...complaint,
      cooperatingAgencyIds: ['so-nong-nghiep-va-moi-truong'],
      subject: 'Khiếu nại quyết định bồi thường khi thu hồi đất',
      administrativeUnitId: 'phuong-hoan-kiem',
      receivedOn: new Date('2026-11-16T00:00:00Z'),
      dueOn: new Date('2026-11-26T00:00:00Z'),
      voterMeetingId: null,
      transferredFromAgencyId: 'so-xay-dung',
    },
  }),

  /** Chuyển đơn (không thuộc thẩm quyền): the case moved to another lead agency and stays open. */
  petitionTransferred: defineEvent({
    service,
    entity: 'petition',
    verb: 'transferred',
    description:
      'A case moved from one lead agency to another: no service consumes it today (the committee acts on the `routed` event published with it); it records the move for agencies\' dashboards.',
    schema: z.object({ ...caseEvent.shape, fromAgencyId: eventId, toAgencyId: eventId }),
    example: {
      ...complaint,
      status: 'RECEIVED',
      dueOn: new Date('2026-11-26T00:00:00Z'),
      fromAgencyId: 'so-xay-dung',
      toAgencyId: 'ubnd-phuong-hoan-kiem',
    },
  }),

  /** Thụ lý: the lead agency accepted the case (complaints and denunciations start their resolution period). */
  petitionAccepted: defineEvent({
    service,
    entity: 'petition',
    verb: 'accepted',
    description: 'A case was accepted (thụ lý) and its due date may have moved: the committee moves the due date of the case\'s open assignment (F2).',
    schema: transition,
    example: {
      ...complaint,
      status: 'ACCEPTED',
      dueOn: new Date('2026-12-31T00:00:00Z'),
      from: 'RECEIVED',
      to: 'ACCEPTED',
      on: new Date('2026-11-20T00:00:00Z'),
    },
  }),

  /** Không thụ lý (or gộp đơn trùng, with `mergedInto`): the case was declined. */
  petitionDeclined: defineEvent({
    service,
    entity: 'petition',
    verb: 'declined',
    description:
      'A case was declined with a reason, or merged into another as a duplicate: the committee withdraws the case\'s open assignment (F2).',
    schema: z.object({
      ...transition.shape,
      reasonCode: declineReasonCode,
      /** Set when the case was merged into another as its duplicate (reason DUPLICATE). */
      mergedInto: eventId.optional(),
    }),
    example: {
      ...complaint,
      status: 'DECLINED',
      dueOn: null,
      from: 'RECEIVED',
      to: 'DECLINED',
      on: new Date('2026-11-18T00:00:00Z'),
      reasonCode: 'DUPLICATE',
      mergedInto: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
    },
  }),

  /** Đang giải quyết (xác minh): work on the case began. */
  petitionStarted: defineEvent({
    service,
    entity: 'petition',
    verb: 'started',
    description: 'Work on a case began (verification, handling): the committee keeps the due date of the case\'s open assignment current (F2).',
    schema: transition,
    example: {
      ...complaint,
      status: 'IN_PROGRESS',
      dueOn: new Date('2026-12-31T00:00:00Z'),
      from: 'ACCEPTED',
      to: 'IN_PROGRESS',
      on: new Date('2026-11-24T00:00:00Z'),
    },
  }),

  /** Giải quyết / trả lời: a decision, conclusion or answer resolved the case (by the agency, or by an assignment's answer in F2). */
  petitionResolved: defineEvent({
    service,
    entity: 'petition',
    verb: 'resolved',
    description:
      'A case was resolved, by its agency or by the answer to the committee\'s assignment: the committee withdraws any assignment still open for it (F2 ends).',
    schema: z.object({
      ...transition.shape,
      /** Quyết định giải quyết / kết luận (DECISION) or văn bản trả lời (ANSWER). */
      resolutionKind: z.enum(['DECISION', 'ANSWER']),
      resolvedOn: calendarDay,
      /** The committee assignment whose answer resolved it (F2); null when the agency resolved it itself. */
      assignmentId: optionalId,
    }),
    example: {
      petitionId: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
      agencyId: 'so-xay-dung',
      kind: 'VOTER_RECOMMENDATION',
      category: 'TRANSPORT',
      channel: 'VOTER_MEETING',
      status: 'RESOLVED',
      dueOn: null,
      from: 'RECEIVED',
      to: 'RESOLVED',
      on: new Date('2026-12-02T00:00:00Z'),
      resolutionKind: 'ANSWER',
      resolvedOn: new Date('2026-12-02T00:00:00Z'),
      assignmentId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    },
  }),

  /** Lưu hồ sơ: the resolved case's file was closed. */
  petitionClosed: defineEvent({
    service,
    entity: 'petition',
    verb: 'closed',
    description: 'A resolved case\'s file was closed: the committee withdraws any assignment still open for it (F2).',
    schema: transition,
    example: {
      ...complaint,
      status: 'CLOSED',
      dueOn: null,
      from: 'RESOLVED',
      to: 'CLOSED',
      on: new Date('2027-01-08T00:00:00Z'),
    },
  }),

  /** Cơ quan phối hợp: another agency works on the case with the lead. */
  cooperatingAgencyAdded: defineEvent({
    service,
    entity: 'petition',
    verb: 'cooperatingAgencyAdded',
    description: 'An agency was added to cooperate on a case with its lead: no service consumes it today; it tells the cooperating agency\'s dashboards of the case.',
    schema: z.object({ ...caseEvent.shape, cooperatingAgencyId: eventId, cooperatingAgencyIds: z.array(eventId) }),
    example: {
      ...complaint,
      status: 'ACCEPTED',
      dueOn: new Date('2026-12-31T00:00:00Z'),
      cooperatingAgencyId: 'so-nong-nghiep-va-moi-truong',
      cooperatingAgencyIds: ['so-tai-chinh', 'so-nong-nghiep-va-moi-truong'],
    },
  }),

  /** Gộp đơn trùng: duplicates were folded into this case (each duplicate publishes its own `declined`). */
  duplicatesMerged: defineEvent({
    service,
    entity: 'petition',
    verb: 'merged',
    description:
      'Duplicate cases were merged into this one, which counts their distinct co-signers: no service consumes it today (the committee acts on each duplicate\'s `declined`); it links the cases for dashboards.',
    schema: z.object({
      ...caseEvent.shape,
      duplicateIds: z.array(eventId).min(1).max(50),
      /** Distinct people who signed this case or one merged into it (a count, never who). */
      cosignerCount: z.number().int().min(0),
    }),
    example: {
      ...complaint,
      status: 'ACCEPTED',
      dueOn: new Date('2026-12-31T00:00:00Z'),
      duplicateIds: ['3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f'],
      cosignerCount: 3,
    },
  }),

  /** Khiếu nại lần hai: a resolved first complaint was reopened as a second complaint (a new case, routed on its own). */
  secondComplaintOpened: defineEvent({
    service,
    entity: 'petition',
    verb: 'secondComplaintOpened',
    description:
      'A resolved first complaint was taken further as a second complaint: no service consumes it today; it links the first case to the new one, whose own `routed` event follows.',
    schema: z.object({ ...caseEvent.shape, secondComplaintId: eventId }),
    example: {
      ...complaint,
      status: 'RESOLVED',
      dueOn: null,
      secondComplaintId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
    },
  }),

  /** Thông báo thụ lý tố cáo: the denouncer was notified of the acceptance (Law on Denunciations 2018, art. 29). */
  acceptanceNoticeSent: defineEvent({
    service,
    entity: 'petition',
    verb: 'noticeSent',
    description: 'The notice of a denunciation\'s acceptance was sent, meeting its NOTICE deadline: no service consumes it today; it is the record that the deadline was met.',
    schema: z.object({
      ...caseEvent.shape,
      /** Always NOTICE. */
      deadlineKind,
      on: calendarDay,
    }),
    example: {
      ...denunciation,
      status: 'ACCEPTED',
      dueOn: new Date('2027-01-04T00:00:00Z'),
      deadlineKind: 'NOTICE',
      on: new Date('2026-12-08T00:00:00Z'),
    },
  }),

  /** Gia hạn giải quyết tố cáo: a written decision extended a denunciation's resolution period (art. 30). */
  deadlineExtended: defineEvent({
    service,
    entity: 'petition',
    verb: 'deadlineExtended',
    description: 'A denunciation\'s resolution period was extended by a written decision: the committee moves the due date of the case\'s open assignment (F2).',
    schema: z.object({
      ...caseEvent.shape,
      deadlineKind,
      ruleId: deadlineRuleId,
      /** The resolution deadline before (null when none was pending). */
      previousDueOn: optionalCalendarDay,
      newDueOn: calendarDay,
      /** 1 for the first extension, 2 for the second. */
      extensionNumber: z.number().int().positive(),
      /** Days added (1–30). */
      days: z.number().int().positive(),
      decidedOn: calendarDay,
      /** Number of the written decision, e.g. `15/QĐ-UBND`. */
      decisionRef: z.string().max(100),
    }),
    example: {
      ...denunciation,
      status: 'IN_PROGRESS',
      dueOn: new Date('2027-02-01T00:00:00Z'),
      deadlineKind: 'RESOLUTION',
      ruleId: 'DENUNCIATION_RESOLUTION',
      previousDueOn: new Date('2027-01-04T00:00:00Z'),
      newDueOn: new Date('2027-02-01T00:00:00Z'),
      extensionNumber: 1,
      days: 28,
      decidedOn: new Date('2026-12-28T00:00:00Z'),
      decisionRef: '15/QĐ-UBND',
    },
  }),

  /** Hạn trả lời kiến nghị cử tri: a voter recommendation's answer is due at the next regular session, now scheduled (F3). */
  dueDateSet: defineEvent({
    service,
    entity: 'petition',
    verb: 'dueDateSet',
    description:
      'Council scheduled the next regular session, so a voter recommendation waiting for it got its answer deadline: the committee moves the due date of the case\'s open assignment (F1, F3).',
    schema: z.object({
      petitionId: eventId,
      agencyId: eventId,
      dueOn: calendarDay,
      /** The rule in words (the deadline's basis), e.g. the session it is due at. */
      rule: z.string().max(2_000),
      ruleId: deadlineRuleId,
      /** The council session the answer is due at. */
      dueSessionId: eventId,
    }),
    example: {
      petitionId: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
      agencyId: 'so-xay-dung',
      dueOn: new Date('2027-07-06T00:00:00Z'),
      rule: 'Answer reported at the next regular council session, opening 2027-07-06 (Luật Tổ chức chính quyền địa phương; Quy chế phối hợp 2021-2026)',
      ruleId: 'COUNCIL_VOTER_RECOMMENDATION',
      dueSessionId: 'd4e2a1f3-7c8b-4e3f-9a2b-6f7c8d9e0a1b',
    },
  }),

  /** Lịch nghỉ lễ, tết changed: an open case's pending deadlines were counted again. */
  deadlinesRecomputed: defineEvent({
    service,
    entity: 'petition',
    verb: 'deadlinesRecomputed',
    description:
      'A holiday year was set and an open case\'s pending deadlines moved: the committee moves the due date of the case\'s open assignment (F2).',
    schema: z.object({
      ...caseEvent.shape,
      /** The holiday year whose setting caused it (deadlines from 1 January of it on were recounted). */
      fromYear: z.number().int(),
      changes: z
        .array(
          z.object({
            kind: deadlineKind,
            ruleId: deadlineRuleId,
            previousDueOn: calendarDay,
            newDueOn: calendarDay,
          }),
        )
        .min(1),
    }),
    example: {
      ...complaint,
      status: 'ACCEPTED',
      dueOn: new Date('2027-02-22T00:00:00Z'),
      fromYear: 2027,
      changes: [
        {
          kind: 'RESOLUTION',
          ruleId: 'COMPLAINT_FIRST_RESOLUTION',
          previousDueOn: new Date('2027-02-15T00:00:00Z'),
          newDueOn: new Date('2027-02-22T00:00:00Z'),
        },
      ],
    },
  }),

  /** Quá hạn: a pending statutory deadline of an open case passed (published once per deadline by the sweeper). */
  deadlineMissed: defineEvent({
    service,
    entity: 'petition',
    verb: 'deadlineMissed',
    description:
      'A statutory deadline of an open case passed without being met (published once per deadline): no service consumes it today (the coordination index follows deadlines through petitions\' obligation events, F4); it alerts the lead agency\'s dashboards to a late case.',
    schema: z.object({
      petitionId: eventId,
      agencyId: eventId,
      kind: petitionKind,
      category: caseCategorySchema,
      deadlineKind,
      ruleId: deadlineRuleId,
      dueOn: calendarDay,
    }),
    example: {
      petitionId: denunciation.petitionId,
      agencyId: denunciation.agencyId,
      kind: denunciation.kind,
      category: denunciation.category,
      deadlineKind: 'INITIAL_HANDLING',
      ruleId: 'DENUNCIATION_INITIAL_HANDLING',
      dueOn: new Date('2026-11-25T00:00:00Z'),
    },
  }),

  /** Bảng phân định thẩm quyền: a routing rule was added (or a deleted one brought back, or seeded). */
  routingRuleCreated: defineEvent({
    service,
    entity: 'routingRule',
    verb: 'created',
    description: 'A routing rule (which agency is competent for a kind × category × level) was added: no service consumes it today; it keeps routing tables readable outside petitions.',
    schema: routingRule,
    example: exampleRule,
  }),

  /** Bảng phân định thẩm quyền: a routing rule's target or legal basis changed. */
  routingRuleUpdated: defineEvent({
    service,
    entity: 'routingRule',
    verb: 'updated',
    description: 'A routing rule got a new competent agency or legal basis (cases already routed keep theirs): no service consumes it today.',
    schema: routingRule,
    example: { ...exampleRule, agencyId: 'so-nong-nghiep-va-moi-truong' },
  }),

  /** Bảng phân định thẩm quyền: a routing rule was deleted (`deleted: true`, the rule as it stood). */
  routingRuleDeleted: defineEvent({
    service,
    entity: 'routingRule',
    verb: 'deleted',
    description: 'A routing rule was deleted, so cases fall back to less specific rules: no service consumes it today.',
    schema: routingRule,
    example: { ...exampleRule, deleted: true },
  }),

  /** Lịch nghỉ lễ, tết: an administrator set (created or replaced) a year of the holiday calendar. */
  holidayYearSet: defineEvent({
    service,
    entity: 'holidayYear',
    verb: 'set',
    description:
      'A year of the holiday calendar was set: petitions itself (every instance, once) recomputes the open cases\' deadlines that reach that year.',
    schema: z.object({
      year: z.number().int().min(2000).max(2100),
      /** Not announced by the government yet: dates computed from it may move. */
      provisional: z.boolean(),
      /** Weekdays state agencies do not work (holidays, nghỉ bù, hoán đổi). */
      daysOff: z.array(calendarDay).max(60),
      /** Weekend days worked instead (ngày làm bù). */
      makeUpWorkingDays: z.array(calendarDay).max(20),
      /** The decisions or notices announcing it. */
      sources: z.array(z.string().max(500)),
    }),
    example: {
      year: 2027,
      provisional: false,
      daysOff: [
        new Date('2027-01-01T00:00:00Z'),
        new Date('2027-02-05T00:00:00Z'),
        new Date('2027-02-08T00:00:00Z'),
        new Date('2027-02-09T00:00:00Z'),
        new Date('2027-02-10T00:00:00Z'),
        new Date('2027-02-11T00:00:00Z'),
        new Date('2027-04-16T00:00:00Z'),
        new Date('2027-04-30T00:00:00Z'),
        new Date('2027-09-02T00:00:00Z'),
        new Date('2027-09-03T00:00:00Z'),
      ],
      makeUpWorkingDays: [],
      sources: ['Công văn 8726/VPCP-KGVX ngày 26/11/2026'],
    },
  }),

  /** Lịch tiếp công dân: a reception schedule was created (the body's staff, or an administrator for a joint one). */
  receptionScheduleCreated: defineEvent({
    service,
    entity: 'receptionSchedule',
    verb: 'created',
    description:
      'A body published its regular citizen-reception days, or the bodies their joint days, with the leaders on duty: no service consumes it today; it tells dashboards and portals when leaders receive citizens.',
    schema: receptionSchedule,
    example: exampleSchedule,
  }),

  /** Lịch tiếp công dân: a schedule's days, leaders or place changed (the schedule as it now stands). */
  receptionScheduleUpdated: defineEvent({
    service,
    entity: 'receptionSchedule',
    verb: 'updated',
    description: 'A reception schedule\'s days, leaders on duty or place changed (receptions already held keep their day): no service consumes it today.',
    schema: receptionSchedule,
    example: { ...exampleSchedule, leaders: [{ name: 'Dương Đức Tuấn', position: 'Phó Chủ tịch Thường trực UBND thành phố' }] },
  }),

  /** Lịch tiếp công dân: a schedule was cancelled from a day on (`cancelledOn`). */
  receptionScheduleCancelled: defineEvent({
    service,
    entity: 'receptionSchedule',
    verb: 'cancelled',
    description: 'A reception schedule was cancelled: no reception day from `cancelledOn` on (days before it stay, with the sessions held). No service consumes it today.',
    schema: receptionSchedule,
    example: { ...exampleSchedule, cancelledOn: new Date('2026-07-01T00:00:00Z') },
  }),

  /** Mức độ hài lòng: after its resolution, how satisfied the petitioner said they were with a case's outcome. */
  satisfactionRecorded: defineEvent({
    service,
    entity: 'petition',
    verb: 'satisfactionRecorded',
    description:
      'The petitioner\'s satisfaction with a resolved case was recorded (a level, never who or why): supervision counts it in the lead agency\'s satisfaction rate beside the coordination index.',
    schema: z.object({
      ...caseEvent.shape,
      satisfaction: z.enum(satisfactionLevels),
      /** How the petitioner told it (the case's channel or another). */
      recordedVia: petitionChannel,
      recordedOn: calendarDay,
      /** The day the case was resolved (its decision or answer). */
      resolvedOn: calendarDay,
      /** A dissatisfied first complaint taken further at once: the second complaint opened (Law on Complaints 2011, art. 33). */
      secondComplaintId: optionalId,
    }),
    example: {
      ...complaint,
      status: 'RESOLVED',
      dueOn: null,
      satisfaction: 'DISSATISFIED',
      recordedVia: 'ONLINE',
      recordedOn: new Date('2027-01-12T00:00:00Z'),
      resolvedOn: new Date('2027-01-05T00:00:00Z'),
      secondComplaintId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
    },
  }),

  /** Tiếp công dân: a citizen reception session was recorded. */
  citizenReceptionRecorded: defineEvent({
    service,
    entity: 'citizenReception',
    verb: 'recorded',
    description:
      'An agency recorded a citizen reception session (day, place, how many citizens came): no service consumes it today; it feeds reception statistics (never who came or what they said).',
    schema: z.object({
      citizenReceptionId: eventId,
      heldOn: calendarDay,
      hostAgencyId: eventId,
      place: z.string().max(500),
      /** How many citizens were received (a count, never who). */
      citizensReceived: z.number().int().min(0),
      /** The reception schedule whose day it held, if any. */
      receptionScheduleId: optionalId,
    }),
    example: {
      citizenReceptionId: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d',
      heldOn: new Date('2026-11-16T00:00:00Z'),
      hostAgencyId: 'committee',
      place: 'Trụ sở Tiếp công dân thành phố, 1 Đinh Lễ, phường Hoàn Kiếm',
      citizensReceived: 23,
      receptionScheduleId: exampleSchedule.receptionScheduleId,
    },
  }),

  obligation: obligationContracts(service),
};
