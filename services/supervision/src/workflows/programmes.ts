import { badInput, conflict, forbidden, found, hasRole, notFound, type PageArgs } from '@hanoi/platform';
import { requireLeadAgency, requireSupervisingWriter } from '../access';
import { acceptsFindings, programmeTransitionProblem, type ConcludeSupervisionProgrammeInput, type CreateSupervisionProgrammeInput, type ProgrammeStatus, type RecordProgrammeFindingInput } from '../domain/programme';
import { isResolved } from '../domain/recommendation';
import type { Repositories } from '../repositories';
import type { SupervisionProgrammeDoc, SupervisionProgrammeFilter } from '../repositories/programmes';
import { applied, type Context } from './context';

/** Supervision programmes: plan (with a re-supervision's selection), start, record findings, conclude. */
export function programmeWorkflows(repositories: Repositories) {
  /** Loads a programme for a transition, authorises its lead agency, and checks the move is allowed. */
  async function programmeFor(id: string, to: ProgrammeStatus, ctx: Context): Promise<SupervisionProgrammeDoc> {
    const programme = await ctx.loaders.programme.load(id);
    if (!programme) throw notFound('SupervisionProgramme', id);
    requireLeadAgency(ctx.caller, programme.leadAgencyId);
    const problem = programmeTransitionProblem(programme.status, to);
    if (problem) throw conflict(problem, 'id');
    return programme;
  }

  /**
   * The recommendations a re-supervision re-examines: those selected (each unresolved and of an earlier, concluded
   * programme), else every unresolved recommendation of the original programme.
   */
  async function reviewedRecommendations(input: CreateSupervisionProgrammeInput, ctx: Context): Promise<string[]> {
    if (input.kind !== 'RE_SUPERVISION') return [];
    const original = await ctx.loaders.programme.load(input.reSupervisionOfId!);
    if (!original) throw notFound('SupervisionProgramme', input.reSupervisionOfId!, 'input.reSupervisionOfId');
    if (original.status !== 'CONCLUDED') {
      throw conflict(`only a concluded programme can be re-supervised; ${original._id} is ${original.status}`, 'input.reSupervisionOfId');
    }
    if (!input.recommendationIds) {
      const ids = (await repositories.recommendations.unresolvedOf(original._id)).map((recommendation) => recommendation._id);
      if (ids.length === 0) throw conflict(`programme ${original._id} has no unresolved recommendation to re-supervise`, 'input.reSupervisionOfId');
      return ids;
    }
    const selected = new Map((await repositories.recommendations.findMany(input.recommendationIds)).map((doc) => [doc._id, doc]));
    const programmes = await ctx.loaders.programme.loadMany([...new Set([...selected.values()].map((doc) => doc.programmeId))]);
    const concluded = new Set<string>(found(programmes).filter((p) => p.status === 'CONCLUDED').map((p) => p._id));
    input.recommendationIds.forEach((id, index) => {
      const recommendation = selected.get(id);
      const field = `input.recommendationIds.${index}`;
      if (!recommendation) throw notFound('SupervisionRecommendation', id, field);
      if (isResolved(recommendation)) throw badInput(field, `recommendation ${id} is resolved (${recommendation.closed ? 'closed' : recommendation.status})`);
      if (!concluded.has(recommendation.programmeId)) throw badInput(field, `recommendation ${id} belongs to a programme that is not concluded`);
    });
    return input.recommendationIds;
  }

  return {
    list: (filter: SupervisionProgrammeFilter, page: PageArgs, _ctx: Context) => repositories.programmes.list(filter, page),
    async create(input: CreateSupervisionProgrammeInput, ctx: Context) {
      requireSupervisingWriter(ctx.caller);
      if (!hasRole(ctx.caller, 'admin') && input.leadAgencyId !== ctx.caller.agency) {
        throw forbidden(`Staff of ${ctx.caller.agency} may only plan programmes their own body leads`);
      }
      const reviewed = await reviewedRecommendations(input, ctx);
      return repositories.programmes.create(input, reviewed, ctx.caller.subject);
    },
    async start(id: string, ctx: Context) {
      requireSupervisingWriter(ctx.caller);
      await programmeFor(id, 'IN_PROGRESS', ctx);
      return applied(await repositories.programmes.start(id), 'SupervisionProgramme');
    },
    async conclude(id: string, input: ConcludeSupervisionProgrammeInput, ctx: Context) {
      requireSupervisingWriter(ctx.caller);
      const programme = await programmeFor(id, 'CONCLUDED', ctx);
      if (input.concludedOn.getTime() < programme.startsOn.getTime()) throw badInput('input.concludedOn', 'must not be before the programme starts');
      return applied(await repositories.programmes.conclude(id, input), 'SupervisionProgramme');
    },
    /** A finding of a survey or supervision under way (lead agency), about a supervised agency or the whole. */
    async recordFinding(id: string, input: RecordProgrammeFindingInput, ctx: Context) {
      const programme = await ctx.loaders.programme.load(id);
      if (!programme) throw notFound('SupervisionProgramme', id);
      requireLeadAgency(ctx.caller, programme.leadAgencyId);
      if (!acceptsFindings(programme.status)) throw conflict(`programme ${id} is ${programme.status}: findings are recorded while it is IN_PROGRESS`, 'id');
      if (input.agencyId && !programme.supervisedAgencyIds.includes(input.agencyId)) {
        throw badInput('input.agencyId', `${input.agencyId} is not supervised by this programme`);
      }
      if (input.recordedOn.getTime() < programme.startsOn.getTime()) throw badInput('input.recordedOn', 'must not be before the programme starts');
      return applied(await repositories.programmes.recordFinding(id, input, ctx.caller.subject), 'SupervisionProgramme');
    },
  };
}
