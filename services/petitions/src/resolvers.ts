import { existing, found, hanoiToday, idField, notFound, ref, refs, scalarResolvers, validate } from '@hanoi/platform';
import { caseScope, requireAdmin, requireExporter, requireIntake } from './access';
import { currentDue, legalBasisOf } from './domain/case-deadlines';
import { recordCitizenReceptionInput } from './domain/citizen-reception';
import { cancelReceptionScheduleInput, createReceptionScheduleInput, updateReceptionScheduleInput } from './domain/reception-schedule';
import { recordSatisfactionInput } from './domain/satisfaction';
import { daysLeft, MissingHolidayYearError } from './domain/deadlines';
import { setHolidayYearInput } from './domain/holiday-calendar';
import {
  acceptPetitionInput,
  declinePetitionInput,
  extendResolutionDeadlineInput,
  mergePetitionsInput,
  resolvePetitionInput,
  transferPetitionInput,
  transitionNoteInput,
  type TransitionAction,
} from './domain/lifecycle';
import { isOverdue, openStatuses, petitionChannels, reopenAsSecondComplaintInput, submitPetitionInput, type PetitionStatus } from './domain/petition';
import { routingRuleInput, unitCommitteeToken, updateRoutingRuleInput } from './domain/routing';
import type { Resolvers } from './generated/resolvers';
import type { Repositories } from './repositories';
import type { PetitionFilter } from './repositories/petition-query';
import type { Context } from './resolvers-mappers';
import { content, visible, visibleAll } from './visibility';
import type { Workflows } from './workflows';
import { z } from 'zod';


const channelSchema = z.enum(petitionChannels);
const filterTextSchema = z.object({ text: z.string().max(200, 'must be at most 200 characters').nullish() }).passthrough();

/** Checks the parts of a filter the GraphQL types do not (text length), naming the field. */
const checkFilter = (filter: PetitionFilter | null | undefined): PetitionFilter => {
  validate(filterTextSchema, filter ?? {}, 'filter');
  return filter ?? {};
};

/** A case linked by id, if there is one and the caller may see it. */
const linked = async (ctx: Context, id: string | null) => (id ? visible(ctx, await ctx.loaders.petition.load(id)) : null);

