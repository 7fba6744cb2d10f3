import { createEntityStore, createGroupLoader, formatCalendarDate, hanoiToday, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import type {
  AddSupervisionRecommendationInput,
  RecommendationStatus,
  ReportRecommendationImplementationInput,
} from '../domain/recommendation';

export interface SupervisionRecommendationDoc {
  _id: string;
  programmeId: string;
  /** The programme's lead agency when issued (a programme's lead never changes); it may receive reports too. */
  leadAgencyId: string;
  addressedToAgencyId: string;
  text: string;
  dueOn: Date;
  status: RecommendationStatus;
  implementationReport: string | null;
  reportedOn: Date | null;
  reportedBy: string | null;
  createdBy: string;
  createdAt: Date;
}

const schema = new Schema<SupervisionRecommendationDoc>(
  {
    _id: { type: String, required: true },
    programmeId: { type: String, required: true, index: true },
    leadAgencyId: { type: String, required: true },
    addressedToAgencyId: { type: String, required: true, index: true },
    text: { type: String, required: true },
    dueOn: { type: Date, required: true, index: true },
    status: { type: String, required: true },
    implementationReport: { type: String, default: null },
    reportedOn: { type: Date, default: null },
    reportedBy: { type: String, default: null },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export interface RecommendationFilter {
  programmeId?: string | null;
  addressedToAgencyId?: string | null;
  status?: string | null;
  overdueOnly?: boolean | null;
}

/** The database condition matching `isRecommendationOverdue` (OPEN, due before today). */
function filterQuery(filter: RecommendationFilter, today: Date): FilterQuery<SupervisionRecommendationDoc> {
  const conditions: FilterQuery<SupervisionRecommendationDoc>[] = [];
  if (filter.programmeId) conditions.push({ programmeId: filter.programmeId });
  if (filter.addressedToAgencyId) conditions.push({ addressedToAgencyId: filter.addressedToAgencyId });
  if (filter.status) conditions.push({ status: filter.status as RecommendationStatus });
  if (filter.overdueOnly) conditions.push({ status: 'OPEN', dueOn: { $lt: today } });
  if (conditions.length === 0) return {};
  return conditions.length === 1 ? conditions[0]! : { $and: conditions };
}

function withAddressees(ids: readonly string[], query: FilterQuery<SupervisionRecommendationDoc>): FilterQuery<SupervisionRecommendationDoc> {
  const addressees: FilterQuery<SupervisionRecommendationDoc> = { addressedToAgencyId: { $in: [...ids] } };
  return Object.keys(query).length === 0 ? addressees : { $and: [addressees, query] };
}

export function createRecommendationRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<SupervisionRecommendationDoc>({
    connection,
    outbox,
    modelName: 'SupervisionRecommendation',
    collection: 'supervision_recommendations',
    schema,
  });
  const byDue = { dueOn: 1, _id: 1 } as const;

  return {
    loader: store.loader,

    /** Stores the recommendation with its `supervisionRecommendation.issued` event in one write. */
    issue(input: AddSupervisionRecommendationInput, leadAgencyId: string, createdBy: string): Promise<SupervisionRecommendationDoc> {
      const doc: SupervisionRecommendationDoc = {
        _id: newId(),
        programmeId: input.programmeId,
        leadAgencyId,
        addressedToAgencyId: input.addressedToAgencyId,
        text: input.text,
        dueOn: input.dueOn,
        status: 'OPEN',
        implementationReport: null,
        reportedOn: null,
        reportedBy: null,
        createdBy,
        createdAt: new Date(),
      };
      return store.insert(doc, 'issued', {
        recommendationId: doc._id,
        programmeId: doc.programmeId,
        addressedToAgencyId: doc.addressedToAgencyId,
        dueOn: formatCalendarDate(doc.dueOn),
      });
    },

    /** OPEN → the reported status; null when it is no longer OPEN (a concurrent report). */
    reportImplementation: (id: string, input: ReportRecommendationImplementationInput, reportedBy: string) =>
      store.update(
        id,
        { status: 'OPEN' },
        { $set: { status: input.status, implementationReport: input.report, reportedOn: input.reportedOn, reportedBy } },
        'implementationReported',
        (doc) => ({
          recommendationId: doc._id,
          programmeId: doc.programmeId,
          addressedToAgencyId: doc.addressedToAgencyId,
          status: input.status,
          dueOn: formatCalendarDate(doc.dueOn),
          reportedOn: formatCalendarDate(input.reportedOn),
          /** Reported after the due day. */
          late: input.reportedOn.getTime() > doc.dueOn.getTime(),
        }),
      ),

    list: (filter: RecommendationFilter, page: PageArgs) =>
      store.list(filterQuery(filter, hanoiToday()), page, { field: 'dueOn', direction: 1, isDate: true }),

    /** Recommendations of several programmes in one query. */
    byProgrammeLoader: () =>
      createGroupLoader<SupervisionRecommendationDoc>(
        (ids) => store.model.find({ programmeId: { $in: [...ids] } }).sort(byDue).lean<SupervisionRecommendationDoc[]>().exec(),
        (row) => row.programmeId,
      ),

    /** Recommendations addressed to several agencies, narrowed by `filter`, in one query. */
    byAddresseeLoader: (filter: Pick<RecommendationFilter, 'status' | 'overdueOnly'>) =>
      createGroupLoader<SupervisionRecommendationDoc>(
        (ids) =>
          store.model
            .find(withAddressees(ids, filterQuery(filter, hanoiToday())))
            .sort(byDue)
            .lean<SupervisionRecommendationDoc[]>()
            .exec(),
        (row) => row.addressedToAgencyId,
      ),
  };
}

export type RecommendationRepository = ReturnType<typeof createRecommendationRepository>;
