import { notFound, type RequestContext } from '@hanoi/platform';
import { requireBodyWriter, requireCitizenContributionWriter } from '../access';
import type { SubmitCitizenContributionInput } from '../domain/citizen-contribution';
import type { RecordDisseminationActivityInput } from '../domain/dissemination';
import type { Loaders } from '../loaders';
import type { Repositories } from '../repositories';

/** Laws in the regulation's second content: citizens' opinions on drafts, and legal dissemination and education. */
export function lawWorkflows(repositories: Repositories) {
  return {
    /** A citizen's opinion on a draft (voter meeting or online) becomes a contribution to its consultation. */
    async submitCitizenContribution(input: SubmitCitizenContributionInput, ctx: RequestContext<Loaders>) {
      requireCitizenContributionWriter(ctx.caller, input.source);
      const consultation = await ctx.loaders.lawConsultation.load(input.consultationId);
      if (!consultation) throw notFound('LawConsultation', input.consultationId, 'input.consultationId');
      return repositories.contributions.submitCitizen(input, consultation, ctx.caller.subject);
    },

    recordDisseminationActivity(input: RecordDisseminationActivityInput, ctx: RequestContext<Loaders>) {
      requireBodyWriter(ctx.caller, input.bodyAgencyId);
      return repositories.disseminationActivities.record(input, ctx.caller.subject);
    },
  };
}
