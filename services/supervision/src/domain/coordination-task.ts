import { regulationContentSchema, type Obligation, type ObligationKind, type RegulationContent } from '@hanoi/contracts';
import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';
import { pastOrToday } from './programme';

/**
 * "5 rõ" — the coordination regulation's rule that every coordinated task is clear in five ways:
 * rõ việc (the task), rõ người (the person), rõ trách nhiệm (the answerable agency),
 * rõ tiến độ (the deadline and its milestones) and rõ hiệu quả (the expected result).
 */
export const fiveClear = {
  title: 'rõ việc (what is to be done)',
  responsible: 'rõ người (who does it: a deputy or a staff member, by id)',
  agencyId: 'rõ trách nhiệm (the answerable agency)',
  dueOn: 'rõ tiến độ (by when)',
  expectedResult: 'rõ hiệu quả (the expected result)',
} as const;

const required = (principle: string) => `is required by "5 rõ": ${principle}`;
const clearText = (max: number, principle: string) =>
  z
    .string({ required_error: required(principle), invalid_type_error: required(principle) })
    .trim()
    .min(1, required(principle))
    .max(max, `must be at most ${max} characters`);

export const taskStatuses = ['OPEN', 'DONE', 'CANCELLED'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
/**
 * MANUAL: created by a user; PLAN: an item of the annual coordination plan; SESSION_PREPARATION: follows an
 * obligation of council or front that prepares a session, opened and closed by that obligation's events.
 */
export const taskSources = ['MANUAL', 'PLAN', 'SESSION_PREPARATION'] as const;
export type TaskSource = (typeof taskSources)[number];

/** Rõ người: a person by reference — a council deputy, an NA deputy, or a staff member (their user id) — with the position held. */
export const personKinds = ['STAFF', 'COUNCIL_DEPUTY', 'NATIONAL_ASSEMBLY_DEPUTY'] as const;
export type PersonKind = (typeof personKinds)[number];
export const personInput = z.object({
  kind: z.enum(personKinds),
  id,
  name: text(200),
  position: text(200),
});
export type PersonRef = z.output<typeof personInput>;

/** Rõ tiến độ: dated steps on the way to the due day. */
export interface Milestone {
  title: string;
  dueOn: Date;
  doneOn: Date | null;
}
const milestoneInput = z.object({ title: text(500), dueOn: z.date() });

export const createCoordinationTaskInput = z
  .object({
    title: clearText(500, fiveClear.title),
    responsible: personInput.nullish().superRefine((value, ctx) => {
      if (!value) ctx.addIssue({ code: 'custom', message: required(fiveClear.responsible) });
    }),
    agencyId: clearText(100, fiveClear.agencyId),
    dueOn: z.date({ required_error: required(fiveClear.dueOn), invalid_type_error: required(fiveClear.dueOn) }),
    expectedResult: clearText(2_000, fiveClear.expectedResult),
    milestones: z.array(milestoneInput).max(20, 'must have at most 20 milestones').nullish().transform((value) => value ?? []),
    content: regulationContentSchema.nullish().transform((value) => value ?? null),
    councilSessionId: id.nullish().transform((value) => value ?? null),
    recommendationId: id.nullish().transform((value) => value ?? null),
  })
  .superRefine((input, ctx) => {
    input.milestones.forEach((milestone, index) => {
      if (milestone.dueOn.getTime() > input.dueOn.getTime()) ctx.addIssue({ code: 'custom', path: ['milestones', index, 'dueOn'], message: 'must not be after the task is due' });
    });
    if (!contentOf(input)) {
      ctx.addIssue({ code: 'custom', path: ['content'], message: 'is required unless the task prepares a session or implements a recommendation' });
    }
  });
export type CreateCoordinationTaskInput = z.output<typeof createCoordinationTaskInput> & { responsible: PersonRef };

/** The regulation content of a task: as given, else that of what it serves (a session, a recommendation). */
export function contentOf(task: { content: RegulationContent | null; councilSessionId: string | null; recommendationId: string | null }): RegulationContent | null {
  if (task.content) return task.content;
  if (task.councilSessionId) return 'COUNCIL_SESSIONS';
  return task.recommendationId ? 'SUPERVISION' : null;
}

export const completeCoordinationTaskInput = z.object({
  doneOn: pastOrToday(),
  result: text(4_000),
});
export type CompleteCoordinationTaskInput = z.output<typeof completeCoordinationTaskInput>;

export const recordMilestoneInput = z.object({ index: z.number().int().min(0), doneOn: pastOrToday() });
export type RecordMilestoneInput = z.output<typeof recordMilestoneInput>;

/** Only an OPEN task can be completed or cancelled, and only one made by hand or by the plan is closed by hand. */
export function closingProblem(task: { status: TaskStatus; source: TaskSource }): string | undefined {
  if (task.status !== 'OPEN') return `the task is already ${task.status}`;
  return task.source === 'SESSION_PREPARATION' ? 'a session-preparation task is closed by the event that meets its obligation' : undefined;
}

/** A milestone exists and is not yet done. */
export function milestoneProblem(milestones: readonly Milestone[], index: number): string | undefined {
  const milestone = milestones[index];
  if (!milestone) return `the task has no milestone ${index}`;
  return milestone.doneOn ? `milestone ${index} was done on ${milestone.doneOn.toISOString().slice(0, 10)}` : undefined;
}

/** Late (chậm tiến độ): done after its due day, or still open once its due day has passed. Cancelled tasks never are. */
export function isTaskLate(task: { status: string; dueOn: Date; doneOn?: Date | null }, today: Date = hanoiToday()): boolean {
  if (task.status === 'DONE') return task.doneOn != null && task.doneOn.getTime() > task.dueOn.getTime();
  return task.status === 'OPEN' && task.dueOn.getTime() < today.getTime();
}

/** Which of the "5 rõ" a task lacks (an event-born task lacks its person while its agency names no focal point). */
export function fiveClearGaps(task: { responsible: PersonRef | null }): string[] {
  return task.responsible ? [] : [fiveClear.responsible];
}

/**
 * A task made by hand or by the plan is an obligation of its agency (COORDINATION_TASK): met when done, cancelled
 * when cancelled. A session-preparation task is not: it follows an obligation council or front already publishes.
 */
export function taskObligations(doc: {
  _id: string;
  source: TaskSource;
  agencyId: string;
  dueOn: Date;
  status: TaskStatus;
  doneOn: Date | null;
  title: string;
  content: RegulationContent | null;
  councilSessionId: string | null;
  recommendationId: string | null;
}): Obligation[] {
  if (doc.source === 'SESSION_PREPARATION') return [];
  return [
    {
      obligationId: `coordinationTask:${doc._id}`,
      kind: 'COORDINATION_TASK',
      agencyId: doc.agencyId,
      dueOn: doc.dueOn,
      subject: { type: 'CoordinationTask', id: doc._id },
      content: contentOf(doc) ?? 'COUNCIL_SESSIONS',
      basis: doc.source === 'PLAN' ? 'Kế hoạch phối hợp hằng năm' : 'Nhiệm vụ phối hợp ("5 rõ")',
      councilSessionId: doc.councilSessionId,
      title: doc.title,
      metOn: doc.status === 'DONE' ? doc.doneOn : null,
      cancelled: doc.status === 'CANCELLED',
      reason: 'task cancelled',
    },
  ];
}

/** What a session-preparation task says for each kind of obligation it follows (rõ việc, rõ hiệu quả). */
export const preparationTaskTexts: Partial<Record<ObligationKind, { title: string; expectedResult: string }>> = {
  SESSION_PROGRAMME: {
    title: 'Chuẩn bị chương trình kỳ họp (session programme)',
    expectedResult: 'Chương trình kỳ họp ban hành, gửi đại biểu và khách mời',
  },
  AGENDA_DOCUMENT: {
    title: 'Gửi tài liệu nội dung trình kỳ họp (agenda item documents)',
    expectedResult: 'Tờ trình, báo cáo, dự thảo nghị quyết gửi Thường trực HĐND đúng hạn',
  },
  VOTER_OPINION_REPORT: {
    title: 'Báo cáo tổng hợp ý kiến, kiến nghị của cử tri (voter opinion report)',
    expectedResult: 'Báo cáo của Ủy ban MTTQ gửi kỳ họp',
  },
};
