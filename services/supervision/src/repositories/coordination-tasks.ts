import {
  cityJurisdiction,
  jurisdictionOf,
  jurisdictionQuery,
  obligationEvents,
  supervisionEvents,
  type AgencyLevel,
  type EventContract,
  type Jurisdiction,
  type RegulationContent,
  type StoredJurisdiction,
} from '@hanoi/contracts';
import { createEntityStore, createGroupLoader, createListPageLoader, derivedId, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import {
  isTaskLate,
  taskObligations,
  type CompleteCoordinationTaskInput,
  type CreateCoordinationTaskInput,
  type Milestone,
  type PersonRef,
  type TaskSource,
  type TaskStatus,
} from '../domain/coordination-task';

/** `level` and `jurisdictionUnitId`: the bodies whose coordination it is (absent on tasks stored before: the city's). */
export interface CoordinationTaskDoc extends StoredJurisdiction {
  _id: string;
  title: string;
  /** Rõ người; null only on a session-preparation task while its agency names no focal point. */
  responsible: PersonRef | null;
  agencyId: string;
  dueOn: Date;
  expectedResult: string;
  milestones: Milestone[];
  content: RegulationContent | null;
  status: TaskStatus;
  doneOn: Date | null;
  result: string | null;
  councilSessionId: string | null;
  agendaItemId: string | null;
  recommendationId: string | null;
  planId: string | null;
  /** The obligation a session-preparation task follows (its events open, move and close the task). */
  obligationId: string | null;
  source: TaskSource;
  /** The user who created it, or `event:<id>` for tasks created from an event. */
  createdBy: string;
  completedBy: string | null;
  createdAt: Date;
}

const personSchema = new Schema<PersonRef>({ kind: String, id: String, name: String, position: String }, { _id: false });
const schema = new Schema<CoordinationTaskDoc>(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    responsible: { type: personSchema, default: null },
    agencyId: { type: String, required: true, index: true },
    dueOn: { type: Date, required: true, index: true },
    expectedResult: { type: String, required: true },
    milestones: { type: [new Schema({ title: String, dueOn: Date, doneOn: { type: Date, default: null } }, { _id: false })], default: [] },
    content: { type: String, default: null },
    status: { type: String, required: true },
    doneOn: { type: Date, default: null },
    result: { type: String, default: null },
    councilSessionId: { type: String, default: null, index: true },
    agendaItemId: { type: String, default: null },
    recommendationId: { type: String, default: null, index: true },
    planId: { type: String, default: null, index: true },
    obligationId: { type: String, default: null },
    source: { type: String, required: true },
    createdBy: { type: String, required: true },
    completedBy: { type: String, default: null },
    createdAt: { type: Date, required: true },
    level: { type: String },
    jurisdictionUnitId: { type: String },
  },
  { versionKey: false },
);
// List pages: equality filters first, then the page's sort key and _id (ESR; test/build/indexes.test.ts checks it).
schema.index({ agencyId: 1, dueOn: 1, _id: 1 });
schema.index({ agencyId: 1, status: 1, dueOn: 1, _id: 1 });
schema.index({ councilSessionId: 1, dueOn: 1, _id: 1 });
schema.index({ level: 1, dueOn: 1, _id: 1 });
schema.index({ jurisdictionUnitId: 1, dueOn: 1, _id: 1 });

export interface CoordinationTaskFilter {
  agencyId?: string | null;
  councilSessionId?: string | null;
  planId?: string | null;
  status?: string | null;
  source?: string | null;
  dueFrom?: Date | null;
  dueTo?: Date | null;
  level?: AgencyLevel | null;
  jurisdictionUnitId?: string | null;
}

/** What events about a task carry (ids, days, status; never the people's names). */
const eventData = (doc: CoordinationTaskDoc) => ({
  coordinationTaskId: doc._id,
  title: doc.title,
  agencyId: doc.agencyId,
  dueOn: doc.dueOn,
  status: doc.status,
  doneOn: doc.doneOn,
  late: doc.status === 'DONE' ? isTaskLate(doc) : false,
  source: doc.source,
  content: doc.content,
  councilSessionId: doc.councilSessionId,
  recommendationId: doc.recommendationId,
  planId: doc.planId,
  obligationId: doc.obligationId,
  ...jurisdictionOf(doc),
});
type TaskContract = EventContract<typeof supervisionEvents.taskCreated.schema>;
const draftOf = (contract: TaskContract) => (doc: CoordinationTaskDoc) => contract.draft(eventData(doc));

