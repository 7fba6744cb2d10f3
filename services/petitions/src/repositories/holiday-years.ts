import { petitionsEvents } from '@hanoi/contracts';
import { createEntityStore, parseCalendarDate, type Outbox } from '@hanoi/platform';
import { Schema, type Connection } from 'mongoose';
import type { HolidayCalendar, HolidayYear } from '../domain/deadlines';
import { calendarOf, mergeHolidayYears, type StoredHolidayYear } from '../domain/holiday-calendar';

/** One year of the holiday calendar an administrator set; `_id` is the year (`"2028"`). */
export interface HolidayYearDoc extends HolidayYear {
  _id: string;
  updatedBy: string;
  updatedAt: Date;
}

const schema = new Schema<HolidayYearDoc>(
  {
    _id: { type: String, required: true },
    year: { type: Number, required: true },
    provisional: { type: Boolean, required: true },
    sources: { type: [String], default: [] },
    daysOff: { type: [new Schema({ on: String, kind: String, name: String }, { _id: false })], default: [] },
    makeUpWorkingDays: { type: [new Schema({ on: String, name: String }, { _id: false })], default: [] },
    updatedBy: { type: String, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

const stored = (doc: HolidayYearDoc): StoredHolidayYear => ({
  year: doc.year,
  provisional: doc.provisional,
  sources: doc.sources ?? [],
  daysOff: (doc.daysOff ?? []).map((day) => ({ on: day.on, kind: day.kind, name: day.name })),
  makeUpWorkingDays: (doc.makeUpWorkingDays ?? []).map((day) => ({ on: day.on, name: day.name })),
  origin: 'ADMIN',
  updatedBy: doc.updatedBy,
  updatedAt: doc.updatedAt,
});

/** `holidayYear.set`: the year as it now stands. */
const setEvent = (year: HolidayYear) =>
  petitionsEvents.holidayYearSet.draft({
    year: year.year,
    provisional: year.provisional,
    daysOff: year.daysOff.map((day) => parseCalendarDate(day.on)),
    makeUpWorkingDays: year.makeUpWorkingDays.map((day) => parseCalendarDate(day.on)),
    sources: [...year.sources],
  });

/**
 * The holiday calendar kept as data (collection `holiday_years`): the years administrators set, merged over the
 * engine's built-in years. Deadlines read it through `calendar()` (once per request, event or sweep), so a year
 * set here counts from the next computation on, in every process.
 */
export function createHolidayYearRepository(connection: Connection, outbox: Outbox) {
  const store = createEntityStore<HolidayYearDoc>({ connection, outbox, modelName: 'HolidayYear', collection: 'holiday_years', schema });

  const storedYears = async () => (await store.model.find().sort({ year: 1 }).lean<HolidayYearDoc[]>().exec()).map(stored);

  return {
    model: store.model,

    /** Every year the calendar knows (built-in and set), ascending; a set year replaces the built-in one. */
    list: async (): Promise<StoredHolidayYear[]> => mergeHolidayYears(await storedYears()),

    /** The calendar deadlines are computed with (one query). */
    calendar: async (): Promise<HolidayCalendar> => calendarOf(await storedYears()),
    /** The same, counting only weekends off in a year without data (reception days, not deadlines). */
    lenientCalendar: async (): Promise<HolidayCalendar> => calendarOf(await storedYears(), 'WEEKENDS_ONLY'),

    /** Sets (creates or replaces) a checked year, with its `holidayYear.set` event. */
    async set(year: HolidayYear, by: string): Promise<StoredHolidayYear> {
      const id = String(year.year);
      const fields = { ...year, updatedBy: by, updatedAt: new Date() };
      if (!(await store.model.exists({ _id: id }))) {
        const inserted = await store.insertOnce({ _id: id, ...fields }, setEvent(year));
        if (inserted) return stored({ _id: id, ...fields });
      }
      const updated = await store.write(id, {}, () => ({ update: { $set: fields }, events: [setEvent(year)] }));
      return stored(updated ?? { _id: id, ...fields });
    },
  };
}

export type HolidayYearRepository = ReturnType<typeof createHolidayYearRepository>;
