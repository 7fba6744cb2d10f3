import { existing, idField, notFound, ref, refs, scalarResolvers, validate } from '@hanoi/platform';
import { requireContributor, requireDelegationWriter, requireWriter } from './access';
import { contributingAgencyId } from './domain/citizen-contribution';
import { submitContributionInput } from './domain/contribution';
import { constituencyName, createNationalAssemblyDeputyInput, nationalAssemblyDeputyFilter } from './domain/deputy';
import {
  createLawConsultationInput,
  lawConsultationFilter,
  pendingAgencyIds,
  sendConsultationSummaryInput,
} from './domain/law-consultation';
import { forwardedVoterRecommendationFilter, forwardVoterRecommendationInput } from './domain/voter-recommendation';
import type { Resolvers } from './generated/resolvers';
import type { Repositories } from './repositories';

export function createResolvers(repositories: Repositories): Resolvers {
  return {
    ...scalarResolvers,
    Query: {
      nationalAssemblyDeputy: (_, { id }, ctx) => ctx.loaders.nationalAssemblyDeputy.load(id),
      nationalAssemblyDeputies: (_, args) =>
        repositories.deputies.list(validate(nationalAssemblyDeputyFilter, args.filter ?? {}, 'filter'), args),
      lawConsultation: (_, { id }, ctx) => ctx.loaders.lawConsultation.load(id),
      lawConsultations: (_, args) =>
        repositories.lawConsultations.list(validate(lawConsultationFilter, args.filter ?? {}, 'filter'), args),
      contribution: (_, { id }, ctx) => ctx.loaders.contribution.load(id),
      forwardedVoterRecommendation: (_, { id }, ctx) => ctx.loaders.forwardedRecommendation.load(id),
      forwardedVoterRecommendations: (_, args) =>
        repositories.forwardedRecommendations.list(validate(forwardedVoterRecommendationFilter, args.filter ?? {}, 'filter'), args),
    },
    Mutation: {
      createNationalAssemblyDeputy(_, args, ctx) {
        requireDelegationWriter(ctx.caller);
        return repositories.deputies.create(validate(createNationalAssemblyDeputyInput, args.input), ctx.caller.subject);
      },
      createLawConsultation(_, args, ctx) {
        requireDelegationWriter(ctx.caller);
        return repositories.lawConsultations.create(validate(createLawConsultationInput, args.input), ctx.caller.subject);
      },
      closeLawConsultation(_, args, ctx) {
        requireDelegationWriter(ctx.caller);
        return repositories.lawConsultations.close(args.id, ctx.caller.subject);
      },
      sendConsultationSummary(_, args, ctx) {
        requireDelegationWriter(ctx.caller);
        const input = validate(sendConsultationSummaryInput, args.input);
        return repositories.lawConsultations.sendSummary(args.id, input, ctx.caller.subject);
      },
      async submitContribution(_, args, ctx) {
        requireWriter(ctx.caller);
        const input = validate(submitContributionInput, args.input);
        requireContributor(ctx.caller, input.agencyId);
        const consultation = await ctx.loaders.lawConsultation.load(input.consultationId);
        if (!consultation) throw notFound('LawConsultation', input.consultationId, 'input.consultationId');
        return repositories.contributions.submit(input, consultation, ctx.caller.subject);
      },
      async forwardVoterRecommendation(_, args, ctx) {
        requireDelegationWriter(ctx.caller);
        const input = validate(forwardVoterRecommendationInput, args.input);
        if (input.nationalAssemblyDeputyId && !(await ctx.loaders.nationalAssemblyDeputy.load(input.nationalAssemblyDeputyId))) {
          throw notFound('NationalAssemblyDeputy', input.nationalAssemblyDeputyId, 'input.nationalAssemblyDeputyId');
        }
        return repositories.forwardedRecommendations.forward(input, ctx.caller.subject);
      },
    },
    Agency: {
      consultationsOwed: (agency, _, ctx) => ctx.loaders.consultationsOwed.load(agency.id),
    },
    NationalAssemblyDeputy: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.nationalAssemblyDeputy.load(reference.id),
      constituencyName: (doc) => constituencyName(doc.constituency),
      candidate: (doc) => ref(doc.candidateId),
    },
    Candidate: {
      __resolveReference: (reference) => ({ id: reference.id }),
      async electedNationalAssemblyDeputy(candidate, _, ctx) {
        const [deputy] = await ctx.loaders.nationalAssemblyDeputiesByCandidate.load(candidate.id);
        return deputy ?? null;
      },
    },
    LawConsultation: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.lawConsultation.load(reference.id),
      invitedAgencies: (doc) => refs(doc.invitedAgencyIds),
      contributions: (doc, _, ctx) => ctx.loaders.contributionsByConsultation.load(doc._id),
      async pendingAgencies(doc, _, ctx) {
        const contributions = await ctx.loaders.contributionsByConsultation.load(doc._id);
        return refs(pendingAgencyIds(doc.invitedAgencyIds, contributions.map((contribution) => contribution.agencyId)));
      },
    },
    Contribution: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.contribution.load(reference.id),
      consultation: (doc, _, ctx) =>
        existing(ctx.loaders.lawConsultation.load(doc.consultationId), 'LawConsultation', doc.consultationId),
      agency: (doc) => ref(contributingAgencyId(doc)),
    },
    ForwardedVoterRecommendation: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.forwardedRecommendation.load(reference.id),
      addressedTo: (doc) => ref(doc.addressedToAgencyId),
      deputy: (doc, _, ctx) =>
        doc.nationalAssemblyDeputyId ? ctx.loaders.nationalAssemblyDeputy.load(doc.nationalAssemblyDeputyId) : null,
    },
  };
}
