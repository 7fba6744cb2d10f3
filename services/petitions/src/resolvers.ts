import { found, hanoiToday, idField, notFound, ref, refs, scalarResolvers, validate, type PageArgs, type RequestContext } from '@hanoi/platform';
import { caseScope, requireAdmin, requireExporter, requireIntake } from './access';
import type { HistoryEntry, PetitionDoc } from './domain/case';
import { currentDue, legalBasisOf, type CaseDeadline } from './domain/case-deadlines';
import { recordCitizenReceptionInput } from './domain/citizen-reception';
import { daysLeft, MissingHolidayYearError } from './domain/deadlines';
import { setHolidayYearInput, type StoredHolidayYear } from './domain/holiday-calendar';
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
import type { Loaders } from './loaders';
import type { Repositories } from './repositories';
import type { CitizenReceptionDoc, CitizenReceptionFilter } from './repositories/citizen-receptions';
import type { IdentityAccessDoc } from './repositories/identity-access-log';
import type { PetitionFilter, PetitionOrder } from './repositories/petition-query';
import type { RoutingRuleDoc, RoutingRuleFilter } from './repositories/routing-rules';
import { content, visible, visibleAll } from './visibility';
import type { Workflows } from './workflows';
import type { DuplicateCandidate } from './workflows/merge';
import { z } from 'zod';

type Context = RequestContext<Loaders>;
type Args<T = object> = T & PageArgs;

/** A deadline as the API shows it: with whether its case is still open (an overdue deadline needs an open case). */
type DeadlineView = CaseDeadline & { caseOpen: boolean };

const channelSchema = z.enum(petitionChannels);
const filterTextSchema = z.object({ text: z.string().max(200, 'must be at most 200 characters').nullish() }).passthrough();

/** Checks the parts of a filter the GraphQL types do not (text length), naming the field. */
const checkFilter = (filter: PetitionFilter | null | undefined): PetitionFilter => {
  validate(filterTextSchema, filter ?? {}, 'filter');
  return filter ?? {};
};

/** A case linked by id, if there is one and the caller may see it. */
const linked = async (ctx: Context, id: string | null) => (id ? visible(ctx, await ctx.loaders.petition.load(id)) : null);

