import { jurisdictionResolvers, obligationKinds, type ObligationKind } from '@hanoi/contracts';
import { existing, found, hanoiToday, idField, present, ref, refs, scalarResolvers, text, validate } from '@hanoi/platform';
import { completeCoordinationTaskInput, createCoordinationTaskInput, fiveClearGaps, isTaskLate, personInput, recordMilestoneInput, type CreateCoordinationTaskInput } from './domain/coordination-task';
import { daysLate, standingOf, type EventBasis } from './domain/coordination-index/formula';
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
import type { Resolvers, ResolversTypes } from './generated/resolvers';
import type { Workflows } from './workflows';
import { periodArgument } from './workflows/coordination-index';
import type { Context } from './workflows/context';

/** The reason a task is cancelled (the argument `reason` itself, so a problem is reported on field `reason`). */
const cancelReason = text(2_000);
const basisOf = (basis: EventBasis, weightsVersion: number) => ({ weightsVersion, ...basis });
const weightsOut = (weights: Weights & { note?: string; setAt?: Date | null }) => ({
  version: weights.version,
  weights: (Object.keys(obligationKinds) as ObligationKind[]).map((kind) => ({ kind, weight: weights.byKind[kind] })),
  note: weights.note ?? 'Default weights (version 1)',
  setAt: weights.setAt ?? null,
});

/** The entity an obligation is about: other subgraphs' entities are references; supervision's own are loaded (their `id` and fields resolve here). */
async function obligationSubject(row: IndexedObligation, ctx: Context): Promise<ResolversTypes['ObligationSubject'] | null> {
  if (!row.subject) return null;
  const { type, id } = row.subject;
  if (type === 'SupervisionRecommendation') {
    const recommendation = await ctx.loaders.recommendation.load(id);
    return recommendation && { ...recommendation, __typename: type };
  }
  if (type === 'CoordinationTask') {
    const task = await ctx.loaders.coordinationTask.load(id);
    return task && { ...task, __typename: type };
  }
  return { id, __typename: type };
}

/** A figure's period as the API shows it. */
const periodFields = {
  period: (figure: { period: { label: string } }) => figure.period.label,
  from: (figure: { period: { from: Date } }) => figure.period.from,
  to: (figure: { period: { to: Date } }) => figure.period.to,
};

