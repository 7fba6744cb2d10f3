import { bodyOfAgency, type RegulationBody } from '@hanoi/contracts';
import { hanoiToday, id, text } from '@hanoi/platform';
import { z } from 'zod';

/**
 * The supervising bodies (chủ thể giám sát) whose staff write here: Thường trực HĐND (`council`),
 * Đoàn ĐBQH (`delegation`) and Ủy ban MTTQ (`front`) of the city, and a commune's council and front.
 */
export const supervisingBodies: readonly RegulationBody[] = ['COUNCIL', 'DELEGATION', 'FRONT'];
/** The city's supervising bodies' agency ids. */
export const supervisingAgencies = ['council', 'delegation', 'front'] as const;
export type SupervisingAgency = (typeof supervisingAgencies)[number];
export const isSupervisingAgency = (agency: string): agency is SupervisingAgency =>
  (supervisingAgencies as readonly string[]).includes(agency);

/**
 * Chuyên đề (thematic), thường xuyên (regular), tái giám sát (re-supervision of earlier programmes'
 * recommendations), khảo sát (a survey: findings, and recommendations when it calls for them).
 */
export const supervisionKinds = ['THEMATIC', 'REGULAR', 'RE_SUPERVISION', 'SURVEY'] as const;
export type SupervisionKind = (typeof supervisionKinds)[number];

export const programmeStatuses = ['PLANNED', 'IN_PROGRESS', 'CONCLUDED'] as const;
export type ProgrammeStatus = (typeof programmeStatuses)[number];

/** The only moves a programme makes: planned → in progress → concluded. */
const programmeTransitions: Record<ProgrammeStatus, readonly ProgrammeStatus[]> = {
  PLANNED: ['IN_PROGRESS'],
  IN_PROGRESS: ['CONCLUDED'],
  CONCLUDED: [],
};

/** Why `from → to` is not allowed, or undefined when it is. */
export function programmeTransitionProblem(from: ProgrammeStatus, to: ProgrammeStatus): string | undefined {
  return programmeTransitions[from].includes(to) ? undefined : `a ${from} programme cannot become ${to}`;
}

/** Recommendations follow a supervision that took place: not while the programme is only planned. */
export const acceptsRecommendations = (status: ProgrammeStatus) => status !== 'PLANNED';

/** A day on or before today (Hanoi time): for things that have happened. */
export const pastOrToday = (today: () => Date = hanoiToday) =>
  z.date().refine((day) => day.getTime() <= today().getTime(), 'cannot be in the future');

export const createSupervisionProgrammeInput = z
  .object({
    title: text(500),
    kind: z.enum(supervisionKinds),
    // A city body must be a supervising one; a commune's body is checked against the directory when planned.
    leadAgencyId: id.refine(
      (agencyId) => !bodyOfAgency(agencyId, undefined) || isSupervisingAgency(agencyId),
      `must be one of the supervising bodies: ${supervisingAgencies.join(', ')}, or a commune's council or front`,
    ),
    year: z.number().int().min(2000, 'must be between 2000 and 2100').max(2100, 'must be between 2000 and 2100'),
    startsOn: z.date(),
    endsOn: z.date(),
    supervisedAgencyIds: z
      .array(id)
      .min(1, 'must name at least one supervised agency')
      .max(200)
      .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an agency'),
    reSupervisionOfId: id.nullish(),
    /**
     * For a RE_SUPERVISION: the unresolved recommendations it re-examines (of the original programme or other
     * earlier ones); when omitted, every unresolved recommendation of the original programme.
     */
    recommendationIds: z
      .array(id)
      .max(500, 'must select at most 500 recommendations')
      .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a recommendation')
      .nullish()
      .transform((value) => value ?? null),
  })
  .superRefine((input, ctx) => {
    const endsProblem = periodProblem(input.startsOn, input.endsOn);
    if (endsProblem) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: endsProblem });
    const reProblem = reSupervisionProblem(input.kind, input.reSupervisionOfId);
    if (reProblem) ctx.addIssue({ code: 'custom', path: ['reSupervisionOfId'], message: reProblem });
    if (input.recommendationIds && input.kind !== 'RE_SUPERVISION') {
      ctx.addIssue({ code: 'custom', path: ['recommendationIds'], message: 'is only for a RE_SUPERVISION programme' });
    }
  });
export type CreateSupervisionProgrammeInput = z.output<typeof createSupervisionProgrammeInput>;

export const concludeSupervisionProgrammeInput = z.object({
  concludedOn: pastOrToday(),
  conclusion: text(20_000),
});
export type ConcludeSupervisionProgrammeInput = z.output<typeof concludeSupervisionProgrammeInput>;

/** A finding (phát hiện) of a survey or supervision, about one supervised agency or the programme as a whole. */
export const recordProgrammeFindingInput = z.object({
  agencyId: id.nullish().transform((value) => value ?? null),
  finding: text(20_000),
  recordedOn: pastOrToday(),
});
export type RecordProgrammeFindingInput = z.output<typeof recordProgrammeFindingInput>;

/** Findings are recorded while the programme is under way (after it started, before it is concluded). */
export const acceptsFindings = (status: ProgrammeStatus) => status === 'IN_PROGRESS';

/** A programme ends on or after the day it starts. */
export function periodProblem(startsOn: Date, endsOn: Date): string | undefined {
  return endsOn.getTime() < startsOn.getTime() ? 'must not be before startsOn' : undefined;
}

/** Tái giám sát always names the programme it re-examines; the other kinds never do. */
export function reSupervisionProblem(kind: SupervisionKind, reSupervisionOfId: string | null | undefined): string | undefined {
  if (kind === 'RE_SUPERVISION' && !reSupervisionOfId) return 'is required for a re-supervision (the original programme)';
  if (kind !== 'RE_SUPERVISION' && reSupervisionOfId) return 'is only for a RE_SUPERVISION programme';
  return undefined;
}
