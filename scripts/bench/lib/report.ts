import type { LoadSummary } from './load';
import type { RequestCost } from './probe';
import { targetTitles, type TargetName } from './targets';

/** One operation's results: per target its load summary and the cost of one request; the plan's fetches (ours). */
export interface OperationResult {
  key: string;
  title: string;
  connections: number;
  planFetches: { total: number; bySubgraph: Record<string, number> };
  targets: Partial<Record<TargetName, { summary?: LoadSummary; cost?: RequestCost; excluded?: string }>>;
}

const table = (header: string[], rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

const ms = (value: number) => (Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const total = (values: Record<string, number>) => Object.values(values).reduce((sum, value) => sum + value, 0);
const breakdown = (values: Record<string, number>) => {
  const parts = Object.entries(values).sort(([a], [b]) => a.localeCompare(b));
  return parts.length > 1 ? ` (${parts.map(([name, value]) => `${name} ${value}`).join(', ')})` : parts.length === 1 ? ` (${parts[0]![0]})` : '';
};
const ratio = (ours: LoadSummary | undefined, peer: LoadSummary | undefined) =>
  ours && peer && peer.requestsPerSecond > 0 ? `${(ours.requestsPerSecond / peer.requestsPerSecond).toFixed(2)}×` : '–';

/** Per operation and target: req/s, p50, p99, errors, and what one request cost (fetches, database commands, bytes). */
export function resultsTable(results: OperationResult[]): string {
  const rows: string[][] = [];
  for (const result of results) {
    for (const [name, outcome] of Object.entries(result.targets) as [TargetName, NonNullable<OperationResult['targets'][TargetName]>][]) {
      const label = `${result.title}${result.connections === 1 ? ' (1 connection)' : ''}`;
      if (outcome.excluded) {
        rows.push([label, targetTitles[name], `not timed: ${outcome.excluded.split('\n')[0]}`, '', '', '', '', '', '']);
        continue;
      }
      const { summary, cost } = outcome;
      rows.push([
        label,
        targetTitles[name],
        summary ? summary.requestsPerSecond.toFixed(1) : '–',
        summary ? ms(summary.p50) : '–',
        summary ? ms(summary.p99) : '–',
        summary ? String(summary.errors) : '–',
        cost ? `${total(cost.fetches)}${breakdown(cost.fetches)}` : '–',
        cost ? `${total(cost.databaseCommands)}${breakdown(cost.databaseCommands)}` : '–',
        cost ? String(cost.responseBytes) : '–',
      ]);
    }
  }
  return table(['operation', 'target', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'subgraph fetches', 'database commands', 'response bytes'], rows);
}

/** Ours against each peer, per operation, with the fetches of our query plan. */
export function ratiosTable(results: OperationResult[]): string {
  return table(
    ['operation', 'our plan: fetches', 'ours req/s', 'Hive JS req/s', 'Hive Rust req/s', 'ours / Hive JS', 'ours / Hive Rust'],
    results.map((result) => {
      const rate = (name: TargetName) => result.targets[name]?.summary?.requestsPerSecond.toFixed(1) ?? '–';
      const ours = result.targets.ours?.summary;
      return [
        `${result.title}${result.connections === 1 ? ' (1 connection)' : ''}`,
        `${result.planFetches.total}${breakdown(result.planFetches.bySubgraph)}`,
        rate('ours'),
        rate('hive-js'),
        rate('hive-rust'),
        ratio(ours, result.targets['hive-js']?.summary),
        ratio(ours, result.targets['hive-rust']?.summary),
      ];
    }),
  );
}

/** The most each process held resident while measured, MB. */
export function rssTable(peakRss: Map<string, number>): string {
  return table(
    ['process', 'peak RSS MB (sampled after each timed run)'],
    [...peakRss.entries()].map(([name, bytes]) => [name, Number.isNaN(bytes) ? '–' : (bytes / 1024 / 1024).toFixed(0)]),
  );
}

/** Gateway overhead at one connection: a gateway's p50 minus the direct call's, for the lookup one subgraph answers. */
export function overheadLines(result: OperationResult | undefined): string[] {
  const direct = result?.targets.direct?.summary;
  if (!result || !direct) return [];
  return (['ours', 'hive-js', 'hive-rust'] as const).flatMap((name) => {
    const summary = result.targets[name]?.summary;
    return summary ? [`- ${targetTitles[name]}: p50 ${ms(summary.p50)} ms − direct ${ms(direct.p50)} ms = **${ms(summary.p50 - direct.p50)} ms** overhead`] : [];
  });
}
