/** Granularities of the coordination index (tháng, quý, năm). */
export type PeriodGranularity = 'MONTH' | 'QUARTER' | 'YEAR';

/** A period of calendar days, both ends included (midnight UTC, like every stored day). */
export interface Period {
  /** `2026-11`, `2026-Q4` or `2026`. */
  label: string;
  granularity: PeriodGranularity;
  from: Date;
  to: Date;
}

const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0));
const pad = (n: number) => String(n).padStart(2, '0');

function make(year: number, firstMonth: number, months: number, label: string, granularity: PeriodGranularity): Period {
  return { label, granularity, from: day(year, firstMonth, 1), to: lastDay(year, firstMonth + months - 1) };
}

/** The month `YYYY-MM`. */
export const monthPeriod = (year: number, month: number) => make(year, month, 1, `${year}-${pad(month)}`, 'MONTH');

/**
 * Reads `YYYY-MM` (a month), `YYYY-Qn` (a quarter) or `YYYY` (a year) between 2000 and 2100.
 * Returns the period, or the problem in words.
 */
export function parsePeriod(value: string): Period | { problem: string } {
  const text = value.trim().toUpperCase();
  const match = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])))?$/.exec(text);
  const year = Number(match?.[1]);
  if (!match || year < 2000 || year > 2100) return { problem: 'must be a month (2026-11), a quarter (2026-Q4) or a year (2026), 2000–2100' };
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return { problem: 'the month must be 01–12' };
    return monthPeriod(year, month);
  }
  if (match[3] !== undefined) return make(year, (Number(match[3]) - 1) * 3 + 1, 3, `${year}-Q${match[3]}`, 'QUARTER');
  return make(year, 1, 12, String(year), 'YEAR');
}

/** The months from the one containing `from` to the one containing `to`, in order (at most `max`). */
export function monthsBetween(from: Period, to: Period, max = 120): Period[] | { problem: string } {
  if (to.to.getTime() < from.from.getTime()) return { problem: 'must not end before it starts' };
  const months: Period[] = [];
  let year = from.from.getUTCFullYear();
  let month = from.from.getUTCMonth() + 1;
  while (day(year, month, 1).getTime() <= to.to.getTime()) {
    if (months.length === max) return { problem: `spans more than ${max} months` };
    months.push(monthPeriod(year, month));
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}