export function createResolvers(repositories: Repositories, workflows: Workflows) {
  const transition = (action: TransitionAction) => async (_: unknown, args: { id: string; input?: unknown }, ctx: Context) => {
    const input = validate(transitionNoteInput, args.input ?? {});
    return workflows.lifecycle.transition(args.id, action, { on: input.on, note: input.note }, ctx.caller);
  };

  return {
    ...scalarResolvers,
    Query: {
      petition: async (_: unknown, { id }: { id: string }, ctx: Context) => visible(ctx, await ctx.loaders.petition.load(id)),
      petitions: (_: unknown, args: Args<{ filter?: PetitionFilter; orderBy?: PetitionOrder }>, ctx: Context) =>
        repositories.petitions.list(checkFilter(args.filter), caseScope(ctx.caller), args, args.orderBy ?? 'RECEIVED_DESC'),
      petitionCounts: (_: unknown, args: { filter?: PetitionFilter }, ctx: Context) => workflows.reporting.counts(checkFilter(args.filter), ctx.caller),
      petitionsCsv(_: unknown, args: { filter?: PetitionFilter }, ctx: Context) {
        requireExporter(ctx.caller);
        return workflows.reporting.csv(checkFilter(args.filter), ctx.caller);
      },
      async duplicateCandidates(_: unknown, { id }: { id: string }, ctx: Context) {
        const doc = visible(ctx, await ctx.loaders.petition.load(id));
        if (!doc) throw notFound('Petition', id);
        return workflows.merge.duplicateCandidates(doc, ctx.caller);
      },
      async suggestAgency(_: unknown, args: { kind: string; category: string; administrativeUnitId?: string | null; on?: Date | null }) {
        const suggestion = await workflows.routing.suggestFor(args.kind, args.category, args.administrativeUnitId, args.on ?? hanoiToday());
        if (!suggestion) return null;
        return { agencyId: suggestion.agencyId, legalBasis: suggestion.legalBasis, rule: await repositories.routingRules.findById(suggestion.ruleId) };
      },
      routingRules: (_: unknown, args: RoutingRuleFilter) => repositories.routingRules.list(args),
      identityAccessLog(_: unknown, args: Args<{ caseId?: string | null }>, ctx: Context) {
        requireAdmin(ctx.caller);
        return repositories.identityAccessLog.list(args.caseId, args);
      },
      citizenReception: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.citizenReception.load(id),
      citizenReceptions: (_: unknown, args: Args<{ filter?: CitizenReceptionFilter }>) =>
        repositories.citizenReceptions.list(args.filter ?? {}, args),
      async holidayYears(_: unknown, args: { from?: number | null; to?: number | null }) {
        const years = await repositories.holidayYears.list();
        return years.filter((year) => (args.from == null || year.year >= args.from) && (args.to == null || year.year <= args.to));
      },
    },
    Mutation: {
      submitPetition(_: unknown, args: { input: unknown }, ctx: Context) {
        requireIntake(ctx.caller);
        return workflows.intake.submit(validate(submitPetitionInput, args.input), ctx.caller, ctx.loaders);
      },
      acceptPetition(_: unknown, args: { id: string; input?: unknown }, ctx: Context) {
        const input = validate(acceptPetitionInput, args.input ?? {});
        const acceptance = { complexity: input.complexity, remote: input.remote };
        return workflows.lifecycle.transition(args.id, 'accept', { on: input.on, note: input.note, acceptance }, ctx.caller, ctx.loaders.holidayCalendar);
      },
      recordAcceptanceNotice(_: unknown, args: { id: string; input?: unknown }, ctx: Context) {
        const input = validate(transitionNoteInput, args.input ?? {});
        return workflows.deadlines.recordAcceptanceNotice(args.id, input, ctx.caller);
      },
      extendResolutionDeadline(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        const input = validate(extendResolutionDeadlineInput, args.input);
        return workflows.deadlines.extendResolutionDeadline(args.id, input, ctx.caller, ctx.loaders.holidayCalendar);
      },
      async setHolidayYear(_: unknown, args: { input: unknown }, ctx: Context) {
        requireAdmin(ctx.caller);
        const year = await workflows.administration.setHolidayYear(validate(setHolidayYearInput, args.input), ctx.caller);
        ctx.loaders.holidayCalendar.clear();
        return year;
      },
      startPetition: transition('start'),
      closePetition: transition('close'),
      declinePetition(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        const input = validate(declinePetitionInput, args.input);
        return workflows.lifecycle.transition(args.id, 'decline', { on: input.on, note: input.note, reasonCode: input.reasonCode }, ctx.caller);
      },
      resolvePetition(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        const input = validate(resolvePetitionInput, args.input);
        return workflows.lifecycle.transition(args.id, 'resolve', { resolution: { ...input, assignmentId: null } }, ctx.caller);
      },
      transferPetition(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        return workflows.transfer.transfer(args.id, validate(transferPetitionInput, args.input), ctx.caller);
      },
      addCooperatingAgency(_: unknown, args: { id: string; agencyId: string }, ctx: Context) {
        return workflows.transfer.addCooperatingAgency(args.id, args.agencyId, ctx.caller);
      },
      mergePetitions(_: unknown, args: { input: unknown }, ctx: Context) {
        return workflows.merge.merge(validate(mergePetitionsInput, args.input), ctx.caller);
      },
      reopenAsSecondComplaint(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        requireIntake(ctx.caller);
        const input = validate(reopenAsSecondComplaintInput.extend({ channel: channelSchema.nullish() }), args.input);
        return workflows.intake.reopenAsSecondComplaint(args.id, input, ctx.caller, ctx.loaders.holidayCalendar);
      },
      createRoutingRule(_: unknown, args: { input: unknown }, ctx: Context) {
        requireAdmin(ctx.caller);
        return workflows.routing.createRule(validate(routingRuleInput, args.input), ctx.caller);
      },
      updateRoutingRule(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        requireAdmin(ctx.caller);
        return workflows.routing.updateRule(args.id, validate(updateRoutingRuleInput, args.input), ctx.caller);
      },
      deleteRoutingRule(_: unknown, args: { id: string }, ctx: Context) {
        requireAdmin(ctx.caller);
        return workflows.routing.deleteRule(args.id, ctx.caller);
      },
      recordCitizenReception(_: unknown, args: { input: unknown }, ctx: Context) {
        return workflows.administration.recordCitizenReception(validate(recordCitizenReceptionInput, args.input), ctx.caller);
      },
    },
    Petition: {
      ...idField,
      __resolveReference: async (reference: { id: string }, ctx: Context) => visible(ctx, await ctx.loaders.petition.load(reference.id)),
      // Content: what a denunciation says can identify the denouncer (need-to-know.ts).
      subject: content((doc) => doc.subject),
      description: content((doc) => doc.description),
      address: content((doc) => doc.address),
      attachments: content((doc) => doc.attachments),
      history: content((doc) => doc.history),
      overrideReason: content((doc) => doc.overrideReason),
      declineReason: content((doc) => doc.declineReason),
      resolution: content((doc) => doc.resolution),
      location: (doc: PetitionDoc) => ref(doc.administrativeUnitId),
      agency: (doc: PetitionDoc) => ref(doc.agencyId),
      cooperatingAgencies: (doc: PetitionDoc) => refs(doc.cooperatingAgencyIds),
      suggestedAgency: (doc: PetitionDoc) => ref(doc.suggestedAgencyId),
      due: (doc: PetitionDoc) => {
        const current = currentDue(doc.deadlines ?? []);
        return { on: doc.dueOn, rule: doc.dueRule, ruleId: current?.ruleId ?? null, kind: current?.kind ?? null };
      },
      deadlines: (doc: PetitionDoc): DeadlineView[] =>
        (doc.deadlines ?? []).map((deadline) => ({ ...deadline, caseOpen: openStatuses.includes(doc.status as PetitionStatus) })),
      complexity: (doc: PetitionDoc) => doc.complexity ?? null,
      remote: (doc: PetitionDoc) => doc.remote ?? false,
      verificationNeeded: (doc: PetitionDoc) => doc.verificationNeeded ?? false,
      extensions: (doc: PetitionDoc) => doc.extensions ?? [],
      overdue: (doc: PetitionDoc) => isOverdue(doc.status, doc.dueOn),
      identity: (doc: PetitionDoc, args: { purpose: string }, ctx: Context) => workflows.identity.readIdentity(doc, args.purpose, ctx.caller),
      // Links: content of the case they leave, and each linked case only if the caller may see it.
      relatedCases: content(async (doc, _: unknown, ctx) => visibleAll(ctx, found(await ctx.loaders.petition.loadMany(doc.relatedCaseIds)))),
      mergedInto: content((doc, _: unknown, ctx) => linked(ctx, doc.mergedInto)),
      mergedCases: content(async (doc, _: unknown, ctx) => visibleAll(ctx, found(await ctx.loaders.petition.loadMany(doc.mergedIds)))),
      previousCase: content((doc, _: unknown, ctx) => linked(ctx, doc.previousCaseId)),
      secondComplaint: content((doc, _: unknown, ctx) => linked(ctx, doc.secondComplaintId)),
      duplicateCandidates: content((doc, _: unknown, ctx) => workflows.merge.duplicateCandidates(doc, ctx.caller)),
      voterMeeting: (doc: PetitionDoc) => ref(doc.voterMeetingId),
      forwardedRecommendation: (doc: PetitionDoc) => ref(doc.forwardedRecommendationId),
      dueAtSession: (doc: PetitionDoc) => ref(doc.dueSessionId),
      reception: (doc: PetitionDoc, _: unknown, ctx: Context) => (doc.receptionId ? ctx.loaders.citizenReception.load(doc.receptionId) : null),
    },
    Deadline: {
      legalBasis: (deadline: DeadlineView) => legalBasisOf(deadline),
      provisional: (deadline: DeadlineView) => deadline.provisional ?? false,
      missed: (deadline: DeadlineView) =>
        deadline.metOn ? deadline.metOn.getTime() > deadline.dueOn.getTime() : deadline.dueOn.getTime() < hanoiToday().getTime(),
      overdue: (deadline: DeadlineView) => deadline.caseOpen && !deadline.metOn && deadline.dueOn.getTime() < hanoiToday().getTime(),
      /** Working days left (negative once overdue), by the engine with the request's holiday calendar; null once met. */
      async daysLeft(deadline: DeadlineView, _: unknown, ctx: Context) {
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
      origin: (year: StoredHolidayYear) => year.origin,
    },
    HistoryEntry: {
      agency: (entry: HistoryEntry) => ref(entry.agencyId),
      fromAgency: (entry: HistoryEntry) => ref(entry.fromAgencyId),
      toAgency: (entry: HistoryEntry) => ref(entry.toAgencyId),
    },
    DuplicateCandidate: {
      petition: (candidate: DuplicateCandidate, _: unknown, ctx: Context) => ctx.loaders.petition.load(candidate.petitionId),
    },
    AgencyCountBucket: {
      agency: (bucket: { key: string }) => ref(bucket.key),
    },
    RoutingRule: {
      ...idField,
      target: (rule: RoutingRuleDoc) => rule.agencyId,
      agency: (rule: RoutingRuleDoc) => (rule.agencyId === unitCommitteeToken ? null : ref(rule.agencyId)),
    },
    AgencySuggestion: {
      agency: (suggestion: { agencyId: string }) => ref(suggestion.agencyId),
    },
    IdentityAccess: {
      ...idField,
      petition: (entry: IdentityAccessDoc, _: unknown, ctx: Context) => ctx.loaders.petition.load(entry.caseId),
      agency: (entry: IdentityAccessDoc) => ref(entry.agencyId),
    },
    CitizenReception: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.citizenReception.load(reference.id),
      hostAgency: (doc: CitizenReceptionDoc) => ref(doc.hostAgencyId),
      cases: async (doc: CitizenReceptionDoc, _: unknown, ctx: Context) => visibleAll(ctx, await ctx.loaders.petitionsByReception.load(doc._id)),
    },
    Agency: {
      cases: (agency: { id: string }, args: Args<{ filter?: { status?: string; kind?: string } }>, ctx: Context) =>
        repositories.petitions.list({ ...args.filter, agencyId: agency.id }, caseScope(ctx.caller), args),
      openCaseCount: (agency: { id: string }, _: unknown, ctx: Context) => ctx.loaders.openCaseCountByAgency.load(agency.id),
    },
    VoterMeeting: {
      recommendationCases: async (meeting: { id: string }, _: unknown, ctx: Context) => visibleAll(ctx, await ctx.loaders.petitionsByVoterMeeting.load(meeting.id)),
    },
    CouncilSession: {
      voterRecommendationsDue: async (session: { id: string }, _: unknown, ctx: Context) => visibleAll(ctx, await ctx.loaders.petitionsByDueSession.load(session.id)),
    },
    ForwardedVoterRecommendation: {
      case: async (recommendation: { id: string }, _: unknown, ctx: Context) => visible(ctx, await ctx.loaders.petitionByForwardedRecommendation.load(recommendation.id)),
    },
  };
}
