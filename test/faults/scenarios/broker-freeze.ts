import { assignmentsPerCase, caseInput, createDirectory, eventTypes, outboxLeft, submitPetition } from '../support/domain';
import { describe, settleMs, startScenarioPlatform, waitFor, type GraphQLAnswer } from '../support/platform';
import type { Scenario } from '../support/scenario';

const freezeMs = 20_000;
const workers = 4;
/** Each case's writes, in order, and the event each one publishes. */
const steps = [
  { type: eventTypes.routed, write: (id: string | undefined, tag: string) => [submitPetition, { input: caseInput(tag) }] as const },
  { type: eventTypes.accepted, write: (id: string | undefined) => [`mutation($id: ID!) { acceptPetition(id: $id) { id } }`, { id }] as const },
  { type: eventTypes.started, write: (id: string | undefined) => [`mutation($id: ID!) { startPetition(id: $id) { id } }`, { id }] as const },
];

interface Write {
  caseTag: string;
  step: number;
  answer: GraphQLAnswer;
  sentAt: number;
}

/**
 * The broker (private, single node) frozen with SIGSTOP for 20 s while four clients keep opening cases and moving
 * them on (submit → accept → start, each its own event): writes are acknowledged throughout; after the broker
 * resumes, every event is published, in order per case, and the committee assigns each case once.
 */
export const brokerFreeze: Scenario = {
  id: 'broker-freeze',
  summary: `SIGSTOP the broker for ${freezeMs / 1000} s while cases are opened and moved on`,
  uses: ['broker'],
  async run(report, suite) {
    const kafka = await suite.privateBroker();
    const platform = await startScenarioPlatform(report, { services: ['committee', 'petitions'], brokers: kafka.brokers, mongoUrl: suite.shared.mongoUrl });
    await createDirectory(platform);
    const writes: Write[] = [];
    const caseIds = new Map<string, string>();
    let running = true;
    let serial = 0;
    async function client(): Promise<void> {
      while (running) {
        const caseTag = `freeze-${serial++}`;
        for (const [index, step] of steps.entries()) {
          const [query, variables] = step.write(caseIds.get(caseTag), caseTag);
          const sentAt = Date.now();
          const answer = await platform.call('petitions', query, variables);
          writes.push({ caseTag, step: index, answer, sentAt });
          if (answer.errors || answer.failure) break;
          if (index === 0) caseIds.set(caseTag, (answer.data!.submitPetition as { id: string }).id);
        }
      }
    }
    const traffic = Promise.all(Array.from({ length: workers }, client));
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await kafka.freeze(1);
    report.defer(() => kafka.thaw(1));
    const frozenAt = Date.now();
    report.say(`broker frozen after ${writes.length} writes`);
    await new Promise((resolve) => setTimeout(resolve, freezeMs));
    await kafka.thaw(1);
    const thawedAt = Date.now();
    report.say('broker thawed');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    running = false;
    await traffic;

    const failed = writes.filter((write) => write.answer.errors || write.answer.failure);
    const duringFreeze = writes.filter((write) => write.sentAt >= frozenAt && write.sentAt < thawedAt);
    report.check(
      'writes are acknowledged while the broker is frozen',
      failed.length === 0 && duringFreeze.length > 0,
      `${duringFreeze.length} writes during the freeze, ${writes.length} in all, ${failed.length} failed${failed.length ? ` (${describe(failed[0]!.answer)})` : ''}`,
    );
    const left = await outboxLeft(platform, 'petitions', 'petitions', settleMs);
    const drainedMs = Date.now() - thawedAt;
    const events = (await platform.readTopic('petitions')).filter((event) => steps.some((step) => step.type === event.type));
    const acknowledged = writes.filter((write) => !write.answer.errors && !write.answer.failure);
    const published = new Set(events.map((event) => `${event.subject} ${event.type}`));
    const missing = acknowledged.filter((write) => !published.has(`${caseIds.get(write.caseTag)} ${steps[write.step]!.type}`));
    report.check(
      'every event is published after it resumes',
      left === null && missing.length === 0,
      `${acknowledged.length - missing.length}/${acknowledged.length} writes' events on the topic; ` +
        (left ? `${left.events} events still pending in ${left.documents} cases` : `outbox empty ${(drainedMs / 1000).toFixed(1)} s after the thaw`),
    );
    const seen = new Set<string>();
    const orderPerCase = new Map<string, string[]>();
    for (const event of events) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      orderPerCase.set(event.subject, [...(orderPerCase.get(event.subject) ?? []), event.type]);
    }
    const outOfOrder = [...orderPerCase].filter(([, types]) => types.some((type, index) => type !== steps[index]?.type));
    report.check('in order per case', outOfOrder.length === 0, `${orderPerCase.size - outOfOrder.length}/${orderPerCase.size} cases' events in write order${outOfOrder.length ? `; e.g. ${outOfOrder[0]![1].join(' → ')}` : ''}`);
    const ids = [...caseIds.values()];
    const assignments = (await waitFor(async () => {
      const perCase = await assignmentsPerCase(platform);
      return ids.every((id) => perCase.has(id)) && perCase;
    }, settleMs)) ?? (await assignmentsPerCase(platform));
    const wrong = ids.filter((id) => assignments.get(id) !== 1);
    report.check('the committee assigns each case exactly once', wrong.length === 0, `${ids.length - wrong.length}/${ids.length} cases with exactly one assignment`);
  },
};
