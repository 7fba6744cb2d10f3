import {
  badInput,
  conflict,
  forbidden,
  hanoiToday,
  hasRole,
  idField,
  notFound,
  ref,
  refs,
  scalarResolvers,
  validate,
  type PageArgs,
  type RequestContext,
} from '@hanoi/platform';
import { requireAddresseeOrOverseer, requireLeadAgency, requireSupervisingWriter } from './access';
import { completeCoordinationTaskInput, completionProblem, createCoordinationTaskInput, isTaskLate } from './domain/coordination-task';
import {
  acceptsRecommendations,
  concludeSupervisionProgrammeInput,
  createSupervisionProgrammeInput,
  programmeTransitionProblem,
  type ProgrammeStatus,
} from './domain/programme';
import {
  addSupervisionRecommendationInput,
  isRecommendationOverdue,
  reportProblem,
  reportRecommendationImplementationInput,
} from './domain/recommendation';
import type { AddresseeFilter, Loaders } from './loaders';
import type { Repositories } from './repositories';
import type { CoordinationTaskDoc, CoordinationTaskFilter } from './repositories/coordination-tasks';
import type { SupervisionProgrammeDoc, SupervisionProgrammeFilter } from './repositories/programmes';
import type { RecommendationFilter, SupervisionRecommendationDoc } from './repositories/recommendations';

type Context = RequestContext<Loaders>;
type Args<T = object> = T & PageArgs;
type ById = { id: string };

