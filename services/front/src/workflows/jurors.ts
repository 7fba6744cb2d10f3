import { requireFrontWriter } from '../access';
import { frontAgencyId } from '../domain/organiser';
import type { NominatePeoplesJurorInput } from '../domain/peoples-juror-nomination';
import type { Repositories } from '../repositories';
import type { Context } from '../resolvers-mappers';

/**
 * The city Fatherland Front Committee nominates the jurors of the city and regional courts (a commune's has no court
 * to staff); council elects them from `peoplesJuror.nominated`.
 */
export function jurorWorkflows(repositories: Repositories) {
  return {
    nominate(input: NominatePeoplesJurorInput, ctx: Context) {
      requireFrontWriter(ctx.caller);
      return repositories.peoplesJurorNominations.nominate(input, frontAgencyId, ctx.caller.subject);
    },
  };
}