/** Resolvers validate their arguments and delegate to the workflows; the figures of the index are plain data. */
export function createResolvers(workflows: Workflows): Resolvers {
  const { programmes, recommendations, tasks, coordinationIndex } = workflows;
  const createTask = (args: { input: unknown }) => validate(createCoordinationTaskInput, args.input) as CreateCoordinationTaskInput;

  return {
    ...scalarResolvers,
    Query: {
      supervisionProgramme: (_, { id }, ctx) => ctx.loaders.programme.load(id),
      supervisionProgrammes: (_, args, ctx) =>
        programmes.list(args.filter ?? {}, args, ctx),
      supervisionRecommendation: (_, { id }, ctx) => ctx.loaders.recommendation.load(id),
      supervisionRecommendations: (_, args) => recommendations.list(args.filter ?? {}, args),
      coordinationTask: (_, { id }, ctx) => ctx.loaders.coordinationTask.load(id),
      coordinationTasks: (_, args) => tasks.list(args.filter ?? {}, args),
      coordinationPlan: (_, { id }, ctx) => ctx.loaders.plan.load(id),
      coordinationPlans: (_, args) => tasks.listPlans(args),
      coordinationFocalPoints: () => tasks.focalPoints(),
      coordinationIndex: (_, args, ctx) =>
        coordinationIndex.agencyIndex(args.agencyId, args.period, args.weightsVersion, ctx),
      coordinationIndexRanking: (_, args) =>
        coordinationIndex.ranking(args.period, args.level, args.weightsVersion, args.administrativeUnitId),
      coordinationIndexWeights: async (_, args) => weightsOut(await coordinationIndex.weightsVersion(args.version)),
      coordinationIndexWeightVersions: async () => (await coordinationIndex.weightVersions()).map(weightsOut),
      coordinationIndexStatus: () => coordinationIndex.status(),
      coordinationReview: (_, args) => coordinationIndex.review(args.period),
      coordinationReviewCsv: (_, args) => coordinationIndex.reviewCsv(args.period),
      myInbox: (_, args, ctx) => workflows.inbox.of(ctx.caller, args.withinWorkingDays ?? 5, args),
    },
    Mutation: {
      createSupervisionProgramme: (_, args, ctx) =>
        programmes.create(validate(createSupervisionProgrammeInput, args.input), ctx),
      startSupervisionProgramme: (_, { id }, ctx) => programmes.start(id, ctx),
      concludeSupervisionProgramme: (_, args, ctx) =>
        programmes.conclude(args.id, validate(concludeSupervisionProgrammeInput, args.input), ctx),
      recordProgrammeFinding: (_, args, ctx) =>
        programmes.recordFinding(args.id, validate(recordProgrammeFindingInput, args.input), ctx),
      addSupervisionRecommendation: (_, args, ctx) =>
        recommendations.issue(validate(addSupervisionRecommendationInput, args.input), ctx),
      reportRecommendationImplementation: (_, args, ctx) =>
        recommendations.report(args.id, validate(reportRecommendationImplementationInput, args.input), ctx),
      recordReSupervisionFinding: (_, args, ctx) =>
        recommendations.recordReSupervisionFinding(args.programmeId, validate(recordReSupervisionFindingInput, args.input), ctx),
      createCoordinationTask: (_, args, ctx) => tasks.create(createTask(args), ctx),
      completeCoordinationTask: (_, args, ctx) =>
        tasks.complete(args.id, validate(completeCoordinationTaskInput, args.input), ctx),
      cancelCoordinationTask: (_, args, ctx) =>
        tasks.cancel(args.id, validate(cancelReason, args.reason, 'reason'), ctx),
      recordCoordinationTaskMilestone: (_, args, ctx) =>
        tasks.reachMilestone(args.id, validate(recordMilestoneInput, args.input), ctx),
      createCoordinationPlan: (_, args, ctx) => tasks.createPlan(validate(createCoordinationPlanInput, args.input), ctx),
      addCoordinationPlanItem: (_, args, ctx) => tasks.addPlanItem(args.planId, createTask(args), ctx),
      setCoordinationFocalPoint: (_, args, ctx) =>
        tasks.setFocalPoint(args.agencyId, validate(personInput, args.input), ctx),
      setCoordinationIndexWeights: async (_, args, ctx) =>
        weightsOut(await coordinationIndex.setWeights(validate(setWeightsInput, args.input), ctx.caller)),
      rebuildCoordinationIndex: (_, __, ctx) => coordinationIndex.rebuild(ctx.caller),
    },
    SupervisionProgramme: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.programme.load(reference.id),
      leadAgency: (doc) => ref(doc.leadAgencyId),
      ...jurisdictionResolvers,
      supervisedAgencies: (doc) => refs(doc.supervisedAgencyIds),
      reSupervisionOf: (doc, _, ctx) =>
        doc.reSupervisionOfId ? ctx.loaders.programme.load(doc.reSupervisionOfId) : null,
      reviewedRecommendations: async (doc, _, ctx) =>
        found(await ctx.loaders.recommendation.loadMany(doc.reviewedRecommendationIds ?? [])),
      reSupervisions: (doc, _, ctx) => ctx.loaders.reSupervisionsByProgramme.load(doc._id),
      recommendations: (doc, _, ctx) => ctx.loaders.recommendationsByProgramme.load(doc._id),
      findings: (doc) => (doc.findings ?? []).map((finding) => ({ ...finding, agency: ref(finding.agencyId) })),
    },
    SupervisionRecommendation: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.recommendation.load(reference.id),
      programme: (doc, _, ctx) => existing(ctx.loaders.programme.load(doc.programmeId), 'SupervisionProgramme', doc.programmeId),
      addressedTo: (doc) => ref(doc.addressedToAgencyId),
      ...jurisdictionResolvers,
      resolved: (doc) => isResolved(doc),
      overdue: (doc) => isRecommendationOverdue(doc, hanoiToday()),
      reports: (doc) => doc.reports.map((report) => ({ ...report, assignment: ref(report.assignmentId) })),
      implementationReport: (doc) => doc.reports.at(-1)?.text ?? null,
      reportedOn: (doc) => doc.reports.at(-1)?.reportedOn ?? null,
      tasks: (doc, _, ctx) => ctx.loaders.tasksByRecommendation.load(doc._id),
    },
    ReSupervisionFinding: {
      reSupervision: (finding, _, ctx) => existing(ctx.loaders.programme.load(finding.reSupervisionId), 'SupervisionProgramme', finding.reSupervisionId),
    },
    CoordinationTask: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.coordinationTask.load(reference.id),
      agency: (doc) => ref(doc.agencyId),
      ...jurisdictionResolvers,
      fiveClearGaps: (doc) => fiveClearGaps(doc),
      councilSession: (doc) => ref(doc.councilSessionId),
      agendaItem: (doc) => ref(doc.agendaItemId),
      recommendation: (doc, _, ctx) => (doc.recommendationId ? ctx.loaders.recommendation.load(doc.recommendationId) : null),
      plan: (doc, _, ctx) => (doc.planId ? ctx.loaders.plan.load(doc.planId) : null),
      late: (doc) => isTaskLate(doc, hanoiToday()),
    },
    CoordinationPlan: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.plan.load(reference.id),
      items: (doc, _, ctx) => ctx.loaders.tasksByPlan.load(doc._id),
    },
    CoordinationFocalPoint: {
      agency: (doc) => ref(doc._id),
    },
    Agency: {
      supervisionRecommendations: (agency, args, ctx) => ctx.loaders.recommendationsByAddressee(args, args).load(agency.id),
      coordinationIndex: (agency, args, ctx) =>
        ctx.loaders.coordinationIndex({ period: periodArgument(args.period).label, weightsVersion: args.weightsVersion }).load(agency.id),
      coordinationIndexHistory: (agency, args, ctx) => ctx.loaders.coordinationIndexHistory(args).load(agency.id),
      satisfaction: (agency, args, ctx) => ctx.loaders.satisfaction(periodArgument(args.period).label).load(agency.id),
    },
    SatisfactionFigure: {
      ...periodFields,
      agency: (figure) => ref(figure.agencyId),
    },
    InboxItem: {
      obligationId: (item) => item.row.obligationId,
      kind: (item) => present(item.row.kind, `obligation ${item.row.obligationId}'s kind`),
      content: (item) => present(item.row.content, `obligation ${item.row.obligationId}'s content`),
      title: (item) => item.row.title,
      basis: (item) => item.row.basis,
      dueOn: (item) => present(item.row.dueOn, `obligation ${item.row.obligationId}'s due day`),
      overdue: (item) => item.daysLeft < 0,
      subject: (item, _, ctx) => obligationSubject(item.row, ctx),
      councilSession: (item) => ref(item.row.councilSessionId),
    },
    CouncilSession: {
      preparationTasks: (session, args, ctx) => ctx.loaders.tasksBySession(args).load(session.id),
    },
    CoordinationIndex: {
      ...periodFields,
      agency: (figure) => ref(figure.agencyId),
      basis: (figure) => basisOf(figure.basis, figure.weightsVersion),
      components: (figure) => figure.components.map((component) => ({ ...component, weightsVersion: figure.weightsVersion })),
    },
    CoordinationIndexComponent: {
      content: (component) => obligationKinds[component.kind].content,
      basis: (component) => basisOf(component.basis, component.weightsVersion),
    },
    CoordinationIndexRank: {
      index: (rank) => rank.figure,
    },
    ObligationItem: {
      obligationId: (row) => row.obligationId,
      standing: (row) => standingOf(row, hanoiToday()),
      dueOn: (row) => present(row.countsOn, `obligation ${row.obligationId}'s due day`),
      daysLate: (row) => daysLate(row, hanoiToday()),
      subject: (row, _, ctx) => obligationSubject(row, ctx),
      councilSession: (row) => ref(row.councilSessionId),
    },
    ObligationSubject: {
      __resolveType: (subject) => subject.__typename,
    },
    CoordinationReview: periodFields,
    CoordinationReviewBody: {
      body: (body) => ref(body.bodyId),
    },
  };
}
