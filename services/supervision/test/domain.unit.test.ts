import { parseCalendarDate } from '@hanoi/platform';
import {
  agendaDocumentsTask,
  completionProblem,
  createCoordinationTaskInput,
  isRegularSession,
  isTaskLate,
  sessionPreparationTasks,
} from '../src/domain/coordination-task';
import {
  acceptsRecommendations,
  createSupervisionProgrammeInput,
  periodProblem,
  programmeTransitionProblem,
  reSupervisionProblem,
} from '../src/domain/programme';
import { isRecommendationOverdue, reportProblem, reportRecommendationImplementationInput } from '../src/domain/recommendation';

const day = parseCalendarDate;
const today = day('2026-11-28');

describe('recommendation overdue (quá hạn)', () => {
  it('is overdue only while OPEN after its due day', () => {
    expect(isRecommendationOverdue({ status: 'OPEN', dueOn: day('2026-11-27') }, today)).toBe(true);
    expect(isRecommendationOverdue({ status: 'OPEN', dueOn: day('2026-11-28') }, today)).toBe(false);
    expect(isRecommendationOverdue({ status: 'OPEN', dueOn: day('2026-12-31') }, today)).toBe(false);
    expect(isRecommendationOverdue({ status: 'IMPLEMENTED', dueOn: day('2020-01-01') }, today)).toBe(false);
    expect(isRecommendationOverdue({ status: 'NOT_IMPLEMENTED', dueOn: day('2020-01-01') }, today)).toBe(false);
  });

  it('takes a report only while OPEN, and never OPEN as the reported status', () => {
    expect(reportProblem('OPEN')).toBeUndefined();
    expect(reportProblem('PARTIALLY_IMPLEMENTED')).toMatch(/already reported/);
    const parsed = reportRecommendationImplementationInput.safeParse({ status: 'OPEN', report: 'x', reportedOn: day('2026-01-01') });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(['status']);
  });
});

describe('coordination task late (chậm tiến độ)', () => {
  it('is late when done after the due day or still open once it has passed', () => {
    const dueOn = day('2026-11-20');
    expect(isTaskLate({ status: 'DONE', dueOn, doneOn: day('2026-11-21') }, today)).toBe(true);
    expect(isTaskLate({ status: 'DONE', dueOn, doneOn: day('2026-11-20') }, today)).toBe(false);
    expect(isTaskLate({ status: 'OPEN', dueOn, doneOn: null }, today)).toBe(true);
    expect(isTaskLate({ status: 'OPEN', dueOn: today, doneOn: null }, today)).toBe(false);
    expect(completionProblem('DONE')).toMatch(/already DONE/);
    expect(completionProblem('OPEN')).toBeUndefined();
  });

  it('names the missing "5 rõ" element', () => {
    const complete = { title: 'Việc', responsiblePerson: 'Ông A', agencyId: 'so-xay-dung', dueOn: today, expectedResult: 'Kết quả' };
    expect(createCoordinationTaskInput.safeParse(complete).success).toBe(true);
    for (const [field, principle] of [
      ['title', 'rõ việc'],
      ['responsiblePerson', 'rõ người'],
      ['agencyId', 'rõ trách nhiệm'],
      ['dueOn', 'rõ tiến độ'],
      ['expectedResult', 'rõ hiệu quả'],
    ] as const) {
      const { [field]: _omitted, ...missing } = complete;
      const result = createCoordinationTaskInput.safeParse(missing);
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]).toMatchObject({ path: [field], message: expect.stringContaining(principle) });
      if (field !== 'dueOn') {
        const blank = createCoordinationTaskInput.safeParse({ ...complete, [field]: '   ' });
        expect(blank.error!.issues[0]!.path).toEqual([field]);
      }
    }
  });
});

describe('session preparation tasks (F3)', () => {
  it('drafts the council, committee and front tasks for a regular session, all due on the document deadline', () => {
    const documentDueOn = day('2026-12-01');
    const tasks = sessionPreparationTasks({ kind: 'REGULAR', documentDueOn });
    expect(tasks.map((task) => task.agencyId)).toEqual(['council', 'committee', 'front']);
    for (const task of tasks) {
      expect(task.dueOn).toEqual(documentDueOn);
      expect(createCoordinationTaskInput.safeParse(task).success).toBe(true);
    }
  });

  it('owes no voter opinion report to a special session', () => {
    expect(isRegularSession('SPECIAL')).toBe(false);
    expect(isRegularSession('REGULAR')).toBe(true);
    expect(sessionPreparationTasks({ kind: 'SPECIAL', documentDueOn: today }).map((task) => task.agencyId)).toEqual(['council', 'committee']);
  });

  it('makes the presenting agency answerable for an agenda item’s documents', () => {
    const task = agendaDocumentsTask({ agendaItemId: 'item-7', presentingAgencyId: 'so-tai-chinh', documentDueOn: today });
    expect(task).toMatchObject({ agencyId: 'so-tai-chinh', dueOn: today });
    expect(task.expectedResult).toContain('item-7');
  });
});

describe('supervision programme rules', () => {
  it('moves only planned → in progress → concluded', () => {
    expect(programmeTransitionProblem('PLANNED', 'IN_PROGRESS')).toBeUndefined();
    expect(programmeTransitionProblem('IN_PROGRESS', 'CONCLUDED')).toBeUndefined();
    expect(programmeTransitionProblem('PLANNED', 'CONCLUDED')).toBeDefined();
    expect(programmeTransitionProblem('CONCLUDED', 'IN_PROGRESS')).toBeDefined();
    expect(programmeTransitionProblem('IN_PROGRESS', 'IN_PROGRESS')).toBeDefined();
    expect(acceptsRecommendations('PLANNED')).toBe(false);
    expect(acceptsRecommendations('CONCLUDED')).toBe(true);
  });

  it('checks the period and the re-supervision link', () => {
    expect(periodProblem(day('2026-03-01'), day('2026-02-28'))).toBeDefined();
    expect(periodProblem(day('2026-03-01'), day('2026-03-01'))).toBeUndefined();
    expect(reSupervisionProblem('RE_SUPERVISION', null)).toMatch(/required/);
    expect(reSupervisionProblem('RE_SUPERVISION', 'p-1')).toBeUndefined();
    expect(reSupervisionProblem('THEMATIC', 'p-1')).toMatch(/only for/);
  });

  it('accepts only supervising bodies as lead agency', () => {
    const input = {
      title: 'T',
      kind: 'REGULAR',
      leadAgencyId: 'committee',
      year: 2026,
      startsOn: day('2026-01-01'),
      endsOn: day('2026-02-01'),
      supervisedAgencyIds: ['so-y-te'],
    };
    expect(createSupervisionProgrammeInput.safeParse(input).error!.issues[0]!.path).toEqual(['leadAgencyId']);
    expect(createSupervisionProgrammeInput.safeParse({ ...input, leadAgencyId: 'front' }).success).toBe(true);
    expect(createSupervisionProgrammeInput.safeParse({ ...input, leadAgencyId: 'front', supervisedAgencyIds: ['a', 'a'] }).success).toBe(false);
  });
});
