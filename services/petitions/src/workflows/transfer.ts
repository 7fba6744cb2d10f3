import { badInput, conflict, hanoiToday, type Caller } from '@hanoi/platform';
import { requireCaseStaff } from '../access';
import { historyEntry, type PetitionDoc } from '../domain/case';
import { transferableStatuses, type TransferPetitionInput } from '../domain/lifecycle';
import { cooperatingAgencyAddedEvent, routedEvent, transferredEvent } from '../events/petition-events';
import type { WorkflowContext } from './context';

/** Chuyển đơn and cơ quan phối hợp: which agencies work on a case. */
export function transferWorkflows(ctx: WorkflowContext) {
  const { petitions } = ctx.repositories;

  return {
    /**
     * "Not competent": the case moves to another agency and stays open, with its history (`transferred` + `routed`);
     * its unmet deadlines become the new lead agency's obligations.
     */
    async transfer(id: string, input: TransferPetitionInput, caller: Caller): Promise<PetitionDoc> {
      const doc = await ctx.loadCase(id);
      requireCaseStaff(caller, doc.agencyId);
      if (!transferableStatuses.includes(doc.status)) throw conflict(`A ${doc.status} case cannot be transferred: only ${transferableStatuses.join(', ')} ones`, 'id');
      if (input.toAgencyId === doc.agencyId) throw badInput('input.toAgencyId', `is already the lead agency`);
      await ctx.knownAgency(input.toAgencyId, hanoiToday(), 'input.toAgencyId');
      const updated = await petitions.write(id, { status: doc.status, agencyId: doc.agencyId }, (current) => {
        const next: PetitionDoc = { ...current, agencyId: input.toAgencyId, cooperatingAgencyIds: current.cooperatingAgencyIds.filter((a) => a !== input.toAgencyId) };
        const history = historyEntry({
          action: 'TRANSFERRED',
          actor: caller.subject,
          agencyId: caller.agency,
          from: current.status,
          to: current.status,
          reason: input.reason,
          fromAgencyId: current.agencyId,
          toAgencyId: input.toAgencyId,
        });
        return {
          update: { $set: { agencyId: next.agencyId, cooperatingAgencyIds: next.cooperatingAgencyIds }, $push: { history } },
          events: [transferredEvent(next, current.agencyId), routedEvent(next, current.agencyId)],
        };
      });
      return updated ?? ctx.changedMeanwhile(id, doc.status, doc.status);
    },

    /** Cơ quan phối hợp: another agency works on the case with the lead. Adding one twice changes nothing. */
    async addCooperatingAgency(id: string, agencyId: string, caller: Caller): Promise<PetitionDoc> {
      const doc = await ctx.loadCase(id);
      requireCaseStaff(caller, doc.agencyId);
      if (!transferableStatuses.includes(doc.status)) throw conflict(`A ${doc.status} case takes no new cooperating agency`, 'id');
      if (agencyId === doc.agencyId) throw badInput('agencyId', 'is the lead agency');
      if (doc.cooperatingAgencyIds.includes(agencyId)) return doc;
      await ctx.knownAgency(agencyId, hanoiToday(), 'agencyId');
      const updated = await petitions.write(id, { agencyId: doc.agencyId, status: { $in: transferableStatuses } }, (current) => {
        if (current.cooperatingAgencyIds.includes(agencyId)) return null;
        const cooperatingAgencyIds = [...current.cooperatingAgencyIds, agencyId];
        return {
          update: {
            $set: { cooperatingAgencyIds },
            $push: { history: historyEntry({ action: 'COOPERATING_AGENCY_ADDED', actor: caller.subject, agencyId: caller.agency, toAgencyId: agencyId }) },
          },
          events: [cooperatingAgencyAddedEvent({ ...current, cooperatingAgencyIds }, agencyId)],
        };
      });
      return updated ?? (await ctx.loadCase(id));
    },
  };
}
