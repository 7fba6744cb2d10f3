import { idField, notFound, ref, refs, scalarResolvers, validate, type PageArgs, type RequestContext } from '@hanoi/platform';
import { requireContributor, requireDelegationWriter, requireWriter } from './access';
import { submitContributionInput } from './domain/contribution';
import { constituencyName, createNationalAssemblyDeputyInput, nationalAssemblyDeputyFilter } from './domain/deputy';
import {
  createLawConsultationInput,
  lawConsultationFilter,
  pendingAgencyIds,
  sendConsultationSummaryInput,
} from './domain/law-consultation';
import { forwardedVoterRecommendationFilter, forwardVoterRecommendationInput } from './domain/voter-recommendation';
import type { Loaders } from './loaders';
import type { Repositories } from './repositories';
import type { ContributionDoc } from './repositories/contributions';
import type { NationalAssemblyDeputyDoc } from './repositories/deputies';
import type { ForwardedVoterRecommendationDoc } from './repositories/forwarded-recommendations';
import type { LawConsultationDoc } from './repositories/law-consultations';

type Context = RequestContext<Loaders>;
type Args<T = object> = T & PageArgs;

export function createResolvers(repositories: Repositories) {
  return {
    ...scalarResolvers,
    Query: {
      nationalAssemblyDeputy: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.nationalAssemblyDeputy.load(id),
      nationalAssemblyDeputies: (_: unknown, args: Args<{ filter?: unknown }>) =>
        repositories.deputies.list(validate(nationalAssemblyDeputyFilter, args.filter ?? {}, 'filter'), args),
      lawConsultation: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.lawConsultation.load(id),
      lawConsultations: (_: unknown, args: Args<{ filter?: unknown }>) =>
        repositories.lawConsultations.list(validate(lawConsultationFilter, args.filter ?? {}, 'filter'), args),
      contribution: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.contribution.load(id),
      forwardedVoterRecommendation: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.forwardedRecommendation.load(id),
      forwardedVoterRecommendations: (_: unknown, args: Args<{ filter?: unknown }>) =>
        repositories.forwardedRecommendations.list(validate(forwardedVoterRecommendationFilter, args.filter ?? {}, 'filter'), args),
    },
    Mutation: {
      createNationalAssemblyDeputy(_: unknown, args: { input: unknown }, ctx: Context) {
        requireDelegationWriter(ctx.caller);
        return repositories.deputies.create(validate(createNationalAssemblyDeputyInput, args.input), ctx.caller.subject);
      },
      createLawConsultation(_: unknown, args: { input: unknown }, ctx: Context) {
        requireDelegationWriter(ctx.caller);
        return repositories.lawConsultations.create(validate(createLawConsultationInput, args.input), ctx.caller.subject);
      },
      closeLawConsultation(_: unknown, args: { id: string }, ctx: Context) {
        requireDelegationWriter(ctx.caller);
        return repositories.lawConsultations.close(args.id, ctx.caller.subject);
      },
      sendConsultationSummary(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        requireDelegationWriter(ctx.caller);
        const input = validate(sendConsultationSummaryInput, args.input);
        return repositories.lawConsultations.sendSummary(args.id, input, ctx.caller.subject);
      },
      async submitContribution(_: unknown, args: { input: unknown }, ctx: Context) {
        requireWriter(ctx.caller);
        const input = validate(submitContributionInput, args.input);
        requireContributor(ctx.caller, input.agencyId);
        const consultation = await ctx.loaders.lawConsultation.load(input.consultationId);
        if (!consultation) throw notFound('LawConsultation', input.consultationId, 'input.consultationId');
        return repositories.contributions.submit(input, consultation, ctx.caller.subject);
      },
      async forwardVoterRecommendation(_: unknown, args: { input: unknown }, ctx: Context) {
        requireDelegationWriter(ctx.caller);
        const input = validate(forwardVoterRecommendationInput, args.input);
        if (input.nationalAssemblyDeputyId && !(await ctx.loaders.nationalAssemblyDeputy.load(input.nationalAssemblyDeputyId))) {
          throw notFound('NationalAssemblyDeputy', input.nationalAssemblyDeputyId, 'input.nationalAssemblyDeputyId');
        }
        return repositories.forwardedRecommendations.forward(input, ctx.caller.subject);
      },
    },
    Agency: {
      consultationsOwed: (agency: { id: string }, _: unknown, ctx: Context) => ctx.loaders.consultationsOwed.load(agency.id),
    },
    NationalAssemblyDeputy: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.nationalAssemblyDeputy.load(reference.id),
      constituencyName: (doc: NationalAssemblyDeputyDoc) => constituencyName(doc.constituency),
      candidate: (doc: NationalAssemblyDeputyDoc) => ref(doc.candidateId),
    },
    Candidate: {
      __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
      async electedNationalAssemblyDeputy(candidate: { id: string }, _: unknown, ctx: Context) {
        const [deputy] = await ctx.loaders.nationalAssemblyDeputiesByCandidate.load(candidate.id);
        return deputy ?? null;
      },
    },
    LawConsultation: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.lawConsultation.load(reference.id),
      invitedAgencies: (doc: LawConsultationDoc) => refs(doc.invitedAgencyIds),
      contributions: (doc: LawConsultationDoc, _: unknown, ctx: Context) => ctx.loaders.contributionsByConsultation.load(doc._id),
      async pendingAgencies(doc: LawConsultationDoc, _: unknown, ctx: Context) {
        const contributions = await ctx.loaders.contributionsByConsultation.load(doc._id);
        return refs(pendingAgencyIds(doc.invitedAgencyIds, contributions.map((contribution) => contribution.agencyId)));
      },
    },
    Contribution: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.contribution.load(reference.id),
      consultation: (doc: ContributionDoc, _: unknown, ctx: Context) => ctx.loaders.lawConsultation.load(doc.consultationId),
      agency: (doc: ContributionDoc) => ref(doc.agencyId),
    },
    ForwardedVoterRecommendation: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.forwardedRecommendation.load(reference.id),
      addressedTo: (doc: ForwardedVoterRecommendationDoc) => ref(doc.addressedToAgencyId),
      deputy: (doc: ForwardedVoterRecommendationDoc, _: unknown, ctx: Context) =>
        doc.nationalAssemblyDeputyId ? ctx.loaders.nationalAssemblyDeputy.load(doc.nationalAssemblyDeputyId) : null,
    },
  };
}
