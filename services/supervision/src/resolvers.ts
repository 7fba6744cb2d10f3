import { obligationKinds, type ObligationKind } from '@hanoi/contracts';
import { found, hanoiToday, idField, ref, refs, scalarResolvers, text, validate, type PageArgs } from '@hanoi/platform';
import { completeCoordinationTaskInput, createCoordinationTaskInput, fiveClearGaps, isTaskLate, personInput, recordMilestoneInput, type CreateCoordinationTaskInput } from './domain/coordination-task';
import { daysLate, standingOf, type EventBasis, type IndexComponent, type IndexFigure } from './domain/coordination-index/formula';
import type { IndexedObligation } from './domain/coordination-index/read-model';
import { setWeightsInput, type Weights } from './domain/coordination-index/weights';
import { createCoordinationPlanInput } from './domain/plan';
import { concludeSupervisionProgrammeInput, createSupervisionProgrammeInput, recordProgrammeFindingInput } from './domain/programme';
import {
  addSupervisionRecommendationInput,
  isRecommendationOverdue,
  isResolved,
  recordReSupervisionFindingInput,
  reportRecommendationImplementationInput,
} from './domain/recommendation';
import type { AddresseeFilter } from './loaders';
import type { CoordinationTaskDoc, CoordinationTaskFilter } from './repositories/coordination-tasks';
import type { CoordinationPlanDoc } from './repositories/plans';
import type { SupervisionProgrammeDoc, SupervisionProgrammeFilter } from './repositories/programmes';
import type { ImplementationReport, RecommendationFilter, ReSupervisionFinding, SupervisionRecommendationDoc } from './repositories/recommendations';
import type { Workflows } from './workflows';
import { periodArgument } from './workflows/coordination-index';
import type { Context } from './workflows/context';

type Args<T = object> = T & PageArgs;
type ById = { id: string };
type IndexArgs = { period: string; weightsVersion?: number | null };

/** The reason a task is cancelled (the argument `reason` itself, so a problem is reported on field `reason`). */
const cancelReason = text(2_000);
const basisOf = (basis: EventBasis, weightsVersion: number) => ({ weightsVersion, ...basis });
const weightsOut = (weights: Weights & { note?: string; setAt?: Date | null }) => ({
  version: weights.version,
  weights: (Object.keys(obligationKinds) as ObligationKind[]).map((kind) => ({ kind, weight: weights.byKind[kind] })),
  note: weights.note ?? 'Default weights (version 1)',
  setAt: weights.setAt ?? null,
});

