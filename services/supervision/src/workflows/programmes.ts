import { jurisdictionOf, lookUpBody, type AgencyLookup } from '@hanoi/contracts';
import { badInput, conflict, forbidden, found, hasRole, notFound, type PageArgs } from '@hanoi/platform';
import { requireLeadAgency, requireSupervisingWriter, supervisingBodyOf } from '../access';
import { acceptsFindings, programmeTransitionProblem, supervisingBodies, type ConcludeSupervisionProgrammeInput, type CreateSupervisionProgrammeInput, type ProgrammeStatus, type RecordProgrammeFindingInput } from '../domain/programme';
import { isResolved } from '../domain/recommendation';
import type { Repositories } from '../repositories';
import type { SupervisionProgrammeDoc, SupervisionProgrammeFilter } from '../repositories/programmes';
import { applied, type Context } from './context';
import { checkAddresseesInJurisdiction } from './jurisdiction';

/**
 * Supervision programmes: plan (with a re-supervision's selection), start, record findings, conclude. `lookup` finds
 * agencies in the subgraph's copy of the directory (which body of which level and unit each is).
 */
export function programmeWorkflows(repositories: Repositories, lookup: AgencyLookup) {
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
    /**
     * A programme of the caller's own supervising body (an administrator plans for any), of that body's level and
     * unit: a commune's body supervises the agencies of its unit.
     */
    async create(input: CreateSupervisionProgrammeInput, ctx: Context) {
      await supervisingBodyOf(ctx.caller, lookup);
      if (!hasRole(ctx.caller, 'admin') && input.leadAgencyId !== ctx.caller.agency) {
        throw forbidden(`Staff of ${ctx.caller.agency} may only plan programmes their own body leads`);
      }
      const lead = await lookUpBody(input.leadAgencyId, lookup);
      if (!lead || !supervisingBodies.includes(lead.body)) {
        throw badInput('input.leadAgencyId', `${input.leadAgencyId} is not a supervising body: council, delegation, front, or a commune's council or front`);
      }
      await checkAddresseesInJurisdiction(lead, input.supervisedAgencyIds, (index) => `input.supervisedAgencyIds.${index}`, lookup);
      const reviewed = await reviewedRecommendations(input, ctx);
      return repositories.programmes.create(input, reviewed, jurisdictionOf(lead), ctx.caller.subject);
    },
    async start(id: string, ctx: Context) {
      await requireSupervisingWriter(ctx.caller, lookup);
      await programmeFor(id, 'IN_PROGRESS', ctx);
      return applied(await repositories.programmes.start(id), 'SupervisionProgramme');
    },
    async conclude(id: string, input: ConcludeSupervisionProgrammeInput, ctx: Context) {
      await requireSupervisingWriter(ctx.caller, lookup);
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
