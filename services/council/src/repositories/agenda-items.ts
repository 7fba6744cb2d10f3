import { councilEvents, obligationEvents } from '@hanoi/contracts';
import { createEntityStore, createGroupLoader, createListPageLoader, newId, type Outbox } from '@hanoi/platform';
import { Schema, type Connection } from 'mongoose';
import { isLate, type AddAgendaItemInput, type SubmitAgendaDocumentInput } from '../domain/agenda';
import type { CouncilCommittee } from '../domain/council';
import { agendaItemObligations, type DeadlineRules } from '../domain/obligations';

export interface AgendaItemDoc {
  _id: string;
  councilSessionId: string;
  title: string;
  presentingAgencyId: string;
  reviewingCommittee: CouncilCommittee;
  documentDueOn: Date;
  submittedOn: Date | null;
  status: 'AWAITING_DOCUMENT' | 'DOCUMENT_SUBMITTED';
  createdBy: string;
  createdAt: Date;
  submittedBy: string | null;
}

const schema = new Schema<AgendaItemDoc>(
  {
    _id: { type: String, required: true },
    councilSessionId: { type: String, required: true, index: true },
    title: { type: String, required: true },
    presentingAgencyId: { type: String, required: true, index: true },
    reviewingCommittee: { type: String, required: true },
    documentDueOn: { type: Date, required: true },
    submittedOn: { type: Date, default: null },
    status: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    submittedBy: { type: String, default: null },
  },
  { versionKey: false },
);
// Agency.agendaItems: an agency's items, earliest document due first.
schema.index({ presentingAgencyId: 1, documentDueOn: 1, createdAt: 1, _id: 1 });

export function createAgendaItemRepository(connection: Connection, outbox: Outbox, rules: Pick<DeadlineRules, 'documentLeadDays'>) {
  const store = createEntityStore<AgendaItemDoc>({
    connection,
    outbox,
    modelName: 'AgendaItem',
    collection: 'agenda_items',
    schema,
    derivedEvents: obligationEvents(councilEvents.obligation, (doc: AgendaItemDoc) => agendaItemObligations(doc, rules)),
  });
  return {
    loader: store.loader,
    findById: store.findById,

    /** Adds the item with the session's document due date; publishes `agendaItem.added` and opens its documents obligation. */
    add(input: AddAgendaItemInput, session: { _id: string; documentDueOn: Date }, createdBy: string) {
      const doc: AgendaItemDoc = {
        _id: newId(),
        ...input,
        councilSessionId: session._id,
        documentDueOn: session.documentDueOn,
        submittedOn: null,
        status: 'AWAITING_DOCUMENT',
        createdBy,
        createdAt: new Date(),
        submittedBy: null,
      };
      return store.insert(doc, councilEvents.agendaItemAdded.draft({ ...doc, agendaItemId: doc._id }));
    },

    /**
     * Records the document's submission with `agendaItem.documentSubmitted` (meeting its obligation), guarded on
     * "not yet submitted": returns null when the item was already submitted (or does not exist).
     */
    submitDocument: (id: string, input: SubmitAgendaDocumentInput, submittedBy: string) =>
      store.update(
        id,
        { status: 'AWAITING_DOCUMENT' },
        { $set: { submittedOn: input.submittedOn, status: 'DOCUMENT_SUBMITTED', submittedBy } },
        (item) => councilEvents.documentSubmitted.draft({ ...item, agendaItemId: item._id, submittedOn: input.submittedOn, late: isLate(item) }),
      ),

    /** Items of several sessions in one query, in the order they were added. */
    bySessionLoader: () =>
      createGroupLoader<AgendaItemDoc>(
        (ids) => store.model.find({ councilSessionId: { $in: [...ids] } }).sort({ createdAt: 1, _id: 1 }).lean<AgendaItemDoc[]>().exec(),
        (row) => row.councilSessionId,
      ),

    /** Pages of the items several agencies present, in one query, earliest due first. */
    byAgencyPages: () =>
      createListPageLoader<AgendaItemDoc>({
        model: store.model,
        parentField: 'presentingAgencyId',
        order: [['documentDueOn', 1], ['createdAt', 1], ['_id', 1]],
      }),
  };
}
