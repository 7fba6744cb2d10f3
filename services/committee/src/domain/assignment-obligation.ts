import type { Obligation, RegulationContent } from '@hanoi/contracts';
import type { AssignmentStatus, AssignmentSubjectType } from './assignment';

/** What of an assignment its obligation follows. */
export interface AssignmentClock {
  _id: string;
  agencyId: string;
  subjectType: AssignmentSubjectType;
  caseKind: string | null;
  /** The recommendation's round (1, then +1 per re-supervision keeping it open); null for cases. */
  round?: number | null;
  dueOn: Date | null;
  status: AssignmentStatus;
  answeredOn: Date | null;
  withdrawnReason: string | null;
}

/**
 * The regulation content an assignment serves: voter recommendations are followed under voter meetings (tiếp xúc
 * cử tri), supervision recommendations under supervision, every other case under citizen reception.
 */
export function contentOf(assignment: Pick<AssignmentClock, 'subjectType' | 'caseKind'>): RegulationContent {
  if (assignment.subjectType === 'SUPERVISION_RECOMMENDATION') return 'SUPERVISION';
  return assignment.caseKind === 'VOTER_RECOMMENDATION' ? 'VOTER_MEETINGS' : 'CITIZEN_RECEPTION';
}

/** Why the answer is due that day, in the regulation's words. */
function basisOf(assignment: Pick<AssignmentClock, 'subjectType' | 'round'>): string {
  if (assignment.subjectType === 'PETITION') return 'Quy chế phối hợp: trả lời theo thời hạn của vụ việc (F2)';
  const round = assignment.round ?? 1;
  return round === 1
    ? 'Kết luận giám sát: thời hạn thực hiện kiến nghị sau giám sát'
    : `Tái giám sát: thời hạn mới thực hiện kiến nghị (lần ${round})`;
}

/**
 * Trả lời giao việc (flow F4): an assignment with a due day obliges its agency to answer by then — opened when it
 * gets a day, rescheduled when the day moves, met on the answer's day, cancelled when withdrawn (a withdrawal after
 * the due day keeps the miss). An assignment without a due day owes nothing yet. The title stays empty: a case's
 * text is never an obligation's title.
 */
export function assignmentObligations(assignment: AssignmentClock): Obligation[] {
  if (!assignment.dueOn) return [];
  return [
    {
      obligationId: `assignment:${assignment._id}`,
      kind: 'ASSIGNMENT_ANSWER',
      agencyId: assignment.agencyId,
      dueOn: assignment.dueOn,
      subject: { type: 'Assignment', id: assignment._id },
      content: contentOf(assignment),
      basis: basisOf(assignment),
      title: null,
      metOn: assignment.status === 'ANSWERED' ? assignment.answeredOn : null,
      cancelled: assignment.status === 'WITHDRAWN',
      reason: assignment.withdrawnReason ?? 'the due day of its case moved in petitions',
    },
  ];
}
