import { assignmentsPerCase, caseInput, createDirectory, eventTypes, outboxLeft, sendWrites, submitPetition, tally } from '../support/domain';
import { settleMs, startScenarioPlatform, waitFor } from '../support/platform';
import type { Scenario } from '../support/scenario';

const submissions = 200;
const concurrency = 40;
/** Acknowledgements before the kill: the rest are in flight or not sent yet. */
const killAfterAcks = 60;

/**
 * kill -9 of petitions while 200 submissions are in flight, then a restart: every acknowledged case exists exactly
 * once and its `petition.routed` reaches the topic; an unacknowledged one exists completely or not at all; the
 * committee (consuming petition.routed) makes exactly one assignment per case.
 */
export const subgraphKill: Scenario = {
  id: 'subgraph-kill',
  summary: `kill -9 petitions during ${submissions} concurrent submissions, restart it`,
  async run(report, suite) {
    const platform = await startScenarioPlatform(report, { services: ['committee', 'petitions'], ...suite.shared });
    await createDirectory(platform);
    const petitions = platform.process('petitions');
    let killedAt = 0;
    const attempts = await sendWrites(
      submissions,
      concurrency,
      async (index) => {
        const tag = `kill9-${index}`;
        return { tag, answer: await platform.call('petitions', submitPetition, { input: caseInput(tag) }) };
      },
      (_attempt, all) => {
        if (killedAt || all.filter((attempt) => attempt.id).length < killAfterAcks) return;
        killedAt = Date.now();
        petitions.signal('SIGKILL');
      },
    );
    const acknowledged = attempts.filter((attempt) => attempt.id);
    const inFlight = attempts.filter((attempt) => !attempt.id && attempt.sentAt < killedAt);
    report.say(`${acknowledged.length} acknowledged, ${attempts.length - acknowledged.length} not (${inFlight.length} of them sent before the kill); restarting petitions`);
    await petitions.exited();
    await petitions.restart();

    const cases = platform.database('petitions').collection('petitions');
    const left = await outboxLeft(platform, 'petitions', 'petitions', settleMs);
    report.check(
      'the restarted relay publishes what the crash left',
      left === null,
      left ? `after ${settleMs / 1000} s, ${left.documents} cases still flagged, holding ${left.events} events` : 'no case holds unpublished events',
    );
    const stored = await cases.find({}, { projection: { subject: 1, status: 1, history: 1, deadlines: 1, agencyId: 1, pendingEvents: 1 } }).toArray();
    const bySubject = tally(stored.map((doc) => String(doc.subject)));
    const ids = new Set(stored.map((doc) => String(doc._id)));

    const missingOrDoubled = acknowledged.filter((attempt) => !ids.has(attempt.id!) || bySubject.get(caseInput(attempt.tag).subject) !== 1);
    report.check('every acknowledged case exists exactly once', missingOrDoubled.length === 0, `${acknowledged.length - missingOrDoubled.length}/${acknowledged.length}`);
    const unacknowledged = attempts.filter((attempt) => !attempt.id);
    const storedUnacknowledged = stored.filter((doc) => unacknowledged.some((attempt) => caseInput(attempt.tag).subject === doc.subject));
    const incomplete = storedUnacknowledged.filter((doc) => doc.status !== 'RECEIVED' || doc.agencyId !== 'so-xay-dung' || !doc.history?.length || !doc.deadlines);
    const twice = unacknowledged.filter((attempt) => (bySubject.get(caseInput(attempt.tag).subject) ?? 0) > 1);
    report.check(
      'an unacknowledged case exists completely or not at all',
      incomplete.length === 0 && twice.length === 0,
      `${storedUnacknowledged.length} of ${unacknowledged.length} stored (written, answer lost), ${incomplete.length} incomplete, ${twice.length} twice`,
    );

    const routed = (await platform.readTopic('petitions')).filter((event) => event.type === eventTypes.routed);
    const routedIds = tally(routed.map((event) => event.id));
    const routedCases = new Set(routed.map((event) => event.subject));
    const unpublished = [...ids].filter((id) => !routedCases.has(id));
    const pendingOf = (id: string) => stored.find((doc) => String(doc._id) === id)?.pendingEvents?.length ?? 0;
    report.check(
      'every stored case has its petition.routed on the topic',
      unpublished.length === 0,
      `${ids.size - unpublished.length}/${ids.size}; ${[...routedIds.values()].filter((n) => n > 1).length} published again after the crash (same event id)` +
        (unpublished.length ? `; missing ones hold ${unpublished.map(pendingOf).join(', ')} pending events` : ''),
    );

    const assignments = await waitFor(async () => {
      const perCase = await assignmentsPerCase(platform);
      return [...ids].every((id) => perCase.has(id)) && perCase;
    }, settleMs) ?? (await assignmentsPerCase(platform));
    const wrong = [...ids].filter((id) => assignments.get(id) !== 1);
    report.check('the committee applies each routed case exactly once', wrong.length === 0 && assignments.size === ids.size, `${ids.size - wrong.length}/${ids.size} cases with exactly one assignment; ${assignments.size} assignments in all`);
  },
};
