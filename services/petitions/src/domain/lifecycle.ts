import { hanoiToday, text } from '@hanoi/platform';
import { z } from 'zod';
import { complexities } from './deadlines';
import type { PetitionKind, PetitionStatus } from './petition';

/**
 * What a handler (or an event) does to a case. Each action moves it from some statuses to one status:
 * - accept: thụ lý — the agency takes the case on (RECEIVED → ACCEPTED);
 * - decline: không thụ lý — with a reason code (RECEIVED → DECLINED);
 * - start: verification / handling begins (ACCEPTED → IN_PROGRESS);
 * - resolve: a decision (quyết định giải quyết khiếu nại, kết luận nội dung tố cáo) or an answer is given;
 * - answer: the same, arriving from the committee's assignment (flow F2);
 * - close: the file is closed (lưu hồ sơ) after resolution;
 * - merge: the case is a duplicate folded into another one (DECLINED with reason DUPLICATE).
 */
export const transitionActions = ['accept', 'decline', 'start', 'resolve', 'answer', 'close', 'merge'] as const;
export type TransitionAction = (typeof transitionActions)[number];

/**
 * Complaints and denunciations follow a formal procedure: nothing is handled before the case is accepted
 * (thụ lý, Law on Complaints 2011 art. 27; Law on Denunciations 2018 art. 29). Recommendations, feedback and
 * voter recommendations have no acceptance step: the competent agency may work on them and answer directly.
 */
export const formalKinds: readonly PetitionKind[] = ['COMPLAINT', 'SECOND_COMPLAINT', 'DENUNCIATION'];
export const isFormal = (kind: PetitionKind) => formalKinds.includes(kind);

interface Rule {
  to: PetitionStatus;
  /** Statuses the action starts from, for every kind. */
  from: PetitionStatus[];
  /** Further statuses it may start from for informal kinds (no acceptance step). */
  informalFrom?: PetitionStatus[];
}

/** The transition table: the only place that says which status changes are legal. */
export const transitionTable: Record<TransitionAction, Rule> = {
  accept: { from: ['RECEIVED'], to: 'ACCEPTED' },
  decline: { from: ['RECEIVED'], to: 'DECLINED' },
  start: { from: ['ACCEPTED'], informalFrom: ['RECEIVED'], to: 'IN_PROGRESS' },
  resolve: { from: ['ACCEPTED', 'IN_PROGRESS'], informalFrom: ['RECEIVED'], to: 'RESOLVED' },
  answer: { from: ['ACCEPTED', 'IN_PROGRESS'], informalFrom: ['RECEIVED'], to: 'RESOLVED' },
  close: { from: ['RESOLVED'], to: 'CLOSED' },
  merge: { from: ['RECEIVED', 'ACCEPTED', 'IN_PROGRESS'], to: 'DECLINED' },
};

export type TransitionCheck = { ok: true; to: PetitionStatus } | { ok: false; to: PetitionStatus; problem: string };

/** Whether `action` may move a case of `kind` out of `from`; the problem names both statuses when not. */
export function checkTransition(kind: PetitionKind, from: PetitionStatus, action: TransitionAction): TransitionCheck {
  const rule = transitionTable[action];
  const allowed = isFormal(kind) ? rule.from : [...rule.from, ...(rule.informalFrom ?? [])];
  if (allowed.includes(from)) return { ok: true, to: rule.to };
  const hint = isFormal(kind) && from === 'RECEIVED' && (rule.informalFrom ?? []).includes('RECEIVED') ? ` (a ${kind} must be accepted first)` : '';
  return { ok: false, to: rule.to, problem: `Illegal transition ${from} → ${rule.to} (${action}) for a ${kind} case${hint}` };
}

/** Statuses from which a case may be transferred to another agency ("not competent"): it stays open. */
export const transferableStatuses: PetitionStatus[] = ['RECEIVED', 'ACCEPTED', 'IN_PROGRESS'];

/** A second complaint can follow only a first complaint that was resolved (or closed after resolution). */
export function secondComplaintProblem(kind: PetitionKind, status: PetitionStatus): string | undefined {
  if (kind !== 'COMPLAINT') return `only a first complaint (COMPLAINT) can be reopened as a second complaint, not a ${kind}`;
  if (status !== 'RESOLVED' && status !== 'CLOSED') return `the first complaint must be RESOLVED or CLOSED, it is ${status}`;
  return undefined;
}

