import { createEntityStore, createGroupLoader, derivedId, formatCalendarDate, isCodedError, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import { undatedSortKey, type AnswerAssignmentInput, type AssignmentStatus, type AssignmentSubjectType, type PetitionDue, type PetitionRouted } from '../domain/assignment';

export interface AssignmentDoc {
  _id: string;
  agencyId: string;
  subjectType: AssignmentSubjectType;
  subjectId: string;
  caseKind: string | null;
  category: string | null;
  summary: string | null;
  dueOn: Date | null;
  /** `dueOn`, or a far-future day when there is none: lists sort on it (keyset pages need a key on every row). */
  dueSortKey: Date;
  status: AssignmentStatus;
  answer: string | null;
  answeredOn: Date | null;
  answeredBy: string | null;
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  /** The event that created it (its id derives from this one's, so redelivery cannot duplicate it). */
  sourceEventId: string;
  assignedAt: Date;
}

const schema = new Schema<AssignmentDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true, index: true },
    subjectType: { type: String, required: true },
    subjectId: { type: String, required: true, index: true },
    caseKind: { type: String, default: null },
    category: { type: String, default: null },
    summary: { type: String, default: null },
    dueOn: { type: Date, default: null },
    dueSortKey: { type: Date, required: true, index: true },
    status: { type: String, required: true },
    answer: { type: String, default: null },
    answeredOn: { type: Date, default: null },
    answeredBy: { type: String, default: null },
    withdrawnAt: { type: Date, default: null },
    withdrawnReason: { type: String, default: null },
    sourceEventId: { type: String, required: true },
    assignedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export interface AssignmentFilter {
  agencyId?: string | null;
  status?: AssignmentStatus | null;
  subjectId?: string | null;
}

/** Data of `assignment.<verb>` events: what petitions and supervision need, without the stored internals. */
const eventData = (doc: AssignmentDoc) => ({
  assignmentId: doc._id,
  subjectType: doc.subjectType,
  subjectId: doc.subjectId,
  agencyId: doc.agencyId,
  dueOn: doc.dueOn && formatCalendarDate(doc.dueOn),
});

export function createAssignmentRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<AssignmentDoc>({ connection, outbox, modelName: 'Assignment', collection: 'assignments', schema });

  return {
    loader: store.loader,
    findById: store.findById,

    /**
     * Creates the assignment a routed case implies, with its `assignment.assigned` event. Idempotent: the id derives
     * from the event id, so a redelivered event finds its assignment already there and changes nothing.
     */
    async assignFromRouting(eventId: string, routed: PetitionRouted): Promise<AssignmentDoc> {
      const doc: AssignmentDoc = {
        _id: derivedId(eventId),
        agencyId: routed.agencyId,
        subjectType: 'PETITION',
        subjectId: routed.petitionId,
        caseKind: routed.kind ?? null,
        category: routed.category ?? null,
        summary: routed.subject ?? null,
        dueOn: routed.dueOn ?? null,
        dueSortKey: routed.dueOn ?? undatedSortKey,
        status: 'ASSIGNED',
        answer: null,
        answeredOn: null,
        answeredBy: null,
        withdrawnAt: null,
        withdrawnReason: null,
        sourceEventId: eventId,
        assignedAt: new Date(),
      };
      try {
        return await store.insert(doc, 'assigned', eventData(doc));
      } catch (error) {
        if (isCodedError(error) && error.extensions.code === 'CONFLICT') return (await store.findById(doc._id)) ?? doc;
        throw error;
      }
    },

    /**
     * ASSIGNED → ANSWERED with the `assignment.answered` event, guarded on the status: null when the assignment was
     * no longer ASSIGNED (already answered, possibly by a concurrent request).
     */
    answer: (id: string, input: AnswerAssignmentInput, answeredBy: string) =>
      store.update(
        id,
        { status: 'ASSIGNED' },
        { $set: { status: 'ANSWERED', answer: input.answer, answeredOn: input.answeredOn, answeredBy } },
        'answered',
        (updated) => ({ ...eventData(updated), answer: input.answer, answeredOn: formatCalendarDate(input.answeredOn) }),
      ),

    /**
     * ASSIGNED → WITHDRAWN for every open assignment of the case (except those of `keepAgencyId`, the agency it
     * was just routed to), each with an `assignment.withdrawn` event: the department stops working on a case that
     * left it. One find, then one guarded write per open assignment (a case has one or two at most).
     */
    async withdrawOpen(petitionId: string, reason: string, keepAgencyId?: string): Promise<AssignmentDoc[]> {
      const open = await store.model
        .find({ subjectId: petitionId, status: 'ASSIGNED', ...(keepAgencyId && { agencyId: { $ne: keepAgencyId } }) })
        .lean<AssignmentDoc[]>()
        .exec();
      const withdrawn: AssignmentDoc[] = [];
      for (const assignment of open) {
        const updated = await store.update(
          assignment._id,
          { status: 'ASSIGNED' },
          { $set: { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawnReason: reason } },
          'withdrawn',
          (doc) => ({ ...eventData(doc), reason }),
        );
        if (updated) withdrawn.push(updated);
      }
      return withdrawn;
    },

    /**
     * The open assignment of the case to `agencyId` follows the case's current due date: a guarded write with the
     * `assignment.rescheduled` event when the day changed. Null when there is none or the day is the same.
     */
    async reschedule(due: PetitionDue): Promise<AssignmentDoc | null> {
      const open = await store.model.findOne({ subjectId: due.petitionId, agencyId: due.agencyId, status: 'ASSIGNED' }).lean<AssignmentDoc>().exec();
      if (!open || (open.dueOn?.getTime() ?? null) === (due.dueOn?.getTime() ?? null)) return null;
      return store.update(
        open._id,
        { status: 'ASSIGNED', dueOn: open.dueOn },
        { $set: { dueOn: due.dueOn, dueSortKey: due.dueOn ?? undatedSortKey } },
        'rescheduled',
        (doc) => ({ ...eventData(doc), previousDueOn: open.dueOn && formatCalendarDate(open.dueOn) }),
      );
    },

    list(filter: AssignmentFilter, page: PageArgs) {
      const query: FilterQuery<AssignmentDoc> = {};
      if (filter.agencyId) query.agencyId = filter.agencyId;
      if (filter.status) query.status = filter.status;
      if (filter.subjectId) query.subjectId = filter.subjectId;
      return store.list(query, page, { field: 'dueSortKey', direction: 1, isDate: true });
    },

    /** Assignments of several agencies (optionally of one status) in one query, earliest due first, undated last. */
    byAgencyLoader: (status: AssignmentStatus | null) =>
      createGroupLoader<AssignmentDoc>(
        (ids) =>
          store.model
            .find({ agencyId: { $in: [...ids] }, ...(status && { status }) })
            .sort({ dueSortKey: 1, _id: 1 })
            .lean<AssignmentDoc[]>()
            .exec(),
        (row) => row.agencyId,
      ),
  };
}

export type AssignmentRepository = ReturnType<typeof createAssignmentRepository>;