export function createResolvers(repositories: Repositories, workflows: Workflows): Resolvers {
  const transition = (action: TransitionAction) => async (_: unknown, args: { id: string; input?: unknown }, ctx: Context) => {
    const input = validate(transitionNoteInput, args.input ?? {});
    return workflows.lifecycle.transition(args.id, action, { on: input.on, note: input.note }, ctx.caller);
  };

  /** A filter `acrossReform` names the place's lineage, resolved first so that the cases are one query (`$in`). */
  const placed = async (filter: PetitionFilter): Promise<PetitionFilter> =>
    filter.acrossReform && filter.administrativeUnitId
      ? { ...filter, administrativeUnitId: null, administrativeUnitIds: await repositories.directory.lineage(filter.administrativeUnitId) }
      : filter;

  return {
    ...scalarResolvers,
    Query: {
      petition: async (_, { id }, ctx) => visible(ctx, await ctx.loaders.petition.load(id)),
      petitions: async (_, args, ctx) =>
        repositories.petitions.list(await placed(checkFilter(args.filter)), caseScope(ctx.caller), args, args.orderBy ?? 'RECEIVED_DESC'),
      petitionCounts: async (_, args, ctx) => workflows.reporting.counts(await placed(checkFilter(args.filter)), ctx.caller),
      async petitionsCsv(_, args, ctx) {
        requireExporter(ctx.caller);
        return workflows.reporting.csv(await placed(checkFilter(args.filter)), ctx.caller);
      },
      async duplicateCandidates(_, { id }, ctx) {
        const doc = visible(ctx, await ctx.loaders.petition.load(id));
        if (!doc) throw notFound('Petition', id);
        return ctx.loaders.duplicateCandidates.load({ doc, caller: ctx.caller });
      },
      async suggestAgency(_, args) {
        const suggestion = await workflows.routing.suggestFor(args.kind, args.category, args.administrativeUnitId, args.on ?? hanoiToday());
        if (!suggestion) return null;
        return { agencyId: suggestion.agencyId, legalBasis: suggestion.legalBasis, rule: await repositories.routingRules.findById(suggestion.ruleId) };
      },
      routingRules: (_, args) => repositories.routingRules.list(args),
      identityAccessLog(_, args, ctx) {
        requireAdmin(ctx.caller);
        return repositories.identityAccessLog.list(args.caseId, args);
      },
      citizenReception: (_, { id }, ctx) => ctx.loaders.citizenReception.load(id),
      citizenReceptions: (_, args) =>
        repositories.citizenReceptions.list(args.filter ?? {}, args),
      async holidayYears(_, args) {
        const years = await repositories.holidayYears.list();
        return years.filter((year) => (args.from == null || year.year >= args.from) && (args.to == null || year.year <= args.to));
      },
      receptionSchedule: (_, { id }, ctx) => ctx.loaders.receptionSchedule.load(id),
      receptionSchedules: (_, args) => repositories.receptionSchedules.list(args.filter ?? {}, args),
      receptionDays: (_, args) =>
        workflows.reception.days(args.from, args.to, { agencyId: args.agencyId, kind: args.kind }),
    },
    Mutation: {
      submitPetition(_, args, ctx) {
        requireIntake(ctx.caller);
        return workflows.intake.submit(validate(submitPetitionInput, args.input), ctx.caller, ctx.loaders);
      },
      acceptPetition(_, args, ctx) {
        const input = validate(acceptPetitionInput, args.input ?? {});
        const acceptance = { complexity: input.complexity, remote: input.remote };
        return workflows.lifecycle.transition(args.id, 'accept', { on: input.on, note: input.note, acceptance }, ctx.caller, ctx.loaders.holidayCalendar);
      },
      recordAcceptanceNotice(_, args, ctx) {
        const input = validate(transitionNoteInput, args.input ?? {});
        return workflows.deadlines.recordAcceptanceNotice(args.id, input, ctx.caller);
      },
      extendResolutionDeadline(_, args, ctx) {
        const input = validate(extendResolutionDeadlineInput, args.input);
        return workflows.deadlines.extendResolutionDeadline(args.id, input, ctx.caller, ctx.loaders.holidayCalendar);
      },
      async setHolidayYear(_, args, ctx) {
        requireAdmin(ctx.caller);
        const year = await workflows.administration.setHolidayYear(validate(setHolidayYearInput, args.input), ctx.caller);
        ctx.loaders.holidayCalendar.clear();
        return year;
      },
      startPetition: transition('start'),
      closePetition: transition('close'),
      declinePetition(_, args, ctx) {
        const input = validate(declinePetitionInput, args.input);
        return workflows.lifecycle.transition(args.id, 'decline', { on: input.on, note: input.note, reasonCode: input.reasonCode }, ctx.caller);
      },
      resolvePetition(_, args, ctx) {
        const input = validate(resolvePetitionInput, args.input);
        return workflows.lifecycle.transition(args.id, 'resolve', { resolution: { ...input, assignmentId: null } }, ctx.caller);
      },
      transferPetition(_, args, ctx) {
        return workflows.transfer.transfer(args.id, validate(transferPetitionInput, args.input), ctx.caller);
      },
      addCooperatingAgency(_, args, ctx) {
        return workflows.transfer.addCooperatingAgency(args.id, args.agencyId, ctx.caller);
      },
      mergePetitions(_, args, ctx) {
        return workflows.merge.merge(validate(mergePetitionsInput, args.input), ctx.caller);
      },
      reopenAsSecondComplaint(_, args, ctx) {
        requireIntake(ctx.caller);
        const input = validate(reopenAsSecondComplaintInput.extend({ channel: channelSchema.nullish() }), args.input);
        return workflows.intake.reopenAsSecondComplaint(args.id, input, ctx.caller, ctx.loaders.holidayCalendar);
      },
      createRoutingRule(_, args, ctx) {
        requireAdmin(ctx.caller);
        return workflows.routing.createRule(validate(routingRuleInput, args.input), ctx.caller);
      },
      updateRoutingRule(_, args, ctx) {
        requireAdmin(ctx.caller);
        return workflows.routing.updateRule(args.id, validate(updateRoutingRuleInput, args.input), ctx.caller);
      },
      deleteRoutingRule(_, args, ctx) {
        requireAdmin(ctx.caller);
        return workflows.routing.deleteRule(args.id, ctx.caller);
      },
      recordCitizenReception(_, args, ctx) {
        return workflows.administration.recordCitizenReception(validate(recordCitizenReceptionInput, args.input), ctx.caller);
      },
      createReceptionSchedule: (_, args, ctx) =>
        workflows.reception.create(validate(createReceptionScheduleInput, args.input), ctx.caller),
      updateReceptionSchedule: (_, args, ctx) =>
        workflows.reception.update(args.id, validate(updateReceptionScheduleInput, args.input), ctx.caller),
      cancelReceptionSchedule: (_, args, ctx) =>
        workflows.reception.cancel(args.id, validate(cancelReceptionScheduleInput, args.input), ctx.caller),
      recordSatisfaction: (_, args, ctx) =>
        workflows.satisfaction.record(args.id, validate(recordSatisfactionInput, args.input), ctx.caller, ctx.loaders.holidayCalendar),
    },
    Petition: {
      ...idField,
      __resolveReference: async (reference, ctx) => visible(ctx, await ctx.loaders.petition.load(reference.id)),
      // Content: what a denunciation says can identify the denouncer (need-to-know.ts).
      subject: content((doc) => doc.subject),
      description: content((doc) => doc.description),
      address: content((doc) => doc.address),
      attachments: content((doc) => doc.attachments),
      history: content((doc) => doc.history),
      overrideReason: content((doc) => doc.overrideReason),
      declineReason: content((doc) => doc.declineReason),
      resolution: content((doc) => doc.resolution),
      location: (doc) => ref(doc.administrativeUnitId),
      agency: (doc) => ref(doc.agencyId),
      cooperatingAgencies: (doc) => refs(doc.cooperatingAgencyIds),
      suggestedAgency: (doc) => ref(doc.suggestedAgencyId),
      due: (doc) => {
        const current = currentDue(doc.deadlines ?? []);
        return { on: doc.dueOn, rule: doc.dueRule, ruleId: current?.ruleId ?? null, kind: current?.kind ?? null };
      },
      deadlines: (doc) =>
        (doc.deadlines ?? []).map((deadline) => ({ ...deadline, caseOpen: openStatuses.includes(doc.status as PetitionStatus) })),
      complexity: (doc) => doc.complexity ?? null,
      remote: (doc) => doc.remote ?? false,
      verificationNeeded: (doc) => doc.verificationNeeded ?? false,
      extensions: (doc) => doc.extensions ?? [],
      overdue: (doc) => isOverdue(doc.status, doc.dueOn),
      identity: (doc, args, ctx) => workflows.identity.readIdentity(doc, args.purpose, ctx.caller),
      // Links: content of the case they leave, and each linked case only if the caller may see it.
      relatedCases: content(async (doc, _, ctx) => visibleAll(ctx, found(await ctx.loaders.petition.loadMany(doc.relatedCaseIds)))),
      mergedInto: content((doc, _, ctx) => linked(ctx, doc.mergedInto)),
      mergedCases: content(async (doc, _, ctx) => visibleAll(ctx, found(await ctx.loaders.petition.loadMany(doc.mergedIds)))),
      previousCase: content((doc, _, ctx) => linked(ctx, doc.previousCaseId)),
      secondComplaint: content((doc, _, ctx) => linked(ctx, doc.secondComplaintId)),
      duplicateCandidates: content((doc, _, ctx) => ctx.loaders.duplicateCandidates.load({ doc, caller: ctx.caller })),
      voterMeeting: (doc) => ref(doc.voterMeetingId),
      forwardedRecommendation: (doc) => ref(doc.forwardedRecommendationId),
      dueAtSession: (doc) => ref(doc.dueSessionId),
      reception: (doc, _, ctx) => (doc.receptionId ? ctx.loaders.citizenReception.load(doc.receptionId) : null),
      satisfaction: content((doc) => doc.satisfaction ?? null),
    },
    PetitionSatisfaction: {
      recordedByAgency: (satisfaction) => ref(satisfaction.recordedByAgencyId),
    },
    Deadline: {
      legalBasis: (deadline) => legalBasisOf(deadline),
      provisional: (deadline) => deadline.provisional ?? false,
      missed: (deadline) =>
        deadline.metOn ? deadline.metOn.getTime() > deadline.dueOn.getTime() : deadline.dueOn.getTime() < hanoiToday().getTime(),
      overdue: (deadline) => deadline.caseOpen && !deadline.metOn && deadline.dueOn.getTime() < hanoiToday().getTime(),
      /** Working days left (negative once overdue), by the engine with the request's holiday calendar; null once met. */
      async daysLeft(deadline, _, ctx) {
        if (deadline.metOn) return null;
        const calendar = await ctx.loaders.holidayCalendar();
        try {
          return daysLeft(deadline.dueOn, hanoiToday(), calendar);
        } catch (error) {
          if (error instanceof MissingHolidayYearError) return null;
          throw error;
        }
      },
    },
    HolidayYear: {
      origin: (year) => year.origin,
    },
    HistoryEntry: {
      agency: (entry) => ref(entry.agencyId),
      fromAgency: (entry) => ref(entry.fromAgencyId),
      toAgency: (entry) => ref(entry.toAgencyId),
    },
    DuplicateCandidate: {
      petition: (candidate, _, ctx) => existing(ctx.loaders.petition.load(candidate.petitionId), 'Petition', candidate.petitionId),
    },
    AgencyCountBucket: {
      agency: (bucket) => ref(bucket.key),
    },
    RoutingRule: {
      ...idField,
      target: (rule) => rule.agencyId,
      agency: (rule) => (rule.agencyId === unitCommitteeToken ? null : ref(rule.agencyId)),
    },
    AgencySuggestion: {
      agency: (suggestion) => ref(suggestion.agencyId),
    },
    IdentityAccess: {
      ...idField,
      petition: (entry, _, ctx) => existing(ctx.loaders.petition.load(entry.caseId), 'Petition', entry.caseId),
      agency: (entry) => ref(entry.agencyId),
    },
    CitizenReception: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.citizenReception.load(reference.id),
      hostAgency: (doc) => ref(doc.hostAgencyId),
      cases: async (doc, _, ctx) => visibleAll(ctx, await ctx.loaders.petitionsByReception.load(doc._id)),
      schedule: (doc, _, ctx) => (doc.receptionScheduleId ? ctx.loaders.receptionSchedule.load(doc.receptionScheduleId) : null),
    },
    ReceptionSchedule: {
      ...idField,
      __resolveReference: (reference, ctx) => ctx.loaders.receptionSchedule.load(reference.id),
      hostAgency: (doc) => ref(doc.hostAgencyId),
      participatingAgencies: (doc) => refs(doc.participatingAgencyIds),
      receptions: (doc, args, ctx) => ctx.loaders.citizenReceptionPagesBySchedule(args).load(doc._id),
    },
    ReceptionDay: {
      /** The session recorded on this day of the schedule (the schedule's sessions are one query per request). */
      reception: async (day, _, ctx) =>
        (await ctx.loaders.citizenReceptionsBySchedule.load(day.schedule._id)).find((session) => session.heldOn.getTime() === day.on.getTime()) ?? null,
    },
    Agency: {
      cases: (agency, args, ctx) => ctx.loaders.casesByAgency(args.filter ?? {}, caseScope(ctx.caller), args).load(agency.id),
      openCaseCount: (agency, _, ctx) => ctx.loaders.openCaseCountByAgency.load(agency.id),
    },
    VoterMeeting: {
      recommendationCases: async (meeting, args, ctx) =>
        visibleAll(ctx, await ctx.loaders.petitionsByVoterMeeting(args, caseScope(ctx.caller)).load(meeting.id)),
    },
    CouncilSession: {
      voterRecommendationsDue: async (session, args, ctx) =>
        visibleAll(ctx, await ctx.loaders.petitionsByDueSession(args, caseScope(ctx.caller)).load(session.id)),
    },
    ForwardedVoterRecommendation: {
      case: async (recommendation, _, ctx) => visible(ctx, await ctx.loaders.petitionByForwardedRecommendation.load(recommendation.id)),
    },
  };
}
