import { readFileSync } from 'node:fs';
import path from 'node:path';
import { callers, eventTypes, meetingInput, recordMeeting, sendWrites, tally } from '../support/domain';
import { describe, settleMs, startScenarioPlatform, waitFor } from '../support/platform';
import type { Scenario } from '../support/scenario';

/** The bound under test, shorter than the 10 s default so the scenario stays quick. */
const shutdownTimeoutMs = 4_000;
/** What exiting may add to the bound: the runtime's own exit and the signal's delivery. */
const exitMarginMs = 1_000;
const writes = 60;
const concurrency = 10;
const signalAfterAnswers = 5;
/**
 * How a request the server never took ends: refused (listener closed), or reset / closed by the server before any
 * answer (its connection was waiting to be accepted, or idle in the client's keep-alive pool, when it closed).
 */
const connectionRefusals = new Set(['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET']);

/**
 * SIGTERM to a subgraph with consumers (front) while its broker is frozen (SIGSTOP: connections open, no answers, the
 * case that kept council and front running for minutes): requests in flight finish, the process exits within
 * SHUTDOWN_TIMEOUT_MS, saying what had not finished, and exits 1; what it wrote is published after a restart. With the
 * broker answering, the same shutdown completes and exits 0.
 */
export const shutdown: Scenario = {
  id: 'shutdown',
  summary: `SIGTERM to front during writes with its broker frozen (${shutdownTimeoutMs / 1000} s bound); again with the broker answering`,
  uses: ['broker'],
  async run(report, suite) {
    const kafka = await suite.privateBroker();
    const platform = await startScenarioPlatform(report, {
      services: ['front'],
      brokers: kafka.brokers,
      mongoUrl: suite.shared.mongoUrl,
      env: { SHUTDOWN_TIMEOUT_MS: String(shutdownTimeoutMs) },
    });
    const front = platform.process('front');
    await kafka.freeze(1);
    report.defer(() => kafka.thaw(1));
    report.say(`broker frozen; meetings recorded ${concurrency} at a time, SIGTERM once ${signalAfterAnswers} are answered`);
    let signalledAt = 0;
    let exit: Promise<{ code: number | null; at: number }> | undefined;
    const attempts = await sendWrites(
      writes,
      concurrency,
      async (index) => {
        const tag = `shutdown-${index}`;
        return { tag, answer: await platform.call('front', recordMeeting, { input: meetingInput(tag) }, callers.frontClerk) };
      },
      (_attempt, all) => {
        if (signalledAt || all.filter((attempt) => attempt.id).length < signalAfterAnswers) return;
        signalledAt = Date.now();
        front.signal('SIGTERM');
        exit = front.exited().then((code) => ({ code, at: Date.now() }));
      },
    );
    if (!exit) throw new Error(`fewer than ${signalAfterAnswers} meetings were answered: SIGTERM was never sent`);
    const { code, at } = await exit;
    const tookMs = at - signalledAt;
    await kafka.thaw(1);

    report.check('exits within the bound with the broker frozen', tookMs <= shutdownTimeoutMs + exitMarginMs, `${tookMs} ms after SIGTERM (bound ${shutdownTimeoutMs} ms)`);
    const log = readFileSync(path.join(platform.logDir, 'front.log'), 'utf8');
    const incomplete = /"msg":"shutdown incomplete: ([^"]*)"/.exec(log)?.[1];
    report.check('exits 1 and names what had not finished', code === 1 && incomplete !== undefined, `exit code ${code}; log: "${incomplete ?? 'no shutdown report'}"`);
    const answered = attempts.filter((attempt) => attempt.id);
    const answeredAfterSignal = answered.filter((attempt) => attempt.answeredAt > signalledAt);
    const stored = await platform.database('front').collection('voter_meetings').countDocuments();
    report.check(
      'requests in flight at SIGTERM complete: every meeting it stored was answered',
      stored === answered.length && answeredAfterSignal.length > 0,
      `${stored} stored, ${answered.length} answered (${answeredAfterSignal.length} after SIGTERM)`,
    );
    const unanswered = attempts.filter((attempt) => !attempt.id);
    const notConnectionLevel = unanswered.filter((attempt) => !connectionRefusals.has(attempt.answer.failure ?? ''));
    report.check(
      'the requests it did not take were refused at the connection, none hung or half-answered',
      notConnectionLevel.length === 0,
      `${unanswered.length} refused (${[...tally(unanswered.map((attempt) => attempt.answer.failure ?? 'answered with errors'))].map(([why, n]) => `${n} ${why}`).join(', ') || 'none'})${notConnectionLevel.length ? `; e.g. ${describe(notConnectionLevel[0]!.answer)}` : ''}`,
    );

    // The first process could not leave its groups (frozen broker): the broker keeps its members until their session
    // expires, and the restarted process's join waits for that in the background (a shutdown meanwhile can only be
    // bounded, as checked above). The clean shutdown below is judged once the groups have settled without them.
    const leftBehind = new Set((await platform.consumerGroups('front')).flatMap((group) => group.memberIds));
    await front.restart();
    const settled = await waitFor(async () => {
      const groups = await platform.consumerGroups('front');
      return groups.every((group) => ['Stable', 'Empty'].includes(group.state) && !group.memberIds.some((id) => leftBehind.has(id))) && groups;
    }, settleMs);
    report.say(
      `broker thawed; front restarted; ${settled ? `its consumer groups settled without the first process's ${leftBehind.size} members` : `its consumer groups had not settled after ${settleMs / 1000} s`}`,
    );
    const held = await waitFor(async () => {
      const published = new Set((await platform.readTopic('front')).filter((event) => event.type === eventTypes.meetingHeld).map((event) => event.subject));
      return answered.every((attempt) => published.has(attempt.id!)) && published;
    }, 30_000);
    report.check('what it acknowledged is published after the restart', held !== undefined, `${held?.size ?? 0}/${answered.length} meetings' held events on the topic`);

    signalledAt = Date.now();
    front.signal('SIGTERM');
    const cleanCode = await front.exited();
    report.check('with the broker answering, shutdown completes and exits 0', cleanCode === 0, `exit code ${cleanCode} after ${Date.now() - signalledAt} ms`);
  },
};
