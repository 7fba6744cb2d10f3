import { dueFields, historyEntry, type PetitionDoc, type Resolution } from '../domain/case';
import { deadlinesMetBy, markMet, noPendingDeadline, type CaseDeadline } from '../domain/case-deadlines';
import type { AcceptPetitionInput, DeclineReasonCode, TransitionAction } from '../domain/lifecycle';
import type { PetitionStatus } from '../domain/petition';
import { transitionEvent } from '../events/petition-events';
import type { CaseWrite } from '../repositories/petitions';

/** What a lifecycle step records beyond the status. */
export interface TransitionDetails {
  on?: Date | null;
  note?: string | null;
  /** Thụ lý: the tiers decided at acceptance. */
  acceptance?: Pick<AcceptPetitionInput, 'complexity' | 'remote'>;
  /** Deadlines the transition starts (acceptance: the resolution period, a denunciation's notice). */
  added?: CaseDeadline[];
  reasonCode?: DeclineReasonCode;
  resolution?: Omit<Resolution, 'resolvedOn'> & { resolvedOn: Date };
  mergedInto?: string;
}

const historyActions: Record<TransitionAction, string> = {
  accept: 'ACCEPTED',
  decline: 'DECLINED',
  start: 'STARTED',
  resolve: 'RESOLVED',
  answer: 'ANSWERED',
  close: 'CLOSED',
  merge: 'MERGED_INTO',
};

/**
 * The write of one lifecycle step, from the current case: status, dates, the deadlines it meets (by the lead
 * agency) or starts, a history line by `actor`, and the step's event.
 */
export function transitionWrite(
  current: PetitionDoc,
  action: TransitionAction,
  to: PetitionStatus,
  on: Date,
  actor: { subject: string; agency: string },
  details: TransitionDetails,
): CaseWrite {
  const deadlines = [...markMet(current.deadlines, deadlinesMetBy(action), on, current.agencyId), ...(details.added ?? [])];
  const set: Partial<PetitionDoc> = { status: to, ...dueFields(deadlines, noPendingDeadline) };
  if (action === 'accept') {
    set.acceptedOn = on;
    set.complexity = details.acceptance?.complexity ?? 'NORMAL';
    set.remote = details.acceptance?.remote ?? false;
  }
  if (action === 'start') set.startedOn = on;
  if (action === 'close') set.closedOn = on;
  if (action === 'decline' || action === 'merge') set.declineReason = { code: details.reasonCode ?? 'DUPLICATE', note: details.note ?? null };
  if (action === 'merge') set.mergedInto = details.mergedInto ?? null;
  if (details.resolution) set.resolution = details.resolution;
  const history = historyEntry({
    action: historyActions[action],
    actor: actor.subject,
    agencyId: actor.agency,
    from: current.status,
    to,
    reason: details.note ?? details.reasonCode ?? null,
    caseIds: details.mergedInto ? [details.mergedInto] : [],
  });
  return {
    update: { $set: set, $push: { history } },
    events: [transitionEvent(action, { ...current, ...set }, current.status, on)],
  };
}