/** A session-preparation task follows one obligation: its id derives from the obligation's, so redelivery adds nothing. */
export const preparationTaskId = (obligationId: string) => derivedId('session-preparation-task', obligationId);

export interface PreparationTaskDraft {
  obligationId: string;
  title: string;
  agencyId: string;
  dueOn: Date;
  expectedResult: string;
  councilSessionId: string;
  agendaItemId: string | null;
  responsible: PersonRef | null;
  /** The owing agency's level and unit (a commune's council's programme, its committee's documents). */
  level: AgencyLevel;
  jurisdictionUnitId: string | null;
}

export function createCoordinationTaskRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<CoordinationTaskDoc>({
    connection,
    outbox,
    modelName: 'CoordinationTask',
    collection: 'coordination_tasks',
    schema,
    derivedEvents: obligationEvents(supervisionEvents.obligation, taskObligations),
  });

  const newTask = (fields: Pick<CoordinationTaskDoc, '_id' | 'title' | 'responsible' | 'agencyId' | 'dueOn' | 'expectedResult' | 'source' | 'createdBy'> & Partial<CoordinationTaskDoc>): CoordinationTaskDoc => ({
    milestones: [],
    content: null,
    status: 'OPEN',
    doneOn: null,
    result: null,
    councilSessionId: null,
    agendaItemId: null,
    recommendationId: null,
    planId: null,
    obligationId: null,
    completedBy: null,
    createdAt: new Date(),
    ...fields,
  });

  return {
    loader: store.loader,
    findById: store.findById,

    /** A task made by hand (or, with `planId`, an item of an annual plan) by the bodies of `jurisdiction`, with its obligation. */
    create(input: CreateCoordinationTaskInput, content: RegulationContent, createdBy: string, planId: string | null = null, jurisdiction: Jurisdiction = cityJurisdiction) {
      const doc = newTask({
        _id: newId(),
        title: input.title,
        responsible: input.responsible,
        agencyId: input.agencyId,
        dueOn: input.dueOn,
        expectedResult: input.expectedResult,
        milestones: input.milestones.map((milestone) => ({ ...milestone, doneOn: null })),
        content,
        councilSessionId: input.councilSessionId,
        recommendationId: input.recommendationId,
        planId,
        source: planId ? 'PLAN' : 'MANUAL',
        createdBy,
        ...jurisdiction,
      });
      return store.insert(doc, draftOf(supervisionEvents.taskCreated)(doc));
    },

    /** OPEN → DONE; null when the task is no longer OPEN (a concurrent change). */
    complete: (id: string, input: CompleteCoordinationTaskInput, completedBy: string) =>
      store.update(id, { status: 'OPEN' }, { $set: { status: 'DONE', doneOn: input.doneOn, result: input.result, completedBy } }, draftOf(supervisionEvents.taskCompleted)),

    /** OPEN → CANCELLED with the reason; null when the task is no longer OPEN. */
    cancel: (id: string, reason: string, by: string) =>
      store.update(id, { status: 'OPEN' }, { $set: { status: 'CANCELLED', result: reason, completedBy: by } }, draftOf(supervisionEvents.taskCancelled)),

    /** Marks milestone `index` done, guarded on the task still OPEN and the milestone not done; null otherwise. */
    reachMilestone: (id: string, index: number, doneOn: Date) =>
      store.write(id, { status: 'OPEN', [`milestones.${index}.doneOn`]: null }, (doc) => ({
        update: { $set: { [`milestones.${index}.doneOn`]: doneOn } },
        events: [
          supervisionEvents.taskMilestoneReached.draft({ ...eventData(doc), milestoneIndex: index, milestoneDueOn: doc.milestones[index]!.dueOn, milestoneDoneOn: doneOn }),
        ],
      })),

    /**
     * Opens the task following a session obligation (a second delivery adds nothing); an obligation owed again after
     * it was cancelled reopens its task with the new due day.
     */
    async openPreparationTask(draft: PreparationTaskDraft, eventId: string): Promise<boolean> {
      const { obligationId, ...fields } = draft;
      const doc = newTask({ _id: preparationTaskId(obligationId), ...fields, content: 'COUNCIL_SESSIONS', obligationId, source: 'SESSION_PREPARATION', createdBy: `event:${eventId}` });
      if (await store.insertOnce(doc, draftOf(supervisionEvents.taskCreated)(doc))) return true;
      const reopened = await store.update(
        doc._id,
        { status: 'CANCELLED' },
        { $set: { status: 'OPEN', dueOn: fields.dueOn, result: null, completedBy: null } },
        draftOf(supervisionEvents.taskReopened),
      );
      return reopened !== null;
    },

    /** The obligation was met: its task is DONE on that day (an already closed task stays as it is). */
    closePreparationTask: (obligationId: string, doneOn: Date, eventId: string) =>
      store.update(
        preparationTaskId(obligationId),
        { status: 'OPEN' },
        { $set: { status: 'DONE', doneOn, result: `Met on ${doneOn.toISOString().slice(0, 10)} (recorded by the owning service)`, completedBy: `event:${eventId}` } },
        draftOf(supervisionEvents.taskCompleted),
      ),

    /** The obligation's due day moved: so does its open task's. */
    reschedulePreparationTask: (obligationId: string, dueOn: Date) =>
      store.update(preparationTaskId(obligationId), { status: 'OPEN' }, { $set: { dueOn } }, draftOf(supervisionEvents.taskRescheduled)),

    /** The obligation was cancelled: so is its open task, with the reason. */
    cancelPreparationTask: (obligationId: string, reason: string, eventId: string) =>
      store.update(
        preparationTaskId(obligationId),
        { status: 'OPEN' },
        { $set: { status: 'CANCELLED', result: reason, completedBy: `event:${eventId}` } },
        draftOf(supervisionEvents.taskCancelled),
      ),

    /**
     * An agency named its focal point: its open session-preparation tasks without a person get them (one update;
     * no event, tasks' events carry no people). Returns how many changed.
     */
    async assignFocalPoint(agencyId: string, person: PersonRef): Promise<number> {
      const result = await store.model.updateMany({ agencyId, source: 'SESSION_PREPARATION', status: 'OPEN', responsible: null }, { $set: { responsible: person } }).exec();
      return result.modifiedCount;
    },

    list(filter: CoordinationTaskFilter, page: PageArgs) {
      const query: FilterQuery<CoordinationTaskDoc> = jurisdictionQuery(filter);
      if (filter.agencyId) query.agencyId = filter.agencyId;
      if (filter.councilSessionId) query.councilSessionId = filter.councilSessionId;
      if (filter.planId) query.planId = filter.planId;
      if (filter.status) query.status = filter.status as TaskStatus;
      if (filter.source) query.source = filter.source as TaskSource;
      if (filter.dueFrom || filter.dueTo) {
        query.dueOn = { ...(filter.dueFrom && { $gte: filter.dueFrom }), ...(filter.dueTo && { $lte: filter.dueTo }) };
      }
      return store.list(query, page, { field: 'dueOn', direction: 1, isDate: true });
    },

    /** Pages of several council sessions' preparation tasks, earliest due first, in one query per request and arguments. */
    bySessionPages: () =>
      createListPageLoader<CoordinationTaskDoc>({ model: store.model, parentField: 'councilSessionId', order: [['dueOn', 1], ['_id', 1]] }),

    /** Tasks grouped by one of their references (plans, recommendations), each group in one query. */
    groupLoader: (field: 'planId' | 'recommendationId') => () =>
      createGroupLoader<CoordinationTaskDoc>(
        (ids) => store.model.find({ [field]: { $in: [...ids] } } as FilterQuery<CoordinationTaskDoc>).sort({ dueOn: 1, _id: 1 }).lean<CoordinationTaskDoc[]>().exec(),
        (row) => row[field] ?? '',
      ),
  };
}

export type CoordinationTaskRepository = ReturnType<typeof createCoordinationTaskRepository>;
