import { badInput, conflict, formatCalendarDate, idField, notFound, pageSize, ref, refs, scalarResolvers, validate, type PageArgs, type RequestContext } from '@hanoi/platform';
import { organiserAgencyOf, requireFrontWriter } from './access';
import { createElectionConsultationInput, nominateCandidateInput, recordCandidateRoundResultInput, sameElection, type CandidateRoundEntry } from './domain/election';
import { organiserOf } from './domain/organiser';
import { createSocialCritiqueInput, isLate, isOverdue, submitSocialCritiqueReportInput } from './domain/social-critique';
import { heldOnProblem, planVoterMeetingInput, recordVoterMeetingHeldInput, recordVoterMeetingInput, statusOf } from './domain/voter-meeting';
import { reportStatusOf, submitVoterOpinionReportInput } from './domain/voter-opinion-report';
import type { Loaders } from './loaders';
import type { Repositories } from './repositories';
import { roundsOf, type CandidateDoc } from './repositories/candidates';
import type { ElectionConsultationDoc } from './repositories/election-consultations';
import type { SocialCritiqueDoc, SocialCritiqueFilter } from './repositories/social-critiques';
import type { VoterMeetingDoc, VoterMeetingFilter } from './repositories/voter-meetings';
import type { VoterOpinionReportDoc } from './repositories/voter-opinion-reports';

type Context = RequestContext<Loaders>;
type Args<T = object> = T & PageArgs;

/** A candidate's standing in one round, with the candidate it belongs to (CandidateRound). */
type CandidateRoundParent = CandidateRoundEntry & { candidate: CandidateDoc };

/** The candidate's rounds; a document from before rounds were kept takes its round number from its consultation. */
async function candidateRounds(candidate: CandidateDoc, ctx: Context): Promise<CandidateRoundParent[]> {
  if (candidate.rounds) return candidate.rounds.map((round) => ({ ...round, candidate }));
  const nomination = await ctx.loaders.electionConsultation.load(candidate.consultationId);
  return roundsOf(candidate, nomination?.round ?? 1).map((round) => ({ ...round, candidate }));
}

