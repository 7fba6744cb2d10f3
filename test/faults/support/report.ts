/**
 * What a fault scenario did and whether it held: each scenario says its steps, records checks (an outcome that
 * could fail, with the figures behind it), ends with one verdict line, and becomes one row of the suite's table.
 */
export interface Check {
  label: string;
  ok: boolean;
  detail: string;
}

export class ScenarioReport {
  readonly checks: Check[] = [];
  private readonly cleanups: (() => Promise<unknown>)[] = [];
  private readonly began = Date.now();
  private ended: number | undefined;

  constructor(
    readonly id: string,
    /** One line: what the scenario does to the platform. */
    readonly summary: string,
  ) {}

  say(message: string): void {
    console.log(`  [${this.id} +${this.seconds.toFixed(1)}s] ${message}`);
  }

  check(label: string, ok: boolean, detail: string): boolean {
    this.checks.push({ label, ok, detail });
    console.log(`  [${this.id} +${this.seconds.toFixed(1)}s] ${ok ? 'ok  ' : 'FAIL'} ${label} — ${detail}`);
    return ok;
  }

  /** Undone when the scenario ends, last registered first, whatever happened (processes, brokers, databases). */
  defer(cleanup: () => Promise<unknown>): void {
    this.cleanups.push(cleanup);
  }

  async cleanUp(): Promise<void> {
    if (this.cleanups.length > 0) this.say('cleaning up');
    for (const cleanup of this.cleanups.splice(0).reverse()) {
      await cleanup().catch((error: unknown) => this.say(`cleanup failed: ${(error as Error).message}`));
    }
  }

  get passed(): boolean {
    return this.checks.length > 0 && this.checks.every((check) => check.ok);
  }

  /** Seconds since it began, or that it took once it ended. */
  get seconds(): number {
    return ((this.ended ?? Date.now()) - this.began) / 1000;
  }

  /** Ends it: its time is fixed, and its verdict line is printed. */
  end(): void {
    this.ended = Date.now();
    console.log(this.verdict());
  }

  verdict(): string {
    const passing = this.checks.filter((check) => check.ok).length;
    return `VERDICT ${this.id}: ${this.passed ? 'PASS' : 'FAIL'} — ${passing}/${this.checks.length} checks held, ${this.seconds.toFixed(0)} s`;
  }
}

/** The suite's closing table (Markdown, so it can be pasted into a report as is). */
export function summaryTable(reports: ScenarioReport[], totalSeconds: number): string {
  const rows = reports.map((report) => {
    const passing = report.checks.filter((check) => check.ok).length;
    return `| ${report.id} | ${report.summary} | ${passing}/${report.checks.length} | ${report.passed ? 'PASS' : 'FAIL'} | ${report.seconds.toFixed(0)} s |`;
  });
  return [
    '| Scenario | What it did | Checks held | Verdict | Time |',
    '|---|---|---|---|---|',
    ...rows,
    `| **all** | ${reports.filter((report) => report.passed).length}/${reports.length} scenarios passed | | ${reports.every((report) => report.passed) ? 'PASS' : 'FAIL'} | ${totalSeconds.toFixed(0)} s |`,
  ].join('\n');
}
