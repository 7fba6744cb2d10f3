import { councilEvents, obligationChanges } from '@hanoi/contracts';
import { parseCalendarDate as day } from '@hanoi/platform';
import { testEnv } from '@hanoi/platform/testing';
import { loadConfig } from '../src/config';
import { agendaItemObligations, questionObligations, sessionObligations } from '../src/domain/obligations';
import { answerDueOn, defaultQuestionAnswerDays, isAnswerLate } from '../src/domain/question';
import { programmeIssuedOnProblem } from '../src/domain/session';

const rules = { documentLeadDays: 15, questionAnswerDays: 20 };

describe('AGENDA_DOCUMENT obligations (tài liệu trình kỳ họp)', () => {
  const item = {
    _id: 'item-1',
    councilSessionId: 'session-1',
    title: 'Tờ trình dự toán ngân sách thành phố năm 2027',
    presentingAgencyId: 'so-tai-chinh',
    documentDueOn: day('2026-11-23'),
    submittedOn: null,
  };

  it('is owed by the presenting agency on the document deadline, for the session, under the lead-days rule', () => {
    expect(agendaItemObligations(item, rules)).toEqual([
      {
        obligationId: 'agendaItem:item-1:documents',
        kind: 'AGENDA_DOCUMENT',
        agencyId: 'so-tai-chinh',
        dueOn: day('2026-11-23'),
        subject: { type: 'AgendaItem', id: 'item-1' },
        basis: expect.stringMatching(/Quy chế phối hợp; Luật Tổ chức chính quyền địa phương: .*chậm nhất 15 ngày trước ngày khai mạc.*cấu hình được: COUNCIL_DOCUMENT_LEAD_DAYS/),
        councilSessionId: 'session-1',
        title: 'Tờ trình dự toán ngân sách thành phố năm 2027',
        metOn: null,
      },
    ]);
    expect(agendaItemObligations(item, { documentLeadDays: 20 })[0]!.basis).toMatch(/chậm nhất 20 ngày/);
  });

  it('is met on the submission day, late or not', () => {
    const before = agendaItemObligations(item, rules);
    const after = agendaItemObligations({ ...item, submittedOn: day('2026-11-25') }, rules);
    expect(after[0]!.metOn).toEqual(day('2026-11-25'));
    expect(obligationChanges(councilEvents.obligation, before, after)).toEqual([
      councilEvents.obligation.met.draft({ obligationId: 'agendaItem:item-1:documents', metOn: day('2026-11-25') }),
    ]);
  });
});

describe('SESSION_PROGRAMME obligations (chương trình kỳ họp)', () => {
  const session = { _id: 'session-1', number: 22, documentDueOn: day('2026-11-23'), programmeIssuedOn: null };

  it('is owed by the council itself on the document deadline, titled with the session number', () => {
    const [programme] = sessionObligations(session, rules);
    expect(programme).toMatchObject({
      obligationId: 'councilSession:session-1:programme',
      kind: 'SESSION_PROGRAMME',
      agencyId: 'council',
      dueOn: day('2026-11-23'),
      subject: { type: 'CouncilSession', id: 'session-1' },
      councilSessionId: 'session-1',
      title: 'Chương trình kỳ họp thứ 22',
      metOn: null,
    });
    expect(programme!.basis).toMatch(/ban hành chương trình kỳ họp chậm nhất 15 ngày trước ngày khai mạc/);
  });

  it('opens with the session, and is met on the issue day (a session stored before the field was kept has none issued)', () => {
    const { programmeIssuedOn: _, ...stored } = session;
    expect(sessionObligations(stored, rules)[0]!.metOn).toBeNull();
    const opened = obligationChanges(councilEvents.obligation, [], sessionObligations(session, rules));
    expect(opened.map((draft) => draft.type)).toEqual([councilEvents.obligation.opened.type]);
    expect(opened[0]!.data).toMatchObject({ content: 'COUNCIL_SESSIONS', dueOn: '2026-11-23', title: 'Chương trình kỳ họp thứ 22' });
    const issued = sessionObligations({ ...session, programmeIssuedOn: day('2026-11-20') }, rules);
    expect(obligationChanges(councilEvents.obligation, sessionObligations(session, rules), issued)).toEqual([
      councilEvents.obligation.met.draft({ obligationId: 'councilSession:session-1:programme', metOn: day('2026-11-20') }),
    ]);
  });

  it('is issued at the latest on the opening day', () => {
    const opensOn = day('2026-12-08');
    expect(programmeIssuedOnProblem(day('2026-12-08'), { opensOn })).toBeUndefined();
    expect(programmeIssuedOnProblem(day('2026-11-20'), { opensOn })).toBeUndefined();
    expect(programmeIssuedOnProblem(day('2026-12-09'), { opensOn })).toBe('cannot be after the session opens');
  });
});

