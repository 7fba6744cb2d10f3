import { delegationEvents, obligationEvents } from '@hanoi/contracts';
import { badInput, conflict, createEntityStore, newId, notFound, type EventDraft, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import {
  actDateProblem,
  consultationObligations,
  consultationTransitions,
  pendingAgencyIds,
  transitionProblem,
  type ConsultationAction,
  type ConsultationStatus,
  type CreateLawConsultationInput,
  type DraftKind,
  type LawConsultationFilter,
  type SendConsultationSummaryInput,
} from '../domain/law-consultation';

export interface LawConsultationDoc {
  _id: string;
  draftTitle: string;
  draftKind: DraftKind;
  opensOn: Date;
  closesOn: Date;
  invitedAgencyIds: string[];
  status: ConsultationStatus;
  closedAt: Date | null;
  closedBy: string | null;
  /** Invited agencies without a contribution when it closed (their obligations end then); empty while OPEN. */
  missingAgencyIds: string[];
  summary: string | null;
  summarySentOn: Date | null;
  summarySentBy: string | null;
  createdBy: string;
  createdAt: Date;
}

const schema = new Schema<LawConsultationDoc>(
  {
    _id: { type: String, required: true },
    draftTitle: { type: String, required: true },
    draftKind: { type: String, required: true },
    opensOn: { type: Date, required: true, index: true },
    closesOn: { type: Date, required: true },
    invitedAgencyIds: { type: [String], required: true, index: true },
    status: { type: String, required: true, index: true },
    closedAt: { type: Date, default: null },
    closedBy: { type: String, default: null },
    missingAgencyIds: { type: [String], default: [] },
    summary: { type: String, default: null },
    summarySentOn: { type: Date, default: null },
    summarySentBy: { type: String, default: null },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export function createLawConsultationRepository(
  connection: Connection,
  outbox: Outbox,
  contributions: { contributedAgencyIds(consultationId: string): Promise<string[]> },
) {
  const store = createEntityStore<LawConsultationDoc>({
    connection,
    outbox,
    modelName: 'LawConsultation',
    collection: 'law_consultations',
    schema,
    derivedEvents: obligationEvents(delegationEvents.obligation, consultationObligations),
  });

  /** Loads the consultation for `action`: NOT_FOUND when missing, CONFLICT when its status does not allow it. */
  async function current(id: string, action: ConsultationAction): Promise<LawConsultationDoc> {
    const doc = await store.findById(id);
    if (!doc) throw notFound('LawConsultation', id, 'id');
    const problem = transitionProblem(doc.status, action);
    if (problem) throw conflict(problem, 'id');
    return doc;
  }

  /** Applies `action` guarded on its expected status, so two concurrent changes cannot both succeed. */
  async function transition(
    id: string,
    action: ConsultationAction,
    set: Partial<LawConsultationDoc>,
    event: (updated: LawConsultationDoc) => EventDraft,
  ): Promise<LawConsultationDoc> {
    const { from, to } = consultationTransitions[action];
    const updated = await store.update(id, { status: from }, { $set: { ...set, status: to } }, event);
    if (!updated) throw conflict(`the consultation changed meanwhile; cannot ${action} it`, 'id');
    return updated;
  }

  return {
    loader: store.loader,

    /** Opens the consultation: its `lawConsultation.opened` event, and one obligation per invited agency, say what each owes by when. */
    create(input: CreateLawConsultationInput, createdBy: string): Promise<LawConsultationDoc> {
      const doc: LawConsultationDoc = {
        _id: newId(),
        ...input,
        status: 'OPEN',
        closedAt: null,
        closedBy: null,
        missingAgencyIds: [],
        summary: null,
        summarySentOn: null,
        summarySentBy: null,
        createdBy,
        createdAt: new Date(),
      };
      return store.insert(doc, delegationEvents.lawConsultationOpened.draft({ ...doc, consultationId: doc._id }));
    },

    /**
     * OPEN → CLOSED; the event lists which invited agencies contributed and which did not, and the obligations of
     * those that did not end.
     */
    async close(id: string, closedBy: string): Promise<LawConsultationDoc> {
      const doc = await current(id, 'close');
      const contributed = await contributions.contributedAgencyIds(id);
      const missingAgencyIds = pendingAgencyIds(doc.invitedAgencyIds, contributed);
      const closedAt = new Date();
      return transition(id, 'close', { closedAt, closedBy, missingAgencyIds }, (updated) =>
        delegationEvents.lawConsultationClosed.draft({
          consultationId: id,
          closedAt: closedAt.toISOString(),
          closesOn: updated.closesOn,
          contributedAgencyIds: doc.invitedAgencyIds.filter((agencyId) => contributed.includes(agencyId)),
          missingAgencyIds,
        }),
      );
    },

    /** CLOSED → SUMMARY_SENT, recording the summary and the day it went to the National Assembly. */
    async sendSummary(id: string, input: SendConsultationSummaryInput, sentBy: string): Promise<LawConsultationDoc> {
      const doc = await current(id, 'sendSummary');
      const dateProblem = actDateProblem(doc.opensOn, input.sentOn);
      if (dateProblem) throw badInput('input.sentOn', dateProblem);
      return transition(
        id,
        'sendSummary',
        { summary: input.summary, summarySentOn: input.sentOn, summarySentBy: sentBy },
        (updated) => delegationEvents.lawConsultationSummarySent.draft({ consultationId: id, draftTitle: updated.draftTitle, summarySentOn: input.sentOn }),
      );
    },

    list(filter: LawConsultationFilter, page: PageArgs) {
      const query: FilterQuery<LawConsultationDoc> = {};
      if (filter.status) query.status = filter.status;
      if (filter.draftKind) query.draftKind = filter.draftKind;
      if (filter.invitedAgencyId) query.invitedAgencyIds = filter.invitedAgencyId;
      return store.list(query, page, { field: 'opensOn', direction: -1, isDate: true });
    },

    /** OPEN consultations that invited any of `agencyIds` (one query), the soonest closing first. */
    findOpenInviting: (agencyIds: readonly string[]) =>
      store.model
        .find({ status: 'OPEN', invitedAgencyIds: { $in: [...agencyIds] } })
        .sort({ closesOn: 1, _id: 1 })
        .lean<LawConsultationDoc[]>()
        .exec(),
  };
}
