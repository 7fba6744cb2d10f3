import type { ObligationKind } from '@hanoi/contracts';
import type { Period } from './period';
import type { IndexedObligation } from './read-model';
import type { Weights } from './weights';

/**
 * The internal coordination index (chỉ số phối hợp nội bộ) — the published formula.
 *
 * For an agency and a period (month, quarter or year), each obligation counts in the period holding its due day
 * (for one missed and then rescheduled or cancelled, the day it was missed). An obligation is
 * - ON_TIME: met on or before its due day;
 * - LATE: met after its due day, or missed and then rescheduled or cancelled after that day;
 * - OVERDUE: still open after its due day (today in Hanoi is past it) — counted as late, not ignored;
 * - PENDING: open and not yet due (not counted); cancelled before its due day: not counted.
 * Each component is one obligation kind: due = on time + late + overdue, rate = on time ÷ due (0–100 %).
 * The index is the weighted mean of the rates of the components that have at least one item due and a
 * positive weight: Σ weight × rate ÷ Σ weight; with no such component the agency has no index for the period.
 * Weights are data, versioned (`setCoordinationIndexWeights`); every figure names its weights version and the
 * events behind it (count, last offset per topic partition).
 */
export type ObligationStanding = 'ON_TIME' | 'LATE' | 'OVERDUE' | 'PENDING' | 'CANCELLED';

/** How an obligation stands on `today` (see the formula above). */
export function standingOf(row: IndexedObligation, today: Date): ObligationStanding {
  if (row.missedDueOn) return 'LATE';
  if (row.metOn && row.dueOn) return row.metOn.getTime() <= row.dueOn.getTime() ? 'ON_TIME' : 'LATE';
  if (row.cancelledOn) return 'CANCELLED';
  return row.dueOn && row.dueOn.getTime() < today.getTime() ? 'OVERDUE' : 'PENDING';
}

/** Days between the due day and the day it was met, or today for one still open (0 when on time). */
export function daysLate(row: IndexedObligation, today: Date): number {
  const due = row.missedDueOn ?? row.dueOn;
  if (!due) return 0;
  const end = row.metOn ?? row.cancelledOn ?? today;
  return Math.max(0, Math.round((end.getTime() - due.getTime()) / 86_400_000));
}

export interface EventBasis {
  eventCount: number;
  /** The last offset read per topic partition among the events behind the figure. */
  lastOffsets: { topic: string; partition: number; offset: string }[];
}

export interface IndexComponent {
  kind: ObligationKind;
  due: number;
  onTime: number;
  late: number;
  overdue: number;
  pending: number;
  /** On time ÷ due, 0–100 (null when nothing was due). */
  rate: number | null;
  weight: number;
  /** The late and overdue obligations behind the numbers, earliest due first. */
  items: IndexedObligation[];
  basis: EventBasis;
}

export interface IndexFigure {
  agencyId: string;
  period: Period;
  /** 0–100, or null when no component has an item due and a positive weight. */
  value: number | null;
  weightsVersion: number;
  components: IndexComponent[];
  basis: EventBasis;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const compareOffsets = (a: string, b: string) => (a.length - b.length) || (a < b ? -1 : a > b ? 1 : 0);
const byDue = (a: IndexedObligation, b: IndexedObligation) =>
  (a.countsOn?.getTime() ?? 0) - (b.countsOn?.getTime() ?? 0) || a.obligationId.localeCompare(b.obligationId);

/** The events behind a set of obligations. */
export function eventBasis(rows: readonly IndexedObligation[]): EventBasis {
  const last = new Map<string, { topic: string; partition: number; offset: string }>();
  let eventCount = 0;
  for (const row of rows) {
    for (const event of row.events) {
      eventCount++;
      const key = `${event.topic}\u0000${event.partition}`;
      const seen = last.get(key);
      if (!seen || compareOffsets(event.offset, seen.offset) > 0) last.set(key, { topic: event.topic, partition: event.partition, offset: event.offset });
    }
  }
  const lastOffsets = [...last.values()].sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  return { eventCount, lastOffsets };
}

const inPeriod = (row: IndexedObligation, period: Period) =>
  row.countsOn !== null && row.countsOn.getTime() >= period.from.getTime() && row.countsOn.getTime() <= period.to.getTime();

/** The index of one agency for one period from its obligations (rows of other agencies or periods are ignored). */
export function computeIndex(agencyId: string, period: Period, rows: readonly IndexedObligation[], weights: Weights, today: Date): IndexFigure {
  const mine = rows.filter((row) => row.agencyId === agencyId && row.kind !== null && inPeriod(row, period));
  const byKind = new Map<ObligationKind, IndexedObligation[]>();
  for (const row of mine) byKind.set(row.kind!, [...(byKind.get(row.kind!) ?? []), row]);
  const components = [...byKind.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, kindRows]): IndexComponent => {
      const counts = { ON_TIME: 0, LATE: 0, OVERDUE: 0, PENDING: 0, CANCELLED: 0 };
      const items: IndexedObligation[] = [];
      for (const row of kindRows) {
        const standing = standingOf(row, today);
        counts[standing]++;
        if (standing === 'LATE' || standing === 'OVERDUE') items.push(row);
      }
      const due = counts.ON_TIME + counts.LATE + counts.OVERDUE;
      return {
        kind,
        due,
        onTime: counts.ON_TIME,
        late: counts.LATE,
        overdue: counts.OVERDUE,
        pending: counts.PENDING,
        rate: due > 0 ? round2((100 * counts.ON_TIME) / due) : null,
        weight: weights.byKind[kind] ?? 0,
        items: items.sort(byDue),
        basis: eventBasis(kindRows),
      };
    });
  const weighted = components.filter((component) => component.rate !== null && component.weight > 0);
  const totalWeight = weighted.reduce((sum, component) => sum + component.weight, 0);
  const value = totalWeight > 0 ? round2(weighted.reduce((sum, component) => sum + component.weight * component.rate!, 0) / totalWeight) : null;
  return { agencyId, period, value, weightsVersion: weights.version, components, basis: eventBasis(mine) };
}

/** Agencies ranked by their index for the period, best first (ties by id); agencies without an index last. */
export function rankIndexes(figures: readonly IndexFigure[]): IndexFigure[] {
  return [...figures].sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? a.agencyId.localeCompare(b.agencyId) : 1) : -1;
    return b.value - a.value || a.agencyId.localeCompare(b.agencyId);
  });
}
