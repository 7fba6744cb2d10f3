import { courtName, peoplesJurorIdOf } from '@hanoi/contracts';
import { existing, idField, ref, refs, validate, type Connection } from '@hanoi/platform';
import { constituencyName, createConstituencyInput, minimumListSize, setConstituencyCandidatesInput } from './domain/constituency';
import { correctConstituencyResultInput, recordConstituencyResultInput, turnout } from './domain/election-result';
import { nominatePeoplesJurorInput } from './domain/peoples-juror-nomination';
import { confidenceShare, isTrusted, quorumMet, recordVoterConferenceInput } from './domain/voter-conference';
import type { Resolvers } from './generated/resolvers';
import type { Repositories } from './repositories';
import type { ConstituencyDoc } from './repositories/constituencies';
import { resultIdOf, type CandidateVotesDoc, type ResultCorrectionDoc } from './repositories/constituency-results';
import type { PeoplesJurorNominationDoc } from './repositories/peoples-juror-nominations';
import type { Context } from './resolvers-mappers';
import type { Workflows } from './workflows';

export type ConstituencyPage = Connection<ConstituencyDoc>;
export type PeoplesJurorNominationPage = Connection<PeoplesJurorNominationDoc>;
/** A candidate's votes with the valid ballots of their result (for the share). */
export type CandidateVotesParent = CandidateVotesDoc & { validBallots: number };
export type CorrectedFiguresParent = ResultCorrectionDoc['previous'];
export type CorrectedVotesParent = CorrectedFiguresParent['votes'][number];

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100);
const loadCandidate = (ctx: Context, id: string) => existing(ctx.loaders.candidate.load(id), 'Candidate', id);

/** Elections in constituencies and jurors' nominations: arguments validated here, use cases in `workflows/`. */
export function electionResolvers(workflows: Workflows, repositories: Repositories): Resolvers {
  const { elections, jurors } = workflows;
  return {
    Query: {
      constituency: (_, { id }, ctx) => ctx.loaders.constituency.load(id),
      constituencies: (_, args) => repositories.constituencies.list(args.filter ?? {}, args),
      voterConference: (_, { id }, ctx) => ctx.loaders.voterConference.load(id),
      peoplesJurorNomination: (_, { id }, ctx) => ctx.loaders.peoplesJurorNomination.load(id),
      peoplesJurorNominations: (_, args) => repositories.peoplesJurorNominations.list(args.councilTerm, args),
    },
    Mutation: {
      createConstituency: (_, args, ctx) => elections.createConstituency(validate(createConstituencyInput, args.input), ctx),
      setConstituencyCandidates: (_, args, ctx) =>
        elections.setCandidates(args.constituencyId, validate(setConstituencyCandidatesInput, args.input).candidateIds, ctx),
      recordVoterConference: (_, args, ctx) => elections.recordVoterConference(validate(recordVoterConferenceInput, args.input), ctx),
      recordConstituencyResult: (_, args, ctx) => elections.recordResult(validate(recordConstituencyResultInput, args.input), ctx),
      correctConstituencyResult: (_, args, ctx) =>
        elections.correctResult(args.constituencyId, validate(correctConstituencyResultInput, args.input), ctx),
      nominatePeoplesJuror: (_, args, ctx) => jurors.nominate(validate(nominatePeoplesJurorInput, args.input), ctx),
    },
    Candidate: {
      constituency: async (candidate, _, ctx) => (await ctx.loaders.constituenciesByCandidate.load(candidate._id))[0] ?? null,
      voterConferences: (candidate, _, ctx) => ctx.loaders.voterConferencesByCandidate.load(candidate._id),
    },
    Constituency: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.constituency.load(reference.id),
      name: (doc) => constituencyName(doc.number),
      administrativeUnits: (doc) => refs(doc.administrativeUnitIds),
      candidates: async (doc, _, ctx) =>
        (await Promise.all(doc.candidateIds.map((id) => loadCandidate(ctx, id)))).sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi')),
      minimumCandidates: (doc) => minimumListSize(doc.election, doc.seats),
      result: (doc, _, ctx) => ctx.loaders.constituencyResult.load(resultIdOf(doc._id)),
    },
    VoterConference: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.voterConference.load(reference.id),
      candidate: (doc, _, ctx) => loadCandidate(ctx, doc.candidateId),
      confidenceShare: (doc) => confidenceShare(doc.attendance, doc.confidenceVotes),
      quorate: (doc) => quorumMet(doc.kind, doc.votersInvited, doc.attendance),
      trusted: (doc) => isTrusted(doc.attendance, doc.confidenceVotes),
    },
    ConstituencyResult: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.constituencyResult.load(reference.id),
      constituency: (doc, _, ctx) => existing(ctx.loaders.constituency.load(doc.constituencyId), 'Constituency', doc.constituencyId),
      turnout: (doc) => turnout(doc),
      votes: (doc) => [...doc.votes].sort((a, b) => b.votes - a.votes).map((entry) => ({ ...entry, validBallots: doc.validBallots })),
      elected: (doc, _, ctx) =>
        Promise.all([...doc.votes].filter((entry) => entry.elected).sort((a, b) => b.votes - a.votes).map((entry) => loadCandidate(ctx, entry.candidateId))),
    },
    CandidateVotes: {
      candidate: (entry, _, ctx) => loadCandidate(ctx, entry.candidateId),
      share: (entry) => percent(entry.votes, entry.validBallots),
    },
    CorrectedVotes: {
      candidate: (entry, _, ctx) => loadCandidate(ctx, entry.candidateId),
    },
    PeoplesJurorNomination: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.peoplesJurorNomination.load(reference.id),
      court: (doc) => courtName(doc.courtLevel, doc.courtRegion),
      nominatedBy: (doc) => ref(doc.nominatedByAgencyId),
      juror: (doc) => ref(peoplesJurorIdOf(doc._id)),
    },
  };
}
