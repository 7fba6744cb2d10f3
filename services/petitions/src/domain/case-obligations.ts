import type { Obligation, ObligationKind } from '@hanoi/contracts';
import type { PetitionDoc } from './case';
import { legalBasisOf, type CaseDeadline } from './case-deadlines';
import { openStatuses } from './petition';

/**
 * A case's statutory deadlines as obligations of its agencies ("rõ tiến độ, rõ trách nhiệm", flow F4): what the
 * coordination index counts. The entity store derives their events from the case before and after every write,
 * so an obligation moves exactly when the deadline does.
 */

/** The obligation kind of a deadline of a case of kind `caseKind`. */
function obligationKindOf(deadline: Pick<CaseDeadline, 'kind' | 'ruleId'>, caseKind: string): ObligationKind {
  switch (deadline.kind) {
    case 'ACCEPTANCE':
      return 'CASE_ACCEPTANCE';
    case 'INITIAL_HANDLING':
      return 'CASE_INITIAL_HANDLING';
    case 'NOTICE':
      return 'CASE_NOTICE';
    case 'RESOLUTION':
      return 'CASE_RESOLUTION';
    case 'ANSWER':
      // The 60-day rule is the answer to a voter recommendation the National Assembly forwarded (F5).
      if (deadline.ruleId === 'NA_FORWARDED_VOTER_RECOMMENDATION') return 'NA_RECOMMENDATION_ANSWER';
      return caseKind === 'VOTER_RECOMMENDATION' ? 'VOTER_RECOMMENDATION_ANSWER' : 'CASE_ANSWER';
  }
}

/** `petition:<caseId>:<deadlineKind>:<agencyId>`: one obligation per deadline and agency owing it. */
const caseObligationId = (caseId: string, deadline: Pick<CaseDeadline, 'kind'>, agencyId: string) => `petition:${caseId}:${deadline.kind}:${agencyId}`;

/** Why a case that left the open statuses no longer owes its unmet deadlines (public words, no case text). */
function endReason(doc: Pick<PetitionDoc, 'status' | 'mergedInto' | 'declineReason'>): string {
  if (doc.mergedInto) return `Case merged into ${doc.mergedInto} as its duplicate`;
  if (doc.status === 'DECLINED') return `Case declined (${doc.declineReason?.code ?? 'no reason recorded'})`;
  return `Case ${doc.status.toLowerCase()}`;
}

export type ObligedCase = Pick<PetitionDoc, '_id' | 'kind' | 'status' | 'agencyId' | 'deadlines' | 'dueSessionId' | 'declineReason' | 'mergedInto' | 'history'>;

/**
 * The obligations a case implies now, one per deadline:
 * - owed by the lead agency while unmet; once met, by the agency that met it (`metByAgencyId`);
 * - due on the deadline's day, met on its `metOn`, based on its law and article; an answer due at a council
 *   session names the session;
 * - cancelled when the case left the open statuses unmet (declined, merged, closed otherwise);
 * - a transfer (chuyển đơn, a TRANSFERRED history line) moves the unmet ones to the new lead: the agency it left
 *   keeps them cancelled (a miss already counted stays one).
 * The title stays empty: a case's subject is free text about people.
 */
export function caseObligations(doc: ObligedCase): Obligation[] {
  const open = openStatuses.includes(doc.status);
  const obligations = new Map<string, Obligation>();
  const obligation = (deadline: CaseDeadline, agencyId: string, ended: { cancelled: boolean; reason: string }): Obligation => ({
    obligationId: caseObligationId(doc._id, deadline, agencyId),
    kind: obligationKindOf(deadline, doc.kind),
    agencyId,
    dueOn: deadline.dueOn,
    subject: { type: 'Petition', id: doc._id },
    basis: (legalBasisOf(deadline) || deadline.basis).slice(0, 500),
    councilSessionId: deadline.kind === 'ANSWER' ? doc.dueSessionId : null,
    title: null,
    metOn: deadline.metOn,
    ...ended,
  });
  for (const deadline of doc.deadlines) {
    const owner = deadline.metOn ? (deadline.metByAgencyId ?? doc.agencyId) : doc.agencyId;
    // Rescheduled: the rule as it now stands (period, tier, extensions, moves past days off) says why.
    const ended = !open && !deadline.metOn ? { cancelled: true, reason: endReason(doc) } : { cancelled: false, reason: deadline.basis.slice(0, 500) };
    obligations.set(caseObligationId(doc._id, deadline, owner), obligation(deadline, owner, ended));
  }
  for (const transfer of doc.history) {
    if (transfer.action !== 'TRANSFERRED' || !transfer.fromAgencyId) continue;
    for (const deadline of doc.deadlines) {
      const id = caseObligationId(doc._id, deadline, transfer.fromAgencyId);
      if (!obligations.has(id)) obligations.set(id, obligation(deadline, transfer.fromAgencyId, { cancelled: true, reason: `Case transferred to ${transfer.toAgencyId}` }));
    }
  }
  return [...obligations.values()];
}
