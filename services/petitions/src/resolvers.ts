import { hanoiToday, idField, notFound, ref, refs, requireRole, scalarResolvers, validate, type PageArgs, type RequestContext } from '@hanoi/platform';
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
import { isOverdue, openStatuses, reopenAsSecondComplaintInput, submitPetitionInput, type PetitionStatus } from './domain/petition';
import { routingRuleInput, unitCommitteeToken, updateRoutingRuleInput } from './domain/routing';
import type { Loaders } from './loaders';
import type { Repositories } from './repositories';
import type { CitizenReceptionDoc, CitizenReceptionFilter } from './repositories/citizen-receptions';
import type { IdentityAccessDoc } from './repositories/identity-access-log';
import type { HistoryEntry, PetitionDoc, PetitionFilter, PetitionOrder } from './repositories/petitions';
import type { RoutingRuleDoc, RoutingRuleFilter } from './repositories/routing-rules';
import { exportRoles, intakeRoles, type DuplicateCandidate, type Workflows } from './workflows';
import { z } from 'zod';

type Context = RequestContext<Loaders>;
type Args<T = object> = T & PageArgs;

/** A deadline as the API shows it: with whether its case is still open (an overdue deadline needs an open case). */
type DeadlineView = CaseDeadline & { caseOpen: boolean };

const channelSchema = z.enum(['CITIZEN_RECEPTION', 'MAIL', 'ONLINE', 'VOTER_MEETING', 'FORWARDED', 'SUPERVISION']);
const filterTextSchema = z.object({ text: z.string().max(200, 'must be at most 200 characters').nullish() }).passthrough();

/** Checks the parts of a filter the GraphQL types do not (text length), naming the field. */
const checkFilter = (filter: PetitionFilter | null | undefined): PetitionFilter => {
  validate(filterTextSchema, filter ?? {}, 'filter');
  return filter ?? {};
};

