import { badInput, conflict, notFound, type RequestContext } from '@hanoi/platform';
import { requireCouncilWriter } from '../access';
import { electionProblem, type ElectPeoplesJurorInput } from '../domain/peoples-juror';
import type { Loaders } from '../loaders';
import type { Repositories } from '../repositories';

/** The council elects the people's jurors the Front nominated (Luật Tổ chức Tòa án nhân dân 2024). */
export function jurorWorkflows(repositories: Repositories) {
  return {
    async elect(id: string, input: ElectPeoplesJurorInput, ctx: RequestContext<Loaders>) {
      requireCouncilWriter(ctx.caller);
      const [juror, session] = await Promise.all([ctx.loaders.peoplesJuror.load(id), ctx.loaders.councilSession.load(input.councilSessionId)]);
      if (!juror) throw notFound('PeoplesJuror', id, 'id');
      if (!session) throw notFound('CouncilSession', input.councilSessionId, 'input.councilSessionId');
      if (input.resolutionId && !(await ctx.loaders.resolution.load(input.resolutionId))) {
        throw notFound('Resolution', input.resolutionId, 'input.resolutionId');
      }
      const problem = electionProblem(juror, session, input.electedOn);
      if (problem?.conflict) throw conflict(problem.message, 'id');
      if (problem) throw badInput(`input.${problem.field}`, problem.message);
      const elected = await repositories.peoplesJurors.elect(id, input, ctx.caller.subject);
      if (!elected) throw conflict(`PeoplesJuror ${id} changed meanwhile: read it again`, 'id');
      return elected;
    },
  };
}
