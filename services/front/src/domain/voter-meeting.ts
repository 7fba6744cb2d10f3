import { caseCategorySchema, frontEvents, jurisdictionOf, type CaseCategory, type StoredJurisdiction } from '@hanoi/contracts';
import { hanoiToday, id, text, type EventDraft } from '@hanoi/platform';
import { z } from 'zod';

export const voterMeetingKinds = ['BEFORE_SESSION', 'AFTER_SESSION', 'THEMATIC'] as const;
export type VoterMeetingKind = (typeof voterMeetingKinds)[number];
/** PLANNED: convened, not yet held. HELD: took place; its recommendations went to petitions (flow F1). */
export const voterMeetingStatuses = ['PLANNED', 'HELD'] as const;
export type VoterMeetingStatus = (typeof voterMeetingStatuses)[number];
/** A meeting lists at most this many recommendations; longer minutes are split into several records. */
export const maxRecommendationsPerMeeting = 200;

export const raisedRecommendationInput = z.object({
  text: text(4_000),
  category: caseCategorySchema,
  addressedToAgencyId: id.nullish(),
});

/** A held meeting's date: a real day, not after today (Hanoi time). */
const heldOnDate = z.date().superRefine((heldOn, ctx) => {
  const problem = heldOnProblem(heldOn);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const nationalAssemblyDeputyIds = z.array(id).max(50).nullish();
const councilDeputyIds = z.array(id).max(200).nullish();
const attendance = z.number().int().min(0, 'cannot be negative').max(100_000);
const recommendations = z.array(raisedRecommendationInput).max(maxRecommendationsPerMeeting);

/** What a meeting is, whether planned or held: kind, day, place, unit, session, deputies. */
const meetingFields = {
  kind: z.enum(voterMeetingKinds),
  place: text(500),
  administrativeUnitId: id,
  councilSessionId: id.nullish(),
  nationalAssemblyDeputyIds,
  councilDeputyIds,
  /** The Front committee organising it when an administrator records it for a commune's (default: the caller's). */
  organiserAgencyId: id.nullish(),
};

/** Before-session meetings feed one session's voter report; knowing which keeps F1 deadlines right. */
function requireSessionBeforeSession(input: { kind: string; councilSessionId?: string | null }, ctx: z.RefinementCtx) {
  if (input.kind === 'BEFORE_SESSION' && !input.councilSessionId) {
    ctx.addIssue({ code: 'custom', path: ['councilSessionId'], message: 'is required for a meeting before a session' });
  }
}

/** Tiếp xúc cử tri recorded in one step, after it took place. */
export const recordVoterMeetingInput = z
  .object({ ...meetingFields, heldOn: heldOnDate, attendance, recommendations })
  .superRefine(requireSessionBeforeSession);
export type RecordVoterMeetingInput = z.output<typeof recordVoterMeetingInput>;

/** A meeting convened ahead: its day may be still to come; attendance and recommendations come when it is held. */
export const planVoterMeetingInput = z.object({ ...meetingFields, heldOn: z.date() }).superRefine(requireSessionBeforeSession);
export type PlanVoterMeetingInput = z.output<typeof planVoterMeetingInput>;

/**
 * What happened at a planned meeting. `heldOn` when it took place on another day than planned; deputy lists,
 * when given, replace the planned ones with those actually present.
 */
export const recordVoterMeetingHeldInput = z.object({
  heldOn: heldOnDate.nullish(),
  attendance,
  recommendations,
  nationalAssemblyDeputyIds,
  councilDeputyIds,
});
export type RecordVoterMeetingHeldInput = z.output<typeof recordVoterMeetingHeldInput>;

/** A held meeting cannot be dated after today (Hanoi time). */
export function heldOnProblem(heldOn: Date, today: Date = hanoiToday()): string | undefined {
  return heldOn.getTime() > today.getTime() ? 'cannot be in the future for a meeting that was held' : undefined;
}

export type RaisedRecommendation = { number: number; text: string; category: CaseCategory; addressedToAgencyId: string | null };

/** Numbers recommendations from 1 in the order the minutes list them. */
export const numberRecommendations = (list: RecordVoterMeetingInput['recommendations']): RaisedRecommendation[] =>
  list.map((recommendation, index) => ({
    number: index + 1,
    text: recommendation.text,
    category: recommendation.category,
    addressedToAgencyId: recommendation.addressedToAgencyId ?? null,
  }));

/**
 * `vn.hanoi.front.voterMeeting.held.v1`, the F1 trigger petitions consumes: the same event whether the meeting was
 * recorded in one step or planned first and recorded held later.
 */
export function voterMeetingHeldEvent(meeting: StoredJurisdiction & {
  _id: string;
  kind: VoterMeetingKind;
  heldOn: Date;
  administrativeUnitId: string;
  organiserAgencyId: string;
  councilSessionId: string | null;
  recommendations: RaisedRecommendation[];
}): EventDraft {
  return frontEvents.voterMeetingHeld.draft({
    voterMeetingId: meeting._id,
    kind: meeting.kind,
    heldOn: meeting.heldOn,
    administrativeUnitId: meeting.administrativeUnitId,
    organiserAgencyId: meeting.organiserAgencyId,
    ...jurisdictionOf(meeting),
    councilSessionId: meeting.councilSessionId ?? null,
    recommendations: meeting.recommendations.map(({ number, text: recommendationText, category, addressedToAgencyId }) => ({
      number,
      text: recommendationText,
      category,
      addressedToAgencyId: addressedToAgencyId ?? null,
    })),
  });
}

/** Documents written before meetings could be planned have no status: they were all recorded held. */
export const statusOf = (meeting: { status?: VoterMeetingStatus | null }): VoterMeetingStatus => meeting.status ?? 'HELD';
