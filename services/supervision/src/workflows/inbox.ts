import { addWorkingDays, daysLeft } from '@hanoi/contracts';
import { badInput, hanoiToday, type Caller, type PageArgs } from '@hanoi/platform';
import type { IndexedObligation } from '../domain/coordination-index/read-model';
import type { CoordinationIndexer } from '../events/coordination-index';
import type { Repositories } from '../repositories';

/** The largest look-ahead of an inbox, in working days (about three months). */
export const maxInboxWorkingDays = 60;

/** One line of an inbox: an open obligation and the working days left to its due day (negative once overdue). */
export interface InboxItem {
  row: IndexedObligation;
  daysLeft: number;
}

/**
 * Việc cần làm — a caller's inbox, served from the coordination index's read model (every dated duty is an obligation
 * its service publishes): the open obligations of the caller's agency due within N working days from today (Hanoi)
 * or already overdue, earliest due first. Working days by the holiday calendar (built-in years and those set in
 * petitions; weekends only in a year without data). One query for the calendar, one for the page.
 */
export function inboxWorkflows(repositories: Repositories, indexer: CoordinationIndexer) {
  return {
    async of(caller: Caller, withinWorkingDays: number, page: PageArgs) {
      if (!Number.isInteger(withinWorkingDays) || withinWorkingDays < 0 || withinWorkingDays > maxInboxWorkingDays) {
        throw badInput('withinWorkingDays', `must be a whole number of working days from 0 to ${maxInboxWorkingDays}`);
      }
      const today = hanoiToday();
      const [calendar, generation] = await Promise.all([repositories.holidayYears.calendar(), indexer.activeGeneration()]);
      const until = addWorkingDays(today, withinWorkingDays, calendar);
      const connection = await repositories.coordinationIndex.openDueBy(generation, caller.agency, until, page);
      const edges = connection.edges.map(({ cursor, node }) => ({ cursor, node: { row: node, daysLeft: daysLeft(node.dueOn!, today, calendar) } satisfies InboxItem }));
      return { ...connection, edges, until };
    },
  };
}