/** Resolvers validate their arguments and delegate to the workflows; the figures of the index are plain data. */
export function createResolvers(workflows: Workflows) {
  const { programmes, recommendations, tasks, coordinationIndex } = workflows;
  const createTask = (args: { input: unknown }) => validate(createCoordinationTaskInput, args.input) as CreateCoordinationTaskInput;

  return {
    ...scalarResolvers,
    Query: {
      supervisionProgramme: (_: unknown, { id }: ById, ctx: Context) => ctx.loaders.programme.load(id),
      supervisionProgrammes: (_: unknown, args: Args<{ filter?: SupervisionProgrammeFilter }>, ctx: Context) =>
        programmes.list(args.filter ?? {}, args, ctx),
      supervisionRecommendation: (_: unknown, { id }: ById, ctx: Context) => ctx.loaders.recommendation.load(id),
      supervisionRecommendations: (_: unknown, args: Args<{ filter?: RecommendationFilter }>) => recommendations.list(args.filter ?? {}, args),
      coordinationTask: (_: unknown, { id }: ById, ctx: Context) => ctx.loaders.coordinationTask.load(id),
      coordinationTasks: (_: unknown, args: Args<{ filter?: CoordinationTaskFilter }>) => tasks.list(args.filter ?? {}, args),
      coordinationPlan: (_: unknown, { id }: ById, ctx: Context) => ctx.loaders.plan.load(id),
      coordinationPlans: (_: unknown, args: PageArgs) => tasks.listPlans(args),
      coordinationFocalPoints: () => tasks.focalPoints(),
      coordinationIndex: (_: unknown, args: IndexArgs & { agencyId: string }, ctx: Context) =>
        coordinationIndex.agencyIndex(args.agencyId, args.period, args.weightsVersion, ctx),
      coordinationIndexRanking: (_: unknown, args: IndexArgs & { level?: string | null }) =>
        coordinationIndex.ranking(args.period, args.level, args.weightsVersion),
      coordinationIndexWeights: async (_: unknown, args: { version?: number | null }) => weightsOut(await coordinationIndex.weightsVersion(args.version)),
      coordinationIndexWeightVersions: async () => (await coordinationIndex.weightVersions()).map(weightsOut),
      coordinationIndexStatus: () => coordinationIndex.status(),
      coordinationReview: (_: unknown, args: { period: string }) => coordinationIndex.review(args.period),
      coordinationReviewCsv: (_: unknown, args: { period: string }) => coordinationIndex.reviewCsv(args.period),
    },
    Mutation: {
      createSupervisionProgramme: (_: unknown, args: { input: unknown }, ctx: Context) =>
        programmes.create(validate(createSupervisionProgrammeInput, args.input), ctx),
      startSupervisionProgramme: (_: unknown, { id }: ById, ctx: Context) => programmes.start(id, ctx),
      concludeSupervisionProgramme: (_: unknown, args: { id: string; input: unknown }, ctx: Context) =>
        programmes.conclude(args.id, validate(concludeSupervisionProgrammeInput, args.input), ctx),
      recordProgrammeFinding: (_: unknown, args: { id: string; input: unknown }, ctx: Context) =>
        programmes.recordFinding(args.id, validate(recordProgrammeFindingInput, args.input), ctx),
      addSupervisionRecommendation: (_: unknown, args: { input: unknown }, ctx: Context) =>
        recommendations.issue(validate(addSupervisionRecommendationInput, args.input), ctx),
      reportRecommendationImplementation: (_: unknown, args: { id: string; input: unknown }, ctx: Context) =>
        recommendations.report(args.id, validate(reportRecommendationImplementationInput, args.input), ctx),
      recordReSupervisionFinding: (_: unknown, args: { programmeId: string; input: unknown }, ctx: Context) =>
        recommendations.recordReSupervisionFinding(args.programmeId, validate(recordReSupervisionFindingInput, args.input), ctx),
      createCoordinationTask: (_: unknown, args: { input: unknown }, ctx: Context) => tasks.create(createTask(args), ctx),
      completeCoordinationTask: (_: unknown, args: { id: string; input: unknown }, ctx: Context) =>
        tasks.complete(args.id, validate(completeCoordinationTaskInput, args.input), ctx),
      cancelCoordinationTask: (_: unknown, args: { id: string; reason: unknown }, ctx: Context) =>
        tasks.cancel(args.id, validate(cancelReason, args.reason, 'reason'), ctx),
      recordCoordinationTaskMilestone: (_: unknown, args: { id: string; input: unknown }, ctx: Context) =>
        tasks.reachMilestone(args.id, validate(recordMilestoneInput, args.input), ctx),
      createCoordinationPlan: (_: unknown, args: { input: unknown }, ctx: Context) => tasks.createPlan(validate(createCoordinationPlanInput, args.input), ctx),
      addCoordinationPlanItem: (_: unknown, args: { planId: string; input: unknown }, ctx: Context) => tasks.addPlanItem(args.planId, createTask(args), ctx),
      setCoordinationFocalPoint: (_: unknown, args: { agencyId: string; input: unknown }, ctx: Context) =>
        tasks.setFocalPoint(args.agencyId, validate(personInput, args.input), ctx),
      setCoordinationIndexWeights: async (_: unknown, args: { input: unknown }, ctx: Context) =>
        weightsOut(await coordinationIndex.setWeights(validate(setWeightsInput, args.input), ctx.caller)),
      rebuildCoordinationIndex: (_: unknown, __: unknown, ctx: Context) => coordinationIndex.rebuild(ctx.caller),
    },
    SupervisionProgramme: {
      ...idField,
      __resolveReference: (reference: ById, ctx: Context) => ctx.loaders.programme.load(reference.id),
      leadAgency: (doc: SupervisionProgrammeDoc) => ref(doc.leadAgencyId),
      supervisedAgencies: (doc: SupervisionProgrammeDoc) => refs(doc.supervisedAgencyIds),
      reSupervisionOf: (doc: SupervisionProgrammeDoc, _: unknown, ctx: Context) =>
        doc.reSupervisionOfId ? ctx.loaders.programme.load(doc.reSupervisionOfId) : null,
      reviewedRecommendations: async (doc: SupervisionProgrammeDoc, _: unknown, ctx: Context) =>
        found(await ctx.loaders.recommendation.loadMany(doc.reviewedRecommendationIds ?? [])),
      reSupervisions: (doc: SupervisionProgrammeDoc, _: unknown, ctx: Context) => ctx.loaders.reSupervisionsByProgramme.load(doc._id),
      recommendations: (doc: SupervisionProgrammeDoc, _: unknown, ctx: Context) => ctx.loaders.recommendationsByProgramme.load(doc._id),
      findings: (doc: SupervisionProgrammeDoc) => (doc.findings ?? []).map((finding) => ({ ...finding, agency: ref(finding.agencyId) })),
    },
    SupervisionRecommendation: {
      ...idField,
      __resolveReference: (reference: ById, ctx: Context) => ctx.loaders.recommendation.load(reference.id),
      programme: (doc: SupervisionRecommendationDoc, _: unknown, ctx: Context) => ctx.loaders.programme.load(doc.programmeId),
      addressedTo: (doc: SupervisionRecommendationDoc) => ref(doc.addressedToAgencyId),
      resolved: (doc: SupervisionRecommendationDoc) => isResolved(doc),
      overdue: (doc: SupervisionRecommendationDoc) => isRecommendationOverdue(doc, hanoiToday()),
      reports: (doc: SupervisionRecommendationDoc) => doc.reports.map((report: ImplementationReport) => ({ ...report, assignment: ref(report.assignmentId) })),
      implementationReport: (doc: SupervisionRecommendationDoc) => doc.reports.at(-1)?.text ?? null,
      reportedOn: (doc: SupervisionRecommendationDoc) => doc.reports.at(-1)?.reportedOn ?? null,
      tasks: (doc: SupervisionRecommendationDoc, _: unknown, ctx: Context) => ctx.loaders.tasksByRecommendation.load(doc._id),
    },
    ReSupervisionFinding: {
      reSupervision: (finding: ReSupervisionFinding, _: unknown, ctx: Context) => ctx.loaders.programme.load(finding.reSupervisionId),
    },
    CoordinationTask: {
      ...idField,
      __resolveReference: (reference: ById, ctx: Context) => ctx.loaders.coordinationTask.load(reference.id),
      agency: (doc: CoordinationTaskDoc) => ref(doc.agencyId),
      fiveClearGaps: (doc: CoordinationTaskDoc) => fiveClearGaps(doc),
      councilSession: (doc: CoordinationTaskDoc) => ref(doc.councilSessionId),
      agendaItem: (doc: CoordinationTaskDoc) => ref(doc.agendaItemId),
      recommendation: (doc: CoordinationTaskDoc, _: unknown, ctx: Context) => (doc.recommendationId ? ctx.loaders.recommendation.load(doc.recommendationId) : null),
      plan: (doc: CoordinationTaskDoc, _: unknown, ctx: Context) => (doc.planId ? ctx.loaders.plan.load(doc.planId) : null),
      late: (doc: CoordinationTaskDoc) => isTaskLate(doc, hanoiToday()),
    },
    CoordinationPlan: {
      ...idField,
      __resolveReference: (reference: ById, ctx: Context) => ctx.loaders.plan.load(reference.id),
      items: (doc: CoordinationPlanDoc, _: unknown, ctx: Context) => ctx.loaders.tasksByPlan.load(doc._id),
    },
    CoordinationFocalPoint: {
      agency: (doc: { _id: string }) => ref(doc._id),
    },
    Agency: {
      supervisionRecommendations: (agency: ById, args: AddresseeFilter, ctx: Context) => ctx.loaders.recommendationsByAddressee(args).load(agency.id),
      coordinationIndex: (agency: ById, args: IndexArgs, ctx: Context) =>
        ctx.loaders.coordinationIndex({ period: periodArgument(args.period).label, weightsVersion: args.weightsVersion }).load(agency.id),
      coordinationIndexHistory: (agency: ById, args: { from: string; to: string; weightsVersion?: number | null }) =>
        coordinationIndex.history(agency.id, args.from, args.to, args.weightsVersion),
    },
    CouncilSession: {
      preparationTasks: (session: ById, _: unknown, ctx: Context) => ctx.loaders.tasksBySession.load(session.id),
    },
    CoordinationIndex: {
      agency: (figure: IndexFigure) => ref(figure.agencyId),
      period: (figure: IndexFigure) => figure.period.label,
      from: (figure: IndexFigure) => figure.period.from,
      to: (figure: IndexFigure) => figure.period.to,
      basis: (figure: IndexFigure) => basisOf(figure.basis, figure.weightsVersion),
      components: (figure: IndexFigure) => figure.components.map((component) => ({ ...component, weightsVersion: figure.weightsVersion })),
    },
    CoordinationIndexComponent: {
      content: (component: IndexComponent) => obligationKinds[component.kind].content,
      basis: (component: IndexComponent & { weightsVersion: number }) => basisOf(component.basis, component.weightsVersion),
    },
    CoordinationIndexRank: {
      index: (rank: { figure: IndexFigure }) => rank.figure,
    },
    ObligationItem: {
      obligationId: (row: IndexedObligation) => row.obligationId,
      standing: (row: IndexedObligation) => standingOf(row, hanoiToday()),
      dueOn: (row: IndexedObligation) => row.countsOn,
      daysLate: (row: IndexedObligation) => daysLate(row, hanoiToday()),
      /** Other subgraphs' entities are references; supervision's own are loaded (their `id` and fields resolve here). */
      subject: async (row: IndexedObligation, _: unknown, ctx: Context) => {
        if (!row.subject) return null;
        const { type, id } = row.subject;
        const entity =
          type === 'SupervisionRecommendation' ? await ctx.loaders.recommendation.load(id) : type === 'CoordinationTask' ? await ctx.loaders.coordinationTask.load(id) : { id };
        return entity && { ...entity, __typename: type };
      },
      councilSession: (row: IndexedObligation) => ref(row.councilSessionId),
    },
    ObligationSubject: {
      __resolveType: (subject: { __typename: string }) => subject.__typename,
    },
    CoordinationReview: {
      period: (review: { period: { label: string } }) => review.period.label,
      from: (review: { period: { from: Date } }) => review.period.from,
      to: (review: { period: { to: Date } }) => review.period.to,
    },
    CoordinationReviewBody: {
      body: (body: { bodyId: string }) => ref(body.bodyId),
    },
  };
}
