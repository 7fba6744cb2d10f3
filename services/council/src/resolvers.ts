import {
  badInput,
  conflict,
  existing,
  hanoiToday,
  idField,
  notFound,
  ref,
  scalarResolvers,
  validate,
} from '@hanoi/platform';
import { jurisdictionResolvers, type DirectoryLookups } from '@hanoi/contracts';
import { councilBodyOf, requireHoldingCouncil, requireOwingAgencyOrCouncil, requireWriter } from './access';
import { addAgendaItemInput, documentTimeliness, isLate, preparationDossier, submitAgendaDocumentInput } from './domain/agenda';
import { holdingCouncilOf, type CouncilTerm, type HeldByCouncil } from './domain/council';
import { councilDeputyFilter, createCouncilDeputyInput } from './domain/deputy';
import { answerQuestionInput, askerTermProblem, askQuestionInput, isAnswerLate, questionFilter } from './domain/question';
import { adoptedOnProblem, createResolutionInput, resolutionFilter } from './domain/resolution';
import { communeSessionName, councilSessionFilter, issueSessionProgrammeInput, programmeIssuedOnProblem, scheduleCouncilSessionInput, sessionName } from './domain/session';
import type { Resolvers } from './generated/resolvers';
import type { Context } from './resolvers-mappers';
import type { Repositories } from './repositories';
import type { CouncilSessionDoc } from './repositories/council-sessions';
import type { AgendaItemDoc } from './repositories/agenda-items';

/**
 * `directory`: the subgraph's copy of the committee's directory, which says which standing body (the city's or a
 * commune's) a caller's agency is, and names a commune's unit.
 */
