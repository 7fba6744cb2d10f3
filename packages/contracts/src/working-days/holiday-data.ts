import { isoDay } from './dates';
import { createHolidayCalendar, type DayOff, type HolidayCalendar, type HolidayYear, type MakeUpWorkingDay, type UnknownYearPolicy } from './holidays';

/*
 * Vietnam's public holidays for state agencies, per year (Labour Code 2019, art. 112: Tết Dương lịch 1/1; Tết
 * Nguyên đán 5 days; Giỗ Tổ Hùng Vương 10/3 âm lịch; Ngày Chiến thắng 30/4; Quốc tế Lao động 1/5; Quốc khánh 2/9
 * and one adjacent day), the compensatory days when a holiday falls on a weekend (nghỉ bù, art. 111(3)), and the
 * government's swaps of a working day into a break with a make-up Saturday (hoán đổi / làm bù).
 *
 * Lunar dates were converted for UTC+7 (Hồ Ngọc Đức's algorithm) and agree with the lunar days the
 * announcements name: Tết 10/2/2024, 29/1/2025, 17/2/2026, 6/2/2027; 10/3 âm lịch 18/4/2024, 7/4/2025,
 * 26/4/2026, 16/4/2027. The lunar years Giáp Thìn (ending 28/1/2025), Ất Tỵ (16/2/2026) and Bính Ngọ (5/2/2027)
 * end on the 29th of the 12th month; Quý Mão ended on the 30th (9/2/2024).
 *
 * Every weekday listed as a day off, less the make-up days, adds up to the 11 statutory days of art. 112 in each
 * year (a unit test checks it).
 *
 * Not included: the Politburo's choice of 24/11 as Vietnam Culture Day (Ngày Văn hóa Việt Nam) with a paid day off
 * needs an amendment of Labour Code art. 112 that was still being drafted in February 2026 (Resolution 30/NQ-CP);
 * add it to the years it applies to once enacted.
 */
