import { badInput, conflict, hanoiToday, notFound, type Caller } from '@hanoi/platform';
import { levelOfUnit, ruleId, unitCommitteeToken, type RoutingRuleInput, type UpdateRoutingRuleInput } from '../domain/routing';
import type { KnownUnit } from '../repositories/directory';
import type { WorkflowContext } from './context';

/** The routing table's answer for a case: the competent agency, the rule and its legal basis. */
export interface Suggestion {
  agencyId: string;
  ruleId: string;
  legalBasis: string;
}

/** Routing to the competent agency (chuyển đến cơ quan có thẩm quyền) and the routing table's upkeep. */
export function routingWorkflows(ctx: WorkflowContext) {
  const { routingRules, directory } = ctx.repositories;

  /** The routing table's agency for a case: the first applicable rule whose target resolves (most specific first). */
  async function suggest(kind: string, category: string, unit: KnownUnit | null, on: Date): Promise<Suggestion | null> {
    for (const rule of await routingRules.applicable(kind, category, levelOfUnit(unit?.level))) {
      if (rule.agencyId !== unitCommitteeToken) return { agencyId: rule.agencyId, ruleId: rule._id, legalBasis: rule.legalBasis };
      const committee = unit ? await directory.committeeOfUnit(unit._id, on) : null;
      if (committee) return { agencyId: committee._id, ruleId: rule._id, legalBasis: rule.legalBasis };
    }
    return null;
  }

  /** A rule's target is checked against the directory unless it is the unit's committee (resolved per case). */
  const checkTarget = (agencyId: string) => (agencyId === unitCommitteeToken ? Promise.resolve() : ctx.knownAgency(agencyId, hanoiToday(), 'input.agencyId'));

  return {
    suggest,

    /** suggestAgency(kind, category, unit): the unit is checked like at intake (on `on`, default today). */
    async suggestFor(kind: string, category: string, administrativeUnitId: string | null | undefined, on: Date = hanoiToday()) {
      const unit = administrativeUnitId ? await ctx.knownUnit(administrativeUnitId, on, 'administrativeUnitId') : null;
      return suggest(kind, category, unit, on);
    },

    /** The lead agency: the handler's choice (checked, with a reason when it departs from the suggestion) or the suggestion. */
    async chooseAgency(input: { agencyId?: string | null; overrideReason?: string | null }, suggestion: Suggestion | null, on: Date): Promise<string> {
      if (!input.agencyId) {
        if (!suggestion) throw badInput('input.agencyId', 'no routing rule applies to this case: name the competent agency');
        return suggestion.agencyId;
      }
      await ctx.knownAgency(input.agencyId, on, 'input.agencyId');
      if (suggestion && suggestion.agencyId !== input.agencyId && !input.overrideReason) {
        throw badInput('input.overrideReason', `is required: the routing table suggests ${suggestion.agencyId} (rule ${suggestion.ruleId}), not ${input.agencyId}`, {
          suggestedAgencyId: suggestion.agencyId,
          ruleId: suggestion.ruleId,
        });
      }
      return input.agencyId;
    },

    /** An administrator's rule for a key no live rule has (a deleted one with that key comes back with the new target). */
    async createRule(input: RoutingRuleInput, caller: Caller) {
      await checkTarget(input.agencyId);
      const id = ruleId(input.kind, input.category ?? null, input.level);
      const existing = await routingRules.findAny(id);
      if (!existing) return routingRules.create(input, caller.subject);
      if (!existing.deletedAt) throw conflict(`A routing rule for ${id} exists already: update it`, 'input');
      const revived = await routingRules.revive(id, { agencyId: input.agencyId, legalBasis: input.legalBasis }, caller.subject);
      if (!revived) throw conflict(`The routing rule ${id} changed meanwhile`, 'input');
      return revived;
    },

    async updateRule(id: string, input: UpdateRoutingRuleInput, caller: Caller) {
      await checkTarget(input.agencyId);
      const updated = await routingRules.update(id, input, caller.subject);
      if (!updated) throw notFound('RoutingRule', id);
      return updated;
    },

    /** Deletes a live rule (kept, marked deleted); NOT_FOUND when there is none. */
    async deleteRule(id: string, caller: Caller) {
      const deleted = await routingRules.delete(id, caller.subject);
      if (!deleted) throw notFound('RoutingRule', id);
      return deleted;
    },
  };
}

export type RoutingWorkflows = ReturnType<typeof routingWorkflows>;
