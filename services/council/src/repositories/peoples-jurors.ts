import { councilEvents, peoplesJurorIdOf } from '@hanoi/contracts';
import { createEntityStore, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import type { ElectPeoplesJurorInput, PeoplesJurorFilter, PeoplesJurorStatus } from '../domain/peoples-juror';

/** Hội thẩm nhân dân: the Front's nominee (from `peoplesJuror.nominated`), then elected by the council. */
export interface PeoplesJurorDoc {
  /** `peoplesJurorIdOf(nominationId)`: the front links to it, a redelivered nomination finds it. */
  _id: string;
  nominationId: string;
  fullName: string;
  courtLevel: 'CITY' | 'REGIONAL';
  courtRegion: number | null;
  /** The council term the juror serves. */
  term: string;
  status: PeoplesJurorStatus;
  nominatedOn: Date;
  nominatedByAgencyId: string;
  /** Set when elected. */
  councilSessionId: string | null;
  resolutionId: string | null;
  termStartsOn: Date | null;
  electedBy: string | null;
  recordedAt: Date;
}

/** A nomination as council reads it from the front's event. */
export type JurorNomination = Pick<PeoplesJurorDoc, 'nominationId' | 'fullName' | 'courtLevel' | 'courtRegion' | 'nominatedOn' | 'nominatedByAgencyId'> & {
  councilTerm: string;
};

const schema = new Schema<PeoplesJurorDoc>(
  {
    _id: { type: String, required: true },
    nominationId: { type: String, required: true },
    fullName: { type: String, required: true },
    courtLevel: { type: String, required: true },
    courtRegion: { type: Number, default: null },
    term: { type: String, required: true, index: true },
    status: { type: String, required: true },
    nominatedOn: { type: Date, required: true },
    nominatedByAgencyId: { type: String, required: true },
    councilSessionId: { type: String, default: null },
    resolutionId: { type: String, default: null },
    termStartsOn: { type: Date, default: null },
    electedBy: { type: String, default: null },
    recordedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export function createPeoplesJurorRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<PeoplesJurorDoc>({ connection, outbox, modelName: 'PeoplesJuror', collection: 'peoples_jurors', schema });
  return {
    loader: store.loader,

    /** Records the Front's nominee (NOMINATED) once: a redelivered nomination finds its id taken. Returns whether it was new. */
    recordNomination: (nomination: JurorNomination): Promise<boolean> =>
      store.insertOnce({
        _id: peoplesJurorIdOf(nomination.nominationId),
        nominationId: nomination.nominationId,
        fullName: nomination.fullName,
        courtLevel: nomination.courtLevel,
        courtRegion: nomination.courtRegion,
        term: nomination.councilTerm,
        status: 'NOMINATED',
        nominatedOn: nomination.nominatedOn,
        nominatedByAgencyId: nomination.nominatedByAgencyId,
        councilSessionId: null,
        resolutionId: null,
        termStartsOn: null,
        electedBy: null,
        recordedAt: new Date(),
      }),

    /** NOMINATED → ELECTED with `peoplesJuror.elected`; null when it is no longer NOMINATED. */
    elect: (id: string, input: ElectPeoplesJurorInput, electedBy: string) =>
      store.update(
        id,
        { status: 'NOMINATED' },
        { $set: { status: 'ELECTED', councilSessionId: input.councilSessionId, resolutionId: input.resolutionId, termStartsOn: input.electedOn, electedBy } },
        (juror) =>
          councilEvents.peoplesJurorElected.draft({
            peoplesJurorId: juror._id,
            nominationId: juror.nominationId,
            fullName: juror.fullName,
            courtLevel: juror.courtLevel,
            courtRegion: juror.courtRegion,
            term: juror.term,
            councilSessionId: input.councilSessionId,
            termStartsOn: input.electedOn,
          }),
      ),

    /** By name. */
    list(filter: PeoplesJurorFilter, page: PageArgs) {
      const query: FilterQuery<PeoplesJurorDoc> = {};
      if (filter.term) query.term = filter.term;
      if (filter.status) query.status = filter.status;
      if (filter.courtLevel) query.courtLevel = filter.courtLevel;
      return store.list(query, page, { field: 'fullName', direction: 1 });
    },
  };
}