export const vietnamHolidayYears: readonly HolidayYear[] = [
  {
    year: 2024,
    provisional: false,
    sources: [
      'MOLISA notice on Tết Giáp Thìn and National Day 2024: Tết 8/2–14/2/2024 (5 Tết days + 2 compensatory days, Labour Code art. 111(3)); National Day 31/8–3/9/2024',
      'Government Office letter 2450/VPCP-KGVX of 12/4/2024: 30/4–1/5 break 27/4–1/5/2024, Monday 29/4 swapped with make-up Saturday 4/5/2024',
    ],
    daysOff: [
      { on: '2024-01-01', kind: 'HOLIDAY', name: 'Tết Dương lịch (New Year)' },
      { on: '2024-02-08', kind: 'HOLIDAY', name: 'Tết Nguyên đán (29 tháng Chạp)' },
      { on: '2024-02-09', kind: 'HOLIDAY', name: 'Tết Nguyên đán (30 tháng Chạp)' },
      { on: '2024-02-10', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 1)' },
      { on: '2024-02-11', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 2)' },
      { on: '2024-02-12', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 3)' },
      { on: '2024-02-13', kind: 'COMPENSATORY', name: 'Nghỉ bù Tết (mùng 1 fell on Saturday)' },
      { on: '2024-02-14', kind: 'COMPENSATORY', name: 'Nghỉ bù Tết (mùng 2 fell on Sunday)' },
      { on: '2024-04-18', kind: 'HOLIDAY', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      { on: '2024-04-29', kind: 'SWAPPED', name: 'Hoán đổi: 30/4–1/5 break, worked on Saturday 4/5' },
      { on: '2024-04-30', kind: 'HOLIDAY', name: 'Ngày Chiến thắng (30/4)' },
      { on: '2024-05-01', kind: 'HOLIDAY', name: 'Quốc tế Lao động (1/5)' },
      { on: '2024-09-02', kind: 'HOLIDAY', name: 'Quốc khánh (2/9)' },
      { on: '2024-09-03', kind: 'HOLIDAY', name: 'Quốc khánh (day after 2/9)' },
    ],
    makeUpWorkingDays: [{ on: '2024-05-04', name: 'Làm bù for Monday 29/4' }],
  },
  {
    year: 2025,
    provisional: false,
    sources: [
      'Government Office letter 8726/VPCP-KGVX of 26/11/2024: Tết Ất Tỵ 25/1–2/2/2025 (9 days, of which the 5 Tết days are Monday 27/1 to Friday 31/1); National Day 30/8–2/9/2025',
      'Prime Minister\'s approval (April 2025) of the swap for 30/4–1/5: Friday 2/5 off, make-up Saturday 26/4/2025; break 30/4–4/5',
    ],
    daysOff: [
      { on: '2025-01-01', kind: 'HOLIDAY', name: 'Tết Dương lịch (New Year)' },
      { on: '2025-01-27', kind: 'HOLIDAY', name: 'Tết Nguyên đán (28 tháng Chạp)' },
      { on: '2025-01-28', kind: 'HOLIDAY', name: 'Tết Nguyên đán (29 tháng Chạp)' },
      { on: '2025-01-29', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 1)' },
      { on: '2025-01-30', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 2)' },
      { on: '2025-01-31', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 3)' },
      { on: '2025-04-07', kind: 'HOLIDAY', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      { on: '2025-04-30', kind: 'HOLIDAY', name: 'Ngày Chiến thắng (30/4)' },
      { on: '2025-05-01', kind: 'HOLIDAY', name: 'Quốc tế Lao động (1/5)' },
      { on: '2025-05-02', kind: 'SWAPPED', name: 'Hoán đổi: 30/4–1/5 break, worked on Saturday 26/4' },
      { on: '2025-09-01', kind: 'HOLIDAY', name: 'Quốc khánh (day before 2/9)' },
      { on: '2025-09-02', kind: 'HOLIDAY', name: 'Quốc khánh (2/9)' },
    ],
    makeUpWorkingDays: [{ on: '2025-04-26', name: 'Làm bù for Friday 2/5' }],
  },
  {
    year: 2026,
    provisional: false,
    sources: [
      'Government Office letter 12729/VPCP-KGVX of 25/12/2025: New Year 1/1–4/1/2026, Friday 2/1 swapped with make-up Saturday 10/1/2026',
      'Prime Minister\'s decision on Tết Bính Ngọ (Ministry of Home Affairs proposal, October 2025): 14/2–22/2/2026, the 5 Tết days Monday 16/2 to Friday 20/2',
      'Prime Minister\'s approval (October 2025) for National Day 2026: 2/9 and the day before (1/9); Monday 31/8 swapped with make-up Saturday 22/8/2026; break 29/8–2/9',
      'Hùng Kings day falls on Sunday 26/4/2026: compensatory day Monday 27/4 (Labour Code art. 111(3)); 30/4–1/5 on Thursday–Friday, no swap',
    ],
    daysOff: [
      { on: '2026-01-01', kind: 'HOLIDAY', name: 'Tết Dương lịch (New Year)' },
      { on: '2026-01-02', kind: 'SWAPPED', name: 'Hoán đổi: New Year break, worked on Saturday 10/1' },
      { on: '2026-02-16', kind: 'HOLIDAY', name: 'Tết Nguyên đán (29 tháng Chạp)' },
      { on: '2026-02-17', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 1)' },
      { on: '2026-02-18', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 2)' },
      { on: '2026-02-19', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 3)' },
      { on: '2026-02-20', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 4)' },
      { on: '2026-04-26', kind: 'HOLIDAY', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      { on: '2026-04-27', kind: 'COMPENSATORY', name: 'Nghỉ bù Giỗ Tổ Hùng Vương (fell on Sunday)' },
      { on: '2026-04-30', kind: 'HOLIDAY', name: 'Ngày Chiến thắng (30/4)' },
      { on: '2026-05-01', kind: 'HOLIDAY', name: 'Quốc tế Lao động (1/5)' },
      { on: '2026-08-31', kind: 'SWAPPED', name: 'Hoán đổi: National Day break, worked on Saturday 22/8' },
      { on: '2026-09-01', kind: 'HOLIDAY', name: 'Quốc khánh (day before 2/9)' },
      { on: '2026-09-02', kind: 'HOLIDAY', name: 'Quốc khánh (2/9)' },
    ],
    makeUpWorkingDays: [
      { on: '2026-01-10', name: 'Làm bù for Friday 2/1' },
      { on: '2026-08-22', name: 'Làm bù for Monday 31/8' },
    ],
  },
  {
    // PROVISIONAL: no announcement for 2027 yet. Statutory days only, no swaps:
    // - Tết Đinh Mùi: the last day of Bính Ngọ (29 tháng Chạp, Fri 5/2) and mùng 1–4 (6/2–9/2); mùng 1 and 2 fall
    //   on Saturday and Sunday, so Wed 10/2 and Thu 11/2 are compensatory. (In 2024, the last year Tết fell on a
    //   Saturday, the government instead took 2 days before and 3 after; the weekday count is the same.)
    // - 30/4 on Friday; 1/5 on Saturday → compensatory Monday 3/5.
    // - 2/9 on Thursday; the adjacent day is the government's choice, Friday 3/9 assumed here.
    year: 2027,
    provisional: true,
    sources: ['Labour Code 2019, arts. 111(3) and 112 (statutory days; the government has not announced 2027 yet)'],
    daysOff: [
      { on: '2027-01-01', kind: 'HOLIDAY', name: 'Tết Dương lịch (New Year)' },
      { on: '2027-02-05', kind: 'HOLIDAY', name: 'Tết Nguyên đán (29 tháng Chạp)' },
      { on: '2027-02-06', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 1)' },
      { on: '2027-02-07', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 2)' },
      { on: '2027-02-08', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 3)' },
      { on: '2027-02-09', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 4)' },
      { on: '2027-02-10', kind: 'COMPENSATORY', name: 'Nghỉ bù Tết (mùng 1 falls on Saturday)' },
      { on: '2027-02-11', kind: 'COMPENSATORY', name: 'Nghỉ bù Tết (mùng 2 falls on Sunday)' },
      { on: '2027-04-16', kind: 'HOLIDAY', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      { on: '2027-04-30', kind: 'HOLIDAY', name: 'Ngày Chiến thắng (30/4)' },
      { on: '2027-05-01', kind: 'HOLIDAY', name: 'Quốc tế Lao động (1/5)' },
      { on: '2027-05-03', kind: 'COMPENSATORY', name: 'Nghỉ bù Quốc tế Lao động (falls on Saturday)' },
      { on: '2027-09-02', kind: 'HOLIDAY', name: 'Quốc khánh (2/9)' },
      { on: '2027-09-03', kind: 'HOLIDAY', name: 'Quốc khánh (day after 2/9, provisional choice)' },
    ],
    makeUpWorkingDays: [],
  },
];

/** Vietnam's calendar built from the years above (2024–2026 official, 2027 provisional). */
export const vietnamHolidayCalendar = createHolidayCalendar(vietnamHolidayYears);

const builtInByYear = new Map(vietnamHolidayYears.map((year) => [year.year, year]));

/**
 * A year as announced in days (an administrator's `setHolidayYear`, the `holidayYear.set` event): days keep their
 * built-in name and kind when the built-in data knows them (so `Tết Nguyên đán (mùng 1)` stays named), others are
 * named generically. Days are sorted; nothing is checked here (`createHolidayCalendar` checks).
 */
export function announcedHolidayYear(announced: { year: number; provisional: boolean; daysOff: readonly Date[]; makeUpWorkingDays: readonly Date[]; sources: readonly string[] }): HolidayYear {
  const known = builtInByYear.get(announced.year);
  const knownOff = new Map((known?.daysOff ?? []).map((day) => [day.on, day]));
  const knownMakeUp = new Map((known?.makeUpWorkingDays ?? []).map((day) => [day.on, day]));
  const sorted = (dates: readonly Date[]) => [...dates].sort((a, b) => a.getTime() - b.getTime()).map(isoDay);
  const daysOff: DayOff[] = sorted(announced.daysOff).map((on) => knownOff.get(on) ?? { on, kind: 'HOLIDAY', name: 'Ngày nghỉ (day off set by an administrator)' });
  const makeUpWorkingDays: MakeUpWorkingDay[] = sorted(announced.makeUpWorkingDays).map((on) => knownMakeUp.get(on) ?? { on, name: 'Ngày làm bù (make-up working day set by an administrator)' });
  return { year: announced.year, provisional: announced.provisional, sources: [...announced.sources], daysOff, makeUpWorkingDays };
}

/** The built-in years with `set` over them (a set year replaces the built-in one wholly), ascending. */
export function mergedHolidayYears<Y extends HolidayYear>(set: readonly Y[], builtIn: (year: HolidayYear) => Y): Y[] {
  const merged = new Map<number, Y>(vietnamHolidayYears.map((year) => [year.year, builtIn(year)]));
  for (const year of set) merged.set(year.year, year);
  return [...merged.values()].sort((a, b) => a.year - b.year);
}

/** Vietnam's working-day calendar: the built-in years with the years set by administrators over them. */
export const workingDayCalendar = (set: readonly HolidayYear[], options: { unknownYears?: UnknownYearPolicy } = {}): HolidayCalendar =>
  createHolidayCalendar(mergedHolidayYears(set, (year) => year), options);
