import { badInput, conflict, existing, idField, notFound, ref, scalarResolvers, validate } from '@hanoi/platform';
import { requireAdmin, requireAnswerer } from './access';
import { createAdministrativeUnitInput, parentProblem, predecessorProblem } from './domain/administrative-unit';
import { createAgencyInput } from './domain/agency';
import { createDirectoryChangeResolvers } from './directory/resolvers';
import { answerAssignmentInput, answerProblem, currentAssignment } from './domain/assignment';
import type { Resolvers } from './generated/resolvers';
import type { Repositories } from './repositories';
import type { AdministrativeUnitDoc } from './repositories/administrative-units';

export function createResolvers(repositories: Repositories): Resolvers {
  const directoryChanges = createDirectoryChangeResolvers(repositories);
  return {
    ...scalarResolvers,
    Query: {
      agency: (_, { id }, ctx) => ctx.loaders.agency.load(id),
      agencies: (_, args) => repositories.agencies.list(args.filter ?? {}, args),
      administrativeUnit: (_, { id }, ctx) => ctx.loaders.administrativeUnit.load(id),
      administrativeUnits: (_, args) =>
        repositories.administrativeUnits.list(args.filter ?? {}, args),
      administrativeUnitOn: (_, { id, date }) => repositories.administrativeUnits.onDate(id, date),
      assignment: (_, { id }, ctx) => ctx.loaders.assignment.load(id),
      assignments: (_, args) => repositories.assignments.list(args.filter ?? {}, args),
    },
    Mutation: {
      ...directoryChanges.Mutation,
      async createAgency(_, args, ctx) {
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
      async createAdministrativeUnit(_, args, ctx) {
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
      async answerAssignment(_, args, ctx) {
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
      ...directoryChanges.Agency,
      __resolveReference: (reference, ctx) => ctx.loaders.agency.load(reference.id),
      parent: (doc, _, ctx) => (doc.parentId ? ctx.loaders.agency.load(doc.parentId) : null),
      children: (doc, _, ctx) => ctx.loaders.agencyChildren.load(doc._id),
      administrativeUnit: (doc, _, ctx) =>
        doc.administrativeUnitId ? ctx.loaders.administrativeUnit.load(doc.administrativeUnitId) : null,
      assignments: (doc, args, ctx) =>
        ctx.loaders.assignmentsByAgency(args, args.status ? { status: args.status } : {}).load(doc._id),
    },
    AdministrativeUnit: {
      ...idField,
      ...directoryChanges.AdministrativeUnit,
      __resolveReference: (reference, ctx) => ctx.loaders.administrativeUnit.load(reference.id),
      parent: (doc, _, ctx) => (doc.parentId ? ctx.loaders.administrativeUnit.load(doc.parentId) : null),
      children: (doc, _, ctx) => ctx.loaders.unitChildren.load(doc._id),
      predecessors: async (doc, _, ctx) =>
        (await ctx.loaders.administrativeUnit.loadMany(doc.predecessorIds)).filter(
          (unit: AdministrativeUnitDoc | null | Error): unit is AdministrativeUnitDoc => unit != null && !(unit instanceof Error),
        ),
      successors: (doc, _, ctx) => ctx.loaders.unitSuccessors.load(doc._id),
    },
    Assignment: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.assignment.load(reference.id),
      agency: (doc, _, ctx) => existing(ctx.loaders.agency.load(doc.agencyId), 'Agency', doc.agencyId),
      petition: (doc) => (doc.subjectType === 'PETITION' ? ref(doc.subjectId) : null),
      supervisionRecommendation: (doc) => (doc.subjectType === 'SUPERVISION_RECOMMENDATION' ? ref(doc.subjectId) : null),
      round: (doc) => doc.round ?? null,
      implementationStatus: (doc) => doc.implementationStatus ?? null,
      evidence: (doc) => doc.evidence ?? [],
    },
    Petition: {
      assignment: async (petition, _, ctx) =>
        currentAssignment(await ctx.loaders.assignmentsBySubject('PETITION').load(petition.id)),
      assignments: (petition, _, ctx) => ctx.loaders.assignmentsBySubject('PETITION').load(petition.id),
    },
    SupervisionRecommendation: {
      assignments: (recommendation, _, ctx) =>
        ctx.loaders.assignmentsBySubject('SUPERVISION_RECOMMENDATION').load(recommendation.id),
    },
  };
}
