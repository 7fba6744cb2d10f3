import { committeeEvents, obligationEvents } from '@hanoi/contracts';
import { createEntityStore, createGroupLoader, createListPageLoader, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import { assignmentObligations } from '../domain/assignment-obligation';
import {
  undatedSortKey,
  type AnswerAssignmentInput,
  type AssignmentStatus,
  type AssignmentSubjectType,
  type Evidence,
  type ImplementationStatus,
} from '../domain/assignment';

export interface AssignmentDoc {
  _id: string;
  agencyId: string;
  subjectType: AssignmentSubjectType;
  subjectId: string;
  caseKind: string | null;
  category: string | null;
  summary: string | null;
  /** A supervision recommendation's round (absent or null for cases). */
  round?: number | null;
  dueOn: Date | null;
  /** `dueOn`, or a far-future day when there is none: lists sort on it (keyset pages need a key on every row). */
  dueSortKey: Date;
  status: AssignmentStatus;
  answer: string | null;
  answeredOn: Date | null;
  answeredBy: string | null;
  /** The answer's implementation report, for a supervision recommendation (absent or null for cases). */
  implementationStatus?: ImplementationStatus | null;
  evidence?: Evidence[];
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  /** The event that created it (its id derives from this one's, so redelivery cannot duplicate it). */
  sourceEventId: string;
  assignedAt: Date;
}

/** What the committee is told to assign: everything but the answer and the bookkeeping. */
export type NewAssignment = Pick<AssignmentDoc, '_id' | 'agencyId' | 'subjectType' | 'subjectId' | 'caseKind' | 'category' | 'summary' | 'dueOn' | 'sourceEventId'> & {
  round?: number | null;
};

/** A case's due day after a change in petitions, for the agency leading it. */
export interface CaseDue {
  petitionId: string;
  agencyId: string;
  dueOn: Date | null;
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
    round: { type: Number, default: null },
    dueOn: { type: Date, default: null },
    dueSortKey: { type: Date, required: true, index: true },
    status: { type: String, required: true },
    answer: { type: String, default: null },
    answeredOn: { type: Date, default: null },
    answeredBy: { type: String, default: null },
    implementationStatus: { type: String, default: null },
    evidence: { type: [new Schema({ title: String, reference: String }, { _id: false })], default: undefined },
    withdrawnAt: { type: Date, default: null },
    withdrawnReason: { type: String, default: null },
    sourceEventId: { type: String, required: true },
    assignedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// List pages: equality filters first, then the page's sort key and _id (ESR; test/build/indexes.test.ts checks it).
schema.index({ agencyId: 1, dueSortKey: 1, _id: 1 });
schema.index({ agencyId: 1, status: 1, dueSortKey: 1, _id: 1 });

export interface AssignmentFilter {
  agencyId?: string | null;
  status?: AssignmentStatus | null;
  subjectType?: AssignmentSubjectType | null;
  subjectId?: string | null;
}

/** What every `assignment.<verb>` event carries, without the stored internals. */
const eventData = (doc: AssignmentDoc) => ({
  assignmentId: doc._id,
  subjectType: doc.subjectType,
  subjectId: doc.subjectId,
  agencyId: doc.agencyId,
  dueOn: doc.dueOn,
});

/** `assignment.answered`: the answer, and for a recommendation its implementation report. */
const answeredDraft = (doc: AssignmentDoc) =>
  committeeEvents.assignmentAnswered.draft({
    ...eventData(doc),
    answer: doc.answer!,
    answeredOn: doc.answeredOn!,
    ...(doc.implementationStatus && { implementationStatus: doc.implementationStatus, evidence: doc.evidence ?? [] }),
  });

export function createAssignmentRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<AssignmentDoc>({
    connection,
    outbox,
    modelName: 'Assignment',
    collection: 'assignments',
    schema,
    derivedEvents: obligationEvents(committeeEvents.obligation, assignmentObligations),
  });

  return {
    loader: store.loader,
    findById: store.findById,

    /**
     * Stores an assignment with its `assignment.assigned` event (and its obligation, when it has a due day).
     * Idempotent: the id derives from the event that asked for it, so a redelivered event changes nothing.
     * Returns whether it was new.
     */
    assignOnce(assignment: NewAssignment): Promise<boolean> {
      const doc: AssignmentDoc = {
        ...assignment,
        round: assignment.round ?? null,
        dueSortKey: assignment.dueOn ?? undatedSortKey,
        status: 'ASSIGNED',
        answer: null,
        answeredOn: null,
        answeredBy: null,
        implementationStatus: null,
        withdrawnAt: null,
        withdrawnReason: null,
        assignedAt: new Date(),
      };
      return store.insertOnce(doc, committeeEvents.assignmentAssigned.draft(eventData(doc)));
    },

    /**
     * ASSIGNED → ANSWERED with the `assignment.answered` event, guarded on the status: null when the assignment was
     * no longer ASSIGNED (already answered, possibly by a concurrent request, or withdrawn).
     */
    answer: (id: string, input: AnswerAssignmentInput, answeredBy: string) =>
      store.update(
        id,
        { status: 'ASSIGNED' },
        {
          $set: {
            status: 'ANSWERED',
            answer: input.answer,
            answeredOn: input.answeredOn,
            answeredBy,
            ...(input.implementationStatus && { implementationStatus: input.implementationStatus, evidence: input.evidence }),
          },
        },
        answeredDraft,
      ),

    /**
     * ASSIGNED → WITHDRAWN for every open assignment of the subject, each with an `assignment.withdrawn` event:
     * the agency stops working on what left it. `keep` spares the open assignments of the agency a case was just
     * routed to, or the assignment the same event creates (so a redelivery never withdraws it). One find, then one
     * guarded write per open assignment (a subject has one or two at most).
     */
    async withdrawOpen(
      subject: { type: AssignmentSubjectType; id: string },
      reason: string,
      keep: { agencyId?: string; assignmentId?: string } = {},
    ): Promise<AssignmentDoc[]> {
      const open = await store.model
        .find({
          subjectType: subject.type,
          subjectId: subject.id,
          status: 'ASSIGNED',
          ...(keep.agencyId && { agencyId: { $ne: keep.agencyId } }),
          ...(keep.assignmentId && { _id: { $ne: keep.assignmentId } }),
        })
        .lean<AssignmentDoc[]>()
        .exec();
      const withdrawn: AssignmentDoc[] = [];
      for (const assignment of open) {
        const updated = await store.update(
          assignment._id,
          { status: 'ASSIGNED' },
          { $set: { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawnReason: reason } },
          (doc) => committeeEvents.assignmentWithdrawn.draft({ ...eventData(doc), reason }),
        );
        if (updated) withdrawn.push(updated);
      }
      return withdrawn;
    },

    /**
     * The open assignment of the case to `agencyId` follows the case's current due date: a guarded write with the
     * `assignment.rescheduled` event when the day changed. Null when there is none or the day is the same.
     */
    async reschedule(due: CaseDue): Promise<AssignmentDoc | null> {
      const open = await store.model
        .findOne({ subjectType: 'PETITION', subjectId: due.petitionId, agencyId: due.agencyId, status: 'ASSIGNED' })
        .lean<AssignmentDoc>()
        .exec();
      if (!open || (open.dueOn?.getTime() ?? null) === (due.dueOn?.getTime() ?? null)) return null;
      return store.update(
        open._id,
        { status: 'ASSIGNED', dueOn: open.dueOn },
        { $set: { dueOn: due.dueOn, dueSortKey: due.dueOn ?? undatedSortKey } },
        (doc) => committeeEvents.assignmentRescheduled.draft({ ...eventData(doc), previousDueOn: open.dueOn }),
      );
    },

    list(filter: AssignmentFilter, page: PageArgs) {
      const query: FilterQuery<AssignmentDoc> = {};
      if (filter.agencyId) query.agencyId = filter.agencyId;
      if (filter.status) query.status = filter.status;
      if (filter.subjectType) query.subjectType = filter.subjectType;
      if (filter.subjectId) query.subjectId = filter.subjectId;
      return store.list(query, page, { field: 'dueSortKey', direction: 1, isDate: true });
    },

    /** Pages of several agencies' assignments (of one status, if asked) in one query, earliest due first, undated last. */
    byAgencyPages: () => createListPageLoader<AssignmentDoc>({ model: store.model, parentField: 'agencyId', order: [['dueSortKey', 1], ['_id', 1]] }),

    /** Every assignment of several cases (or recommendations) in one query, oldest first. */
    bySubjectLoader: (subjectType: AssignmentSubjectType) =>
      createGroupLoader<AssignmentDoc>(
        (ids) =>
          store.model
            .find({ subjectType, subjectId: { $in: [...ids] } })
            .sort({ assignedAt: 1, _id: 1 })
            .lean<AssignmentDoc[]>()
            .exec(),
        (row) => row.subjectId,
      ),
  };
}

export type AssignmentRepository = ReturnType<typeof createAssignmentRepository>;
