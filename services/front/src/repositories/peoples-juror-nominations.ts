import { frontEvents } from '@hanoi/contracts';
import { createEntityStore, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection } from 'mongoose';
import type { CourtLevel, NominatePeoplesJurorInput } from '../domain/peoples-juror-nomination';

/** Giới thiệu người ứng cử Hội thẩm nhân dân: the Front's nominee for the council to elect. */
export interface PeoplesJurorNominationDoc {
  _id: string;
  fullName: string;
  courtLevel: CourtLevel;
  courtRegion: number | null;
  councilTerm: string;
  nominatedOn: Date;
  nominatedByAgencyId: string;
  createdBy: string;
  createdAt: Date;
}

const schema = new Schema<PeoplesJurorNominationDoc>(
  {
    _id: { type: String, required: true },
    fullName: { type: String, required: true },
    courtLevel: { type: String, required: true },
    courtRegion: { type: Number, default: null },
    councilTerm: { type: String, required: true, index: true },
    nominatedOn: { type: Date, required: true },
    nominatedByAgencyId: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export function createPeoplesJurorNominationRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<PeoplesJurorNominationDoc>({
    connection,
    outbox,
    modelName: 'PeoplesJurorNomination',
    collection: 'peoples_juror_nominations',
    schema,
  });
  return {
    loader: store.loader,
    /** Stores the nomination with `peoplesJuror.nominated` (council records the nominee from it). */
    nominate(input: NominatePeoplesJurorInput, nominatedByAgencyId: string, createdBy: string): Promise<PeoplesJurorNominationDoc> {
      const doc: PeoplesJurorNominationDoc = { _id: newId(), ...input, nominatedByAgencyId, createdBy, createdAt: new Date() };
      return store.insert(doc, frontEvents.peoplesJurorNominated.draft({ ...input, nominationId: doc._id, nominatedByAgencyId }));
    },
    /** Latest nominations first. */
    list: (councilTerm: string | null | undefined, page: PageArgs) =>
      store.list(councilTerm ? { councilTerm } : {}, page, { field: 'nominatedOn', direction: -1, isDate: true }),
  };
}
