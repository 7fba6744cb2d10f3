import { delegationEvents, type CaseCategory } from '@hanoi/contracts';
import { createEntityStore, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import type { ForwardedVoterRecommendationFilter, ForwardVoterRecommendationInput } from '../domain/voter-recommendation';

export interface ForwardedVoterRecommendationDoc {
  _id: string;
  text: string;
  category: CaseCategory;
  forwardedOn: Date;
  addressedToAgencyId: string;
  nationalAssemblyDeputyId: string | null;
  recordedBy: string;
  recordedAt: Date;
}

const schema = new Schema<ForwardedVoterRecommendationDoc>(
  {
    _id: { type: String, required: true },
    text: { type: String, required: true },
    category: { type: String, required: true },
    forwardedOn: { type: Date, required: true, index: true },
    addressedToAgencyId: { type: String, required: true, index: true },
    nationalAssemblyDeputyId: { type: String, default: null, index: true },
    recordedBy: { type: String, required: true },
    recordedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export function createForwardedRecommendationRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<ForwardedVoterRecommendationDoc>({
    connection,
    outbox,
    modelName: 'VoterRecommendation',
    collection: 'forwarded_voter_recommendations',
    schema,
  });
  return {
    loader: store.loader,

    /** Stores the recommendation with its F5 event in one write; petitions opens the 60-day case from it. */
    forward(input: ForwardVoterRecommendationInput, recordedBy: string): Promise<ForwardedVoterRecommendationDoc> {
      const doc: ForwardedVoterRecommendationDoc = {
        _id: newId(),
        text: input.text,
        category: input.category,
        forwardedOn: input.forwardedOn,
        addressedToAgencyId: input.addressedToAgencyId,
        nationalAssemblyDeputyId: input.nationalAssemblyDeputyId ?? null,
        recordedBy,
        recordedAt: new Date(),
      };
      return store.insert(doc, delegationEvents.voterRecommendationForwarded.draft({ ...doc, recommendationId: doc._id }));
    },

    list(filter: ForwardedVoterRecommendationFilter, page: PageArgs) {
      const query: FilterQuery<ForwardedVoterRecommendationDoc> = {};
      if (filter.category) query.category = filter.category;
      if (filter.addressedToAgencyId) query.addressedToAgencyId = filter.addressedToAgencyId;
      if (filter.nationalAssemblyDeputyId) query.nationalAssemblyDeputyId = filter.nationalAssemblyDeputyId;
      if (filter.forwardedFrom || filter.forwardedTo) {
        query.forwardedOn = {
          ...(filter.forwardedFrom && { $gte: filter.forwardedFrom }),
          ...(filter.forwardedTo && { $lte: filter.forwardedTo }),
        };
      }
      return store.list(query, page, { field: 'forwardedOn', direction: -1, isDate: true });
    },
  };
}
