import { announcedHolidayYear, workingDayCalendar, type HolidayCalendar } from '@hanoi/contracts';
import { Schema, type Connection } from 'mongoose';

/** A year of the holiday calendar as petitions announced it (`holidayYear.set`); `_id` is the year (`"2028"`). */
interface SetHolidayYearDoc {
  _id: string;
  year: number;
  provisional: boolean;
  daysOff: Date[];
  makeUpWorkingDays: Date[];
  sources: string[];
}

const schema = new Schema<SetHolidayYearDoc>(
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
 * The years administrators set in petitions (collection `holiday_years`), kept from its `holidayYear.set` events so
 * that the inbox counts working days with the calendar deadlines are computed with. A redelivered or replayed event
 * sets the same year again (idempotent).
 */
export function createHolidayYearReadModel(connection: Connection) {
  const model = connection.model<SetHolidayYearDoc>('SetHolidayYear', schema, 'holiday_years');
  return {
    set: (year: Omit<SetHolidayYearDoc, '_id'>) => model.replaceOne({ _id: String(year.year) }, { _id: String(year.year), ...year }, { upsert: true }).exec(),
    /** The built-in years with the set ones over them; a year without data counts weekends only (one query). */
    async calendar(): Promise<HolidayCalendar> {
      const rows = await model.find().lean<SetHolidayYearDoc[]>().exec();
      return workingDayCalendar(rows.map(announcedHolidayYear), { unknownYears: 'WEEKENDS_ONLY' });
    },
  };
}

export type HolidayYearReadModel = ReturnType<typeof createHolidayYearReadModel>;
