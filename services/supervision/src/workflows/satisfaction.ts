import type { Period } from '../domain/coordination-index/period';
import { bodyOf, type DirectoryEntry } from '../domain/coordination-index/review';
import { satisfactionCounts, type SatisfactionCounts } from '../domain/satisfaction';
import type { Repositories } from '../repositories';

/** An agency's (or a body's) satisfaction figure for a period. */
export interface SatisfactionFigure extends SatisfactionCounts {
  agencyId: string;
  period: Period;
}

/** Petitioners' satisfaction per agency and per body of the review (one query per request and period). */
export function satisfactionWorkflows(repositories: Repositories) {
  return {
    /** Figures of several agencies for one period (the per-request loader calls this). */
    async figures(agencyIds: readonly string[], period: Period): Promise<SatisfactionFigure[]> {
      const records = await repositories.satisfaction.between(period.from, period.to, agencyIds);
      return agencyIds.map((agencyId) => ({ agencyId, period, ...satisfactionCounts(records.filter((record) => record.agencyId === agencyId)) }));
    },

    /** Each body's figure (its own records and those of the agencies under it), by body id. */
    async byBody(period: Period, directory: ReadonlyMap<string, DirectoryEntry>): Promise<Map<string, SatisfactionFigure>> {
      const records = await repositories.satisfaction.between(period.from, period.to);
      const groups = new Map<string, typeof records>();
      for (const record of records) {
        const body = bodyOf(record.agencyId, directory);
        groups.set(body, [...(groups.get(body) ?? []), record]);
      }
      return new Map([...groups].map(([bodyId, rows]) => [bodyId, { agencyId: bodyId, period, ...satisfactionCounts(rows) }]));
    },
  };
}

export type SatisfactionWorkflows = ReturnType<typeof satisfactionWorkflows>;
