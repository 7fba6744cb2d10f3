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
import { requireCouncilWriter, requireOwingAgencyOrCouncil, requireWriter } from './access';
import { addAgendaItemInput, documentTimeliness, isLate, preparationDossier, submitAgendaDocumentInput } from './domain/agenda';
import type { CouncilTerm } from './domain/council';
import { councilDeputyFilter, createCouncilDeputyInput } from './domain/deputy';
import { answerQuestionInput, askerTermProblem, askQuestionInput, isAnswerLate, questionFilter } from './domain/question';
import { adoptedOnProblem, createResolutionInput, resolutionFilter } from './domain/resolution';
import { councilSessionFilter, issueSessionProgrammeInput, programmeIssuedOnProblem, scheduleCouncilSessionInput, sessionName } from './domain/session';
import type { Resolvers } from './generated/resolvers';
import type { Context } from './resolvers-mappers';
import type { Repositories } from './repositories';
import type { CouncilSessionDoc } from './repositories/council-sessions';

export function createResolvers(repositories: Repositories): Resolvers {
  async function sessionOrNotFound(ctx: Context, id: string, field: string): Promise<CouncilSessionDoc> {
    const session = await ctx.loaders.councilSession.load(id);
    if (!session) throw notFound('CouncilSession', id, field);
    return session;
  }

  return {
    ...scalarResolvers,
    Query: {
      councilDeputy: (_, { id }, ctx) => ctx.loaders.councilDeputy.load(id),
      councilDeputies: (_, args) =>
        repositories.councilDeputies.list(validate(councilDeputyFilter, args.filter ?? undefined, 'filter'), args),
      councilSession: (_, { id }, ctx) => ctx.loaders.councilSession.load(id),
      councilSessions: (_, args) =>
        repositories.councilSessions.list(validate(councilSessionFilter, args.filter ?? undefined, 'filter'), args),
      nextRegularSession: (_, { after }) => repositories.councilSessions.nextRegular(after),
      agendaItem: (_, { id }, ctx) => ctx.loaders.agendaItem.load(id),
      question: (_, { id }, ctx) => ctx.loaders.question.load(id),
      questions: (_, args) =>
        repositories.questions.list(validate(questionFilter, args.filter ?? undefined, 'filter'), args),
      resolution: (_, { id }, ctx) => ctx.loaders.resolution.load(id),
      resolutions: (_, args) =>
        repositories.resolutions.list(validate(resolutionFilter, args.filter ?? undefined, 'filter'), args),
    },
    Mutation: {
      createCouncilDeputy(_, args, ctx) {
        requireCouncilWriter(ctx.caller);
        return repositories.councilDeputies.create(validate(createCouncilDeputyInput, args.input), ctx.caller.subject);
      },
      scheduleCouncilSession(_, args, ctx) {
        requireCouncilWriter(ctx.caller);
        return repositories.councilSessions.schedule(validate(scheduleCouncilSessionInput, args.input), ctx.caller.subject);
      },
      async openCouncilSession(_, { id }, ctx) {
        requireCouncilWriter(ctx.caller);
        const session = await repositories.councilSessions.open(id);
        if (!session) throw notFound('CouncilSession', id, 'id');
        return session;
      },
      async closeCouncilSession(_, { id }, ctx) {
        requireCouncilWriter(ctx.caller);
        const session = await repositories.councilSessions.close(id);
        if (!session) throw notFound('CouncilSession', id, 'id');
        return session;
      },
      async issueSessionProgramme(_, args, ctx) {
        requireCouncilWriter(ctx.caller);
        const input = validate(issueSessionProgrammeInput, args.input);
        const session = await sessionOrNotFound(ctx, args.id, 'id');
        const problem = programmeIssuedOnProblem(input.issuedOn, session);
        if (problem) throw badInput('input.issuedOn', problem);
        const updated = await repositories.councilSessions.issueProgramme(session._id, input, ctx.caller.subject);
        if (!updated) throw conflict(`The programme of council session ${session._id} was already issued`, 'id');
        return updated;
      },
      async addAgendaItem(_, args, ctx) {
        requireCouncilWriter(ctx.caller);
        const input = validate(addAgendaItemInput, args.input);
        const session = await sessionOrNotFound(ctx, input.councilSessionId, 'input.councilSessionId');
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
        requireOwingAgencyOrCouncil(ctx.caller, item.presentingAgencyId);
        const updated = await repositories.agendaItems.submitDocument(item._id, input, ctx.caller.subject);
        if (!updated) throw conflict(`The document of agenda item ${item._id} was already submitted`, 'agendaItemId');
        return updated;
      },
      async askQuestion(_, args, ctx) {
        requireCouncilWriter(ctx.caller);
        const input = validate(askQuestionInput, args.input);
        const [session, deputy] = await Promise.all([
          sessionOrNotFound(ctx, input.councilSessionId, 'input.councilSessionId'),
          ctx.loaders.councilDeputy.load(input.askedByDeputyId),
        ]);
        if (!deputy) throw notFound('CouncilDeputy', input.askedByDeputyId, 'input.askedByDeputyId');
        const problem = askerTermProblem(deputy.term, session.term);
        if (problem) throw badInput('input.askedByDeputyId', problem);
        return repositories.questions.ask(input, session, ctx.caller.subject);
      },
      async answerQuestion(_, args, ctx) {
        requireWriter(ctx.caller);
        const input = validate(answerQuestionInput, args.input);
        const question = await ctx.loaders.question.load(args.questionId);
        if (!question) throw notFound('Question', args.questionId, 'questionId');
        requireOwingAgencyOrCouncil(ctx.caller, question.addressedToAgencyId);
        const updated = await repositories.questions.answer(question._id, input, ctx.caller.subject);
        if (!updated) throw conflict(`Question ${question._id} was already answered`, 'questionId');
        return updated;
      },
      async createResolution(_, args, ctx) {
        requireCouncilWriter(ctx.caller);
        const input = validate(createResolutionInput, args.input);
        const session = await sessionOrNotFound(ctx, input.councilSessionId, 'input.councilSessionId');
        const problem = adoptedOnProblem(input.adoptedOn, session);
        if (problem) throw badInput('input.adoptedOn', problem);
        return repositories.resolutions.create(input, ctx.caller.subject);
      },
    },
    Agency: {
      __resolveReference: (reference) => ({ id: reference.id }),
      async agendaItems(agency, args, ctx) {
        const items = await ctx.loaders.agendaItemsByAgency.load(agency.id);
        if (!args.lateOnly) return items;
        const today = hanoiToday();
        return items.filter((item) => isLate(item, today));
      },
    },
    CouncilDeputy: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.councilDeputy.load(reference.id),
      administrativeUnit: (doc) => ref(doc.administrativeUnitId),
      candidate: (doc) => ref(doc.candidateId),
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
      name: (doc) => sessionName(doc.term as CouncilTerm, doc.number),
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
