import {
  badInput,
  conflict,
  formatCalendarDate,
  hanoiToday,
  newId,
  notFound,
  requireRole,
  text,
  validate,
  type Caller,
  type Logger,
  type Role,
} from '@hanoi/platform';
import {
  acceptanceDeadlines,
  computing,
  deadlinesMetBy,
  intakeDeadlines,
  markMet,
  noPendingDeadline,
  recomputedDeadlines,
  replaceDeadline,
  resolutionDeadline,
  resolutionRule,
  type CaseDeadline,
  type Complexity,
} from './domain/case-deadlines';
import { maxCsvRows, toCsv, type CsvValue } from './domain/csv';
import type { DeadlineOverrides } from './domain/deadlines';
import { validityProblem } from './domain/directory';
import type { CalendarSource } from './domain/holiday-calendar';
import { mustEncrypt, type Identity, type IdentityCipher, type StoredPetitioner } from './domain/identity';
import {
  acceptanceFactsProblem,
  checkTransition,
  secondComplaintProblem,
  transferableStatuses,
  transitionDateProblem,
  transitionVerbs,
  type AcceptPetitionInput,
  type DeclineReasonCode,
  type ExtendResolutionDeadlineInput,
  type TransferPetitionInput,
  type TransitionAction,
} from './domain/lifecycle';
import { isOverdue, type PetitionerInput, type PetitionKind, type ReopenAsSecondComplaintInput, type SubmitPetitionInput } from './domain/petition';
import { levelOfUnit, unitCommitteeToken } from './domain/routing';
import { similarityThreshold, textSimilarity } from './domain/similarity';
import type { Loaders } from './loaders';
import type { Repositories } from './repositories';
import type { KnownUnit } from './repositories/directory';
import { buildCase, caseEventData, dueFields, historyEntry, routedData, type CaseWrite, type CountDimension, type PetitionDoc, type PetitionFilter, type Resolution } from './repositories/petitions';

/** Staff who record cases: any agency's clerks, handlers and leaders (each records what it received). */
export const intakeRoles: readonly Role[] = ['clerk', 'handler', 'leader'];
/** Staff of the lead agency who move a case along (or an admin). */
export const caseStaffRoles: readonly Role[] = ['clerk', 'handler', 'leader'];
/** Who may see petitioners' identities: the lead agency's handlers and leaders (or an admin), never clerks of others. */
export const identityRoles: readonly Role[] = ['handler', 'leader'];
/** Who may export cases to CSV. */
export const exportRoles: readonly Role[] = ['analyst', 'leader'];

/** The purpose a reader of identities must state (kept in the access log). */
const purposeSchema = text(500).refine((value) => value.length >= 3, 'must say why (at least 3 characters)');

export interface Suggestion {
  agencyId: string;
  ruleId: string;
  legalBasis: string;
}

export interface DuplicateCandidate {
  petitionId: string;
  score: number;
  reasons: ('SAME_PETITIONER' | 'SIMILAR_TEXT')[];
}

/** A petitioner as handlers see it: decrypted, the first one is the lead. */
export type PetitionerView = Identity & { lead: boolean };

interface TransitionDetails {
  on?: Date | null;
  note?: string | null;
  /** Thụ lý: the tiers decided at acceptance. */
  acceptance?: Pick<AcceptPetitionInput, 'complexity' | 'remote'>;
  /** Deadlines the transition starts (acceptance: the resolution period, a denunciation's notice). */
  added?: CaseDeadline[];
  reasonCode?: DeclineReasonCode;
  resolution?: Omit<Resolution, 'resolvedOn'> & { resolvedOn: Date };
  mergedInto?: string;
}

const historyActions: Record<TransitionAction, string> = {
  accept: 'ACCEPTED',
  decline: 'DECLINED',
  start: 'STARTED',
  resolve: 'RESOLVED',
  answer: 'ANSWERED',
  close: 'CLOSED',
  merge: 'MERGED_INTO',
};

const day = (date: Date | null | undefined) => (date ? formatCalendarDate(date) : null);

