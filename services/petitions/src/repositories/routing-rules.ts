import { petitionsEvents } from '@hanoi/contracts';
import { createEntityStore, type Outbox } from '@hanoi/platform';
import { Schema, type Connection } from 'mongoose';
import {
  applicableRules,
  defaultRoutingRules,
  ruleId,
  type RoutingLevel,
  type RoutingRule,
  type RoutingRuleInput,
  type UpdateRoutingRuleInput,
} from '../domain/routing';

export interface RoutingRuleDoc extends RoutingRule {
  /** Set when an admin deleted it (kept, so the table's history stays readable and its events consistent). */
  deletedAt: Date | null;
  updatedBy: string;
  updatedAt: Date;
}

const schema = new Schema<RoutingRuleDoc>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    category: { type: String, default: null },
    level: { type: String, required: true },
    agencyId: { type: String, required: true },
    legalBasis: { type: String, required: true },
    deletedAt: { type: Date, default: null },
    updatedBy: { type: String, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
schema.index({ kind: 1, level: 1 });

/** `routingRule.<verb>` data: the rule as it now stands. */
const ruleData = (doc: RoutingRuleDoc) => ({
  ruleId: doc._id,
  kind: doc.kind,
  category: doc.category,
  level: doc.level,
  agencyId: doc.agencyId,
  legalBasis: doc.legalBasis,
  deleted: doc.deletedAt !== null,
});
const created = (doc: RoutingRuleDoc) => petitionsEvents.routingRuleCreated.draft(ruleData(doc));
const updated = (doc: RoutingRuleDoc) => petitionsEvents.routingRuleUpdated.draft(ruleData(doc));
const deleted = (doc: RoutingRuleDoc) => petitionsEvents.routingRuleDeleted.draft(ruleData(doc));

export interface RoutingRuleFilter {
  kind?: string | null;
  category?: string | null;
  level?: string | null;
}

export function createRoutingRuleRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<RoutingRuleDoc>({ connection, outbox, modelName: 'RoutingRule', collection: 'routing_rules', schema });
  const live = { deletedAt: null };

  return {
    model: store.model,
    findById: async (id: string) => {
      const doc = await store.findById(id);
      return doc && !doc.deletedAt ? doc : null;
    },

    /** Loads the default table into a database that has none of its rules yet (each rule once; deleted ones stay deleted). */
    async seedDefaults(): Promise<number> {
      let added = 0;
      for (const rule of defaultRoutingRules()) {
        const doc: RoutingRuleDoc = { ...rule, _id: ruleId(rule.kind, rule.category, rule.level), deletedAt: null, updatedBy: 'system', updatedAt: new Date() };
        if (await store.insertOnce(doc, created(doc))) added++;
      }
      return added;
    },

    /** The rule with this id, deleted or not (a deleted key comes back when created again). */
    findAny: (id: string) => store.findById(id),

    /** A new rule, with its `routingRule.created` event (its id is its key). */
    create(input: RoutingRuleInput, by: string): Promise<RoutingRuleDoc> {
      const doc: RoutingRuleDoc = {
        _id: ruleId(input.kind, input.category ?? null, input.level),
        kind: input.kind,
        category: input.category ?? null,
        level: input.level,
        agencyId: input.agencyId,
        legalBasis: input.legalBasis,
        deletedAt: null,
        updatedBy: by,
        updatedAt: new Date(),
      };
      return store.insert(doc, created(doc));
    },

    /** A deleted rule brought back with a new target (`routingRule.created`); null unless it is still deleted. */
    revive: (id: string, input: UpdateRoutingRuleInput, by: string) =>
      store.update(id, { deletedAt: { $ne: null } }, { $set: { ...input, deletedAt: null, updatedBy: by, updatedAt: new Date() } }, created),

    /** A live rule's new target and basis (`routingRule.updated`); null when there is no live rule with this id. */
    update: (id: string, input: UpdateRoutingRuleInput, by: string) => store.update(id, live, { $set: { ...input, updatedBy: by, updatedAt: new Date() } }, updated),

    /** Marks a live rule deleted, kept for the table's history (`routingRule.deleted`); null when there is none. */
    delete: (id: string, by: string) => store.update(id, live, { $set: { deletedAt: new Date(), updatedBy: by, updatedAt: new Date() } }, deleted),

    list(filter: RoutingRuleFilter) {
      return store.model
        .find({ ...live, ...(filter.kind && { kind: filter.kind }), ...(filter.category && { category: filter.category }), ...(filter.level && { level: filter.level }) })
        .sort({ _id: 1 })
        .lean<RoutingRuleDoc[]>()
        .exec();
    },

    /** The live rules that apply to a case, most specific first (one query). */
    async applicable(kind: string, category: string, level: RoutingLevel): Promise<RoutingRuleDoc[]> {
      const rows = await store.model.find({ ...live, kind, level: { $in: [level, 'CITY'] } }).lean<RoutingRuleDoc[]>().exec();
      return applicableRules(rows, kind, category, level) as RoutingRuleDoc[];
    },
  };
}

export type RoutingRuleRepository = ReturnType<typeof createRoutingRuleRepository>;
