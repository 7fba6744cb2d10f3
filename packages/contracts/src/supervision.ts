import { z } from 'zod';
import { calendarDay, defineEvent, eventId, optionalCalendarDay, optionalId } from './define';
import { jurisdictionFields } from './bodies';
import { obligationContracts, obligationKindSchema, regulationContentSchema } from './obligations';

const service = 'supervision';

const programme = z.object({
  supervisionProgrammeId: eventId,
  title: z.string().min(1).max(500),
  kind: z.enum(['THEMATIC', 'REGULAR', 'RE_SUPERVISION', 'SURVEY']),
  leadAgencyId: eventId,
  year: z.number().int(),
  startsOn: calendarDay,
  endsOn: calendarDay,
  supervisedAgencyIds: z.array(eventId),
  status: z.enum(['PLANNED', 'IN_PROGRESS', 'CONCLUDED']),
  reSupervisionOfId: optionalId,
  /** For a re-supervision: the recommendations it re-examines. */
  reviewedRecommendationIds: z.array(eventId),
  /** The lead body's level and unit. */
  ...jurisdictionFields,
});
const programmeExample = {
  supervisionProgrammeId: '5d2c1b0a-9e8f-4a7b-8c6d-1e2f3a4b5c6d',
  title: 'Giám sát việc giải quyết kiến nghị cử tri về trật tự xây dựng năm 2026',
  kind: 'THEMATIC' as const,
  leadAgencyId: 'council',
  year: 2026,
  startsOn: new Date('2026-03-01T00:00:00Z'),
  endsOn: new Date('2026-05-31T00:00:00Z'),
  supervisedAgencyIds: ['so-xay-dung', 'ubnd-phuong-hoan-kiem'],
  status: 'PLANNED' as const,
  reSupervisionOfId: null,
  reviewedRecommendationIds: [],
  level: 'CITY' as const,
  jurisdictionUnitId: null,
};

const recommendationStatus = z.enum(['ISSUED', 'IN_PROGRESS', 'IMPLEMENTED', 'PARTIALLY_IMPLEMENTED', 'NOT_IMPLEMENTED']);
const recommendation = z.object({
  recommendationId: eventId,
  programmeId: eventId,
  leadAgencyId: eventId,
  addressedToAgencyId: eventId,
  dueOn: calendarDay,
  /** 1 for the first due date, +1 each time a re-supervision keeps it open with a new one. */
  round: z.number().int().positive(),
  /** The programme's level and unit. */
  ...jurisdictionFields,
});
const recommendationExample = {
  recommendationId: '8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d',
  programmeId: programmeExample.supervisionProgrammeId,
  leadAgencyId: 'council',
  addressedToAgencyId: 'so-xay-dung',
  dueOn: new Date('2026-09-30T00:00:00Z'),
  round: 1,
  level: 'CITY' as const,
  jurisdictionUnitId: null,
};

const task = z.object({
  coordinationTaskId: eventId,
  title: z.string().min(1).max(500),
  agencyId: eventId,
  dueOn: calendarDay,
  status: z.enum(['OPEN', 'DONE', 'CANCELLED']),
  doneOn: optionalCalendarDay,
  late: z.boolean(),
  source: z.enum(['MANUAL', 'PLAN', 'SESSION_PREPARATION']),
  content: regulationContentSchema.nullish().transform((value) => value ?? null),
  councilSessionId: optionalId,
  recommendationId: optionalId,
  planId: optionalId,
  /** The obligation a session-preparation task follows. */
  obligationId: optionalId,
  /** The level and unit of the bodies whose coordination it is. */
  ...jurisdictionFields,
});
const taskExample = {
  coordinationTaskId: '1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b',
  title: 'Báo cáo tiến độ xử lý công trình vi phạm trật tự xây dựng',
  agencyId: 'so-xay-dung',
  dueOn: new Date('2026-12-15T00:00:00Z'),
  status: 'OPEN' as const,
  doneOn: null,
  late: false,
  source: 'MANUAL' as const,
  content: 'SUPERVISION' as const,
  councilSessionId: null,
  recommendationId: recommendationExample.recommendationId,
  planId: null,
  obligationId: null,
  level: 'CITY' as const,
  jurisdictionUnitId: null,
};