export function createResolvers(repositories: Repositories, workflows: Workflows) {
  const transition = (action: TransitionAction) => async (_: unknown, args: { id: string; input?: unknown }, ctx: Context) => {
    const input = validate(transitionNoteInput, args.input ?? {});
    return workflows.transition(args.id, action, { on: input.on, note: input.note }, ctx.caller);
  };

  return {
    ...scalarResolvers,
    Query: {
      petition: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.petition.load(id),
      petitions: (_: unknown, args: Args<{ filter?: PetitionFilter; orderBy?: PetitionOrder }>) =>
        repositories.petitions.list(checkFilter(args.filter), args, args.orderBy ?? 'RECEIVED_DESC'),
      petitionCounts: (_: unknown, args: { filter?: PetitionFilter }) => workflows.counts(checkFilter(args.filter)),
      petitionsCsv(_: unknown, args: { filter?: PetitionFilter }, ctx: Context) {
        requireRole(ctx.caller, exportRoles);
        return workflows.csv(checkFilter(args.filter));
      },
      async duplicateCandidates(_: unknown, { id }: { id: string }, ctx: Context) {
        const doc = await ctx.loaders.petition.load(id);
        if (!doc) throw notFound('Petition', id);
        return workflows.duplicateCandidates(doc, ctx.caller);
      },
      async suggestAgency(_: unknown, args: { kind: string; category: string; administrativeUnitId?: string | null; on?: Date | null }) {
        const suggestion = await workflows.suggestFor(args.kind, args.category, args.administrativeUnitId, args.on ?? hanoiToday());
        if (!suggestion) return null;
        return { agencyId: suggestion.agencyId, legalBasis: suggestion.legalBasis, rule: await repositories.routingRules.findById(suggestion.ruleId) };
      },
      routingRules: (_: unknown, args: RoutingRuleFilter) => repositories.routingRules.list(args),
      identityAccessLog(_: unknown, args: Args<{ caseId?: string | null }>, ctx: Context) {
        requireRole(ctx.caller, ['admin']);
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
        requireRole(ctx.caller, intakeRoles);
        return workflows.submit(validate(submitPetitionInput, args.input), ctx.caller, ctx.loaders);
      },
      acceptPetition(_: unknown, args: { id: string; input?: unknown }, ctx: Context) {
        const input = validate(acceptPetitionInput, args.input ?? {});
        const acceptance = { complexity: input.complexity, remote: input.remote };
        return workflows.transition(args.id, 'accept', { on: input.on, note: input.note, acceptance }, ctx.caller, ctx.loaders.holidayCalendar);
      },
      recordAcceptanceNotice(_: unknown, args: { id: string; input?: unknown }, ctx: Context) {
        const input = validate(transitionNoteInput, args.input ?? {});
        return workflows.recordAcceptanceNotice(args.id, input, ctx.caller);
      },
      extendResolutionDeadline(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        const input = validate(extendResolutionDeadlineInput, args.input);
        return workflows.extendResolutionDeadline(args.id, input, ctx.caller, ctx.loaders.holidayCalendar);
      },
      async setHolidayYear(_: unknown, args: { input: unknown }, ctx: Context) {
        requireRole(ctx.caller, ['admin']);
        const input = validate(setHolidayYearInput, args.input);
        const year = await repositories.holidayYears.set(input, ctx.caller.subject);
        ctx.loaders.holidayCalendar.clear();
        return year;
      },
      startPetition: transition('start'),
      closePetition: transition('close'),
      declinePetition(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        const input = validate(declinePetitionInput, args.input);
        return workflows.transition(args.id, 'decline', { on: input.on, note: input.note, reasonCode: input.reasonCode }, ctx.caller);
      },
      resolvePetition(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        const input = validate(resolvePetitionInput, args.input);
        return workflows.transition(args.id, 'resolve', { resolution: { ...input, assignmentId: null } }, ctx.caller);
      },
      transferPetition(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        return workflows.transfer(args.id, validate(transferPetitionInput, args.input), ctx.caller);
      },
      addCooperatingAgency(_: unknown, args: { id: string; agencyId: string }, ctx: Context) {
        return workflows.addCooperatingAgency(args.id, args.agencyId, ctx.caller);
      },
      mergePetitions(_: unknown, args: { input: unknown }, ctx: Context) {
        return workflows.merge(validate(mergePetitionsInput, args.input), ctx.caller);
      },
      reopenAsSecondComplaint(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        requireRole(ctx.caller, intakeRoles);
        const input = validate(reopenAsSecondComplaintInput.extend({ channel: channelSchema.nullish() }), args.input);
        return workflows.reopenAsSecondComplaint(args.id, input, ctx.caller, ctx.loaders.holidayCalendar);
      },
      async createRoutingRule(_: unknown, args: { input: unknown }, ctx: Context) {
        requireRole(ctx.caller, ['admin']);
        const input = validate(routingRuleInput, args.input);
        if (input.agencyId !== unitCommitteeToken) await workflows.checkAgency(input.agencyId, hanoiToday(), 'input.agencyId');
        return repositories.routingRules.create(input, ctx.caller.subject);
      },
      async updateRoutingRule(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
        requireRole(ctx.caller, ['admin']);
        const input = validate(updateRoutingRuleInput, args.input);
        if (input.agencyId !== unitCommitteeToken) await workflows.checkAgency(input.agencyId, hanoiToday(), 'input.agencyId');
        return repositories.routingRules.update(args.id, input, ctx.caller.subject);
      },
      deleteRoutingRule(_: unknown, args: { id: string }, ctx: Context) {
        requireRole(ctx.caller, ['admin']);
        return repositories.routingRules.delete(args.id, ctx.caller.subject);
      },
      async recordCitizenReception(_: unknown, args: { input: unknown }, ctx: Context) {
        const input = validate(recordCitizenReceptionInput, args.input);
        requireRole(ctx.caller, intakeRoles, input.hostAgencyId);
        await workflows.checkAgency(input.hostAgencyId, input.heldOn, 'input.hostAgencyId');
        return repositories.citizenReceptions.record(input, ctx.caller.subject);
      },
    },
    Petition: {
      ...idField,
      __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.petition.load(reference.id),
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
      identity: (doc: PetitionDoc, args: { purpose: string }, ctx: Context) => workflows.readIdentity(doc, args.purpose, ctx.caller),
      relatedCases: async (doc: PetitionDoc, _: unknown, ctx: Context) => (await ctx.loaders.petition.loadMany(doc.relatedCaseIds)).filter(isDoc),
      mergedInto: (doc: PetitionDoc, _: unknown, ctx: Context) => (doc.mergedInto ? ctx.loaders.petition.load(doc.mergedInto) : null),
      mergedCases: async (doc: PetitionDoc, _: unknown, ctx: Context) => (await ctx.loaders.petition.loadMany(doc.mergedIds)).filter(isDoc),
      previousCase: (doc: PetitionDoc, _: unknown, ctx: Context) => (doc.previousCaseId ? ctx.loaders.petition.load(doc.previousCaseId) : null),
      secondComplaint: (doc: PetitionDoc, _: unknown, ctx: Context) => (doc.secondComplaintId ? ctx.loaders.petition.load(doc.secondComplaintId) : null),
      duplicateCandidates: (doc: PetitionDoc, _: unknown, ctx: Context) => workflows.duplicateCandidates(doc, ctx.caller),
      voterMeeting: (doc: PetitionDoc) => ref(doc.voterMeetingId),
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

const isDoc = (value: PetitionDoc | null | Error): value is PetitionDoc => value !== null && !(value instanceof Error);