export function createResolvers(repositories: Repositories) {
  /** Loads a programme for a transition, authorises its lead agency, and checks the move is allowed. */
  async function programmeFor(id: string, to: ProgrammeStatus, ctx: Context): Promise<SupervisionProgrammeDoc> {
    const programme = await ctx.loaders.programme.load(id);
    if (!programme) throw notFound('SupervisionProgramme', id);
    requireLeadAgency(ctx.caller, programme.leadAgencyId);
    const problem = programmeTransitionProblem(programme.status, to);
    if (problem) throw conflict(problem, 'id');
    return programme;
  }
  /** A guarded update matched nothing: another request changed the status between our read and our write. */
  function applied<T>(updated: T | null, type: string): T {
    if (!updated) throw conflict(`${type} was changed by another request; reload it`, 'id');
    return updated;
  }

  return {
    ...scalarResolvers,
    Query: {
      supervisionProgramme: (_: unknown, { id }: ById, ctx: Context) => ctx.loaders.programme.load(id),
      supervisionProgrammes: (_: unknown, args: Args<{ filter?: SupervisionProgrammeFilter }>) =>
        repositories.programmes.list(args.filter ?? {}, args),
      supervisionRecommendation: (_: unknown, { id }: ById, ctx: Context) => ctx.loaders.recommendation.load(id),
      supervisionRecommendations: (_: unknown, args: Args<{ filter?: RecommendationFilter }>) =>
        repositories.recommendations.list(args.filter ?? {}, args),
      coordinationTask: (_: unknown, { id }: ById, ctx: Context) => ctx.loaders.coordinationTask.load(id),
      coordinationTasks: (_: unknown, args: Args<{ filter?: CoordinationTaskFilter }>) =>
        repositories.coordinationTasks.list(args.filter ?? {}, args),
    },
    Mutation: {
      async createSupervisionProgramme(_: unknown, args: { input: unknown }, ctx: Context) {
        requireSupervisingWriter(ctx.caller);
        const input = validate(createSupervisionProgrammeInput, args.input);
        if (!hasRole(ctx.caller, 'admin') && input.leadAgencyId !== ctx.caller.agency) {
          throw forbidden(`Staff of ${ctx.caller.agency} may only plan programmes their own body leads`);
        }
        if (input.reSupervisionOfId) {
          const original = await ctx.loaders.programme.load(input.reSupervisionOfId);
          if (!original) throw notFound('SupervisionProgramme', input.reSupervisionOfId, 'input.reSupervisionOfId');
          if (original.status !== 'CONCLUDED') {
            throw conflict(`only a concluded programme can be re-supervised; ${original._id} is ${original.status}`, 'input.reSupervisionOfId');
          }
        }
        return repositories.programmes.create(input, ctx.caller.subject);
      },
      async startSupervisionProgramme(_: unknown, { id }: ById, ctx: Context) {
        requireSupervisingWriter(ctx.caller);
        await programmeFor(id, 'IN_PROGRESS', ctx);
        return applied(await repositories.programmes.start(id), 'SupervisionProgramme');
      },
      async concludeSupervisionProgramme(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        requireSupervisingWriter(ctx.caller);
        const input = validate(concludeSupervisionProgrammeInput, args.input);
        const programme = await programmeFor(args.id, 'CONCLUDED', ctx);
        if (input.concludedOn.getTime() < programme.startsOn.getTime()) {
          throw badInput('input.concludedOn', 'must not be before the programme starts');
        }
        return applied(await repositories.programmes.conclude(args.id, input), 'SupervisionProgramme');
      },
      async addSupervisionRecommendation(_: unknown, args: { input: unknown }, ctx: Context) {
        requireSupervisingWriter(ctx.caller);
        const input = validate(addSupervisionRecommendationInput, args.input);
        const programme = await ctx.loaders.programme.load(input.programmeId);
        if (!programme) throw notFound('SupervisionProgramme', input.programmeId, 'input.programmeId');
        requireLeadAgency(ctx.caller, programme.leadAgencyId);
        if (!acceptsRecommendations(programme.status)) {
          throw conflict(`programme ${programme._id} is ${programme.status}: recommendations follow a supervision under way or concluded`, 'input.programmeId');
        }
        return repositories.recommendations.issue(input, programme.leadAgencyId, ctx.caller.subject);
      },
      async reportRecommendationImplementation(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        const recommendation = await ctx.loaders.recommendation.load(args.id);
        if (!recommendation) throw notFound('SupervisionRecommendation', args.id);
        requireAddresseeOrOverseer(ctx.caller, recommendation.addressedToAgencyId, recommendation.leadAgencyId);
        const input = validate(reportRecommendationImplementationInput, args.input);
        const problem = reportProblem(recommendation.status);
        if (problem) throw conflict(problem, 'id');
        return applied(await repositories.recommendations.reportImplementation(args.id, input, ctx.caller.subject), 'SupervisionRecommendation');
      },
      createCoordinationTask(_: unknown, args: { input: unknown }, ctx: Context) {
        requireSupervisingWriter(ctx.caller);
        return repositories.coordinationTasks.create(validate(createCoordinationTaskInput, args.input), ctx.caller.subject);
      },
      async completeCoordinationTask(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        const task = await ctx.loaders.coordinationTask.load(args.id);
        if (!task) throw notFound('CoordinationTask', args.id);
        requireAddresseeOrOverseer(ctx.caller, task.agencyId);
        const input = validate(completeCoordinationTaskInput, args.input);
        const problem = completionProblem(task.status);
        if (problem) throw conflict(problem, 'id');
        return applied(await repositories.coordinationTasks.complete(args.id, input, ctx.caller.subject), 'CoordinationTask');
      },
    },
    SupervisionProgramme: {
      ...idField,
      __resolveReference: (reference: ById, ctx: Context) => ctx.loaders.programme.load(reference.id),
      leadAgency: (doc: SupervisionProgrammeDoc) => ref(doc.leadAgencyId),
      supervisedAgencies: (doc: SupervisionProgrammeDoc) => refs(doc.supervisedAgencyIds),
      reSupervisionOf: (doc: SupervisionProgrammeDoc, _: unknown, ctx: Context) =>
        doc.reSupervisionOfId ? ctx.loaders.programme.load(doc.reSupervisionOfId) : null,
      reSupervisions: (doc: SupervisionProgrammeDoc, _: unknown, ctx: Context) => ctx.loaders.reSupervisionsByProgramme.load(doc._id),
      recommendations: (doc: SupervisionProgrammeDoc, _: unknown, ctx: Context) => ctx.loaders.recommendationsByProgramme.load(doc._id),
    },
    SupervisionRecommendation: {
      ...idField,
      __resolveReference: (reference: ById, ctx: Context) => ctx.loaders.recommendation.load(reference.id),
      programme: (doc: SupervisionRecommendationDoc, _: unknown, ctx: Context) => ctx.loaders.programme.load(doc.programmeId),
      addressedTo: (doc: SupervisionRecommendationDoc) => ref(doc.addressedToAgencyId),
      overdue: (doc: SupervisionRecommendationDoc) => isRecommendationOverdue(doc, hanoiToday()),
    },
    CoordinationTask: {
      ...idField,
      __resolveReference: (reference: ById, ctx: Context) => ctx.loaders.coordinationTask.load(reference.id),
      agency: (doc: CoordinationTaskDoc) => ref(doc.agencyId),
      councilSession: (doc: CoordinationTaskDoc) => ref(doc.councilSessionId),
      agendaItem: (doc: CoordinationTaskDoc) => ref(doc.agendaItemId),
      late: (doc: CoordinationTaskDoc) => isTaskLate(doc, hanoiToday()),
    },
    Agency: {
      supervisionRecommendations: (agency: ById, args: AddresseeFilter, ctx: Context) =>
        ctx.loaders.recommendationsByAddressee(args).load(agency.id),
    },
    CouncilSession: {
      preparationTasks: (session: ById, _: unknown, ctx: Context) => ctx.loaders.coordinationTasksBySession.load(session.id),
    },
  };
}
