import { badInput, type Caller } from '@hanoi/platform';
import { caseScope, contentAccess } from '../access';
import { toCsv, type CsvValue } from '../csv';
import type { PetitionDoc } from '../domain/case';
import { isOverdue } from '../domain/petition';
import type { CountDimension, PetitionFilter } from '../repositories/petition-query';
import { day, type WorkflowContext } from './context';
import type { IdentityWorkflows } from './identity';

/** The columns of a CSV export: public fields of a case, nothing about petitioners. */
const csvHeader = ['id', 'kind', 'channel', 'status', 'category', 'subject', 'receivedOn', 'administrativeUnitId', 'agencyId', 'cooperatingAgencyIds', 'dueOn', 'dueRule', 'overdue', 'declineReason', 'resolutionKind', 'resolvedOn', 'closedOn', 'cosignerCount', 'mergedInto'];

/** Dashboards and open data: counts and CSV exports of the cases a filter matches. */
export function reportingWorkflows(ctx: WorkflowContext, identity: IdentityWorkflows) {
  const { petitions } = ctx.repositories;

  return {
    /**
     * Dashboard counts, computed only for the dimensions a request selects (each one aggregation, memoised), so a
     * page showing counts by status pays for one. `total` sums a dimension already asked for, else counts by status:
     * GraphQL calls sibling resolvers synchronously, so after one microtask every selected dimension is registered.
     * Hidden cases count too; words are matched only in what the caller may read.
     */
    counts(filter: PetitionFilter, caller: Caller) {
      const scope = caseScope(caller);
      const memo = new Map<CountDimension, Promise<{ key: string; count: number }[]>>();
      const by = (dimension: CountDimension) => {
        if (!memo.has(dimension)) memo.set(dimension, petitions.countBy(filter, scope, dimension));
        return memo.get(dimension)!;
      };
      return {
        byStatus: () => by('status'),
        byAgency: () => by('agencyId'),
        byCategory: () => by('category'),
        async total() {
          await Promise.resolve();
          const buckets = await (memo.values().next().value ?? by('status'));
          return buckets.reduce((sum, bucket) => sum + bucket.count, 0);
        },
      };
    },

    /**
     * CSV of the cases a filter matches among those the caller may see (≤ 50,000, or the configured cap), newest
     * first. An administrator's export of denunciations outside its agencies is recorded in the access log first.
     */
    async csv(filter: PetitionFilter, caller: Caller): Promise<string> {
      const scope = caseScope(caller);
      const matched = await petitions.count(filter, scope);
      if (matched > ctx.csvMaxRows) throw badInput('filter', `matches ${matched} cases; an export holds at most ${ctx.csvMaxRows}: narrow the filter`, { matched, max: ctx.csvMaxRows });
      const rows: CsvValue[][] = [];
      const overridden: PetitionDoc[] = [];
      for await (const doc of petitions.csvCursor(filter, scope)) {
        if (contentAccess(caller, doc) === 'ADMIN') overridden.push(doc);
        rows.push([
          doc._id,
          doc.kind,
          doc.channel,
          doc.status,
          doc.category,
          doc.subject,
          day(doc.receivedOn),
          doc.administrativeUnitId,
          doc.agencyId,
          (doc.cooperatingAgencyIds ?? []).join(';'),
          day(doc.dueOn),
          doc.dueRule,
          isOverdue(doc.status, doc.dueOn ?? null),
          doc.declineReason?.code ?? null,
          doc.resolution?.kind ?? null,
          day(doc.resolution?.resolvedOn),
          day(doc.closedOn),
          doc.cosignerCount,
          doc.mergedInto,
        ]);
      }
      await identity.recordContentReads(overridden, caller);
      return toCsv(csvHeader, rows);
    },
  };
}
