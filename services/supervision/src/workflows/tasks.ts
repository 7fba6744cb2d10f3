import { jurisdictionOf, type AgencyLookup } from '@hanoi/contracts';
import { badInput, conflict, notFound, type PageArgs } from '@hanoi/platform';
import { requireAddresseeOrOverseer, requireAgencyLeader, requirePlanWriter, supervisingBodyOf } from '../access';
import { closingProblem, contentOf, milestoneProblem, type CompleteCoordinationTaskInput, type CreateCoordinationTaskInput, type PersonRef, type RecordMilestoneInput } from '../domain/coordination-task';
import { planItemProblem, type CreateCoordinationPlanInput } from '../domain/plan';
import type { Repositories } from '../repositories';
import type { CoordinationTaskDoc, CoordinationTaskFilter } from '../repositories/coordination-tasks';
import { applied, type Context } from './context';
import { checkAddresseesInJurisdiction } from './jurisdiction';

/** "5 rõ" coordination tasks, the annual plan whose items they are, and the agencies' focal points (`lookup`: the directory copy). */
export function taskWorkflows(repositories: Repositories, lookup: AgencyLookup) {
  const { coordinationTasks, plans, focalPoints } = repositories;

  /** Loads a task its agency (or a supervising body) may close by hand. */
  async function closable(id: string, ctx: Context): Promise<CoordinationTaskDoc> {
    const task = await ctx.loaders.coordinationTask.load(id);
    if (!task) throw notFound('CoordinationTask', id);
    await requireAddresseeOrOverseer(ctx.caller, task.agencyId, task, lookup);
    const problem = closingProblem(task);
    if (problem) throw conflict(problem, 'id');
    return task;
  }

  /** A task that implements a recommendation must name one that exists. */
  async function checkRecommendation(input: CreateCoordinationTaskInput, ctx: Context) {
    if (input.recommendationId && !(await ctx.loaders.recommendation.load(input.recommendationId))) {
      throw notFound('SupervisionRecommendation', input.recommendationId, 'input.recommendationId');
    }
  }

  return {
    list: (filter: CoordinationTaskFilter, page: PageArgs) => coordinationTasks.list(filter, page),
    listPlans: (page: PageArgs) => plans.list(page),
    focalPoints: () => focalPoints.list(),
    /** A task of the caller's supervising body's level and unit, for an agency of that unit (any agency at city level). */
    async create(input: CreateCoordinationTaskInput, ctx: Context) {
      const jurisdiction = jurisdictionOf(await supervisingBodyOf(ctx.caller, lookup));
      await checkAddresseesInJurisdiction(jurisdiction, [input.agencyId], () => 'input.agencyId', lookup);
      await checkRecommendation(input, ctx);
      return coordinationTasks.create(input, contentOf(input)!, ctx.caller.subject, null, jurisdiction);
    },
    async complete(id: string, input: CompleteCoordinationTaskInput, ctx: Context) {
      await closable(id, ctx);
      return applied(await coordinationTasks.complete(id, input, ctx.caller.subject), 'CoordinationTask');
    },
    async cancel(id: string, reason: string, ctx: Context) {
      await closable(id, ctx);
      return applied(await coordinationTasks.cancel(id, reason, ctx.caller.subject), 'CoordinationTask');
    },
    /** Rõ tiến độ: one milestone done (the task's agency or a supervising body). */
    async reachMilestone(id: string, input: RecordMilestoneInput, ctx: Context) {
      const task = await closable(id, ctx);
      const problem = milestoneProblem(task.milestones, input.index);
      if (problem) throw badInput('input.index', problem);
      return applied(await coordinationTasks.reachMilestone(id, input.index, input.doneOn), 'CoordinationTask');
    },

    async createPlan(input: CreateCoordinationPlanInput, ctx: Context) {
      requirePlanWriter(ctx.caller);
      return plans.create(input, ctx.caller.subject);
    },
    /** An item of the annual plan: a "5 rõ" task due within the plan's year. */
    async addPlanItem(planId: string, input: CreateCoordinationTaskInput, ctx: Context) {
      requirePlanWriter(ctx.caller);
      const plan = await ctx.loaders.plan.load(planId);
      if (!plan) throw notFound('CoordinationPlan', planId, 'planId');
      const problem = planItemProblem(plan.year, input.dueOn);
      if (problem) throw badInput('input.dueOn', problem);
      await checkRecommendation(input, ctx);
      return coordinationTasks.create(input, contentOf(input)!, ctx.caller.subject, plan._id);
    },

    /** Đầu mối phối hợp of an agency (its leader): open session-preparation tasks without a person get them. */
    async setFocalPoint(agencyId: string, person: PersonRef, ctx: Context) {
      requireAgencyLeader(ctx.caller, agencyId);
      if (person.kind !== 'STAFF') throw badInput('input.kind', 'a focal point is a staff member of the agency (STAFF)');
      const saved = await focalPoints.set(agencyId, person, ctx.caller.subject);
      const filled = await coordinationTasks.assignFocalPoint(agencyId, person);
      ctx.logger.info({ agencyId, filled }, 'focal point set');
      return { agencyId, ...saved, tasksFilled: filled };
    },
  };
}
