import { idField, notFound, ref, requireRole, scalarResolvers, validate, type PageArgs, type RequestContext } from '@hanoi/platform';
import { recordCitizenReceptionInput } from './domain/citizen-reception';
import { intakeDue } from './domain/due-dates';
import { isOverdue, submitPetitionInput } from './domain/petition';
import type { Loaders } from './loaders';
import type { Repositories } from './repositories';
import type { CitizenReceptionDoc, CitizenReceptionFilter } from './repositories/citizen-receptions';
import type { PetitionDoc, PetitionFilter } from './repositories/petitions';

type Context = RequestContext<Loaders>;
type Args<T = object> = T & PageArgs;
/** Staff who record cases: any agency's clerks and case handlers (each records what it received). */
const intakeRoles = ['clerk', 'handler', 'leader'] as const;

export function createResolvers(repositories: Repositories) {
  return {
    ...scalarResolvers,
    Query: {
      petition: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.petition.load(id),
      petitions: (_: unknown, args: Args<{ filter?: PetitionFilter }>) => repositories.petitions.list(args.filter ?? {}, args),
      citizenReception: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.citizenReception.load(id),
      citizenReceptions: (_: unknown, args: Args<{ filter?: CitizenReceptionFilter }>) =>
        repositories.citizenReceptions.list(args.filter ?? {}, args),
    },
    Mutation: {
      async submitPetition(_: unknown, args: { input: unknown }, ctx: Context) {
        requireRole(ctx.caller, [...intakeRoles]);
        const input = validate(submitPetitionInput, args.input);
        if (input.receptionId && !(await ctx.loaders.citizenReception.load(input.receptionId))) {
          throw notFound('CitizenReception', input.receptionId, 'input.receptionId');
        }
        return repositories.petitions.receive({
          ...input,
          description: input.description ?? null,
          administrativeUnitId: input.administrativeUnitId ?? null,
          receptionId: input.receptionId ?? null,
          due: intakeDue(input.kind, input.receivedOn),
          voterMeetingId: null,
          recommendationNumber: null,
          createdBy: ctx.caller.subject,
        });
      },
      recordCitizenReception(_: unknown, args: { input: unknown }, ctx: Context) {
        const input = validate(recordCitizenReceptionInput, args.input);
        requireRole(ctx.caller, [...intakeRoles], input.hostAgencyId);
        return repositories.citizenReceptions.record(input, ctx.caller.subject);
      },
    },
    Petition: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.petition.load(reference.id),
      location: (doc: PetitionDoc) => ref(doc.administrativeUnitId),
      agency: (doc: PetitionDoc) => ref(doc.agencyId),
      due: (doc: PetitionDoc) => ({ on: doc.dueOn, rule: doc.dueRule }),
      overdue: (doc: PetitionDoc) => isOverdue(doc.status, doc.dueOn),
      voterMeeting: (doc: PetitionDoc) => ref(doc.voterMeetingId),
      dueAtSession: (doc: PetitionDoc) => ref(doc.dueSessionId),
      reception: (doc: PetitionDoc, _: unknown, ctx: Context) => (doc.receptionId ? ctx.loaders.citizenReception.load(doc.receptionId) : null),
    },
    CitizenReception: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.citizenReception.load(reference.id),
      hostAgency: (doc: CitizenReceptionDoc) => ref(doc.hostAgencyId),
      cases: (doc: CitizenReceptionDoc, _: unknown, ctx: Context) => ctx.loaders.petitionsByReception.load(doc._id),
    },
    Agency: {
      cases: (agency: { id: string }, args: Args<{ filter?: { status?: string; kind?: string } }>) =>
        repositories.petitions.list({ ...args.filter, agencyId: agency.id }, args),
      openCaseCount: (agency: { id: string }, _: unknown, ctx: Context) => ctx.loaders.openCaseCountByAgency.load(agency.id),
    },
    VoterMeeting: {
      recommendationCases: (meeting: { id: string }, _: unknown, ctx: Context) => ctx.loaders.petitionsByVoterMeeting.load(meeting.id),
    },
    CouncilSession: {
      voterRecommendationsDue: (session: { id: string }, _: unknown, ctx: Context) => ctx.loaders.petitionsByDueSession.load(session.id),
    },
  };
}