/** Events the supervision service publishes (`vn.hanoi.supervision.*`): producers draft with them, consumers parse with them. */
export const supervisionEvents = {
  /** Chương trình giám sát planned. */
  programmeCreated: defineEvent({ service, entity: 'supervisionProgramme', verb: 'created', description: 'A supervision programme (or survey, or re-supervision) was planned.', schema: programme, example: programmeExample }),
  programmeStarted: defineEvent({ service, entity: 'supervisionProgramme', verb: 'started', description: 'A programme started.', schema: programme, example: { ...programmeExample, status: 'IN_PROGRESS' as const } }),
  /** Kết luận giám sát. */
  programmeConcluded: defineEvent({
    service,
    entity: 'supervisionProgramme',
    verb: 'concluded',
    description: 'A programme was concluded.',
    schema: programme.extend({ concludedOn: calendarDay }),
    example: { ...programmeExample, status: 'CONCLUDED' as const, concludedOn: new Date('2026-06-05T00:00:00Z') },
  }),
  /** Phát hiện of a survey or supervision. */
  programmeFindingRecorded: defineEvent({
    service,
    entity: 'supervisionProgramme',
    verb: 'findingRecorded',
    description: 'A programme recorded a finding, about one supervised agency or as a whole.',
    schema: z.object({ supervisionProgrammeId: eventId, agencyId: optionalId, recordedOn: calendarDay }),
    example: { supervisionProgrammeId: programmeExample.supervisionProgrammeId, agencyId: 'so-xay-dung', recordedOn: new Date('2026-04-10T00:00:00Z') },
  }),
  /** Kiến nghị sau giám sát issued: the committee assigns it when it is addressed to one of its agencies. */
  recommendationIssued: defineEvent({
    service,
    entity: 'supervisionRecommendation',
    verb: 'issued',
    description: 'A post-supervision recommendation was issued to an agency; the committee turns those addressed to its agencies into assignments.',
    schema: recommendation.extend({ text: z.string().min(1).max(4_000) }),
    example: { ...recommendationExample, text: 'Rà soát, xử lý dứt điểm các công trình vi phạm trật tự xây dựng trên địa bàn' },
  }),
  recommendationImplementationReported: defineEvent({
    service,
    entity: 'supervisionRecommendation',
    verb: 'implementationReported',
    description: 'The addressed agency reported on the implementation (directly or by answering its committee assignment).',
    schema: recommendation.extend({
      status: recommendationStatus,
      reportedOn: calendarDay,
      /** Reported after the due day. */
      late: z.boolean(),
      evidenceCount: z.number().int().min(0),
      assignmentId: optionalId,
    }),
    example: { ...recommendationExample, status: 'IN_PROGRESS' as const, reportedOn: new Date('2026-07-01T00:00:00Z'), late: false, evidenceCount: 2, assignmentId: null },
  }),
  /** Tái giám sát: a finding on one recommendation, closing it or keeping it open with a new due date. */
  recommendationReSupervised: defineEvent({
    service,
    entity: 'supervisionRecommendation',
    verb: 'reSupervised',
    description: 'A re-supervision closed the recommendation or kept it open with a new due date (a new round): the committee withdraws or reassigns.',
    schema: recommendation.extend({
      reSupervisionId: eventId,
      outcome: z.enum(['CLOSED', 'KEPT_OPEN']),
      assessedStatus: z.enum(['IMPLEMENTED', 'PARTIALLY_IMPLEMENTED', 'NOT_IMPLEMENTED']),
      recordedOn: calendarDay,
      text: z.string().min(1).max(4_000),
    }),
    example: {
      ...recommendationExample,
      dueOn: new Date('2027-03-31T00:00:00Z'),
      round: 2,
      reSupervisionId: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      outcome: 'KEPT_OPEN' as const,
      assessedStatus: 'PARTIALLY_IMPLEMENTED' as const,
      recordedOn: new Date('2026-11-20T00:00:00Z'),
      text: recommendationIssuedText(),
    },
  }),
  /** Quá hạn: published once per due day a recommendation passes unresolved (the escalation). */
  recommendationOverdue: defineEvent({
    service,
    entity: 'supervisionRecommendation',
    verb: 'overdue',
    description: 'A recommendation passed its due day unresolved: its lead body escalates to the addressed agency’s superior.',
    schema: recommendation.extend({ status: recommendationStatus, detectedOn: calendarDay }),
    example: { ...recommendationExample, status: 'IN_PROGRESS' as const, detectedOn: new Date('2026-10-01T00:00:00Z') },
  }),
  /** Nhiệm vụ phối hợp ("5 rõ"). */
  taskCreated: defineEvent({ service, entity: 'coordinationTask', verb: 'created', description: 'A coordination task was created (by hand, by the plan, or following a session obligation).', schema: task, example: taskExample }),
  taskCompleted: defineEvent({
    service,
    entity: 'coordinationTask',
    verb: 'completed',
    description: 'A coordination task was done.',
    schema: task,
    example: { ...taskExample, status: 'DONE' as const, doneOn: new Date('2026-12-10T00:00:00Z') },
  }),
  taskCancelled: defineEvent({ service, entity: 'coordinationTask', verb: 'cancelled', description: 'A coordination task was cancelled.', schema: task, example: { ...taskExample, status: 'CANCELLED' as const } }),
  taskReopened: defineEvent({ service, entity: 'coordinationTask', verb: 'reopened', description: 'A session-preparation task whose obligation is owed again after it was cancelled.', schema: task, example: taskExample }),
  taskRescheduled: defineEvent({ service, entity: 'coordinationTask', verb: 'rescheduled', description: 'A session-preparation task followed its obligation to a new due day.', schema: task, example: taskExample }),
  taskMilestoneReached: defineEvent({
    service,
    entity: 'coordinationTask',
    verb: 'milestoneReached',
    description: 'A milestone of a coordination task (rõ tiến độ) was done.',
    schema: task.extend({ milestoneIndex: z.number().int().min(0), milestoneDueOn: calendarDay, milestoneDoneOn: calendarDay }),
    example: { ...taskExample, milestoneIndex: 0, milestoneDueOn: new Date('2026-12-01T00:00:00Z'), milestoneDoneOn: new Date('2026-11-30T00:00:00Z') },
  }),
  /** Kế hoạch phối hợp hằng năm. */
  planCreated: defineEvent({
    service,
    entity: 'coordinationPlan',
    verb: 'created',
    description: 'An annual coordination plan was created; its items are coordination tasks.',
    schema: z.object({ coordinationPlanId: eventId, year: z.number().int(), title: z.string().min(1).max(500) }),
    example: { coordinationPlanId: '2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b', year: 2027, title: 'Kế hoạch phối hợp năm 2027 giữa Đoàn ĐBQH, Thường trực HĐND, UBND và Ủy ban MTTQ thành phố' },
  }),
  /** Trọng số of the coordination index: a new version. */
  indexWeightsSet: defineEvent({
    service,
    entity: 'coordinationIndexWeights',
    verb: 'set',
    description: 'An administrator set a new version of the coordination index weights.',
    schema: z.object({
      version: z.number().int().positive(),
      weights: z.array(z.object({ kind: obligationKindSchema, weight: z.number().min(0) })),
      note: z.string().min(1).max(2_000),
    }),
    example: { version: 2, weights: [{ kind: 'AGENDA_DOCUMENT', weight: 4 }], note: 'Sơ kết năm 2026: nâng trọng số chuẩn bị tài liệu kỳ họp' },
  }),
  obligation: obligationContracts(service),
};

function recommendationIssuedText() {
  return 'Rà soát, xử lý dứt điểm các công trình vi phạm trật tự xây dựng trên địa bàn';
}
