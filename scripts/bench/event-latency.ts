/**
 * `npm run bench:events [-- --cases 100] [--concurrency 1]`: how long the coordination's events take (flow F2). Starts
 * the whole platform (every process on free ports, its own databases and topics), creates the committee, one department
 * and one ward, then submits `cases` feedback cases through the gateway, `concurrency` at a time, and polls the gateway
 * every 10 ms for each case's assignment: petitions stores the case and its `petition.routed` event in one write, its
 * outbox relay publishes it, the committee's consumer applies it and stores the assignment. Prints p50/p95/max from the
 * submission's answer to the assignment's first sight (and from the request's start), in milliseconds.
 */
import { parseArgs } from 'node:util';
import type { Caller } from '@hanoi/platform';
import { startStack } from '../lib/processes';
import { caseInput as feedbackCase, submitPetition as submit } from '../../test/faults/support/domain';
import { startWholePlatform } from '../../test/support/platform';
import { percentile } from './lib/load';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '100' }, concurrency: { type: 'string', default: '1' } } });
const cases = Number(values.cases);
const concurrency = Number(values.concurrency);
const pollMs = 10;
/** A case not assigned after this long counts as lost (ms). */
const giveUpMs = 30_000;
const say = (message: string) => process.stderr.write(`[bench:events] ${message}\n`);

const admin: Caller = { subject: 'bench-events', agency: 'committee', roles: ['admin'] };
const assignmentsOf = `query($id: ID!) { petition(id: $id) { assignments { id } } }`;
const caseInput = (n: number) => feedbackCase(`đo độ trễ ${n}`);

async function main(): Promise<void> {
  startStack();
  say('starting the platform…');
  const platform = await startWholePlatform();
  try {
    await platform.createAgencies(['committee', 'so-xay-dung']);
    await platform.as(admin, `mutation { createAdministrativeUnit(input: { id: "phuong-hoan-kiem", name: "Phường Hoàn Kiếm", kind: WARD, validFrom: "2025-07-01" }) { id } }`);
    // Petitions learns the directory from the committee's events: the first case waits for it (not timed).
    for (let tries = 0; ; tries++) {
      const warm = await platform.gateway(submit, { input: caseInput(0) }, admin);
      if (!warm.errors) break;
      if (tries > 60) throw new Error(`petitions never accepted a case: ${JSON.stringify(warm.errors)}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    say(`directory known; ${cases} cases, ${concurrency} at a time`);
    const fromAnswer: number[] = [];
    const fromRequest: number[] = [];
    let lost = 0;
    let next = 1;
    const worker = async () => {
      while (next <= cases) {
        const n = next++;
        const began = performance.now();
        const { id } = (await platform.as(admin, submit, { input: caseInput(n) })).submitPetition as { id: string };
        const answered = performance.now();
        for (;;) {
          const seen = await platform.as(admin, assignmentsOf, { id });
          if ((seen.petition?.assignments ?? []).length > 0) break;
          if (performance.now() - answered > giveUpMs) {
            lost++;
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, pollMs));
        }
        const visible = performance.now();
        fromAnswer.push(visible - answered);
        fromRequest.push(visible - began);
        if (n % 20 === 0) say(`${n}/${cases}`);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const row = (label: string, samples: number[]) => {
      const sorted = [...samples].sort((a, b) => a - b);
      const ms = (value: number) => `${Math.round(value)}`.padStart(6);
      return `| ${label.padEnd(36)} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 95))} | ${ms(sorted.at(-1)!)} |`;
    };
    console.log(`\nCase submitted → committee assignment visible through the gateway: ${cases} cases, ${concurrency} at a time, polled every ${pollMs} ms (ms)\n`);
    console.log(`| ${'from'.padEnd(36)} |    p50 |    p95 |    max |`);
    console.log(`|${'-'.repeat(38)}|--------|--------|--------|`);
    console.log(row('the submission’s answer', fromAnswer));
    console.log(row('the submission’s request', fromRequest));
    console.log(`\nnever assigned within ${giveUpMs / 1000} s: ${lost}`);
    if (lost > 0) process.exitCode = 1;
  } finally {
    await platform.stop();
  }
}

main().catch((error: Error) => {
  console.error(`[bench:events] ${error.stack ?? error.message}`);
  process.exit(1);
});
