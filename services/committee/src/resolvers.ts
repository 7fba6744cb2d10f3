import { badInput, conflict, idField, notFound, ref, scalarResolvers, validate, type PageArgs, type RequestContext } from '@hanoi/platform';
import { requireAdmin, requireAnswerer } from './access';
import { createAdministrativeUnitInput, parentProblem, predecessorProblem } from './domain/administrative-unit';
import { createAgencyInput } from './domain/agency';
import { answerAssignmentInput, answerProblem, currentAssignment, type AssignmentStatus } from './domain/assignment';
import type { Loaders } from './loaders';
import type { Repositories } from './repositories';
import type { AdministrativeUnitDoc, AdministrativeUnitFilter } from './repositories/administrative-units';
import type { AgencyDoc, AgencyFilter } from './repositories/agencies';
import type { AssignmentDoc, AssignmentFilter } from './repositories/assignments';

type Context = RequestContext<Loaders>;
type Args<T = object> = T & PageArgs;

export function createResolvers(repositories: Repositories) {
  return {
    ...scalarResolvers,
    Query: {
      agency: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.agency.load(id),
      agencies: (_: unknown, args: Args<{ filter?: AgencyFilter }>) => repositories.agencies.list(args.filter ?? {}, args),
      administrativeUnit: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.administrativeUnit.load(id),
      administrativeUnits: (_: unknown, args: Args<{ filter?: AdministrativeUnitFilter }>) =>
        repositories.administrativeUnits.list(args.filter ?? {}, args),
      administrativeUnitOn: (_: unknown, { id, date }: { id: string; date: Date }) => repositories.administrativeUnits.onDate(id, date),
      assignment: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.assignment.load(id),
      assignments: (_: unknown, args: Args<{ filter?: AssignmentFilter }>) => repositories.assignments.list(args.filter ?? {}, args),
    },
    Mutation: {
      async createAgency(_: unknown, args: { input: unknown }, ctx: Context) {
        requireAdmin(ctx.caller);
        const input = validate(createAgencyInput, args.input);
        if (input.parentId && !(await ctx.loaders.agency.load(input.parentId))) {
          throw notFound('Agency', input.parentId, 'input.parentId');
        }
        if (input.administrativeUnitId) {
          const unit = await ctx.loaders.administrativeUnit.load(input.administrativeUnitId);
          if (!unit) throw notFound('AdministrativeUnit', input.administrativeUnitId, 'input.administrativeUnitId');
          if (unit.level !== input.level) {
            throw badInput('input.administrativeUnitId', `${unit._id} is a ${unit.level} unit; a ${input.level} agency governs a ${input.level} unit`);
          }
        }
        return repositories.agencies.create(input, ctx.caller.subject);
      },
      async createAdministrativeUnit(_: unknown, args: { input: unknown }, ctx: Context) {
        requireAdmin(ctx.caller);
        const input = validate(createAdministrativeUnitInput, args.input);
        const predecessorIds = input.predecessorIds ?? [];
        const linked = await repositories.administrativeUnits.findMany([...(input.parentId ? [input.parentId] : []), ...predecessorIds]);
        const byId = new Map(linked.map((unit) => [unit._id, unit]));
        if (input.parentId) {
          const parent = byId.get(input.parentId);
          if (!parent) throw notFound('AdministrativeUnit', input.parentId, 'input.parentId');
          const problem = parentProblem(parent);
          if (problem) throw badInput('input.parentId', problem);
        }
        predecessorIds.forEach((predecessorId, index) => {
          const predecessor = byId.get(predecessorId);
          if (!predecessor) throw notFound('AdministrativeUnit', predecessorId, `input.predecessorIds.${index}`);
          const problem = predecessorProblem(predecessor, input.validFrom!);
          if (problem) throw badInput(`input.predecessorIds.${index}`, problem);
        });
        return repositories.administrativeUnits.create(input, ctx.caller.subject);
      },
      async answerAssignment(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        requireAnswerer(ctx.caller);
        const input = validate(answerAssignmentInput, args.input);
        const assignment = await ctx.loaders.assignment.load(args.id);
        if (!assignment) throw notFound('Assignment', args.id);
        requireAnswerer(ctx.caller, assignment.agencyId);
        const problem = answerProblem(assignment.subjectType, input);
        if (problem) throw badInput(`input.${problem.field}`, problem.message);
        const answered = await repositories.assignments.answer(assignment._id, input, ctx.caller.subject);
        if (!answered) {
          const now = await repositories.assignments.findById(assignment._id);
          if (now?.status === 'WITHDRAWN') throw conflict(`Assignment ${assignment._id} was withdrawn: ${now.withdrawnReason ?? 'the case left the agency'}`, 'id');
          throw conflict(`Assignment ${assignment._id} is already answered`, 'id');
        }
        return answered;
      },
    },
    Agency: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.agency.load(reference.id),
      parent: (doc: AgencyDoc, _: unknown, ctx: Context) => (doc.parentId ? ctx.loaders.agency.load(doc.parentId) : null),
      children: (doc: AgencyDoc, _: unknown, ctx: Context) => ctx.loaders.agencyChildren.load(doc._id),
      administrativeUnit: (doc: AgencyDoc, _: unknown, ctx: Context) =>
        doc.administrativeUnitId ? ctx.loaders.administrativeUnit.load(doc.administrativeUnitId) : null,
      assignments: (doc: AgencyDoc, args: { status?: AssignmentStatus | null }, ctx: Context) =>
        ctx.loaders.assignmentsByAgency(args.status ?? null).load(doc._id),
    },
    AdministrativeUnit: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.administrativeUnit.load(reference.id),
      parent: (doc: AdministrativeUnitDoc, _: unknown, ctx: Context) => (doc.parentId ? ctx.loaders.administrativeUnit.load(doc.parentId) : null),
      children: (doc: AdministrativeUnitDoc, _: unknown, ctx: Context) => ctx.loaders.unitChildren.load(doc._id),
      predecessors: async (doc: AdministrativeUnitDoc, _: unknown, ctx: Context) =>
        (await ctx.loaders.administrativeUnit.loadMany(doc.predecessorIds)).filter(
          (unit: AdministrativeUnitDoc | null | Error): unit is AdministrativeUnitDoc => unit != null && !(unit instanceof Error),
        ),
      successors: (doc: AdministrativeUnitDoc, _: unknown, ctx: Context) => ctx.loaders.unitSuccessors.load(doc._id),
    },
    Assignment: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.assignment.load(reference.id),
      agency: (doc: AssignmentDoc, _: unknown, ctx: Context) => ctx.loaders.agency.load(doc.agencyId),
      petition: (doc: AssignmentDoc) => (doc.subjectType === 'PETITION' ? ref(doc.subjectId) : null),
      supervisionRecommendation: (doc: AssignmentDoc) => (doc.subjectType === 'SUPERVISION_RECOMMENDATION' ? ref(doc.subjectId) : null),
      round: (doc: AssignmentDoc) => doc.round ?? null,
      implementationStatus: (doc: AssignmentDoc) => doc.implementationStatus ?? null,
      evidence: (doc: AssignmentDoc) => doc.evidence ?? [],
    },
    Petition: {
      assignment: async (petition: { id: string }, _: unknown, ctx: Context) =>
        currentAssignment(await ctx.loaders.assignmentsBySubject('PETITION').load(petition.id)),
      assignments: (petition: { id: string }, _: unknown, ctx: Context) => ctx.loaders.assignmentsBySubject('PETITION').load(petition.id),
    },
    SupervisionRecommendation: {
      assignments: (recommendation: { id: string }, _: unknown, ctx: Context) =>
        ctx.loaders.assignmentsBySubject('SUPERVISION_RECOMMENDATION').load(recommendation.id),
    },
  };
}
