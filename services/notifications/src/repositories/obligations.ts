import type { ObligationKind, ObligationSubjectType } from '@hanoi/contracts';
import { Schema, type Connection } from 'mongoose';
import type { ReminderType, ReminderWindow, TrackedObligation } from '../domain/reminders';

/**
 * The notifier's own read model of every service's obligations (collection `obligations`), from their
 * `obligation.{opened,rescheduled,met,cancelled}` events. Each change is a plain `$set`, so an event applied twice
 * changes nothing; a `met` arriving before its `opened` (published by another aggregate) keeps it met.
 */
interface ObligationDoc {
  _id: string;
  service: string | null;
  kind: ObligationKind | null;
  agencyId: string | null;
  title: string | null;
  dueOn: Date | null;
  subject: { type: ObligationSubjectType; id: string } | null;
  metOn: Date | null;
  cancelledOn: Date | null;
  reminded: ReminderType[];
}

const schema = new Schema<ObligationDoc>(
  {
    _id: { type: String, required: true },
    service: { type: String, default: null },
    kind: { type: String, default: null },
    agencyId: { type: String, default: null },
    title: { type: String, default: null },
    dueOn: { type: Date, default: null },
    subject: { type: new Schema({ type: String, id: String }, { _id: false }), default: null },
    metOn: { type: Date, default: null },
    cancelledOn: { type: Date, default: null },
    reminded: { type: [String], default: [] },
  },
  { versionKey: false },
);
// The check: open obligations by due day.
schema.index({ metOn: 1, cancelledOn: 1, dueOn: 1 });

export function createObligationReadModel(connection: Connection) {
  const model = connection.model<ObligationDoc>('TrackedObligation', schema, 'obligations');
  return {
    model,
    opened: (o: Omit<TrackedObligation, 'reminded'>) =>
      model
        .updateOne(
          { _id: o.obligationId },
          { $set: { service: o.service, kind: o.kind, agencyId: o.agencyId, title: o.title, dueOn: o.dueOn, subject: o.subject, cancelledOn: null }, $setOnInsert: { metOn: null, reminded: [] } },
          { upsert: true },
        )
        .exec(),
    rescheduled: (obligationId: string, dueOn: Date) => model.updateOne({ _id: obligationId }, { $set: { dueOn } }).exec(),
    met: (obligationId: string, metOn: Date) =>
      model
        .updateOne({ _id: obligationId }, { $set: { metOn }, $setOnInsert: { service: null, kind: null, agencyId: null, title: null, dueOn: null, subject: null, cancelledOn: null, reminded: [] } }, { upsert: true })
        .exec(),
    cancelled: (obligationId: string, on: Date) => model.updateOne({ _id: obligationId, metOn: null }, { $set: { cancelledOn: on } }).exec(),
    /** Records a reminder type as sent. */
    reminded: (obligationId: string, type: ReminderType) => model.updateOne({ _id: obligationId }, { $addToSet: { reminded: type } }).exec(),

    /** Open obligations that may owe a reminder in `window` (one query; `reminderDue` decides). */
    async candidates(window: ReminderWindow): Promise<TrackedObligation[]> {
      const rows = await model
        .find({
          kind: { $ne: null },
          metOn: null,
          cancelledOn: null,
          $or: [
            { dueOn: { $gte: window.overdueSince, $lt: window.today }, reminded: { $ne: 'OVERDUE' } },
            { dueOn: { $gte: window.today, $lte: window.dueSoonBy }, reminded: { $ne: 'DUE_SOON' } },
          ],
        })
        .sort({ dueOn: 1, _id: 1 })
        .lean<ObligationDoc[]>()
        .exec();
      return rows.map((row) => ({
        obligationId: row._id,
        service: row.service!,
        kind: row.kind!,
        agencyId: row.agencyId!,
        title: row.title,
        dueOn: row.dueOn!,
        subject: row.subject!,
        reminded: row.reminded ?? [],
      }));
    },
  };
}

export type ObligationReadModel = ReturnType<typeof createObligationReadModel>;