export function createResolvers(repositories: Repositories) {
  return {
    ...scalarResolvers,
    Query: {
      voterMeeting: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.voterMeeting.load(id),
      voterMeetings: (_: unknown, args: Args<{ filter?: VoterMeetingFilter }>) =>
        repositories.voterMeetings.list(args.filter ?? {}, args),
      socialCritique: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.socialCritique.load(id),
      socialCritiques: (_: unknown, args: Args<{ filter?: SocialCritiqueFilter }>) => repositories.socialCritiques.list(args.filter ?? {}, args),
      electionConsultation: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.electionConsultation.load(id),
      electionConsultations: (_: unknown, args: Args) => repositories.electionConsultations.list(args),
      candidate: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.candidate.load(id),
      voterOpinionReport: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.voterOpinionReport.load(id),
    },
    Mutation: {
      recordVoterMeeting(_: unknown, args: { input: unknown }, ctx: Context) {
        requireFrontWriter(ctx.caller);
        const input = validate(recordVoterMeetingInput, args.input);
        return repositories.voterMeetings.recordHeld(input, organiserAgencyOf(ctx.caller), ctx.caller.subject);
      },
      planVoterMeeting(_: unknown, args: { input: unknown }, ctx: Context) {
        requireFrontWriter(ctx.caller);
        const input = validate(planVoterMeetingInput, args.input);
        return repositories.voterMeetings.plan(input, organiserAgencyOf(ctx.caller), ctx.caller.subject);
      },
      async recordVoterMeetingHeld(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        requireFrontWriter(ctx.caller);
        const input = validate(recordVoterMeetingHeldInput, args.input);
        const meeting = await ctx.loaders.voterMeeting.load(args.id);
        if (!meeting) throw notFound('VoterMeeting', args.id, 'id');
        if (statusOf(meeting) !== 'PLANNED') throw conflict(`VoterMeeting ${args.id} is already held: only a PLANNED meeting can be recorded as held`, 'id');
        const heldOn = input.heldOn ?? meeting.heldOn;
        if (heldOnProblem(heldOn)) {
          throw badInput('input.heldOn', `the meeting is planned for ${formatCalendarDate(heldOn)}, a day still to come: give the day it was held`);
        }
        return repositories.voterMeetings.markHeld(args.id, { ...input, heldOn }, ctx.caller.subject);
      },
      createSocialCritique(_: unknown, args: { input: unknown }, ctx: Context) {
        requireFrontWriter(ctx.caller);
        return repositories.socialCritiques.create(validate(createSocialCritiqueInput, args.input), organiserAgencyOf(ctx.caller), ctx.caller.subject);
      },
      submitSocialCritiqueReport(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        requireFrontWriter(ctx.caller);
        const input = validate(submitSocialCritiqueReportInput, args.input);
        return repositories.socialCritiques.report(args.id, input, ctx.caller.subject);
      },
      createElectionConsultation(_: unknown, args: { input: unknown }, ctx: Context) {
        requireFrontWriter(ctx.caller);
        return repositories.electionConsultations.create(validate(createElectionConsultationInput, args.input), ctx.caller.subject);
      },
      async nominateCandidate(_: unknown, args: { input: unknown }, ctx: Context) {
        requireFrontWriter(ctx.caller);
        const input = validate(nominateCandidateInput, args.input);
        const consultation = await ctx.loaders.electionConsultation.load(input.consultationId);
        if (!consultation) throw notFound('ElectionConsultation', input.consultationId, 'input.consultationId');
        return repositories.candidates.nominate(input, consultation, ctx.caller.subject);
      },
      async recordCandidateRoundResult(_: unknown, args: { candidateId: string; input: unknown }, ctx: Context) {
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
      submitVoterOpinionReport(_: unknown, args: { input: unknown }, ctx: Context) {
        requireFrontWriter(ctx.caller);
        return repositories.voterOpinionReports.submit(validate(submitVoterOpinionReportInput, args.input), ctx.caller.subject);
      },
    },
    VoterMeeting: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.voterMeeting.load(reference.id),
      status: statusOf,
      administrativeUnit: (doc: VoterMeetingDoc) => ref(doc.administrativeUnitId),
      organiser: (doc: VoterMeetingDoc) => ref(doc.organiserAgencyId),
      councilSession: (doc: VoterMeetingDoc) => ref(doc.councilSessionId),
      nationalAssemblyDeputies: (doc: VoterMeetingDoc) => refs(doc.nationalAssemblyDeputyIds),
      councilDeputies: (doc: VoterMeetingDoc) => refs(doc.councilDeputyIds),
      attendance: (doc: VoterMeetingDoc) => doc.attendance ?? null,
      recommendations: (doc: VoterMeetingDoc) => doc.recommendations ?? [],
    },
    RaisedRecommendation: {
      addressedTo: (recommendation: VoterMeetingDoc['recommendations'][number]) => ref(recommendation.addressedToAgencyId),
    },
    NationalAssemblyDeputy: {
      voterMeetings: async (deputy: { id: string }, args: { first?: number | null }, ctx: Context) =>
        (await ctx.loaders.heldVoterMeetingsByNationalAssemblyDeputy.load(deputy.id)).slice(0, pageSize(args.first)),
    },
    CouncilDeputy: {
      voterMeetings: async (deputy: { id: string }, args: { first?: number | null }, ctx: Context) =>
        (await ctx.loaders.heldVoterMeetingsByCouncilDeputy.load(deputy.id)).slice(0, pageSize(args.first)),
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
      organiser: (doc: SocialCritiqueDoc) => ref(organiserOf(doc)),
      reportedOn: (doc: SocialCritiqueDoc) => doc.reportedOn ?? null,
      late: (doc: SocialCritiqueDoc) => isLate(doc.deadline, doc.reportedOn),
      overdue: (doc: SocialCritiqueDoc) => isOverdue(doc),
    },
    ElectionConsultation: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.electionConsultation.load(reference.id),
      term: (doc: ElectionConsultationDoc) => doc.term ?? null,
      candidates: (doc: ElectionConsultationDoc, _: unknown, ctx: Context) => ctx.loaders.candidatesByConsultation.load(doc._id),
      candidateRounds: async (doc: ElectionConsultationDoc, _: unknown, ctx: Context) => {
        const candidates = await ctx.loaders.candidatesByConsultation.load(doc._id);
        const rounds = await Promise.all(candidates.map((candidate) => candidateRounds(candidate, ctx)));
        return rounds.flatMap((list) => list.filter((round) => round.consultationId === doc._id));
      },
    },
    Candidate: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.candidate.load(reference.id),
      nominatedBy: (doc: CandidateDoc) => ref(doc.nominatedByAgencyId),
      consultation: (doc: CandidateDoc, _: unknown, ctx: Context) => ctx.loaders.electionConsultation.load(doc.consultationId),
      rounds: (doc: CandidateDoc, _: unknown, ctx: Context) => candidateRounds(doc, ctx),
    },
    CandidateRound: {
      consultation: (entry: CandidateRoundParent, _: unknown, ctx: Context) => ctx.loaders.electionConsultation.load(entry.consultationId),
      decidedOn: (entry: CandidateRoundParent) => entry.decidedOn ?? null,
    },
    VoterOpinionReport: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.voterOpinionReport.load(reference.id),
      councilSession: (doc: VoterOpinionReportDoc) => ref(doc.councilSessionId),
      status: reportStatusOf,
      dueOn: (doc: VoterOpinionReportDoc) => doc.dueOn ?? null,
    },
  };
}
