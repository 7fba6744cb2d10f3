import { assignmentsPerCase, caseInput, createDirectory, eventTypes, sendWrites, submitPetition, tally } from '../support/domain';
import { describe, settleMs, startScenarioPlatform, waitFor } from '../support/platform';
import type { Scenario } from '../support/scenario';

const cases = 100;

/**
 * kill -9 of a consumer in the middle of a batch: the committee, stopped while 100 cases are routed to it, starts
 * on the backlog and is killed once it has applied part of it, then restarted. Every case ends with exactly one
 * assignment (none lost, none doubled) and one `assignment.assigned` event.
 */
export const consumerCrash: Scenario = {
  id: 'consumer-crash',
  summary: `kill -9 the committee while it applies a backlog of ${cases} routed cases, restart it`,
  async run(report, suite) {
    const platform = await startScenarioPlatform(report, { services: ['committee', 'petitions'], ...suite.shared });
    await createDirectory(platform);
    const committee = platform.process('committee');
    await committee.stop();
    const attempts = await sendWrites(cases, 20, async (index) => {
      const tag = `consumer-${index}`;
      return { tag, answer: await platform.call('petitions', submitPetition, { input: caseInput(tag) }) };
    });
    const ids = attempts.flatMap((attempt) => (attempt.id ? [attempt.id] : []));
    const refused = attempts.find((attempt) => !attempt.id);
    if (refused) throw new Error(`a submission failed: ${describe(refused.answer)}`);
    report.say(`${ids.length} cases routed while the committee was stopped; starting it on the backlog`);
    const assignments = platform.database('committee').collection('assignments');
    await committee.restart();
    const atKill = await waitFor(async () => {
      const applied = await assignments.countDocuments();
      return applied >= cases * 0.2 && applied;
    }, settleMs, 20);
    committee.signal('SIGKILL');
    await committee.exited();
    const appliedAtKill = await assignments.countDocuments();
    report.check('killed in the middle of the batch', atKill !== undefined && appliedAtKill < cases, `${appliedAtKill}/${cases} assignments made when it died`);
    await committee.restart();
    report.say('committee restarted');

    const perCase = (await waitFor(async () => {
      const counts = await assignmentsPerCase(platform);
      return ids.every((id) => counts.has(id)) && counts;
    }, settleMs)) ?? (await assignmentsPerCase(platform));
    const missing = ids.filter((id) => !perCase.has(id));
    const doubled = ids.filter((id) => (perCase.get(id) ?? 0) > 1);
    report.check('no effect lost: every case has its assignment', missing.length === 0, `${ids.length - missing.length}/${ids.length}`);
    report.check('no effect doubled: none has two', doubled.length === 0 && perCase.size === ids.length, `${doubled.length} doubled; ${perCase.size} cases assigned in all`);
    const assigned = (await waitFor(async () => {
      const events = (await platform.readTopic('committee')).filter((event) => event.type === eventTypes.assigned);
      return new Set(events.map((event) => event.subject)).size >= ids.length && events;
    }, settleMs)) ?? [];
    const distinctPerAssignment = tally([...new Map(assigned.map((event) => [event.id, event.subject])).values()]);
    const twice = [...distinctPerAssignment.values()].filter((n) => n > 1).length;
    report.check(
      'each assignment announced by one event',
      distinctPerAssignment.size === ids.length && twice === 0,
      `${distinctPerAssignment.size} assignments announced, ${twice} by two different events; ${assigned.length - new Set(assigned.map((event) => event.id)).size} re-publications of the same event`,
    );
  },
};
