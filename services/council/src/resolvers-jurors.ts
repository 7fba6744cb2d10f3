import { courtName } from '@hanoi/contracts';
import { idField, ref, validate, type Connection } from '@hanoi/platform';
import { electPeoplesJurorInput, isServing, jurorTerm, nextCouncilTerm, peoplesJurorFilter } from './domain/peoples-juror';
import type { Resolvers } from './generated/resolvers';
import type { Repositories } from './repositories';
import type { PeoplesJurorDoc } from './repositories/peoples-jurors';
import type { Context } from './resolvers-mappers';
import { jurorWorkflows } from './workflows/jurors';

export type PeoplesJurorPage = Connection<PeoplesJurorDoc>;

/** The juror's term: the day of the vote to the next council's first session (one query per request for those sessions). */
async function termOf(juror: PeoplesJurorDoc, ctx: Context) {
  const [firstSession] = await ctx.loaders.firstSessionByTerm.load(nextCouncilTerm(juror.term));
  return jurorTerm(juror.termStartsOn, firstSession);
}

/** People's jurors: arguments validated here, the election in `workflows/jurors`. */
export function jurorResolvers(repositories: Repositories): Resolvers {
  const jurors = jurorWorkflows(repositories);
  return {
    Query: {
      peoplesJuror: (_, { id }, ctx) => ctx.loaders.peoplesJuror.load(id),
      peoplesJurors: (_, args) => repositories.peoplesJurors.list(validate(peoplesJurorFilter, args.filter ?? undefined, 'filter'), args),
    },
    Mutation: {
      electPeoplesJuror: (_, args, ctx) => jurors.elect(args.id, validate(electPeoplesJurorInput, args.input), ctx),
    },
    PeoplesJuror: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.peoplesJuror.load(reference.id),
      court: (doc) => courtName(doc.courtLevel, doc.courtRegion),
      nomination: (doc) => ref(doc.nominationId),
      electedAt: (doc, _, ctx) => (doc.councilSessionId ? ctx.loaders.councilSession.load(doc.councilSessionId) : null),
      resolution: (doc, _, ctx) => (doc.resolutionId ? ctx.loaders.resolution.load(doc.resolutionId) : null),
      termEndsOn: async (doc, _, ctx) => (await termOf(doc, ctx)).termEndsOn,
      serving: async (doc, _, ctx) => isServing(await termOf(doc, ctx)),
    },
  };
}
