import { regulationContents, type RegulationContent } from '@hanoi/contracts';
import { computeIndex, standingOf } from './formula';
import type { Period } from './period';
import type { IndexedObligation } from './read-model';
import type { Weights } from './weights';

/** The directory as the index knows it (from the committee's events). */
export interface DirectoryEntry {
  agencyId: string;
  kind: string;
  parentId: string | null;
}

/** One line of a review: what one body owed under one content of the regulation in the period. */
export interface ReviewLine {
  bodyId: string;
  content: RegulationContent;
  due: number;
  onTime: number;
  late: number;
  overdue: number;
  pending: number;
}

export interface ReviewBody {
  bodyId: string;
  lines: ReviewLine[];
  /** The index of the body and every agency under it, for the period (null when nothing was due). */
  index: number | null;
}

/**
 * The body an agency answers to in a review (sơ kết, tổng kết): the nearest of its ancestors (itself included) that is
 * one of the four city bodies; an agency the directory does not place answers for itself.
 */
export function bodyOf(agencyId: string, directory: ReadonlyMap<string, DirectoryEntry>, maxDepth = 10): string {
  let current = directory.get(agencyId);
  for (let depth = 0; current && depth <= maxDepth; depth++) {
    if (current.kind === 'CITY_BODY') return current.agencyId;
    current = current.parentId ? directory.get(current.parentId) : undefined;
  }
  return agencyId;
}

const contentOrder = Object.keys(regulationContents) as RegulationContent[];

/**
 * The periodic review of the regulation: per body (with the agencies under it) and per content, what fell due in the
 * period, was done on time, late, is still open past its day or not yet due; and each body's index by the same
 * formula as agencies'. Bodies in id order, contents in the regulation's order; empty lines are left out.
 */
export function reviewOf(period: Period, rows: readonly IndexedObligation[], directory: ReadonlyMap<string, DirectoryEntry>, weights: Weights, today: Date): ReviewBody[] {
  const byBody = new Map<string, IndexedObligation[]>();
  for (const row of rows) {
    if (!row.agencyId || !row.kind) continue;
    const body = bodyOf(row.agencyId, directory);
    byBody.set(body, [...(byBody.get(body) ?? []), row]);
  }
  return [...byBody.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([bodyId, bodyRows]) => {
      const lines = contentOrder
        .map((content): ReviewLine => {
          const line: ReviewLine = { bodyId, content, due: 0, onTime: 0, late: 0, overdue: 0, pending: 0 };
          for (const row of bodyRows.filter((r) => r.content === content)) {
            const standing = standingOf(row, today);
            if (standing === 'ON_TIME') line.onTime++;
            else if (standing === 'LATE') line.late++;
            else if (standing === 'OVERDUE') line.overdue++;
            else if (standing === 'PENDING') line.pending++;
          }
          line.due = line.onTime + line.late + line.overdue;
          return line;
        })
        .filter((line) => line.due + line.pending > 0);
      // The body's index: its rows and its agencies' rows read as one agency's.
      const asOne = bodyRows.map((row) => ({ ...row, agencyId: bodyId }));
      return { bodyId, lines, index: computeIndex(bodyId, period, asOne, weights, today).value };
    });
}
