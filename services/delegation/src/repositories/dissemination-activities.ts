import { delegationEvents } from '@hanoi/contracts';
import { createEntityStore, foldVietnamese, newId, type Outbox, type PageArgs } from '@hanoi/platform';
import { Schema, type Connection, type FilterQuery } from 'mongoose';
import type { AudienceKind, DisseminationActivityFilter, DisseminationForm, RecordDisseminationActivityInput } from '../domain/dissemination';

/** Hoạt động phổ biến, giáo dục pháp luật: one body's activity, its laws, form and audiences (counts, no person). */
export interface DisseminationActivityDoc {
  _id: string;
  bodyAgencyId: string;
  heldOn: Date;
  form: DisseminationForm;
  laws: string[];
  /** `foldVietnamese` of the laws' titles: what the `law` filter matches. */
  lawsKey: string;
  audiences: { kind: AudienceKind; count: number }[];
  /** The audiences' kinds (an array of strings: what the `audienceKind` filter matches on every backend). */
  audienceKinds: AudienceKind[];
  place: string | null;
  summary: string | null;
  recordedBy: string;
  recordedAt: Date;
}

const schema = new Schema<DisseminationActivityDoc>(
  {
    _id: { type: String, required: true },
    bodyAgencyId: { type: String, required: true, index: true },
    heldOn: { type: Date, required: true, index: true },
    form: { type: String, required: true },
    laws: { type: [String], required: true },
    lawsKey: { type: String, required: true },
    audiences: { type: [{ _id: false, kind: String, count: Number }], required: true },
    audienceKinds: { type: [String], required: true },
    place: { type: String, default: null },
    summary: { type: String, default: null },
    recordedBy: { type: String, required: true },
    recordedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/** Escapes text for use inside a regular expression (the law filter is a plain substring match). */
const escapeRegex = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createDisseminationActivityRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<DisseminationActivityDoc>({
    connection,
    outbox,
    modelName: 'DisseminationActivity',
    collection: 'dissemination_activities',
    schema,
  });
  return {
    loader: store.loader,

    /** Stores the activity with `disseminationActivity.recorded`. */
    record(input: RecordDisseminationActivityInput, recordedBy: string): Promise<DisseminationActivityDoc> {
      const doc: DisseminationActivityDoc = {
        _id: newId(),
        ...input,
        lawsKey: foldVietnamese(input.laws.join(' | ')),
        audienceKinds: input.audiences.map((audience) => audience.kind),
        recordedBy,
        recordedAt: new Date(),
      };
      return store.insert(doc, delegationEvents.disseminationActivityRecorded.draft({ ...doc, disseminationActivityId: doc._id }));
    },

    /** Latest held first; filters combine (top-level equality where possible: FerretDB pushes those down). */
    list(filter: DisseminationActivityFilter, page: PageArgs) {
      const query: FilterQuery<DisseminationActivityDoc> = {};
      if (filter.bodyAgencyId) query.bodyAgencyId = filter.bodyAgencyId;
      if (filter.form) query.form = filter.form;
      if (filter.audienceKind) query.audienceKinds = filter.audienceKind;
      if (filter.heldFrom || filter.heldTo) query.heldOn = { ...(filter.heldFrom && { $gte: filter.heldFrom }), ...(filter.heldTo && { $lte: filter.heldTo }) };
      const law = filter.law ? foldVietnamese(filter.law) : '';
      if (law) query.lawsKey = { $regex: escapeRegex(law) };
      return store.list(query, page, { field: 'heldOn', direction: -1, isDate: true });
    },
  };
}
