import type { SatisfactionLevel } from '@hanoi/contracts';

/**
 * Mức độ hài lòng — the satisfaction petitioners said they had with their resolved cases (petitions publishes it,
 * supervision counts it per agency beside the coordination index; the index's formula and weights do not use it).
 * A record counts in the period of the day it was recorded. rate = satisfied ÷ recorded, in % (2 decimals): partly
 * satisfied answers are counted apart, not as satisfied; null when nothing was recorded.
 */

export interface SatisfactionRecord {
  petitionId: string;
  agencyId: string;
  level: SatisfactionLevel;
  recordedOn: Date;
}

export interface SatisfactionCounts {
  recorded: number;
  satisfied: number;
  partly: number;
  dissatisfied: number;
  rate: number | null;
}

/** The counts and rate of some records. */
export function satisfactionCounts(records: readonly Pick<SatisfactionRecord, 'level'>[]): SatisfactionCounts {
  const count = (level: SatisfactionLevel) => records.filter((record) => record.level === level).length;
  const satisfied = count('SATISFIED');
  return {
    recorded: records.length,
    satisfied,
    partly: count('PARTLY'),
    dissatisfied: count('DISSATISFIED'),
    rate: records.length > 0 ? Math.round((10_000 * satisfied) / records.length) / 100 : null,
  };
}
