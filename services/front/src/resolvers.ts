import { idField, notFound, ref, refs, requireRole, scalarResolvers, validate, type PageArgs, type RequestContext } from '@hanoi/platform';
import { createSocialCritiqueInput } from './domain/social-critique';
import { createElectionConsultationInput, nominateCandidateInput, submitVoterOpinionReportInput } from './domain/election';
import { recordVoterMeetingInput } from './domain/voter-meeting';
import type { Loaders } from './loaders';
import type { Repositories } from './repositories';
import type { CandidateDoc } from './repositories/candidates';
import type { ElectionConsultationDoc } from './repositories/election-consultations';
import type { SocialCritiqueDoc } from './repositories/social-critiques';
import type { VoterMeetingDoc, VoterMeetingFilter } from './repositories/voter-meetings';
import type { VoterOpinionReportDoc } from './repositories/voter-opinion-reports';

type Context = RequestContext<Loaders>;
type Args<T = object> = T & PageArgs;
/** Agency id of the city Fatherland Front Committee: its staff write here. */
export const frontAgencyId = 'front';
const writers = ['clerk', 'leader'] as const;

export function createResolvers(repositories: Repositories) {
  return {
    ...scalarResolvers,
    Query: {
      voterMeeting: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.voterMeeting.load(id),
      voterMeetings: (_: unknown, args: Args<{ filter?: VoterMeetingFilter }>) =>
        repositories.voterMeetings.list(args.filter ?? {}, args),
      socialCritique: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.socialCritique.load(id),
      socialCritiques: (_: unknown, args: Args) => repositories.socialCritiques.list(args),
      electionConsultation: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.electionConsultation.load(id),
      electionConsultations: (_: unknown, args: Args) => repositories.electionConsultations.list(args),
      candidate: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.candidate.load(id),
      voterOpinionReport: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.voterOpinionReport.load(id),
    },
    Mutation: {
      recordVoterMeeting(_: unknown, args: { input: unknown }, ctx: Context) {
        requireRole(ctx.caller, [...writers], frontAgencyId);
        const input = validate(recordVoterMeetingInput, args.input);
        return repositories.voterMeetings.recordHeld(input, frontAgencyId, ctx.caller.subject);
      },
      createSocialCritique(_: unknown, args: { input: unknown }, ctx: Context) {
        requireRole(ctx.caller, [...writers], frontAgencyId);
        return repositories.socialCritiques.create(validate(createSocialCritiqueInput, args.input), ctx.caller.subject);
      },
      createElectionConsultation(_: unknown, args: { input: unknown }, ctx: Context) {
        requireRole(ctx.caller, [...writers], frontAgencyId);
        return repositories.electionConsultations.create(validate(createElectionConsultationInput, args.input), ctx.caller.subject);
      },
      async nominateCandidate(_: unknown, args: { input: unknown }, ctx: Context) {
        requireRole(ctx.caller, [...writers], frontAgencyId);
        const input = validate(nominateCandidateInput, args.input);
        if (!(await ctx.loaders.electionConsultation.load(input.consultationId))) {
          throw notFound('ElectionConsultation', input.consultationId, 'input.consultationId');
        }
        return repositories.candidates.nominate(input, ctx.caller.subject);
      },
      submitVoterOpinionReport(_: unknown, args: { input: unknown }, ctx: Context) {
        requireRole(ctx.caller, [...writers], frontAgencyId);
        return repositories.voterOpinionReports.submit(validate(submitVoterOpinionReportInput, args.input), ctx.caller.subject);
      },
    },
    VoterMeeting: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.voterMeeting.load(reference.id),
      administrativeUnit: (doc: VoterMeetingDoc) => ref(doc.administrativeUnitId),
      organiser: (doc: VoterMeetingDoc) => ref(doc.organiserAgencyId),
      councilSession: (doc: VoterMeetingDoc) => ref(doc.councilSessionId),
      nationalAssemblyDeputies: (doc: VoterMeetingDoc) => refs(doc.nationalAssemblyDeputyIds),
      councilDeputies: (doc: VoterMeetingDoc) => refs(doc.councilDeputyIds),
    },
    RaisedRecommendation: {
      addressedTo: (recommendation: VoterMeetingDoc['recommendations'][number]) => ref(recommendation.addressedToAgencyId),
    },
    CouncilSession: {
      voterOpinionReport: async (session: { id: string }, _: unknown, ctx: Context) =>
        (await ctx.loaders.voterOpinionReportBySession.load(session.id))[0] ?? null,
      voterMeetings: (session: { id: string }, _: unknown, ctx: Context) => ctx.loaders.voterMeetingsBySession.load(session.id),
    },
    SocialCritique: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.socialCritique.load(reference.id),
      draftingAgency: (doc: SocialCritiqueDoc) => ref(doc.draftingAgencyId),
    },
    ElectionConsultation: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.electionConsultation.load(reference.id),
      candidates: (doc: ElectionConsultationDoc, _: unknown, ctx: Context) => ctx.loaders.candidatesByConsultation.load(doc._id),
    },
    Candidate: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.candidate.load(reference.id),
      nominatedBy: (doc: CandidateDoc) => ref(doc.nominatedByAgencyId),
      consultation: (doc: CandidateDoc, _: unknown, ctx: Context) => ctx.loaders.electionConsultation.load(doc.consultationId),
    },
    VoterOpinionReport: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.voterOpinionReport.load(reference.id),
      councilSession: (doc: VoterOpinionReportDoc) => ref(doc.councilSessionId),
    },
  };
}
