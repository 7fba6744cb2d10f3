import { badInput, conflict, newId, notFound, type Caller } from '@hanoi/platform';
import { mayRead } from '../access';
import { buildCase, historyEntry, type PetitionDoc } from '../domain/case';
import { intakeDeadlines } from '../domain/case-deadlines';
import type { CalendarSource } from '../domain/holiday-calendar';
import { secondComplaintProblem } from '../domain/lifecycle';
import type { PetitionKind, ReopenAsSecondComplaintInput, SubmitPetitionInput } from '../domain/petition';
import { routedEvent, secondComplaintOpenedEvent } from '../events/petition-events';
import type { Loaders } from '../loaders';
import { day, type WorkflowContext } from './context';
import { computing } from './deadline-input';
import { identityOf, type IdentityWorkflows } from './identity';
import type { RoutingWorkflows } from './routing';

/** Tiếp nhận: cases recorded by staff, routed to the competent agency with their first statutory deadline. */
export function intakeWorkflows(ctx: WorkflowContext, routing: RoutingWorkflows, identity: IdentityWorkflows) {
  const { petitions, directory } = ctx.repositories;

  return {
    /** Intake: checks every reference, routes, seals identities and stores the case with `petition.routed`. */
    async submit(input: SubmitPetitionInput, caller: Caller, loaders: Loaders): Promise<PetitionDoc> {
      if (input.receptionId && !(await loaders.citizenReception.load(input.receptionId))) {
        throw notFound('CitizenReception', input.receptionId, 'input.receptionId');
      }
      const unit = input.administrativeUnitId ? await ctx.knownUnit(input.administrativeUnitId, input.receivedOn, 'input.administrativeUnitId') : null;
      const suggestion = await routing.suggest(input.kind, input.category, unit, input.receivedOn);
      const agencyId = await routing.chooseAgency(input, suggestion, input.receivedOn);
      const cooperatingAgencyIds = input.cooperatingAgencyIds ?? [];
      if (cooperatingAgencyIds.includes(agencyId)) throw badInput('input.cooperatingAgencyIds', `must not include the lead agency ${agencyId}`);
      await ctx.knownAgencies(cooperatingAgencyIds, 'input.cooperatingAgencyIds');
      const relatedCaseIds = input.relatedCaseIds ?? [];
      const related = await Promise.all(relatedCaseIds.map((id) => loaders.petition.load(id)));
      related.forEach((found, index) => {
        // A case the caller may not see is not there for it (need-to-know): it cannot link to it either.
        if (!found || !mayRead(caller, found)) throw notFound('Petition', relatedCaseIds[index]!, `input.relatedCaseIds.${index}`);
      });

      const calendar = await loaders.holidayCalendar();
      const facts = { verificationNeeded: input.verificationNeeded ?? false };
      const deadlines = computing(() => intakeDeadlines(input.kind, input.receivedOn, facts, calendar, ctx.overrides), { date: 'input.receivedOn' });

      const id = newId();
      const doc = buildCase({
        _id: id,
        kind: input.kind,
        channel: input.channel,
        subject: input.subject,
        description: input.description ?? null,
        category: input.category,
        receivedOn: input.receivedOn,
        administrativeUnitId: unit?._id ?? null,
        address: input.address ?? null,
        agencyId,
        cooperatingAgencyIds,
        suggestedAgencyId: suggestion?.agencyId ?? null,
        routingRuleId: suggestion?.ruleId ?? null,
        overrideReason: suggestion && suggestion.agencyId !== agencyId ? (input.overrideReason ?? null) : null,
        ...identity.storePetitioners(id, input.kind, (input.petitioners ?? []).map(identityOf)),
        attachments: input.attachments ?? [],
        relatedCaseIds,
        receptionId: input.receptionId ?? null,
        verificationNeeded: facts.verificationNeeded,
        deadlines,
        createdBy: caller.subject,
        history: [historyEntry({ action: 'RECEIVED', actor: caller.subject, agencyId: caller.agency, to: 'RECEIVED', toAgencyId: agencyId, reason: input.overrideReason ?? null })],
      });
      const stored = await petitions.insert(doc, routedEvent(doc));
      ctx.logger.info({ petitionId: id, kind: input.kind, agencyId, suggested: suggestion?.agencyId ?? null }, 'case received');
      return stored;
    },

    /** Khiếu nại lần hai: a new SECOND_COMPLAINT case linked both ways to the resolved first complaint. */
    async reopenAsSecondComplaint(id: string, input: ReopenAsSecondComplaintInput & { channel?: string | null }, caller: Caller, calendar: CalendarSource): Promise<PetitionDoc> {
      const original = await petitions.withKeys(id);
      if (!original || !mayRead(caller, original)) throw notFound('Petition', id, 'id');
      const problem = secondComplaintProblem(original.kind as PetitionKind, original.status);
      if (problem) throw conflict(`Cannot reopen ${id}: ${problem}`, 'id');
      if (original.secondComplaintId) throw conflict(`Petition ${id} was already reopened as ${original.secondComplaintId}`, 'id');
      const resolvedOn = original.resolution?.resolvedOn ?? original.receivedOn;
      if (input.receivedOn.getTime() < resolvedOn.getTime()) {
        throw badInput('input.receivedOn', `cannot be before the first complaint was resolved (${day(resolvedOn)})`);
      }
      const unit = original.administrativeUnitId ? await directory.unit(original.administrativeUnitId) : null;
      const suggestion = await routing.suggest('SECOND_COMPLAINT', original.category, unit, input.receivedOn);
      const agencyId = await routing.chooseAgency(input, suggestion, input.receivedOn);
      const holidays = await calendar();
      const deadlines = computing(() => intakeDeadlines('SECOND_COMPLAINT', input.receivedOn, {}, holidays), { date: 'input.receivedOn' });

      const newCaseId = newId();
      const people = identity.openPetitioners(original);
      const linked = await petitions.write(id, { status: { $in: ['RESOLVED', 'CLOSED'] }, secondComplaintId: null }, (current) => ({
        update: {
          $set: { secondComplaintId: newCaseId, relatedCaseIds: [...new Set([...current.relatedCaseIds, newCaseId])] },
          $push: { history: historyEntry({ action: 'SECOND_COMPLAINT_OPENED', actor: caller.subject, agencyId: caller.agency, toAgencyId: agencyId, caseIds: [newCaseId] }) },
        },
        events: [secondComplaintOpenedEvent({ ...current, secondComplaintId: newCaseId })],
      }));
      if (!linked) throw conflict(`Petition ${id} changed meanwhile (reopened or no longer resolved)`, 'id');
      const subject = input.subject ?? `Khiếu nại lần hai: ${original.subject}`;
      const doc = buildCase({
        _id: newCaseId,
        kind: 'SECOND_COMPLAINT',
        channel: input.channel ?? original.channel,
        subject: subject.length > 500 ? `${subject.slice(0, 499)}…` : subject,
        description: input.description ?? null,
        category: original.category,
        receivedOn: input.receivedOn,
        administrativeUnitId: original.administrativeUnitId,
        address: original.address,
        agencyId,
        suggestedAgencyId: suggestion?.agencyId ?? null,
        routingRuleId: suggestion?.ruleId ?? null,
        overrideReason: suggestion && suggestion.agencyId !== agencyId ? (input.overrideReason ?? null) : null,
        ...identity.storePetitioners(newCaseId, 'SECOND_COMPLAINT', people),
        attachments: input.attachments ?? [],
        relatedCaseIds: [id],
        previousCaseId: id,
        deadlines,
        createdBy: caller.subject,
        history: [historyEntry({ action: 'RECEIVED', actor: caller.subject, agencyId: caller.agency, to: 'RECEIVED', toAgencyId: agencyId, caseIds: [id] })],
      });
      return petitions.insert(doc, routedEvent(doc));
    },
  };
}

export type IntakeWorkflows = ReturnType<typeof intakeWorkflows>;