/** Why a case is not accepted (lý do không thụ lý). */
export const declineReasonCodes = [
  /** Chuyển đơn: not competent; sent to the competent agency (a transfer keeps the case open instead). */
  'TRANSFERRED_NOT_COMPETENT',
  /** Tố cáo nặc danh: a denunciation without the denouncer's name and address is not handled (Law on Denunciations 2018 art. 25). */
  'ANONYMOUS_DENUNCIATION',
  /** Khiếu nại quá thời hiệu: 90 days from knowing the decision (Law on Complaints 2011 art. 9). */
  'COMPLAINT_TIME_LIMIT_PASSED',
  /** Trùng đơn: the same matter is already handled in another case. */
  'DUPLICATE',
  'OTHER',
] as const;
export type DeclineReasonCode = (typeof declineReasonCodes)[number];

/** A transition's legal date (ngày thụ lý, ngày giải quyết…): not in the future; checked against receipt later. */
const transitionDate = z.date().refine((date) => date.getTime() <= hanoiToday().getTime(), 'cannot be in the future');

export const transitionNoteInput = z.object({
  /** The day it happened (defaults to today, Hanoi time). */
  on: transitionDate.nullish(),
  note: text(2_000).nullish(),
});
export type TransitionNoteInput = z.output<typeof transitionNoteInput>;

/**
 * Thụ lý: the day, a note, and what the resolution period depends on — complexity (vụ việc phức tạp; a
 * denunciation's also decides how many extensions it may get) and a remote area (vùng sâu, vùng xa: complaints).
 */
export const acceptPetitionInput = transitionNoteInput.extend({
  complexity: z.enum(complexities).nullish(),
  remote: z.boolean().nullish(),
});
export type AcceptPetitionInput = z.output<typeof acceptPetitionInput>;

/** Where acceptance facts do not apply to a case kind, the field at fault and why (undefined when they do). */
export function acceptanceFactsProblem(kind: PetitionKind, input: AcceptPetitionInput): { field: string; message: string } | undefined {
  const complaint = kind === 'COMPLAINT' || kind === 'SECOND_COMPLAINT';
  if (input.remote && !complaint) {
    return { field: 'input.remote', message: `applies to complaints only (their remote-area tiers), not to a ${kind}` };
  }
  if (input.complexity && !complaint && kind !== 'DENUNCIATION') {
    return { field: 'input.complexity', message: `applies to complaints and denunciations only: a ${kind} has no statutory resolution period` };
  }
  return undefined;
}

/** Gia hạn: a written decision extending a denunciation's resolution period (Law on Denunciations 2018, art. 30). */
export const extendResolutionDeadlineInput = z.object({
  /** Days added, 1–30. */
  days: z.number().int('must be a whole number of days').min(1, 'must be at least 1').max(30, 'must be at most 30 (Law on Denunciations 2018, art. 30)'),
  /** The day the decision was signed: not in the future, within the period it extends. */
  decidedOn: transitionDate,
  /** Number of the written decision, e.g. `15/QĐ-UBND`. */
  decisionRef: text(100),
});
export type ExtendResolutionDeadlineInput = z.output<typeof extendResolutionDeadlineInput>;

export const declinePetitionInput = z
  .object({
    reasonCode: z.enum(declineReasonCodes),
    note: text(2_000).nullish(),
    on: transitionDate.nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.reasonCode === 'OTHER' && !input.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'is required when the reason is OTHER' });
  });
export type DeclinePetitionInput = z.output<typeof declinePetitionInput>;

export const resolutionKinds = ['DECISION', 'ANSWER'] as const;
export const resolvePetitionInput = z.object({
  /** Quyết định giải quyết / kết luận (DECISION) or văn bản trả lời (ANSWER). */
  kind: z.enum(resolutionKinds),
  text: text(20_000),
  resolvedOn: transitionDate,
});
export type ResolvePetitionInput = z.output<typeof resolvePetitionInput>;

export const transferPetitionInput = z.object({
  toAgencyId: z.string().trim().min(1, 'must not be empty').max(100, 'is too long'),
  reason: text(2_000),
});
export type TransferPetitionInput = z.output<typeof transferPetitionInput>;

export const mergePetitionsInput = z
  .object({
    targetId: z.string().trim().min(1, 'must not be empty').max(100),
    duplicateIds: z.array(z.string().trim().min(1).max(100)).min(1, 'name at least one duplicate').max(50, 'at most 50 at once'),
    reason: text(2_000),
  })
  .superRefine((input, ctx) => {
    input.duplicateIds.forEach((duplicateId, index) => {
      if (duplicateId === input.targetId) ctx.addIssue({ code: 'custom', path: ['duplicateIds', index], message: 'must not be the target itself' });
      else if (input.duplicateIds.indexOf(duplicateId) !== index) ctx.addIssue({ code: 'custom', path: ['duplicateIds', index], message: 'is listed twice' });
    });
  });

/** Why a transition's date cannot be used for this case (before its receipt), or undefined. */
export function transitionDateProblem(on: Date, receivedOn: Date): string | undefined {
  return on.getTime() < receivedOn.getTime() ? 'cannot be before the case was received' : undefined;
}
