import { jurisdictionOf, type AgencyLookup } from '@hanoi/contracts';
import { badInput, conflict, notFound, type PageArgs } from '@hanoi/platform';
import { requireAddresseeOrOverseer, requireLeadAgency, requireSupervisingWriter } from '../access';
import { acceptsRecommendations } from '../domain/programme';
import { reportProblem, type AddSupervisionRecommendationInput, type RecordReSupervisionFindingInput, type ReportRecommendationImplementationInput } from '../domain/recommendation';
import type { Repositories } from '../repositories';
import type { RecommendationFilter } from '../repositories/recommendations';
import { applied, type Context } from './context';
import { checkAddresseesInJurisdiction } from './jurisdiction';

/** Post-supervision recommendations: issue, implementation reports, re-supervision findings (`lookup`: the directory copy). */
export function recommendationWorkflows(repositories: Repositories, lookup: AgencyLookup) {
  return {
    list: (filter: RecommendationFilter, page: PageArgs) => repositories.recommendations.list(filter, page),
    /** Of the programme's lead body, addressed within its level and unit; the recommendation carries the programme's. */
    async issue(input: AddSupervisionRecommendationInput, ctx: Context) {
      await requireSupervisingWriter(ctx.caller, lookup);
      const programme = await ctx.loaders.programme.load(input.programmeId);
      if (!programme) throw notFound('SupervisionProgramme', input.programmeId, 'input.programmeId');
      requireLeadAgency(ctx.caller, programme.leadAgencyId);
      if (!acceptsRecommendations(programme.status)) {
        throw conflict(`programme ${programme._id} is ${programme.status}: recommendations follow a supervision under way or concluded`, 'input.programmeId');
      }
      const jurisdiction = jurisdictionOf(programme);
      await checkAddresseesInJurisdiction(jurisdiction, [input.addressedToAgencyId], () => 'input.addressedToAgencyId', lookup);
      return repositories.recommendations.issue(input, programme.leadAgencyId, ctx.caller.subject, jurisdiction);
    },

    /** A report of the addressed agency (or of the lead body on its behalf); several may follow one another. */
    async report(id: string, input: ReportRecommendationImplementationInput, ctx: Context) {
      const recommendation = await ctx.loaders.recommendation.load(id);
      if (!recommendation) throw notFound('SupervisionRecommendation', id);
      await requireAddresseeOrOverseer(ctx.caller, recommendation.addressedToAgencyId, recommendation, lookup, recommendation.leadAgencyId);
      const problem = reportProblem(recommendation);
      if (problem) throw conflict(problem, 'id');
      const lastReport = recommendation.reports.at(-1);
      if (lastReport && input.reportedOn.getTime() < lastReport.reportedOn.getTime()) {
        throw badInput('input.reportedOn', `must not be before the previous report (${lastReport.reportedOn.toISOString().slice(0, 10)})`);
      }
      return applied(await repositories.recommendations.report(recommendation, input, ctx.caller.subject), 'SupervisionRecommendation');
    },

    /**
     * Tái giám sát: a finding on one recommendation the re-supervision selected, while it is IN_PROGRESS (its lead
     * agency); once per recommendation and re-supervision.
     */
    async recordReSupervisionFinding(programmeId: string, input: RecordReSupervisionFindingInput, ctx: Context) {
      const programme = await ctx.loaders.programme.load(programmeId);
      if (!programme) throw notFound('SupervisionProgramme', programmeId, 'programmeId');
      requireLeadAgency(ctx.caller, programme.leadAgencyId);
      if (programme.kind !== 'RE_SUPERVISION') throw conflict(`programme ${programmeId} is not a re-supervision`, 'programmeId');
      if (programme.status !== 'IN_PROGRESS') throw conflict(`re-supervision ${programmeId} is ${programme.status}: findings are recorded while it is IN_PROGRESS`, 'programmeId');
      if (!(programme.reviewedRecommendationIds ?? []).includes(input.recommendationId)) {
        throw badInput('input.recommendationId', `recommendation ${input.recommendationId} is not among those this re-supervision re-examines`);
      }
      const recommendation = await ctx.loaders.recommendation.load(input.recommendationId);
      if (!recommendation) throw notFound('SupervisionRecommendation', input.recommendationId, 'input.recommendationId');
      if (recommendation.findings.some((finding) => finding.reSupervisionId === programmeId)) {
        throw conflict(`re-supervision ${programmeId} already recorded its finding on ${input.recommendationId}`, 'input.recommendationId');
      }
      if (recommendation.closed) throw conflict(`recommendation ${input.recommendationId} is closed`, 'input.recommendationId');
      return applied(await repositories.recommendations.recordFinding(input.recommendationId, programmeId, input, ctx.caller.subject), 'SupervisionRecommendation');
    },
  };
}
