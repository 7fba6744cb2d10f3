import { createEntityStore, createGroupLoader, formatCalendarDate, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import {
  isTaskLate,
  type CompleteCoordinationTaskInput,
  type CreateCoordinationTaskInput,
  type TaskDraft,
  type TaskSource,
  type TaskStatus,
} from '../domain/coordination-task';

export interface CoordinationTaskDoc {
  _id: string;
  title: string;
  responsiblePerson: string;
  agencyId: string;
  dueOn: Date;
  expectedResult: string;
  status: TaskStatus;
  doneOn: Date | null;
  result: string | null;
  councilSessionId: string | null;
  agendaItemId: string | null;
  source: TaskSource;
  /** The user who created it, or `event:<id>` for tasks created from an event. */
  createdBy: string;
  completedBy: string | null;
  createdAt: Date;
}

const schema = new Schema<CoordinationTaskDoc>(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    responsiblePerson: { type: String, required: true },
    agencyId: { type: String, required: true, index: true },
    dueOn: { type: Date, required: true, index: true },
    expectedResult: { type: String, required: true },
    status: { type: String, required: true },
    doneOn: { type: Date, default: null },
    result: { type: String, default: null },
    councilSessionId: { type: String, default: null, index: true },
    agendaItemId: { type: String, default: null },
    source: { type: String, required: true },
    createdBy: { type: String, required: true },
    completedBy: { type: String, default: null },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export interface CoordinationTaskFilter {
  agencyId?: string | null;
  councilSessionId?: string | null;
  status?: string | null;
  source?: string | null;
  dueFrom?: Date | null;
  dueTo?: Date | null;
}

/** What events about a task carry (the coordination index counts due, done and late tasks per agency). */
const eventData = (doc: CoordinationTaskDoc) => ({
  coordinationTaskId: doc._id,
  title: doc.title,
  agencyId: doc.agencyId,
  dueOn: formatCalendarDate(doc.dueOn),
  status: doc.status,
  doneOn: doc.doneOn ? formatCalendarDate(doc.doneOn) : null,
  late: doc.status === 'DONE' ? isTaskLate(doc) : false,
  source: doc.source,
  councilSessionId: doc.councilSessionId,
  agendaItemId: doc.agendaItemId,
});

export function createCoordinationTaskRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<CoordinationTaskDoc>({
    connection,
    outbox,
    modelName: 'CoordinationTask',
    collection: 'coordination_tasks',
    schema,
  });

  /** Inserts a task born from an event; a copy already stored (redelivery) is left as it is. */
  const insertOnce = (doc: CoordinationTaskDoc, verb: string) => store.insertOnce(doc, verb, eventData(doc));

  const draftDoc = (id: string, draft: TaskDraft, extra: Partial<CoordinationTaskDoc>, createdBy: string): CoordinationTaskDoc => ({
    _id: id,
    ...draft,
    status: 'OPEN',
    doneOn: null,
    result: null,
    councilSessionId: null,
    agendaItemId: null,
    source: 'SESSION_PREPARATION',
    createdBy,
    completedBy: null,
    createdAt: new Date(),
    ...extra,
  });

  return {
    loader: store.loader,
    findById: store.findById,

    create: (input: CreateCoordinationTaskInput, createdBy: string) => {
      const doc = draftDoc(
        newId(),
        input,
        { councilSessionId: input.councilSessionId ?? null, source: 'MANUAL' },
        createdBy,
      );
      return store.insert(doc, 'created', eventData(doc));
    },

    /** OPEN → DONE; null when the task is no longer OPEN (a concurrent completion). */
    complete: (id: string, input: CompleteCoordinationTaskInput, completedBy: string) =>
      store.update(
        id,
        { status: 'OPEN' },
        { $set: { status: 'DONE', doneOn: input.doneOn, result: input.result, completedBy } },
        'completed',
        eventData,
      ),

    /** Stores the preparation tasks of a session (ids derived from the event: redelivery adds nothing). */
    async createForSession(tasks: { id: string; draft: TaskDraft }[], councilSessionId: string, eventId: string): Promise<number> {
      let created = 0;
      for (const { id, draft } of tasks) {
        if (await insertOnce(draftDoc(id, draft, { councilSessionId }, `event:${eventId}`), 'created')) created++;
      }
      return created;
    },

    /** Opens the documents task of an agenda item (id derived from the item: a second delivery adds nothing). */
    openDocumentsTask: (id: string, draft: TaskDraft, refs: { councilSessionId: string; agendaItemId: string; eventId: string }) =>
      insertOnce(draftDoc(id, draft, { councilSessionId: refs.councilSessionId, agendaItemId: refs.agendaItemId }, `event:${refs.eventId}`), 'created'),

    /**
     * The presenting agency submitted an agenda item's documents: closes its open documents task, or
     * records it as born DONE (event `coordinationTask.completed`) when none was open. A DONE task stays as it is.
     */
    async recordDocumentsSubmitted(
      id: string,
      draft: TaskDraft,
      refs: { councilSessionId: string; agendaItemId: string; submittedOn: Date; eventId: string },
    ): Promise<void> {
      const result = `Documents submitted on ${formatCalendarDate(refs.submittedOn)}`;
      const closing = { status: 'DONE' as const, doneOn: refs.submittedOn, result, completedBy: `event:${refs.eventId}` };
      const existing = await store.findById(id);
      if (!existing) {
        const doc = draftDoc(id, draft, { councilSessionId: refs.councilSessionId, agendaItemId: refs.agendaItemId, ...closing }, `event:${refs.eventId}`);
        if (await insertOnce(doc, 'completed')) return;
      }
      await store.update(id, { status: 'OPEN' }, { $set: closing }, 'completed', eventData);
    },

    list(filter: CoordinationTaskFilter, page: PageArgs) {
      const query: FilterQuery<CoordinationTaskDoc> = {};
      if (filter.agencyId) query.agencyId = filter.agencyId;
      if (filter.councilSessionId) query.councilSessionId = filter.councilSessionId;
      if (filter.status) query.status = filter.status as TaskStatus;
      if (filter.source) query.source = filter.source as TaskSource;
      if (filter.dueFrom || filter.dueTo) {
        query.dueOn = { ...(filter.dueFrom && { $gte: filter.dueFrom }), ...(filter.dueTo && { $lte: filter.dueTo }) };
      }
      return store.list(query, page, { field: 'dueOn', direction: 1, isDate: true });
    },

    /** Tasks of several council sessions in one query. */
    bySessionLoader: () =>
      createGroupLoader<CoordinationTaskDoc>(
        (ids) =>
          store.model.find({ councilSessionId: { $in: [...ids] } }).sort({ dueOn: 1, _id: 1 }).lean<CoordinationTaskDoc[]>().exec(),
        (row) => row.councilSessionId ?? '',
      ),
  };
}

export type CoordinationTaskRepository = ReturnType<typeof createCoordinationTaskRepository>;
