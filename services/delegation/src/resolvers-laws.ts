import { idField, ref, validate, type Connection } from '@hanoi/platform';
import { submitCitizenContributionInput } from './domain/citizen-contribution';
import { audienceTotal, disseminationActivityFilter, recordDisseminationActivityInput } from './domain/dissemination';
import type { Resolvers } from './generated/resolvers';
import type { Repositories } from './repositories';
import type { DisseminationActivityDoc } from './repositories/dissemination-activities';
import { lawWorkflows } from './workflows/laws';

export type DisseminationActivityPage = Connection<DisseminationActivityDoc>;

/** Citizens' contributions and legal dissemination: arguments validated here, use cases in `workflows/laws`. */
export function lawResolvers(repositories: Repositories): Resolvers {
  const laws = lawWorkflows(repositories);
  return {
    Query: {
      disseminationActivity: (_, { id }, ctx) => ctx.loaders.disseminationActivity.load(id),
      disseminationActivities: (_, args) =>
        repositories.disseminationActivities.list(validate(disseminationActivityFilter, args.filter ?? undefined, 'filter'), args),
    },
    Mutation: {
      submitCitizenContribution: (_, args, ctx) => laws.submitCitizenContribution(validate(submitCitizenContributionInput, args.input), ctx),
      recordDisseminationActivity: (_, args, ctx) => laws.recordDisseminationActivity(validate(recordDisseminationActivityInput, args.input), ctx),
    },
    Contribution: {
      source: (doc) => doc.source ?? 'AGENCY',
      voterMeeting: (doc) => ref(doc.voterMeetingId),
      administrativeUnit: (doc) => ref(doc.administrativeUnitId),
    },
    DisseminationActivity: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.disseminationActivity.load(reference.id),
      body: (doc) => ref(doc.bodyAgencyId),
      peopleReached: (doc) => audienceTotal(doc.audiences),
    },
  };
}
