import { Schema, type Connection } from 'mongoose';
import type { ReminderType } from '../domain/reminders';

/**
 * Each reminder sent, or being sent (collection `reminders`): `_id` = `<obligationId>:<type>`, so claiming it twice
 * fails on the unique key — the one guarantee of "exactly once" that survives restarts and duplicate events. A claim
 * is SENDING while its channel works, SENT after; a failed send gives the claim back (the next check tries again).
 */
interface ReminderDoc {
  _id: string;
  obligationId: string;
  type: ReminderType;
  channel: string;
  status: 'SENDING' | 'SENT';
  claimedAt: Date;
  sentAt: Date | null;
}

const schema = new Schema<ReminderDoc>(
  {
    _id: { type: String, required: true },
    obligationId: { type: String, required: true },
    type: { type: String, required: true },
    channel: { type: String, required: true },
    status: { type: String, required: true },
    claimedAt: { type: Date, required: true },
    sentAt: { type: Date, default: null },
  },
  { versionKey: false },
);
schema.index({ status: 1 });

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

export function createReminderLedger(connection: Connection) {
  const model = connection.model<ReminderDoc>('Reminder', schema, 'reminders');
  return {
    model,
    init: () => model.init(),
    /** Claims a reminder for sending: false when it was claimed (or sent) already. */
    async claim(id: string, obligationId: string, type: ReminderType, channel: string): Promise<boolean> {
      try {
        await model.create({ _id: id, obligationId, type, channel, status: 'SENDING', claimedAt: new Date(), sentAt: null });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },
    sent: (id: string) => model.updateOne({ _id: id }, { $set: { status: 'SENT', sentAt: new Date() } }).exec(),
    /** Gives a claim back after its send failed. */
    release: (id: string) => model.deleteOne({ _id: id, status: 'SENDING' }).exec(),
    /** Whether a reminder was sent (a claim found on a later check). */
    wasSent: async (id: string) => (await model.exists({ _id: id, status: 'SENT' })) !== null,
    /**
     * Claims a crash left SENDING (the process died between claiming and recording the outcome): given back at start,
     * so those reminders go out again — at least once in that window. One notifier runs at a time (README).
     */
    releaseInterrupted: () => model.deleteMany({ status: 'SENDING' }).exec(),
  };
}

export type ReminderLedger = ReturnType<typeof createReminderLedger>;
