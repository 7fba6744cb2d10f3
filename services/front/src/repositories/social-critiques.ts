import { frontEvents, jurisdictionOf, jurisdictionQuery, obligationEvents, type AgencyLevel, type BodyOfLevel } from '@hanoi/contracts';
import { conflict, createEntityStore, newId, notFound, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import {
  isLate,
  socialCritiqueObligations,
  type CreateSocialCritiqueInput,
  type SocialCritiqueStatus,
  type SubmitSocialCritiqueReportInput,
} from '../domain/social-critique';
import { organisedBy, organiserOf, type Organised } from '../domain/organiser';

export interface SocialCritiqueDoc extends Organised {
  _id: string;
  targetDocument: string;
  draftingAgencyId: string;
  deadline: Date;
  status: SocialCritiqueStatus;
  report: string | null;
  /** The day the report went to the drafting agency (null while OPEN). */
  reportedOn?: Date | null;
  reportedBy?: string | null;
  createdBy: string;
  createdAt: Date;
}

const schema = new Schema<SocialCritiqueDoc>(
  {
    _id: { type: String, required: true },
    targetDocument: { type: String, required: true },
    draftingAgencyId: { type: String, required: true, index: true },
    deadline: { type: Date, required: true, index: true },
    status: { type: String, required: true, index: true },
    organiserAgencyId: { type: String },
    // The organiser's level and unit (absent on critiques recorded before: the city's).
    level: { type: String },
    jurisdictionUnitId: { type: String },
    report: { type: String, default: null },
    reportedOn: { type: Date, default: null },
    reportedBy: { type: String, default: null },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export interface SocialCritiqueFilter {
  status?: SocialCritiqueStatus | null;
  draftingAgencyId?: string | null;
  level?: AgencyLevel | null;
  jurisdictionUnitId?: string | null;
}

export function createSocialCritiqueRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<SocialCritiqueDoc>({
    connection,
    outbox,
    modelName: 'SocialCritique',
    collection: 'social_critiques',
    schema,
    derivedEvents: obligationEvents(frontEvents.obligation, socialCritiqueObligations),
  });
  return {
    loader: store.loader,

    /** Stores an OPEN critique with `socialCritique.created`, opening the organiser's obligation to report by the deadline. */
    create(input: CreateSocialCritiqueInput, organiser: BodyOfLevel, createdBy: string): Promise<SocialCritiqueDoc> {
      const doc: SocialCritiqueDoc = {
        _id: newId(),
        ...input,
        status: 'OPEN',
        ...organisedBy(organiser),
        report: null,
        reportedOn: null,
        reportedBy: null,
        createdBy,
        createdAt: new Date(),
      };
      return store.insert(
        doc,
        frontEvents.socialCritiqueCreated.draft({
          socialCritiqueId: doc._id,
          targetDocument: doc.targetDocument,
          draftingAgencyId: doc.draftingAgencyId,
          deadline: doc.deadline,
          organiserAgencyId: organiserOf(doc),
          ...jurisdictionOf(doc),
        }),
      );
    },

    /**
     * OPEN → REPORTED with the report (`socialCritique.reported`), meeting the obligation on the report day.
     * NOT_FOUND for an unknown id; CONFLICT when it was reported already.
     */
    async report(id: string, input: SubmitSocialCritiqueReportInput, reportedBy: string): Promise<SocialCritiqueDoc> {
      const updated = await store.update(
        id,
        { status: 'OPEN' },
        { $set: { status: 'REPORTED', report: input.report, reportedOn: input.reportedOn, reportedBy } },
        (critique) =>
          frontEvents.socialCritiqueReported.draft({
            socialCritiqueId: critique._id,
            targetDocument: critique.targetDocument,
            draftingAgencyId: critique.draftingAgencyId,
            deadline: critique.deadline,
            reportedOn: input.reportedOn,
            late: isLate(critique.deadline, input.reportedOn),
          }),
      );
      if (updated) return updated;
      if (!(await store.findById(id))) throw notFound('SocialCritique', id, 'id');
      throw conflict(`SocialCritique ${id} is already REPORTED: only an OPEN critique takes a report`, 'id');
    },

    list(filter: SocialCritiqueFilter, page: PageArgs) {
      const query: FilterQuery<SocialCritiqueDoc> = jurisdictionQuery(filter);
      if (filter.status) query.status = filter.status;
      if (filter.draftingAgencyId) query.draftingAgencyId = filter.draftingAgencyId;
      return store.list(query, page, { field: 'deadline', direction: 1, isDate: true });
    },
  };
}
