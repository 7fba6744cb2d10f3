import { badInput, conflict, existing, formatCalendarDate, idField, notFound, ref, refs, scalarResolvers, validate } from '@hanoi/platform';
import { jurisdictionResolvers, type AgencyLookup } from '@hanoi/contracts';
import { frontBodyOf, requireFrontWriter, requireOrganiser } from './access';
import { createElectionConsultationInput, nominateCandidateInput, recordCandidateRoundResultInput, sameElection } from './domain/election';
import { organiserOf } from './domain/organiser';
import { createSocialCritiqueInput, isLate, isOverdue, submitSocialCritiqueReportInput } from './domain/social-critique';
import { heldOnProblem, planVoterMeetingInput, recordVoterMeetingHeldInput, recordVoterMeetingInput, statusOf } from './domain/voter-meeting';
import { reportStatusOf, submitVoterOpinionReportInput } from './domain/voter-opinion-report';
import type { Resolvers } from './generated/resolvers';
import type { Repositories } from './repositories';
import { roundsOf, type CandidateDoc } from './repositories/candidates';
import type { ElectionConsultationDoc } from './repositories/election-consultations';
import type { CandidateRoundParent, Context } from './resolvers-mappers';

/** The candidate's rounds; a document from before rounds were kept takes its round number from its consultation. */
async function candidateRounds(candidate: CandidateDoc, ctx: Context): Promise<CandidateRoundParent[]> {
  if (candidate.rounds) return candidate.rounds.map((round) => ({ ...round, candidate }));
  const nomination = await ctx.loaders.electionConsultation.load(candidate.consultationId);
  return roundsOf(candidate, nomination?.round ?? 1).map((round) => ({ ...round, candidate }));
}

