import { supervisionEvents } from '@hanoi/contracts';
import { createEntityStore, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection } from 'mongoose';
import type { CreateCoordinationPlanInput } from '../domain/plan';

/** Kế hoạch phối hợp hằng năm: the four bodies' annual coordination plan; its items are coordination tasks. */
export interface CoordinationPlanDoc {
  _id: string;
  year: number;
  title: string;
  createdBy: string;
  createdAt: Date;
}

const schema = new Schema<CoordinationPlanDoc>(
  {
    _id: { type: String, required: true },
    year: { type: Number, required: true, unique: true },
    title: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export function createPlanRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<CoordinationPlanDoc>({ connection, outbox, modelName: 'CoordinationPlan', collection: 'coordination_plans', schema });
  return {
    loader: store.loader,
    /** One plan a year: a second one for the same year is a CONFLICT (unique index). */
    create(input: CreateCoordinationPlanInput, createdBy: string) {
      const doc: CoordinationPlanDoc = { _id: newId(), ...input, createdBy, createdAt: new Date() };
      return store.insert(doc, supervisionEvents.planCreated.draft({ coordinationPlanId: doc._id, year: doc.year, title: doc.title }));
    },
    list: (page: PageArgs) => store.list({}, page, { field: 'year', direction: -1 }),
  };
}

export type PlanRepository = ReturnType<typeof createPlanRepository>;
