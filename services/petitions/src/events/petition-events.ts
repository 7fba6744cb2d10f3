import { petitionsEvents, type CaseCategory } from '@hanoi/contracts';
import type { EventDraft } from '@hanoi/platform';
import type { PetitionDoc } from '../domain/case';
import type { CaseDeadline } from '../domain/case-deadlines';
import type { DeclineReasonCode, TransitionAction } from '../domain/lifecycle';
import type { PetitionChannel, PetitionKind, PetitionStatus } from '../domain/petition';
import type { Satisfaction } from '../domain/satisfaction';

/**
 * The `vn.hanoi.petitions.petition.*` events a case's writes store with them (outbox), each drafted by its contract,
 * which keeps only the contract's fields. Never petitioners, their keys, or free text about people. Stored kinds,
 * channels and categories came from validated input; the contract checks them again when drafting.
 */

/** The case as other services see it in events; `status` and `dueOn` after the change the event reports. */
const caseEventData = (doc: PetitionDoc) => ({
  petitionId: doc._id,
  agencyId: doc.agencyId,
  kind: doc.kind as PetitionKind,
  category: doc.category as CaseCategory,
  channel: doc.channel as PetitionChannel,
  status: doc.status,
  dueOn: doc.dueOn,
});

/**
 * `petition.routed` (F2 starts from it): the case now leads with its agency. A denunciation's subject is withheld
 * (null): it is free text staff typed, and the denouncer's identity must never leave petitions (Law on
 * Denunciations 2018, arts. 47 and 56).
 */
export const routedEvent = (doc: PetitionDoc, transferredFromAgencyId?: string): EventDraft =>
  petitionsEvents.petitionRouted.draft({
    petitionId: doc._id,
    agencyId: doc.agencyId,
    cooperatingAgencyIds: doc.cooperatingAgencyIds,
    kind: doc.kind as PetitionKind,
    category: doc.category as CaseCategory,
    channel: doc.channel as PetitionChannel,
    subject: doc.kind === 'DENUNCIATION' ? null : doc.subject,
    administrativeUnitId: doc.administrativeUnitId,
    receivedOn: doc.receivedOn,
    dueOn: doc.dueOn,
    voterMeetingId: doc.voterMeetingId,
    ...(transferredFromAgencyId && { transferredFromAgencyId }),
  });

export const transferredEvent = (next: PetitionDoc, fromAgencyId: string): EventDraft =>
  petitionsEvents.petitionTransferred.draft({ ...caseEventData(next), fromAgencyId, toAgencyId: next.agencyId });

/** The event of a lifecycle step, from the case after it (`from`: the status it left; `on`: its legal day). */
export function transitionEvent(action: TransitionAction, next: PetitionDoc, from: PetitionStatus, on: Date): EventDraft {
  const data = { ...caseEventData(next), from, to: next.status, on };
  switch (action) {
    case 'accept':
      return petitionsEvents.petitionAccepted.draft(data);
    case 'start':
      return petitionsEvents.petitionStarted.draft(data);
    case 'close':
      return petitionsEvents.petitionClosed.draft(data);
    case 'decline':
    case 'merge':
      return petitionsEvents.petitionDeclined.draft({
        ...data,
        reasonCode: next.declineReason!.code as DeclineReasonCode,
        ...(next.mergedInto && { mergedInto: next.mergedInto }),
      });
    case 'resolve':
    case 'answer':
      return petitionsEvents.petitionResolved.draft({
        ...data,
        resolutionKind: next.resolution!.kind,
        resolvedOn: next.resolution!.resolvedOn,
        assignmentId: next.resolution!.assignmentId,
      });
  }
}

export const cooperatingAgencyAddedEvent = (next: PetitionDoc, cooperatingAgencyId: string): EventDraft =>
  petitionsEvents.cooperatingAgencyAdded.draft({ ...caseEventData(next), cooperatingAgencyId, cooperatingAgencyIds: next.cooperatingAgencyIds });

export const duplicatesMergedEvent = (next: PetitionDoc, duplicateIds: string[]): EventDraft =>
  petitionsEvents.duplicatesMerged.draft({ ...caseEventData(next), duplicateIds, cosignerCount: next.cosignerCount });

export const secondComplaintOpenedEvent = (next: PetitionDoc): EventDraft =>
  petitionsEvents.secondComplaintOpened.draft({ ...caseEventData(next), secondComplaintId: next.secondComplaintId! });

export const acceptanceNoticeSentEvent = (next: PetitionDoc, on: Date): EventDraft =>
  petitionsEvents.acceptanceNoticeSent.draft({ ...caseEventData(next), deadlineKind: 'NOTICE', on });

export const deadlineExtendedEvent = (
  next: PetitionDoc,
  extended: CaseDeadline,
  previousDueOn: Date | null,
  extension: { number: number; days: number; decidedOn: Date; decisionRef: string },
): EventDraft =>
  petitionsEvents.deadlineExtended.draft({
    ...caseEventData(next),
    deadlineKind: extended.kind,
    ruleId: extended.ruleId,
    previousDueOn,
    newDueOn: extended.dueOn,
    extensionNumber: extension.number,
    days: extension.days,
    decidedOn: extension.decidedOn,
    decisionRef: extension.decisionRef,
  });

/** F3: a voter recommendation's answer is now due at the session council scheduled. */
export const dueDateSetEvent = (next: PetitionDoc, answer: CaseDeadline, dueSessionId: string): EventDraft =>
  petitionsEvents.dueDateSet.draft({ petitionId: next._id, agencyId: next.agencyId, dueOn: answer.dueOn, rule: answer.basis, ruleId: answer.ruleId, dueSessionId });

export const deadlinesRecomputedEvent = (
  next: PetitionDoc,
  fromYear: number,
  changes: { kind: CaseDeadline['kind']; ruleId: string; previousDueOn: Date; newDueOn: Date }[],
): EventDraft => petitionsEvents.deadlinesRecomputed.draft({ ...caseEventData(next), fromYear, changes });

/** Which deadline of which case passed, by which rule (the sweeper publishes it once per deadline). */
export const deadlineMissedEvent = (doc: PetitionDoc, deadline: CaseDeadline): EventDraft =>
  petitionsEvents.deadlineMissed.draft({
    petitionId: doc._id,
    agencyId: doc.agencyId,
    kind: doc.kind as PetitionKind,
    category: doc.category as CaseCategory,
    deadlineKind: deadline.kind,
    ruleId: deadline.ruleId,
    dueOn: deadline.dueOn,
  });

/** The petitioner's satisfaction with a resolved case (a level and a channel: never who or why). */
export const satisfactionRecordedEvent = (next: PetitionDoc, satisfaction: Satisfaction): EventDraft =>
  petitionsEvents.satisfactionRecorded.draft({
    ...caseEventData(next),
    satisfaction: satisfaction.level,
    recordedVia: satisfaction.channel,
    recordedOn: satisfaction.recordedOn,
    resolvedOn: next.resolution!.resolvedOn,
    secondComplaintId: next.secondComplaintId,
  });
