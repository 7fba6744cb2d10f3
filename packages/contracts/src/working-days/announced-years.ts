import { Schema, type Connection } from 'mongoose';
import { announcedHolidayYear, workingDayCalendar } from './holiday-data';
import type { HolidayCalendar } from './holidays';

/** A year of the holiday calendar as petitions announced it (`holidayYear.set`); `_id` is the year (`"2028"`). */
interface AnnouncedHolidayYearDoc {
  _id: string;
  year: number;
  provisional: boolean;
  daysOff: Date[];
  makeUpWorkingDays: Date[];
  sources: string[];
}

const schema = new Schema<AnnouncedHolidayYearDoc>(
  {
    _id: { type: String, required: true },
    year: { type: Number, required: true },
    provisional: { type: Boolean, required: true },
    daysOff: { type: [Date], default: [] },
    makeUpWorkingDays: { type: [Date], default: [] },
    sources: { type: [String], default: [] },
  },
  { versionKey: false },
);

/**
 * The consumers' side of `holidayYear.set`: the years administrators set in petitions, kept in the consuming
 * service's own collection `holiday_years`, so that it counts working days (supervision's inbox, the notifier's
 * reminders) with the calendar petitions' deadlines were computed with. A redelivered or replayed event sets the
 * same year again (idempotent).
 */
export function createHolidayYearReadModel(connection: Connection) {
  const model = connection.model<AnnouncedHolidayYearDoc>('SetHolidayYear', schema, 'holiday_years');
  return {
    set: (year: Omit<AnnouncedHolidayYearDoc, '_id'>) => model.replaceOne({ _id: String(year.year) }, { _id: String(year.year), ...year }, { upsert: true }).exec(),
    /** The built-in years with the set ones over them; a year without data counts weekends only (one query). */
    async calendar(): Promise<HolidayCalendar> {
      const rows = await model.find().lean<AnnouncedHolidayYearDoc[]>().exec();
      return workingDayCalendar(rows.map(announcedHolidayYear), { unknownYears: 'WEEKENDS_ONLY' });
    },
  };
}

export type HolidayYearReadModel = ReturnType<typeof createHolidayYearReadModel>;
