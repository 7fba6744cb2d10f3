import { badInput, conflict, existing, notFound } from '@hanoi/platform';
import { requireFrontWriter } from '../access';
import { listedCandidateProblem, minimumListSize, type CreateConstituencyInput } from '../domain/constituency';
import { electedOf, figuresProblems, sameCandidates, type CorrectConstituencyResultInput, type RecordConstituencyResultInput } from '../domain/election-result';
import { conferenceStandingProblem, type RecordVoterConferenceInput } from '../domain/voter-conference';
import type { Repositories } from '../repositories';
import type { CandidateDoc } from '../repositories/candidates';
import { resultIdOf } from '../repositories/constituency-results';
import type { Context } from '../resolvers-mappers';
import { refuseInput } from './input-problems';

/** A candidate's election and latest round, read from their nominating consultation and rounds. */
async function standingOf(candidate: CandidateDoc, ctx: Context) {
  const nomination = await existing(ctx.loaders.electionConsultation.load(candidate.consultationId), 'ElectionConsultation', candidate.consultationId);
  return {
    election: nomination.election,
    term: nomination.term ?? null,
    round: candidate.rounds?.at(-1)?.round ?? candidate.round ?? nomination.round,
    status: candidate.status,
  };
}

/**
 * Elections in constituencies (Election Law 2015, amended 2025): constituencies and their official lists, voter
 * conferences on candidates, and results — from which council and delegation record the elected deputies.
 */
export function electionWorkflows(repositories: Repositories) {
  const { constituencies, voterConferences, constituencyResults } = repositories;

  async function constituencyOrNotFound(id: string, field: string, ctx: Context) {
    const constituency = await ctx.loaders.constituency.load(id);
    if (!constituency) throw notFound('Constituency', id, field);
    return constituency;
  }

  return {
    createConstituency(input: CreateConstituencyInput, ctx: Context) {
      requireFrontWriter(ctx.caller);
      return constituencies.create(input, ctx.caller.subject);
    },

    /** Danh sách chính thức: the candidates standing in the constituency, before its result is recorded. */
    async setCandidates(constituencyId: string, candidateIds: string[], ctx: Context) {
      requireFrontWriter(ctx.caller);
      const constituency = await constituencyOrNotFound(constituencyId, 'constituencyId', ctx);
      if (await ctx.loaders.constituencyResult.load(resultIdOf(constituency._id))) {
        throw conflict(`Constituency ${constituencyId} has its result recorded: its list can no longer change`, 'constituencyId');
      }
      const minimum = minimumListSize(constituency.election, constituency.seats);
      if (candidateIds.length < minimum) {
        throw badInput('input.candidateIds', `a constituency electing ${constituency.seats} must list at least ${minimum} candidates (Election Law 2015, arts. 57(6), 58(3))`);
      }
      const found = await Promise.all(candidateIds.map((id) => ctx.loaders.candidate.load(id)));
      const problems: { field: string; message: string }[] = [];
      for (const [index, candidate] of found.entries()) {
        if (!candidate) throw notFound('Candidate', candidateIds[index]!, `input.candidateIds.${index}`);
        const problem = listedCandidateProblem(constituency, await standingOf(candidate, ctx));
        if (problem) problems.push({ field: `candidateIds.${index}`, message: problem });
      }
      refuseInput(problems);
      const elsewhere = (await Promise.all(candidateIds.map((id) => ctx.loaders.constituenciesByCandidate.load(id))))
        .flat()
        .find((other) => other._id !== constituency._id);
      if (elsewhere) throw conflict(`a candidate stands in one constituency only: constituency ${elsewhere.number} lists one of them`, 'input.candidateIds');
      const updated = await constituencies.setCandidates(constituency, candidateIds);
      if (!updated) throw conflict(`Constituency ${constituencyId} changed meanwhile: read it again`, 'constituencyId');
      return updated;
    },

    /** Hội nghị cử tri nơi cư trú / nơi công tác on a candidate of the second round. */
    async recordVoterConference(input: RecordVoterConferenceInput, ctx: Context) {
      requireFrontWriter(ctx.caller);
      const candidate = await ctx.loaders.candidate.load(input.candidateId);
      if (!candidate) throw notFound('Candidate', input.candidateId, 'input.candidateId');
      const secondRound = candidate.rounds?.find((round) => round.round === 2);
      const consultation = secondRound ? await ctx.loaders.electionConsultation.load(secondRound.consultationId) : null;
      const problem = conferenceStandingProblem(await standingOf(candidate, ctx), consultation?.heldOn ?? null, input.heldOn);
      if (problem?.field === 'heldOn') throw badInput('input.heldOn', problem.message);
      if (problem) throw conflict(problem.message, 'input.candidateId');
      return voterConferences.record(input, ctx.caller.subject);
    },

    /** Records a constituency's result once; the elected candidates become deputies through their events. */
    async recordResult(input: RecordConstituencyResultInput, ctx: Context) {
      requireFrontWriter(ctx.caller);
      const constituency = await constituencyOrNotFound(input.constituencyId, 'input.constituencyId', ctx);
      if (constituency.candidateIds.length === 0) throw conflict(`Constituency ${constituency._id} has no official list of candidates yet`, 'input.constituencyId');
      refuseInput(figuresProblems(input, constituency.seats, constituency.candidateIds));
      const elected = electedOf(input, constituency.seats);
      if ('field' in elected) throw badInput(`input.${elected.field}`, elected.message);
      const names = new Map((await ctx.loaders.candidate.loadMany(elected.elected)).flatMap((doc) => (doc && !(doc instanceof Error) ? [[doc._id, doc.fullName] as const] : [])));
      return constituencyResults.record(constituency, input, elected, names, ctx.caller.subject);
    },

    /** A coded correction of a recorded result's figures: refused when it would change who was elected. */
    async correctResult(constituencyId: string, input: CorrectConstituencyResultInput, ctx: Context) {
      requireFrontWriter(ctx.caller);
      const constituency = await constituencyOrNotFound(constituencyId, 'constituencyId', ctx);
      const result = await ctx.loaders.constituencyResult.load(resultIdOf(constituency._id));
      if (!result) throw notFound('ConstituencyResult', resultIdOf(constituency._id), 'constituencyId');
      refuseInput(figuresProblems(input, constituency.seats, constituency.candidateIds));
      const corrected = electedOf(input, constituency.seats);
      if ('field' in corrected) throw badInput(`input.${corrected.field}`, corrected.message);
      const electedBefore = result.votes.filter((entry) => entry.elected).map((entry) => entry.candidateId);
      if (corrected.outcome !== result.outcome || !sameCandidates(corrected.elected, electedBefore)) {
        throw conflict('the corrected figures would change who was elected: that is no correction but an annulment or a new vote (arts. 79, 80)', 'input.votes');
      }
      const updated = await constituencyResults.correct(result, input, corrected, {
        code: input.code,
        reason: input.reason,
        correctedOn: input.correctedOn,
        correctedBy: ctx.caller.subject,
      });
      if (!updated) throw conflict(`The result of constituency ${constituencyId} was corrected meanwhile: read it again`, 'constituencyId');
      return updated;
    },
  };
}