/** `lookUpAgency`: the subgraph's copy of the directory, which says whether a caller's agency is a commune's Front committee. */
export function createResolvers(repositories: Repositories, lookUpAgency: AgencyLookup): Resolvers {
  return {
    ...scalarResolvers,
    Query: {
      voterMeeting: (_, { id }, ctx) => ctx.loaders.voterMeeting.load(id),
      voterMeetings: (_, args) =>
        repositories.voterMeetings.list(args.filter ?? {}, args),
      socialCritique: (_, { id }, ctx) => ctx.loaders.socialCritique.load(id),
      socialCritiques: (_, args) => repositories.socialCritiques.list(args.filter ?? {}, args),
      electionConsultation: (_, { id }, ctx) => ctx.loaders.electionConsultation.load(id),
      electionConsultations: (_, args) => repositories.electionConsultations.list(args),
      candidate: (_, { id }, ctx) => ctx.loaders.candidate.load(id),
      voterOpinionReport: (_, { id }, ctx) => ctx.loaders.voterOpinionReport.load(id),
    },
    Mutation: {
      async recordVoterMeeting(_, args, ctx) {
        const organiser = await frontBodyOf(ctx.caller, lookUpAgency, { agencyId: args.input.organiserAgencyId, field: 'input.organiserAgencyId' });
        const input = validate(recordVoterMeetingInput, args.input);
        return repositories.voterMeetings.recordHeld(input, organiser, ctx.caller.subject);
      },
      async planVoterMeeting(_, args, ctx) {
        const organiser = await frontBodyOf(ctx.caller, lookUpAgency, { agencyId: args.input.organiserAgencyId, field: 'input.organiserAgencyId' });
        const input = validate(planVoterMeetingInput, args.input);
        return repositories.voterMeetings.plan(input, organiser, ctx.caller.subject);
      },
      async recordVoterMeetingHeld(_, args, ctx) {
        await frontBodyOf(ctx.caller, lookUpAgency);
        const input = validate(recordVoterMeetingHeldInput, args.input);
        const meeting = await ctx.loaders.voterMeeting.load(args.id);
        if (!meeting) throw notFound('VoterMeeting', args.id, 'id');
        requireOrganiser(ctx.caller, meeting);
        if (statusOf(meeting) !== 'PLANNED') throw conflict(`VoterMeeting ${args.id} is already held: only a PLANNED meeting can be recorded as held`, 'id');
        const heldOn = input.heldOn ?? meeting.heldOn;
        if (heldOnProblem(heldOn)) {
          throw badInput('input.heldOn', `the meeting is planned for ${formatCalendarDate(heldOn)}, a day still to come: give the day it was held`);
        }
        return repositories.voterMeetings.markHeld(args.id, { ...input, heldOn }, ctx.caller.subject);
      },
      async createSocialCritique(_, args, ctx) {
        const organiser = await frontBodyOf(ctx.caller, lookUpAgency);
        return repositories.socialCritiques.create(validate(createSocialCritiqueInput, args.input), organiser, ctx.caller.subject);
      },
      async submitSocialCritiqueReport(_, args, ctx) {
        await frontBodyOf(ctx.caller, lookUpAgency);
        const input = validate(submitSocialCritiqueReportInput, args.input);
        const critique = await ctx.loaders.socialCritique.load(args.id);
        if (!critique) throw notFound('SocialCritique', args.id, 'id');
        requireOrganiser(ctx.caller, critique);
        return repositories.socialCritiques.report(args.id, input, ctx.caller.subject);
      },
      createElectionConsultation(_, args, ctx) {
        requireFrontWriter(ctx.caller);
        return repositories.electionConsultations.create(validate(createElectionConsultationInput, args.input), ctx.caller.subject);
      },
      async nominateCandidate(_, args, ctx) {
        requireFrontWriter(ctx.caller);
        const input = validate(nominateCandidateInput, args.input);
        const consultation = await ctx.loaders.electionConsultation.load(input.consultationId);
        if (!consultation) throw notFound('ElectionConsultation', input.consultationId, 'input.consultationId');
        return repositories.candidates.nominate(input, consultation, ctx.caller.subject);
      },
      async recordCandidateRoundResult(_, args, ctx) {
        requireFrontWriter(ctx.caller);
        const input = validate(recordCandidateRoundResultInput, args.input);
        const candidate = await ctx.loaders.candidate.load(args.candidateId);
        if (!candidate) throw notFound('Candidate', args.candidateId, 'candidateId');
        const [nomination, consultation] = await Promise.all([
          ctx.loaders.electionConsultation.load(candidate.consultationId),
          ctx.loaders.electionConsultation.load(input.consultationId),
        ]);
        if (!consultation) throw notFound('ElectionConsultation', input.consultationId, 'input.consultationId');
        if (!nomination) throw notFound('ElectionConsultation', candidate.consultationId, 'candidateId');
        if (!sameElection(nomination, consultation)) {
          const election = (c: ElectionConsultationDoc) => `${c.election}${c.term ? ` ${c.term}` : ''}`;
          throw badInput('input.consultationId', `is a consultation of ${election(consultation)}; the candidate stands in ${election(nomination)}`);
        }
        if (input.decidedOn.getTime() < consultation.heldOn.getTime()) {
          throw badInput('input.decidedOn', `cannot be before the consultation, held on ${formatCalendarDate(consultation.heldOn)}`);
        }
        return repositories.candidates.recordRoundResult(candidate, nomination, consultation, input);
      },
      submitVoterOpinionReport(_, args, ctx) {
        requireFrontWriter(ctx.caller);
        return repositories.voterOpinionReports.submit(validate(submitVoterOpinionReportInput, args.input), ctx.caller.subject);
      },
    },
    VoterMeeting: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.voterMeeting.load(reference.id),
      status: statusOf,
      administrativeUnit: (doc) => ref(doc.administrativeUnitId),
      organiser: (doc) => ref(doc.organiserAgencyId),
      ...jurisdictionResolvers,
      councilSession: (doc) => ref(doc.councilSessionId),
      nationalAssemblyDeputies: (doc) => refs(doc.nationalAssemblyDeputyIds),
      councilDeputies: (doc) => refs(doc.councilDeputyIds),
      attendance: (doc) => doc.attendance ?? null,
      recommendations: (doc) => doc.recommendations ?? [],
    },
    RaisedRecommendation: {
      addressedTo: (recommendation) => ref(recommendation.addressedToAgencyId),
    },
    NationalAssemblyDeputy: {
      voterMeetings: (deputy, args, ctx) => ctx.loaders.heldVoterMeetingsByNationalAssemblyDeputy(args).load(deputy.id),
    },
    CouncilDeputy: {
      voterMeetings: (deputy, args, ctx) => ctx.loaders.heldVoterMeetingsByCouncilDeputy(args).load(deputy.id),
    },
    CouncilSession: {
      voterOpinionReport: async (session, _, ctx) =>
        (await ctx.loaders.voterOpinionReportBySession.load(session.id))[0] ?? null,
      voterMeetings: (session, args, ctx) => ctx.loaders.voterMeetingsBySession(args).load(session.id),
    },
    SocialCritique: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.socialCritique.load(reference.id),
      draftingAgency: (doc) => ref(doc.draftingAgencyId),
      organiser: (doc) => ref(organiserOf(doc)),
      ...jurisdictionResolvers,
      reportedOn: (doc) => doc.reportedOn ?? null,
      late: (doc) => isLate(doc.deadline, doc.reportedOn),
      overdue: (doc) => isOverdue(doc),
    },
    ElectionConsultation: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.electionConsultation.load(reference.id),
      term: (doc) => doc.term ?? null,
      candidates: (doc, _, ctx) => ctx.loaders.candidatesByConsultation.load(doc._id),
      candidateRounds: async (doc, _, ctx) => {
        const candidates = await ctx.loaders.candidatesByConsultation.load(doc._id);
        const rounds = await Promise.all(candidates.map((candidate) => candidateRounds(candidate, ctx)));
        return rounds.flatMap((list) => list.filter((round) => round.consultationId === doc._id));
      },
    },
    Candidate: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.candidate.load(reference.id),
      nominatedBy: (doc) => ref(doc.nominatedByAgencyId),
      consultation: (doc, _, ctx) => existing(ctx.loaders.electionConsultation.load(doc.consultationId), 'ElectionConsultation', doc.consultationId),
      rounds: (doc, _, ctx) => candidateRounds(doc, ctx),
    },
    CandidateRound: {
      consultation: (entry, _, ctx) =>
        existing(ctx.loaders.electionConsultation.load(entry.consultationId), 'ElectionConsultation', entry.consultationId),
      decidedOn: (entry) => entry.decidedOn ?? null,
    },
    VoterOpinionReport: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.voterOpinionReport.load(reference.id),
      councilSession: (doc) => ref(doc.councilSessionId),
      status: reportStatusOf,
      dueOn: (doc) => doc.dueOn ?? null,
    },
  };
}
