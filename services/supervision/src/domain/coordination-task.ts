import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';
import { pastOrToday } from './programme';

/**
 * "5 rõ" — the coordination regulation's rule that every coordinated task is clear in five ways:
 * rõ việc (the task), rõ người (the person), rõ trách nhiệm (the answerable agency),
 * rõ tiến độ (the deadline) and rõ hiệu quả (the expected result).
 */
export const fiveClear = {
  title: 'rõ việc (what is to be done)',
  responsiblePerson: 'rõ người (who does it)',
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

export const taskStatuses = ['OPEN', 'DONE'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const taskSources = ['MANUAL', 'SESSION_PREPARATION'] as const;
export type TaskSource = (typeof taskSources)[number];

export const createCoordinationTaskInput = z.object({
  title: clearText(500, fiveClear.title),
  responsiblePerson: clearText(200, fiveClear.responsiblePerson),
  agencyId: clearText(100, fiveClear.agencyId),
  dueOn: z.date({ required_error: required(fiveClear.dueOn), invalid_type_error: required(fiveClear.dueOn) }),
  expectedResult: clearText(2_000, fiveClear.expectedResult),
  councilSessionId: id.nullish(),
});
export type CreateCoordinationTaskInput = z.output<typeof createCoordinationTaskInput>;

export const completeCoordinationTaskInput = z.object({
  doneOn: pastOrToday(),
  result: text(4_000),
});
export type CompleteCoordinationTaskInput = z.output<typeof completeCoordinationTaskInput>;

/** Only an OPEN task can be completed. */
export function completionProblem(status: TaskStatus): string | undefined {
  return status === 'OPEN' ? undefined : `the task is already ${status}`;
}

/** Late (chậm tiến độ): done after its due day, or still open once its due day has passed. */
export function isTaskLate(task: { status: string; dueOn: Date; doneOn?: Date | null }, today: Date = hanoiToday()): boolean {
  if (task.status === 'DONE') return task.doneOn != null && task.doneOn.getTime() > task.dueOn.getTime();
  return task.dueOn.getTime() < today.getTime();
}

/** A task as the F3 flow drafts it: the "5 rõ" plus the session it prepares. */
export interface TaskDraft {
  title: string;
  responsiblePerson: string;
  agencyId: string;
  dueOn: Date;
  expectedResult: string;
}

/** Session kinds that are not regular (kỳ họp chuyên đề / bất thường): no voter opinion report is owed to them. */
const irregularSessionKinds = new Set(['SPECIAL', 'EXTRAORDINARY', 'THEMATIC', 'UNSCHEDULED', 'AD_HOC']);
export const isRegularSession = (kind: string | null | undefined) => !irregularSessionKinds.has((kind ?? '').toUpperCase());

/**
 * The tasks that prepare a council session (chuẩn bị kỳ họp), each due on the session's document deadline:
 * the council's programme, the People's Committee's reports and draft resolutions, and — for regular
 * sessions — the Front's summary of voters' opinions (Law on Organisation of Local Government, art. 85 [U]).
 */
export function sessionPreparationTasks(session: { kind?: string | null; documentDueOn: Date }): TaskDraft[] {
  const dueOn = session.documentDueOn;
  const tasks: TaskDraft[] = [
    {
      title: 'Prepare session programme (Chuẩn bị chương trình kỳ họp)',
      responsiblePerson: 'Chánh Văn phòng Đoàn ĐBQH và HĐND thành phố',
      agencyId: 'council',
      dueOn,
      expectedResult: 'Session programme and agenda issued to deputies and invited participants',
    },
    {
      title: "Collect reports from the People's Committee (Tổng hợp báo cáo, tờ trình của UBND thành phố)",
      responsiblePerson: 'Chánh Văn phòng UBND thành phố',
      agencyId: 'committee',
      dueOn,
      expectedResult: "Reports and draft resolutions of the People's Committee submitted for examination",
    },
  ];
  if (isRegularSession(session.kind)) {
    tasks.push({
      title: "Front's voter opinion report (Báo cáo tổng hợp ý kiến, kiến nghị của cử tri)",
      responsiblePerson: 'Chánh Văn phòng Ủy ban MTTQ Việt Nam thành phố',
      agencyId: 'front',
      dueOn,
      expectedResult: "Summary of voters' opinions and recommendations submitted to the session",
    });
  }
  return tasks;
}

/** The task of the agency that presents an agenda item: submit its documents by the document deadline. */
export function agendaDocumentsTask(item: {
  agendaItemId: string;
  presentingAgencyId: string;
  documentDueOn: Date;
  title?: string | null;
}): TaskDraft {
  const title = 'Submit documents for agenda item (Gửi tài liệu nội dung trình kỳ họp)';
  return {
    title: item.title ? `${title}: ${item.title}`.slice(0, 500) : title,
    responsiblePerson: `Thủ trưởng cơ quan trình (head of ${item.presentingAgencyId})`,
    agencyId: item.presentingAgencyId,
    dueOn: item.documentDueOn,
    expectedResult: `Reports and draft resolution for agenda item ${item.agendaItemId} submitted to the council by the deadline`,
  };
}