/** Case workflows: intake, routing, transitions, merges, identity reads. Resolvers authorise and validate, then call these. */
export function createWorkflows(
  repositories: Repositories,
  cipher: IdentityCipher,
  logger: Logger,
  options: { csvMaxRows?: number; deadlineOverrides?: DeadlineOverrides } = {},
) {
  const csvMaxRows = options.csvMaxRows ?? maxCsvRows;
  const overrides = options.deadlineOverrides ?? {};
  const { petitions, directory, routingRules, identityAccessLog } = repositories;

  async function knownUnit(id: string, on: Date, field: string): Promise<KnownUnit> {
    const unit = await directory.unit(id);
    if (!unit) throw notFound('AdministrativeUnit', id, field);
    const problem = validityProblem(id, unit, on);
    if (problem) throw badInput(field, problem, { validFrom: day(unit.validFrom), validTo: day(unit.validTo) });
    return unit;
  }

  async function knownAgency(id: string, on: Date, field: string): Promise<void> {
    const agency = await directory.agency(id);
    if (!agency) throw notFound('Agency', id, field);
    const problem = validityProblem(id, agency, on);
    if (problem) throw badInput(field, problem);
  }

  async function knownAgencies(ids: readonly string[], field: string): Promise<void> {
    const found = await directory.agenciesById(ids);
    ids.forEach((id, index) => {
      if (!found.has(id)) throw notFound('Agency', id, `${field}.${index}`);
    });
  }

  /** The routing table's agency for a case: the first applicable rule whose target resolves (most specific first). */
  async function suggest(kind: string, category: string, unit: KnownUnit | null, on: Date): Promise<Suggestion | null> {
    for (const rule of await routingRules.applicable(kind, category, levelOfUnit(unit?.level))) {
      if (rule.agencyId !== unitCommitteeToken) return { agencyId: rule.agencyId, ruleId: rule._id, legalBasis: rule.legalBasis };
      const committee = unit ? await directory.committeeOfUnit(unit._id, on) : null;
      if (committee) return { agencyId: committee._id, ruleId: rule._id, legalBasis: rule.legalBasis };
    }
    return null;
  }

  /** The lead agency: the handler's choice (checked, with a reason when it departs from the suggestion) or the suggestion. */
  async function chooseAgency(input: { agencyId?: string | null; overrideReason?: string | null }, suggestion: Suggestion | null, on: Date) {
    if (!input.agencyId) {
      if (!suggestion) throw badInput('input.agencyId', 'no routing rule applies to this case: name the competent agency');
      return suggestion.agencyId;
    }
    await knownAgency(input.agencyId, on, 'input.agencyId');
    if (suggestion && suggestion.agencyId !== input.agencyId && !input.overrideReason) {
      throw badInput('input.overrideReason', `is required: the routing table suggests ${suggestion.agencyId} (rule ${suggestion.ruleId}), not ${input.agencyId}`, {
        suggestedAgencyId: suggestion.agencyId,
        ruleId: suggestion.ruleId,
      });
    }
    return input.agencyId;
  }

  /** Petitioners as stored: sealed for denunciations; match keys (HMAC) and one cosigner key per person. */
  function storePetitioners(caseId: string, kind: string, people: Identity[]) {
    const petitioners: StoredPetitioner[] = people.map((person, index) =>
      mustEncrypt(kind) ? cipher.seal(caseId, index, person) : { ...person, encrypted: false },
    );
    const keysPerPerson = people.map((person) => cipher.matchKeys(person));
    return {
      petitioners,
      petitionerKeys: [...new Set(keysPerPerson.flat())],
      cosignerKeys: [...new Set(keysPerPerson.map((keys, index) => keys[0] ?? `case:${caseId}/${index}`))],
    };
  }

  const identityOf = (person: PetitionerInput): Identity => ({
    fullName: person.fullName,
    address: person.address ?? null,
    phone: person.phone ?? null,
    nationalId: person.nationalId ?? null,
  });

  async function loadCase(id: string, field = 'id'): Promise<PetitionDoc> {
    const doc = await petitions.findById(id);
    if (!doc) throw notFound('Petition', id, field);
    return doc;
  }

  /** The write of one transition: status, dates, deadlines met, history line and event, all from the current document. */
  function transitionWrite(current: PetitionDoc, action: TransitionAction, to: PetitionDoc['status'], on: Date, actor: Caller | { subject: string; agency: string }, details: TransitionDetails): CaseWrite {
    const deadlines = [...markMet(current.deadlines, deadlinesMetBy(action), on), ...(details.added ?? [])];
    const set: Partial<PetitionDoc> = { status: to, ...dueFields(deadlines, noPendingDeadline) };
    if (action === 'accept') {
      set.acceptedOn = on;
      set.complexity = details.acceptance?.complexity ?? 'NORMAL';
      set.remote = details.acceptance?.remote ?? false;
    }
    if (action === 'start') set.startedOn = on;
    if (action === 'close') set.closedOn = on;
    if (action === 'decline' || action === 'merge') set.declineReason = { code: details.reasonCode ?? 'DUPLICATE', note: details.note ?? null };
    if (action === 'merge') set.mergedInto = details.mergedInto ?? null;
    if (details.resolution) set.resolution = details.resolution;
    const next = { ...current, ...set } as PetitionDoc;
    return {
      update: {
        $set: set,
        $push: {
          history: historyEntry({
            action: historyActions[action],
            actor: actor.subject,
            agencyId: actor.agency,
            from: current.status,
            to,
            reason: details.note ?? details.reasonCode ?? null,
            caseIds: details.mergedInto ? [details.mergedInto] : [],
          }),
        },
      },
      events: [
        {
          verb: transitionVerbs[action],
          data: {
            ...caseEventData(next),
            from: current.status,
            to,
            on: day(on),
            ...(set.declineReason && { reasonCode: set.declineReason.code }),
            ...(details.mergedInto && { mergedInto: details.mergedInto }),
            ...(details.resolution && {
              resolutionKind: details.resolution.kind,
              resolvedOn: day(details.resolution.resolvedOn),
              assignmentId: details.resolution.assignmentId,
            }),
          },
        },
      ],
    };
  }

  async function changedMeanwhile(id: string, from: string, to: string): Promise<never> {
    const now = await petitions.findById(id);
    throw conflict(`Petition ${id} changed meanwhile (it is now ${now?.status ?? 'gone'}${now && now.agencyId ? `, led by ${now.agencyId}` : ''}): ${from} → ${to} was not applied`, 'id');
  }

  return {
    suggest,
    /** NOT_FOUND when the directory does not know the agency; BAD_USER_INPUT when it did not exist on `on`. */
    checkAgency: knownAgency,

    /** suggestAgency(kind, category, unit): the unit is checked like at intake (on `on`, default today). */
    async suggestFor(kind: string, category: string, administrativeUnitId: string | null | undefined, on: Date = hanoiToday()) {
      const unit = administrativeUnitId ? await knownUnit(administrativeUnitId, on, 'administrativeUnitId') : null;
      return suggest(kind, category, unit, on);
    },

    /** Intake: checks every reference, routes, seals identities and stores the case with `petition.routed`. */
    async submit(input: SubmitPetitionInput, caller: Caller, loaders: Loaders): Promise<PetitionDoc> {
      if (input.receptionId && !(await loaders.citizenReception.load(input.receptionId))) {
        throw notFound('CitizenReception', input.receptionId, 'input.receptionId');
      }
      const unit = input.administrativeUnitId ? await knownUnit(input.administrativeUnitId, input.receivedOn, 'input.administrativeUnitId') : null;
      const suggestion = await suggest(input.kind, input.category, unit, input.receivedOn);
      const agencyId = await chooseAgency(input, suggestion, input.receivedOn);
      const cooperatingAgencyIds = input.cooperatingAgencyIds ?? [];
      if (cooperatingAgencyIds.includes(agencyId)) throw badInput('input.cooperatingAgencyIds', `must not include the lead agency ${agencyId}`);
      await knownAgencies(cooperatingAgencyIds, 'input.cooperatingAgencyIds');
      const relatedCaseIds = input.relatedCaseIds ?? [];
      const related = await Promise.all(relatedCaseIds.map((id) => loaders.petition.load(id)));
      related.forEach((found, index) => {
        if (!found) throw notFound('Petition', relatedCaseIds[index]!, `input.relatedCaseIds.${index}`);
      });

      const calendar = await loaders.holidayCalendar();
      const deadlines = computing(() => intakeDeadlines(input.kind, input.receivedOn, { verificationNeeded: input.verificationNeeded ?? false }, calendar, overrides), {
        date: 'input.receivedOn',
      });

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
        ...storePetitioners(id, input.kind, (input.petitioners ?? []).map(identityOf)),
        attachments: input.attachments ?? [],
        relatedCaseIds,
        receptionId: input.receptionId ?? null,
        verificationNeeded: input.verificationNeeded ?? false,
        deadlines,
        createdBy: caller.subject,
        history: [historyEntry({ action: 'RECEIVED', actor: caller.subject, agencyId: caller.agency, to: 'RECEIVED', toAgencyId: agencyId, reason: input.overrideReason ?? null })],
      });
      const stored = await petitions.receive(doc);
      logger.info({ petitionId: id, kind: input.kind, agencyId, suggested: suggestion?.agencyId ?? null }, 'case received');
      return stored;
    },

    /**
     * One lifecycle step by a member of the lead agency's staff, guarded on the status read (and the lead agency).
     * Accepting a complaint or denunciation starts its resolution deadlines, computed with `calendar`.
     */
    async transition(id: string, action: TransitionAction, details: TransitionDetails, caller: Caller, calendar?: CalendarSource): Promise<PetitionDoc> {
      const doc = await loadCase(id);
      requireRole(caller, caseStaffRoles, doc.agencyId);
      const check = checkTransition(doc.kind as PetitionKind, doc.status, action);
      if (!check.ok) throw conflict(check.problem, 'id');
      const on = details.resolution?.resolvedOn ?? details.on ?? hanoiToday();
      const dateProblem = transitionDateProblem(on, doc.receivedOn);
      if (dateProblem) throw badInput(details.resolution ? 'input.resolvedOn' : 'input.on', dateProblem);
      let added: CaseDeadline[] = [];
      if (action === 'accept') {
        const facts = details.acceptance ?? {};
        const problem = acceptanceFactsProblem(doc.kind as PetitionKind, facts);
        if (problem) throw badInput(problem.field, problem.message);
        if (resolutionRule(doc.kind)) {
          if (!calendar) throw new Error('accepting a case needs the holiday calendar');
          const holidays = await calendar();
          const complexity: Complexity = facts.complexity ?? 'NORMAL';
          added = computing(() => acceptanceDeadlines(doc.kind, on, { complexity, remote: facts.remote ?? false }, holidays), { date: 'input.on' });
        }
      }
      const updated = await petitions.write(id, { status: doc.status, agencyId: doc.agencyId }, (current) =>
        transitionWrite(current, action, check.to, on, caller, { ...details, added }),
      );
      return updated ?? changedMeanwhile(id, doc.status, check.to);
    },

    /** "Not competent": the case moves to another agency and stays open, with its history (`transferred` + `routed`). */
    async transfer(id: string, input: TransferPetitionInput, caller: Caller): Promise<PetitionDoc> {
      const doc = await loadCase(id);
      requireRole(caller, caseStaffRoles, doc.agencyId);
      if (!transferableStatuses.includes(doc.status)) throw conflict(`A ${doc.status} case cannot be transferred: only ${transferableStatuses.join(', ')} ones`, 'id');
      if (input.toAgencyId === doc.agencyId) throw badInput('input.toAgencyId', `is already the lead agency`);
      await knownAgency(input.toAgencyId, hanoiToday(), 'input.toAgencyId');
      const updated = await petitions.write(id, { status: doc.status, agencyId: doc.agencyId }, (current) => {
        const next: PetitionDoc = { ...current, agencyId: input.toAgencyId, cooperatingAgencyIds: current.cooperatingAgencyIds.filter((a) => a !== input.toAgencyId) };
        return {
          update: {
            $set: { agencyId: next.agencyId, cooperatingAgencyIds: next.cooperatingAgencyIds },
            $push: {
              history: historyEntry({
                action: 'TRANSFERRED',
                actor: caller.subject,
                agencyId: caller.agency,
                from: current.status,
                to: current.status,
                reason: input.reason,
                fromAgencyId: current.agencyId,
                toAgencyId: input.toAgencyId,
              }),
            },
          },
          events: [
            { verb: 'transferred', data: { ...caseEventData(next), fromAgencyId: current.agencyId, toAgencyId: input.toAgencyId } },
            { verb: 'routed', data: routedData(next, { transferredFromAgencyId: current.agencyId }) },
          ],
        };
      });
      return updated ?? changedMeanwhile(id, doc.status, doc.status);
    },

    /** Cơ quan phối hợp: another agency works on the case with the lead. Adding one twice changes nothing. */
    async addCooperatingAgency(id: string, agencyId: string, caller: Caller): Promise<PetitionDoc> {
      const doc = await loadCase(id);
      requireRole(caller, caseStaffRoles, doc.agencyId);
      if (!transferableStatuses.includes(doc.status)) throw conflict(`A ${doc.status} case takes no new cooperating agency`, 'id');
      if (agencyId === doc.agencyId) throw badInput('agencyId', 'is the lead agency');
      if (doc.cooperatingAgencyIds.includes(agencyId)) return doc;
      await knownAgency(agencyId, hanoiToday(), 'agencyId');
      const updated = await petitions.write(id, { agencyId: doc.agencyId, status: { $in: transferableStatuses } }, (current) => {
        if (current.cooperatingAgencyIds.includes(agencyId)) return null;
        const cooperatingAgencyIds = [...current.cooperatingAgencyIds, agencyId];
        return {
          update: {
            $set: { cooperatingAgencyIds },
            $push: { history: historyEntry({ action: 'COOPERATING_AGENCY_ADDED', actor: caller.subject, agencyId: caller.agency, toAgencyId: agencyId }) },
          },
          events: [{ verb: 'cooperatingAgencyAdded', data: { ...caseEventData(current), cooperatingAgencyId: agencyId, cooperatingAgencyIds } }],
        };
      });
      return updated ?? (await loadCase(id));
    },

    /**
     * Gộp đơn trùng: each duplicate becomes DECLINED (DUPLICATE) pointing at the target, which links them and counts
     * their distinct co-signers. Done by hand only; each write is guarded, so a duplicate changed meanwhile stops it.
     */
    async merge(input: { targetId: string; duplicateIds: string[]; reason: string }, caller: Caller): Promise<PetitionDoc> {
      const target = await loadCase(input.targetId, 'input.targetId');
      requireRole(caller, caseStaffRoles, target.agencyId);
      if (target.mergedInto || target.status === 'DECLINED') throw conflict(`Petition ${target._id} is ${target.mergedInto ? `merged into ${target.mergedInto}` : 'DECLINED'}: merge into the surviving case`, 'input.targetId');
      const duplicates = await petitions.model
        .find({ _id: { $in: input.duplicateIds } })
        .select('+cosignerKeys')
        .lean<PetitionDoc[]>()
        .exec();
      const byId = new Map(duplicates.map((doc) => [doc._id, doc]));
      const checked = input.duplicateIds.map((id, index) => {
        const field = `input.duplicateIds.${index}`;
        const duplicate = byId.get(id);
        if (!duplicate) throw notFound('Petition', id, field);
        requireRole(caller, caseStaffRoles, duplicate.agencyId);
        if (duplicate.mergedInto) throw conflict(`Petition ${id} is already merged into ${duplicate.mergedInto}`, field);
        const check = checkTransition(duplicate.kind as PetitionKind, duplicate.status, 'merge');
        if (!check.ok) throw conflict(check.problem, field);
        return { duplicate, to: check.to, field };
      });

      const merged: PetitionDoc[] = [];
      let failed: { id: string; field: string } | undefined;
      for (const { duplicate, to, field } of checked) {
        const updated = await petitions.write(duplicate._id, { status: duplicate.status, mergedInto: null }, (current) =>
          transitionWrite(current, 'merge', to, hanoiToday(), caller, { reasonCode: 'DUPLICATE', note: input.reason, mergedInto: target._id }),
        );
        if (!updated) {
          failed = { id: duplicate._id, field };
          break;
        }
        merged.push(duplicate);
      }
      const result =
        merged.length === 0
          ? target
          : await petitions.write(target._id, { mergedInto: null, status: { $ne: 'DECLINED' } }, (current) => {
              const ids = merged.map((doc) => doc._id);
              const cosignerKeys = [...new Set([...(current.cosignerKeys ?? []), ...merged.flatMap((doc) => doc.cosignerKeys ?? [])])];
              const mergedIds = [...new Set([...current.mergedIds, ...ids])];
              const relatedCaseIds = [...new Set([...current.relatedCaseIds, ...ids])];
              return {
                update: {
                  $set: { cosignerKeys, cosignerCount: cosignerKeys.length, mergedIds, relatedCaseIds },
                  $push: { history: historyEntry({ action: 'MERGED', actor: caller.subject, agencyId: caller.agency, reason: input.reason, caseIds: ids }) },
                },
                events: [{ verb: 'merged', data: { ...caseEventData(current), duplicateIds: ids, cosignerCount: cosignerKeys.length } }],
              };
            });
      if (!result) throw conflict(`Petition ${target._id} changed meanwhile; ${merged.map((doc) => doc._id).join(', ')} were declined as its duplicates`, 'input.targetId');
      if (failed) throw conflict(`Petition ${failed.id} changed meanwhile and was not merged${merged.length ? ` (merged: ${merged.map((doc) => doc._id).join(', ')})` : ''}`, failed.field);
      logger.info({ petitionId: target._id, merged: merged.length }, 'duplicates merged');
      return result;
    },

    /** Khiếu nại lần hai: a new SECOND_COMPLAINT case linked both ways to the resolved first complaint. */
    async reopenAsSecondComplaint(id: string, input: ReopenAsSecondComplaintInput & { channel?: string | null }, caller: Caller, calendar: CalendarSource): Promise<PetitionDoc> {
      const original = await petitions.withKeys(id);
      if (!original) throw notFound('Petition', id, 'id');
      const problem = secondComplaintProblem(original.kind as PetitionKind, original.status);
      if (problem) throw conflict(`Cannot reopen ${id}: ${problem}`, 'id');
      if (original.secondComplaintId) throw conflict(`Petition ${id} was already reopened as ${original.secondComplaintId}`, 'id');
      const resolvedOn = original.resolution?.resolvedOn ?? original.receivedOn;
      if (input.receivedOn.getTime() < resolvedOn.getTime()) {
        throw badInput('input.receivedOn', `cannot be before the first complaint was resolved (${formatCalendarDate(resolvedOn)})`);
      }
      const unit = original.administrativeUnitId ? await directory.unit(original.administrativeUnitId) : null;
      const suggestion = await suggest('SECOND_COMPLAINT', original.category, unit, input.receivedOn);
      const agencyId = await chooseAgency(input, suggestion, input.receivedOn);
      const holidays = await calendar();
      const deadlines = computing(() => intakeDeadlines('SECOND_COMPLAINT', input.receivedOn, {}, holidays), { date: 'input.receivedOn' });

      const newCaseId = newId();
      const people = (original.petitioners ?? []).map((stored, index) => cipher.open(original._id, index, stored));
      const linked = await petitions.write(id, { status: { $in: ['RESOLVED', 'CLOSED'] }, secondComplaintId: null }, (current) => ({
        update: {
          $set: { secondComplaintId: newCaseId, relatedCaseIds: [...new Set([...current.relatedCaseIds, newCaseId])] },
          $push: { history: historyEntry({ action: 'SECOND_COMPLAINT_OPENED', actor: caller.subject, agencyId: caller.agency, toAgencyId: agencyId, caseIds: [newCaseId] }) },
        },
        events: [{ verb: 'secondComplaintOpened', data: { ...caseEventData(current), secondComplaintId: newCaseId } }],
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
        ...storePetitioners(newCaseId, 'SECOND_COMPLAINT', people),
        attachments: input.attachments ?? [],
        relatedCaseIds: [id],
        previousCaseId: id,
        deadlines,
        createdBy: caller.subject,
        history: [historyEntry({ action: 'RECEIVED', actor: caller.subject, agencyId: caller.agency, to: 'RECEIVED', toAgencyId: agencyId, caseIds: [id] })],
      });
      return petitions.receive(doc);
    },

    /**
     * Thông báo thụ lý tố cáo: the denouncer was notified of the acceptance (Law on Denunciations 2018, art. 29),
     * which meets the NOTICE deadline (5 working days from acceptance).
     */
    async recordAcceptanceNotice(id: string, input: { on?: Date | null; note?: string | null }, caller: Caller): Promise<PetitionDoc> {
      const doc = await loadCase(id);
      requireRole(caller, caseStaffRoles, doc.agencyId);
      const open: PetitionDoc['status'][] = ['ACCEPTED', 'IN_PROGRESS'];
      if (!open.includes(doc.status) || !doc.deadlines.some((deadline) => deadline.kind === 'NOTICE' && !deadline.metOn)) {
        throw conflict(`Petition ${id} has no pending notice of acceptance (an accepted denunciation has one until it is recorded)`, 'id');
      }
      const on = input.on ?? hanoiToday();
      if (doc.acceptedOn && on.getTime() < doc.acceptedOn.getTime()) throw badInput('input.on', `cannot be before the acceptance (${day(doc.acceptedOn)})`);
      const updated = await petitions.write(id, { agencyId: doc.agencyId, status: { $in: open } }, (current) => {
        if (!current.deadlines.some((deadline) => deadline.kind === 'NOTICE' && !deadline.metOn)) return null;
        const fields = dueFields(markMet(current.deadlines, ['NOTICE'], on), noPendingDeadline);
        return {
          update: {
            $set: fields,
            $push: { history: historyEntry({ action: 'NOTICE_SENT', actor: caller.subject, agencyId: caller.agency, reason: input.note ?? null }) },
          },
          events: [{ verb: 'noticeSent', data: { ...caseEventData({ ...current, ...fields }), deadlineKind: 'NOTICE', on: day(on) } }],
        };
      });
      return updated ?? changedMeanwhile(id, doc.status, doc.status);
    },

    /**
     * Gia hạn: a written decision extends a denunciation's resolution period (Law on Denunciations 2018, art. 30).
     * The engine checks it against the case's complexity (none for a normal case, one for a complex one, two for a
     * very complex one, ≤ 30 days each, decided within the period it extends); the resolution deadline is
     * recomputed from acceptance with every extension, and `deadlineExtended` published. Complaints have none.
     */
    async extendResolutionDeadline(id: string, input: ExtendResolutionDeadlineInput, caller: Caller, calendar: CalendarSource): Promise<PetitionDoc> {
      const doc = await loadCase(id);
      requireRole(caller, caseStaffRoles, doc.agencyId);
      if (doc.kind === 'COMPLAINT' || doc.kind === 'SECOND_COMPLAINT') {
        throw badInput('id', 'complaints have no extension (gia hạn): the complex and remote tiers set at acceptance already are the longest periods (Law on Complaints 2011, arts. 28 and 37)');
      }
      if (doc.kind !== 'DENUNCIATION') throw badInput('id', `a ${doc.kind} has no statutory resolution period to extend`);
      if (!doc.acceptedOn || (doc.status !== 'ACCEPTED' && doc.status !== 'IN_PROGRESS')) {
        throw conflict(`Only an accepted denunciation being resolved (ACCEPTED or IN_PROGRESS) has a resolution period to extend; ${id} is ${doc.status}`, 'id');
      }
      const holidays = await calendar();
      const extension = { decidedOn: input.decidedOn, days: input.days, decisionRef: input.decisionRef };
      /** The resolution deadline with every extension so far and this one; the engine's refusals as BAD_USER_INPUT. */
      const recompute = (current: PetitionDoc) => {
        const previous = current.extensions ?? [];
        const fieldOf = (engineField: string) => {
          const own = new RegExp(`^extensions\\.${previous.length}\\.(\\w+)$`).exec(engineField);
          return own ? `input.${own[1]}` : undefined;
        };
        return computing(
          () =>
            resolutionDeadline(
              current.kind,
              current.acceptedOn!,
              { complexity: (current.complexity ?? 'NORMAL') as Complexity, remote: current.remote ?? false, extensions: [...previous, extension] },
              holidays,
            )!,
          { date: 'input.decidedOn', map: fieldOf },
        );
      };
      recompute(doc);
      const count = doc.extensions?.length ?? 0;
      const guard = { status: doc.status, agencyId: doc.agencyId, extensions: doc.extensions ? { $size: count } : { $exists: false } };
      const updated = await petitions.write(id, guard, (current) => {
        const next = recompute(current);
        const previous = current.deadlines.find((deadline) => deadline.kind === 'RESOLUTION' && !deadline.metOn) ?? null;
        const deadlines = replaceDeadline(current.deadlines, next);
        const number = (current.extensions?.length ?? 0) + 1;
        return {
          update: {
            $set: dueFields(deadlines, noPendingDeadline),
            $push: {
              extensions: { ...extension, recordedBy: caller.subject, recordedAt: new Date() },
              history: historyEntry({
                action: 'DEADLINE_EXTENDED',
                actor: caller.subject,
                agencyId: caller.agency,
                reason: `Extension ${number} (decision ${input.decisionRef} of ${day(input.decidedOn)}): +${input.days} days, due ${day(next.dueOn)}`,
              }),
            },
          },
          events: [
            {
              verb: 'deadlineExtended',
              data: {
                ...caseEventData({ ...current, ...dueFields(deadlines, noPendingDeadline) }),
                deadlineKind: next.kind,
                ruleId: next.ruleId,
                previousDueOn: day(previous?.dueOn),
                newDueOn: day(next.dueOn),
                extensionNumber: number,
                days: input.days,
                decidedOn: day(input.decidedOn),
                decisionRef: input.decisionRef,
              },
            },
          ],
        };
      });
      return updated ?? changedMeanwhile(id, doc.status, doc.status);
    },

    /**
     * The petitioners of a case, decrypted, for a handler or leader of its lead agency (or an admin) who states why.
     * The read is logged before anything is returned.
     */
    async readIdentity(doc: PetitionDoc, purposeValue: unknown, caller: Caller): Promise<PetitionerView[]> {
      requireRole(caller, identityRoles, doc.agencyId);
      const purpose = validate(purposeSchema, purposeValue, 'purpose');
      const stored = (await petitions.storedPetitioners(doc._id)) ?? [];
      await identityAccessLog.record({
        _id: newId(),
        caseId: doc._id,
        caseKind: doc.kind,
        subject: caller.subject,
        agencyId: caller.agency,
        roles: caller.roles,
        purpose,
        petitionerCount: stored.length,
        at: new Date(),
      });
      try {
        return stored.map((petitioner, index) => ({ ...cipher.open(doc._id, index, petitioner), lead: index === 0 }));
      } catch {
        logger.error({ petitionId: doc._id }, 'stored identity failed its integrity check (altered, or another key)');
        throw new Error('The stored identity could not be read');
      }
    },

    /** Likely duplicates of a case: same petitioner (keyed hash), or similar text in the same unit and category. */
    async duplicateCandidates(doc: PetitionDoc, caller: Caller, limit = 20): Promise<DuplicateCandidate[]> {
      requireRole(caller, caseStaffRoles, doc.agencyId);
      const keyed = await petitions.withKeys(doc._id);
      const found = new Map<string, DuplicateCandidate>();
      const add = (petitionId: string, score: number, reason: DuplicateCandidate['reasons'][number]) => {
        const entry = found.get(petitionId) ?? { petitionId, score: 0, reasons: [] };
        entry.score = Math.max(entry.score, score);
        entry.reasons.push(reason);
        found.set(petitionId, entry);
      };
      for (const other of await petitions.samePetitioner(doc._id, keyed?.petitionerKeys ?? [])) {
        // A denouncer's identity never links to a case of another agency (that would tell it who denounced).
        const denunciation = doc.kind === 'DENUNCIATION' || other.kind === 'DENUNCIATION';
        if (!denunciation || other.agencyId === doc.agencyId) add(other._id, 1, 'SAME_PETITIONER');
      }
      for (const other of await petitions.sameUnitAndCategory(doc)) {
        const score = textSimilarity(doc.searchText, other.searchText);
        if (score >= similarityThreshold) add(other._id, Math.round(score * 1_000) / 1_000, 'SIMILAR_TEXT');
      }
      return [...found.values()].sort((a, b) => b.score - a.score || a.petitionId.localeCompare(b.petitionId)).slice(0, limit);
    },

    /** Dashboard counts by status, agency and category (one aggregation). */
    /**
     * Dashboard counts, computed only for the dimensions a request selects (each one aggregation, memoised), so a
     * page showing counts by status pays for one. `total` sums a dimension already asked for, else counts by status:
     * GraphQL calls sibling resolvers synchronously, so after one microtask every selected dimension is registered.
     */
    counts(filter: PetitionFilter) {
      const memo = new Map<CountDimension, Promise<{ key: string; count: number }[]>>();
      const by = (dimension: CountDimension) => {
        if (!memo.has(dimension)) memo.set(dimension, petitions.countBy(filter, dimension));
        return memo.get(dimension)!;
      };
      return {
        byStatus: () => by('status'),
        byAgency: () => by('agencyId'),
        byCategory: () => by('category'),
        async total() {
          await Promise.resolve();
          const buckets = await (memo.values().next().value ?? by('status'));
          return buckets.reduce((sum, bucket) => sum + bucket.count, 0);
        },
      };
    },

    /** CSV of the cases a filter matches (≤ 50,000, or the configured cap), without anything about petitioners. */
    async csv(filter: PetitionFilter): Promise<string> {
      const matched = await petitions.count(filter);
      if (matched > csvMaxRows) throw badInput('filter', `matches ${matched} cases; an export holds at most ${csvMaxRows}: narrow the filter`, { matched, max: csvMaxRows });
      const header = ['id', 'kind', 'channel', 'status', 'category', 'subject', 'receivedOn', 'administrativeUnitId', 'agencyId', 'cooperatingAgencyIds', 'dueOn', 'dueRule', 'overdue', 'declineReason', 'resolutionKind', 'resolvedOn', 'closedOn', 'cosignerCount', 'mergedInto'];
      const rows: CsvValue[][] = [];
      for await (const doc of petitions.csvCursor(filter)) {
        rows.push([
          doc._id,
          doc.kind,
          doc.channel,
          doc.status,
          doc.category,
          doc.subject,
          day(doc.receivedOn),
          doc.administrativeUnitId,
          doc.agencyId,
          (doc.cooperatingAgencyIds ?? []).join(';'),
          day(doc.dueOn),
          doc.dueRule,
          isOverdue(doc.status, doc.dueOn ?? null),
          doc.declineReason?.code ?? null,
          doc.resolution?.kind ?? null,
          day(doc.resolution?.resolvedOn),
          day(doc.closedOn),
          doc.cosignerCount,
          doc.mergedInto,
        ]);
      }
      return toCsv(header, rows);
    },

    /**
     * After a holiday year was set: the open cases whose deadlines may reach that year get them computed again with
     * the calendar as it now stands (each case in its own guarded write, with `deadlinesRecomputed` when a day
     * moved). Idempotent: a second run finds nothing to change. Returns how many cases were examined and changed.
     */
    async recomputeDeadlinesFrom(fromYear: number, actor: string): Promise<{ examined: number; changed: number }> {
      const calendar = await repositories.holidayYears.calendar();
      const today = hanoiToday();
      const candidates = await petitions.recomputeCandidates(new Date(Date.UTC(fromYear, 0, 1)));
      // Only the cases whose dates move are written (each re-read and recomputed under its guard).
      const moving = candidates.filter((doc) => recomputedDeadlines(doc.deadlines, doc, fromYear, calendar, today, overrides) !== null);
      let changed = 0;
      for (const doc of moving) {
        if (await petitions.recomputeDeadlines(doc._id, fromYear, calendar, today, actor, overrides)) changed++;
      }
      logger.info({ fromYear, examined: candidates.length, changed }, 'deadlines recomputed after a holiday calendar change');
      return { examined: candidates.length, changed };
    },

    /**
     * F2: the committee's agency answered the assignment of a case → the case is RESOLVED with that answer. A case
     * that cannot be resolved now (already resolved, declined, a complaint not accepted, transferred away) is left
     * alone and logged: the answer stays with the committee's assignment.
     */
    async resolveFromAssignment(answer: { assignmentId: string; subjectId: string; agencyId: string; answer: string; answeredOn: Date }, source: string): Promise<void> {
      const doc = await petitions.findById(answer.subjectId);
      const context = { petitionId: answer.subjectId, assignmentId: answer.assignmentId };
      if (!doc) {
        logger.warn(context, 'answered assignment of an unknown case, ignored');
        return;
      }
      if (doc.agencyId !== answer.agencyId) {
        logger.info({ ...context, agencyId: answer.agencyId, leadAgencyId: doc.agencyId }, 'answer from an agency no longer leading the case, left alone');
        return;
      }
      const check = checkTransition(doc.kind as PetitionKind, doc.status, 'answer');
      if (!check.ok) {
        logger.info({ ...context, status: doc.status }, `answer not applied: ${check.problem}`);
        return;
      }
      const resolution = { kind: 'ANSWER' as const, text: answer.answer.slice(0, 20_000), resolvedOn: answer.answeredOn, assignmentId: answer.assignmentId };
      const updated = await petitions.write(doc._id, { status: doc.status, agencyId: doc.agencyId }, (current) =>
        transitionWrite(current, 'answer', check.to, answer.answeredOn, { subject: source, agency: answer.agencyId }, { resolution }),
      );
      if (!updated) logger.info(context, 'case changed while applying the answer, left alone');
      else logger.info(context, 'case resolved by the assignment answer');
    },
  };
}

export type Workflows = ReturnType<typeof createWorkflows>;