export function createResolvers(repositories: Repositories, directory: DirectoryLookups): Resolvers {
  async function sessionOrNotFound(ctx: Context, id: string, field: string): Promise<CouncilSessionDoc> {
    const session = await ctx.loaders.councilSession.load(id);
    if (!session) throw notFound('CouncilSession', id, field);
    return session;
  }

  /** A session a write changes: NOT_FOUND, or FORBIDDEN unless the caller writes for the standing body holding it. */
  async function heldSession(ctx: Context, id: string, field: string): Promise<CouncilSessionDoc> {
    const session = await sessionOrNotFound(ctx, id, field);
    requireHoldingCouncil(ctx.caller, session);
    return session;
  }

  /** A session's or deputy's standing body, level and unit (records stored before they were kept: the city's). */
  const heldByResolvers = { council: (doc: HeldByCouncil) => ref(holdingCouncilOf(doc)), ...jurisdictionResolvers };

  return {
    ...scalarResolvers,
    Query: {
      councilDeputy: (_, { id }, ctx) => ctx.loaders.councilDeputy.load(id),
      councilDeputies: (_, args) =>
        repositories.councilDeputies.list(validate(councilDeputyFilter, args.filter ?? undefined, 'filter'), args),
      councilSession: (_, { id }, ctx) => ctx.loaders.councilSession.load(id),
      councilSessions: (_, args) =>
        repositories.councilSessions.list(validate(councilSessionFilter, args.filter ?? undefined, 'filter'), args),
      nextRegularSession: (_, { after, councilAgencyId }) => repositories.councilSessions.nextRegular(after, councilAgencyId ?? undefined),
      agendaItem: (_, { id }, ctx) => ctx.loaders.agendaItem.load(id),
      question: (_, { id }, ctx) => ctx.loaders.question.load(id),
      questions: (_, args) =>
        repositories.questions.list(validate(questionFilter, args.filter ?? undefined, 'filter'), args),
      resolution: (_, { id }, ctx) => ctx.loaders.resolution.load(id),
      resolutions: (_, args) =>
        repositories.resolutions.list(validate(resolutionFilter, args.filter ?? undefined, 'filter'), args),
    },
    Mutation: {
      async createCouncilDeputy(_, args, ctx) {
        const body = await councilBodyOf(ctx.caller, directory.agency);
        return repositories.councilDeputies.create(validate(createCouncilDeputyInput, args.input), body, ctx.caller.subject);
      },
      async scheduleCouncilSession(_, args, ctx) {
        const body = await councilBodyOf(ctx.caller, directory.agency, { agencyId: args.input.councilAgencyId, field: 'input.councilAgencyId' });
        return repositories.councilSessions.schedule(validate(scheduleCouncilSessionInput, args.input), body, ctx.caller.subject);
      },
      async openCouncilSession(_, { id }, ctx) {
        requireWriter(ctx.caller);
        await heldSession(ctx, id, 'id');
        const session = await repositories.councilSessions.open(id);
        if (!session) throw notFound('CouncilSession', id, 'id');
        return session;
      },
      async closeCouncilSession(_, { id }, ctx) {
        requireWriter(ctx.caller);
        await heldSession(ctx, id, 'id');
        const session = await repositories.councilSessions.close(id);
        if (!session) throw notFound('CouncilSession', id, 'id');
        return session;
      },
      async issueSessionProgramme(_, args, ctx) {
        requireWriter(ctx.caller);
        const input = validate(issueSessionProgrammeInput, args.input);
        const session = await heldSession(ctx, args.id, 'id');
        const problem = programmeIssuedOnProblem(input.issuedOn, session);
        if (problem) throw badInput('input.issuedOn', problem);
        const updated = await repositories.councilSessions.issueProgramme(session._id, input, ctx.caller.subject);
        if (!updated) throw conflict(`The programme of council session ${session._id} was already issued`, 'id');
        return updated;
      },
      async addAgendaItem(_, args, ctx) {
        requireWriter(ctx.caller);
        const input = validate(addAgendaItemInput, args.input);
        const session = await heldSession(ctx, input.councilSessionId, 'input.councilSessionId');
        if (session.status === 'CLOSED') {
          throw conflict(`Council session ${session._id} is closed; its programme cannot change`, 'input.councilSessionId');
        }
        return repositories.agendaItems.add(input, session, ctx.caller.subject);
      },
      async submitAgendaDocument(_, args, ctx) {
        requireWriter(ctx.caller);
        const input = validate(submitAgendaDocumentInput, args.input);
        const item = await ctx.loaders.agendaItem.load(args.agendaItemId);
        if (!item) throw notFound('AgendaItem', args.agendaItemId, 'agendaItemId');
        const session = await sessionOrNotFound(ctx, item.councilSessionId, 'agendaItemId');
        requireOwingAgencyOrCouncil(ctx.caller, item.presentingAgencyId, holdingCouncilOf(session));
        const updated = await repositories.agendaItems.submitDocument(item._id, input, ctx.caller.subject);
        if (!updated) throw conflict(`The document of agenda item ${item._id} was already submitted`, 'agendaItemId');
        return updated;
      },
      async askQuestion(_, args, ctx) {
        requireWriter(ctx.caller);
        const input = validate(askQuestionInput, args.input);
        const [session, deputy] = await Promise.all([
          heldSession(ctx, input.councilSessionId, 'input.councilSessionId'),
          ctx.loaders.councilDeputy.load(input.askedByDeputyId),
        ]);
        if (!deputy) throw notFound('CouncilDeputy', input.askedByDeputyId, 'input.askedByDeputyId');
        if (holdingCouncilOf(deputy) !== holdingCouncilOf(session)) {
          throw badInput('input.askedByDeputyId', `is a deputy of ${holdingCouncilOf(deputy)}'s council; the session is held by ${holdingCouncilOf(session)}`);
        }
        const problem = askerTermProblem(deputy.term, session.term);
        if (problem) throw badInput('input.askedByDeputyId', problem);
        return repositories.questions.ask(input, session, ctx.caller.subject);
      },
      async answerQuestion(_, args, ctx) {
        requireWriter(ctx.caller);
        const input = validate(answerQuestionInput, args.input);
        const question = await ctx.loaders.question.load(args.questionId);
        if (!question) throw notFound('Question', args.questionId, 'questionId');
        const session = await sessionOrNotFound(ctx, question.councilSessionId, 'questionId');
        requireOwingAgencyOrCouncil(ctx.caller, question.addressedToAgencyId, holdingCouncilOf(session));
        const updated = await repositories.questions.answer(question._id, input, ctx.caller.subject);
        if (!updated) throw conflict(`Question ${question._id} was already answered`, 'questionId');
        return updated;
      },
      async createResolution(_, args, ctx) {
        requireWriter(ctx.caller);
        const input = validate(createResolutionInput, args.input);
        const session = await heldSession(ctx, input.councilSessionId, 'input.councilSessionId');
        const problem = adoptedOnProblem(input.adoptedOn, session);
        if (problem) throw badInput('input.adoptedOn', problem);
        return repositories.resolutions.create(input, ctx.caller.subject);
      },
    },
    Agency: {
      __resolveReference: (reference) => ({ id: reference.id }),
      agendaItems(agency, args, ctx) {
        const today = hanoiToday();
        const late = args.lateOnly ? { name: 'late', keep: (item: AgendaItemDoc) => isLate(item, today) } : undefined;
        return ctx.loaders.agendaItemsByAgency(args, {}, late).load(agency.id);
      },
    },
    CouncilDeputy: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.councilDeputy.load(reference.id),
      administrativeUnit: (doc) => ref(doc.administrativeUnitId),
      candidate: (doc) => ref(doc.candidateId),
      ...heldByResolvers,
    },
    Candidate: {
      __resolveReference: (reference) => ({ id: reference.id }),
      async electedCouncilDeputy(candidate, _, ctx) {
        const [deputy] = await ctx.loaders.councilDeputiesByCandidate.load(candidate.id);
        return deputy ?? null;
      },
    },
    CouncilSession: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.councilSession.load(reference.id),
      async name(doc) {
        if (!doc.jurisdictionUnitId) return sessionName(doc.term as CouncilTerm, doc.number);
        return communeSessionName(doc.term, doc.number, (await directory.unitName(doc.jurisdictionUnitId)) ?? doc.jurisdictionUnitId);
      },
      ...heldByResolvers,
      agenda: (doc, _, ctx) => ctx.loaders.agendaItemsBySession.load(doc._id),
      async preparationDossier(doc, args, ctx) {
        const items = await ctx.loaders.agendaItemsBySession.load(doc._id);
        return { ...preparationDossier(items, args.asOf ?? hanoiToday()), councilSession: doc, documentDueOn: doc.documentDueOn };
      },
      questions: (doc, _, ctx) => ctx.loaders.questionsBySession.load(doc._id),
      resolutions: (doc, _, ctx) => ctx.loaders.resolutionsBySession.load(doc._id),
    },
    AgendaItem: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.agendaItem.load(reference.id),
      councilSession: (doc, _, ctx) => existing(ctx.loaders.councilSession.load(doc.councilSessionId), 'CouncilSession', doc.councilSessionId),
      presentingAgency: (doc) => ref(doc.presentingAgencyId),
      late: (doc) => isLate(doc),
      timeliness: (doc) => documentTimeliness(doc),
    },
    Question: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.question.load(reference.id),
      councilSession: (doc, _, ctx) => existing(ctx.loaders.councilSession.load(doc.councilSessionId), 'CouncilSession', doc.councilSessionId),
      askedBy: (doc, _, ctx) => existing(ctx.loaders.councilDeputy.load(doc.askedByDeputyId), 'CouncilDeputy', doc.askedByDeputyId),
      addressedTo: (doc) => ref(doc.addressedToAgencyId),
      late: (doc) => isAnswerLate(doc),
    },
    Resolution: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.resolution.load(reference.id),
      councilSession: (doc, _, ctx) => existing(ctx.loaders.councilSession.load(doc.councilSessionId), 'CouncilSession', doc.councilSessionId),
    },
  };
}
