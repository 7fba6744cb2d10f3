import { conflict, createEntityStore, notFound, type Outbox } from '@hanoi/platform';
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
const eventData = (doc: RoutingRuleDoc) => ({
  ruleId: doc._id,
  kind: doc.kind,
  category: doc.category,
  level: doc.level,
  agencyId: doc.agencyId,
  legalBasis: doc.legalBasis,
  deleted: doc.deletedAt !== null,
});

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
        if (await store.insertOnce(doc, 'created', eventData(doc))) added++;
      }
      return added;
    },

    /** A new rule for a key no live rule has (a deleted one with that key comes back with the new target). */
    async create(input: RoutingRuleInput, by: string): Promise<RoutingRuleDoc> {
      const id = ruleId(input.kind, input.category ?? null, input.level);
      const existing = await store.findById(id);
      if (existing && !existing.deletedAt) throw conflict(`A routing rule for ${id} exists already: update it`, 'input');
      const fields = { agencyId: input.agencyId, legalBasis: input.legalBasis, updatedBy: by, updatedAt: new Date() };
      if (existing) {
        const revived = await store.update(id, { deletedAt: { $ne: null } }, { $set: { ...fields, deletedAt: null } }, 'created', eventData);
        if (!revived) throw conflict(`The routing rule ${id} changed meanwhile`, 'input');
        return revived;
      }
      const doc: RoutingRuleDoc = { _id: id, kind: input.kind, category: input.category ?? null, level: input.level, ...fields, deletedAt: null };
      return store.insert(doc, 'created', eventData(doc));
    },

    async update(id: string, input: UpdateRoutingRuleInput, by: string): Promise<RoutingRuleDoc> {
      const updated = await store.update(id, live, { $set: { ...input, updatedBy: by, updatedAt: new Date() } }, 'updated', eventData);
      if (!updated) throw notFound('RoutingRule', id);
      return updated;
    },

    async delete(id: string, by: string): Promise<RoutingRuleDoc> {
      const deleted = await store.update(id, live, { $set: { deletedAt: new Date(), updatedBy: by, updatedAt: new Date() } }, 'deleted', eventData);
      if (!deleted) throw notFound('RoutingRule', id);
      return deleted;
    },

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