describe('QUESTION_ANSWER obligations (trả lời chất vấn)', () => {
  const question = {
    _id: 'question-1',
    councilSessionId: 'session-1',
    addressedToAgencyId: 'so-xay-dung',
    dueOn: day('2026-12-30'),
    answeredOn: null,
  };

  it('is owed by the questioned agency on its due day, with the default content, for the session, without a title', () => {
    const [answer] = questionObligations(question, rules);
    expect(answer).toEqual({
      obligationId: 'question:question-1:answer',
      kind: 'QUESTION_ANSWER',
      agencyId: 'so-xay-dung',
      dueOn: day('2026-12-30'),
      subject: { type: 'Question', id: 'question-1' },
      basis: expect.stringMatching(/trong 20 ngày sau bế mạc kỳ họp \(thời hạn chưa được xác nhận, cấu hình được: COUNCIL_QUESTION_ANSWER_DAYS\)/),
      councilSessionId: 'session-1',
      metOn: null,
    });
    const [opened] = obligationChanges(councilEvents.obligation, [], [answer!]);
    expect(opened!.data).toMatchObject({ kind: 'QUESTION_ANSWER', content: 'SUPERVISION', title: null, councilSessionId: 'session-1' });
  });

  it('is met on the answer day; a question without a due day holds none', () => {
    expect(questionObligations({ ...question, answeredOn: day('2026-12-09') }, rules)[0]!.metOn).toEqual(day('2026-12-09'));
    expect(questionObligations({ ...question, dueOn: null }, rules)).toEqual([]);
  });

  it('is due the closing day plus the configured days (20 by default, from COUNCIL_QUESTION_ANSWER_DAYS)', () => {
    expect(defaultQuestionAnswerDays).toBe(20);
    expect(answerDueOn(day('2026-12-10'))).toEqual(day('2026-12-30'));
    expect(answerDueOn(day('2026-12-20'), 15)).toEqual(day('2027-01-04'));
    expect(loadConfig(testEnv('council')).COUNCIL_QUESTION_ANSWER_DAYS).toBe(20);
    expect(loadConfig({ ...testEnv('council'), COUNCIL_QUESTION_ANSWER_DAYS: '30' }).COUNCIL_QUESTION_ANSWER_DAYS).toBe(30);
    expect(() => loadConfig({ ...testEnv('council'), COUNCIL_QUESTION_ANSWER_DAYS: 'x' })).toThrow(/COUNCIL_QUESTION_ANSWER_DAYS/);
  });

  it('is late when answered after its due day, or unanswered once it has passed', () => {
    const dueOn = day('2026-12-30');
    expect(isAnswerLate({ dueOn, answeredOn: day('2026-12-30') }, day('2027-03-01'))).toBe(false);
    expect(isAnswerLate({ dueOn, answeredOn: day('2026-12-31') }, day('2026-12-31'))).toBe(true);
    expect(isAnswerLate({ dueOn, answeredOn: null }, day('2026-12-30'))).toBe(false);
    expect(isAnswerLate({ dueOn, answeredOn: null }, day('2026-12-31'))).toBe(true);
    expect(isAnswerLate({ dueOn: null, answeredOn: null }, day('2030-01-01'))).toBe(false);
  });
});
