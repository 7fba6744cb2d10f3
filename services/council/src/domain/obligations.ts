import type { Obligation } from '@hanoi/contracts';
import { holdingCouncilOf, type HeldByCouncil } from './council';
import { programmeTitle } from './session';

/**
 * The dated duties the council holds the clock of (flow F4): the coordination index counts them, supervision turns
 * those carrying a `councilSessionId` into session-preparation tasks. Each is derived from its aggregate alone, so
 * the entity store publishes its opening, move and completion in the same write as the change that implies it.
 */

/** The day counts in force: both are configured (`COUNCIL_DOCUMENT_LEAD_DAYS`, `COUNCIL_QUESTION_ANSWER_DAYS`). */
export interface DeadlineRules {
  documentLeadDays: number;
  questionAnswerDays: number;
}

const documentLeadRule = (leadDays: number) =>
  `chậm nhất ${leadDays} ngày trước ngày khai mạc kỳ họp (số ngày cấu hình được: COUNCIL_DOCUMENT_LEAD_DAYS)`;

/** Tài liệu trình kỳ họp: the presenting agency's documents, due by the session's document deadline. */
export const agendaDocumentBasis = (leadDays: number) =>
  `Quy chế phối hợp; Luật Tổ chức chính quyền địa phương: cơ quan trình gửi tài liệu đến Thường trực HĐND ${documentLeadRule(leadDays)}`;

/** Chương trình kỳ họp: the Standing Committee issues it by the same deadline, so agencies know what to prepare. */
export const sessionProgrammeBasis = (leadDays: number) =>
  `Quy chế phối hợp; Luật Tổ chức chính quyền địa phương: Thường trực HĐND ban hành chương trình kỳ họp ${documentLeadRule(leadDays)}`;

/** Trả lời chất vấn: the period of a written answer is not confirmed [U], hence configured. */
export const questionAnswerBasis = (answerDays: number) =>
  `Luật Tổ chức chính quyền địa phương (chất vấn tại kỳ họp HĐND): trả lời bằng văn bản trong ${answerDays} ngày sau bế mạc kỳ họp (thời hạn chưa được xác nhận, cấu hình được: COUNCIL_QUESTION_ANSWER_DAYS)`;

/** AGENDA_DOCUMENT: one per agenda item, owed by the presenting agency, met on the day its documents arrived. */
export function agendaItemObligations(
  item: { _id: string; councilSessionId: string; title: string; presentingAgencyId: string; documentDueOn: Date; submittedOn: Date | null },
  rules: Pick<DeadlineRules, 'documentLeadDays'>,
): Obligation[] {
  return [
    {
      obligationId: `agendaItem:${item._id}:documents`,
      kind: 'AGENDA_DOCUMENT',
      agencyId: item.presentingAgencyId,
      dueOn: item.documentDueOn,
      subject: { type: 'AgendaItem', id: item._id },
      basis: agendaDocumentBasis(rules.documentLeadDays),
      councilSessionId: item.councilSessionId,
      title: item.title,
      metOn: item.submittedOn,
    },
  ];
}

/** SESSION_PROGRAMME: one per session, owed by the standing body holding it, met on the day the programme was issued. */
export function sessionObligations(
  session: HeldByCouncil & { _id: string; number: number; documentDueOn: Date; programmeIssuedOn?: Date | null },
  rules: Pick<DeadlineRules, 'documentLeadDays'>,
): Obligation[] {
  return [
    {
      obligationId: `councilSession:${session._id}:programme`,
      kind: 'SESSION_PROGRAMME',
      agencyId: holdingCouncilOf(session),
      dueOn: session.documentDueOn,
      subject: { type: 'CouncilSession', id: session._id },
      basis: sessionProgrammeBasis(rules.documentLeadDays),
      councilSessionId: session._id,
      title: programmeTitle(session.number),
      metOn: session.programmeIssuedOn ?? null,
    },
  ];
}

/**
 * QUESTION_ANSWER: one per question with a due day, owed by the questioned agency, met on the day it answered. No
 * title: a question's text may name people, and the subject reaches it in the council subgraph.
 */
export function questionObligations(
  question: { _id: string; councilSessionId: string; addressedToAgencyId: string; dueOn: Date | null; answeredOn: Date | null },
  rules: Pick<DeadlineRules, 'questionAnswerDays'>,
): Obligation[] {
  if (!question.dueOn) return [];
  return [
    {
      obligationId: `question:${question._id}:answer`,
      kind: 'QUESTION_ANSWER',
      agencyId: question.addressedToAgencyId,
      dueOn: question.dueOn,
      subject: { type: 'Question', id: question._id },
      basis: questionAnswerBasis(rules.questionAnswerDays),
      councilSessionId: question.councilSessionId,
      metOn: question.answeredOn,
    },
  ];
}
