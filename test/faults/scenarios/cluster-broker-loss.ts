import { Kafka, logLevel, ConfigResourceTypes } from 'kafkajs';
import { assignmentsPerCase, callers, createDirectory, eventTypes, meetingInput, recordMeeting, sendWrites, tally } from '../support/domain';
import { describe, settleMs, startScenarioPlatform, waitFor } from '../support/platform';
import type { Scenario } from '../support/scenario';

const meetings = 40;
/** The broker killed (1-based): any of the three leads about a third of the partitions. */
const victim = 2;
const killAfterAnswers = 15;

/**
 * The production shape: three KRaft brokers (each also a controller, a three-voter quorum), topics created with
 * replication factor 3 and min.insync.replicas=2, producers asking acks=all. One broker is killed (SIGKILL) in the
 * middle of the F1 flow — front records held voter meetings, petitions opens one case per recommendation, the
 * committee assigns those under it — and nothing is lost or duplicated.
 */
export const clusterBrokerLoss: Scenario = {
  id: 'cluster-broker-loss',
  summary: `3-broker cluster (RF 3, min ISR 2, acks=all): kill -9 one broker during ${meetings} F1 voter meetings`,
  uses: ['cluster'],
  async run(report, suite) {
    const cluster = await suite.cluster();
    report.say(`cluster up: ${cluster.brokers.join(', ')}`);
    const platform = await startScenarioPlatform(report, {
      services: ['committee', 'front', 'petitions'],
      brokers: cluster.brokers,
      mongoUrl: suite.shared.mongoUrl,
      env: { KAFKA_REPLICATION_FACTOR: '3', KAFKA_MIN_INSYNC_REPLICAS: '2' },
    });
    const replication = await topicReplication(cluster.brokers, [platform.topic('front'), platform.topic('petitions'), platform.topic('committee')]);
    report.check(
      'topics have 3 replicas and min.insync.replicas=2',
      replication.every((topic) => topic.replicas.every((n) => n === 3) && topic.minInSync === '2'),
      replication.map((topic) => `${topic.name.replace(/^.*?-(\w+\.events)/, '$1')}: RF ${[...new Set(topic.replicas)].join('/')}, min ISR ${topic.minInSync}`).join('; '),
    );
    await createDirectory(platform);
    let killedAt = 0;
    const attempts = await sendWrites(
      meetings,
      4,
      async (index) => {
        const tag = `cluster-${index}`;
        return { tag, answer: await platform.call('front', recordMeeting, { input: meetingInput(tag) }, callers.frontClerk) };
      },
      (_attempt, all) => {
        if (killedAt || all.filter((attempt) => attempt.id).length < killAfterAnswers) return;
        killedAt = Date.now();
        void cluster.kill(victim).then(() => report.say(`broker ${victim} killed after ${killAfterAnswers} meetings`));
      },
    );
    const acknowledged = attempts.filter((attempt) => attempt.id);
    const afterKill = acknowledged.filter((attempt) => attempt.sentAt > killedAt);
    report.check(
      'writes go on with one broker down',
      acknowledged.length === meetings && afterKill.length > 0,
      `${acknowledged.length}/${meetings} meetings acknowledged, ${afterKill.length} sent after the kill${acknowledged.length < meetings ? `; e.g. ${describe(attempts.find((attempt) => !attempt.id)!.answer)}` : ''}`,
    );

    const meetingIds = new Set(acknowledged.map((attempt) => attempt.id!));
    const expectedCases = meetingIds.size * meetingInput('').recommendations.length;
    const cases = platform.database('petitions').collection('petitions');
    await waitFor(async () => (await cases.countDocuments({ voterMeetingId: { $in: [...meetingIds] } })) >= expectedCases, settleMs);
    const held = (await platform.readTopic('front')).filter((event) => event.type === eventTypes.meetingHeld);
    const heldPerMeeting = tally([...new Map(held.map((event) => [event.id, event.subject])).values()]);
    const notPublished = [...meetingIds].filter((id) => heldPerMeeting.get(id) !== 1);
    report.check('every meeting published once', notPublished.length === 0, `${meetingIds.size - notPublished.length}/${meetingIds.size} meetings with exactly one held event`);
    const perMeeting = tally((await cases.find({ voterMeetingId: { $in: [...meetingIds] } }, { projection: { voterMeetingId: 1 } }).toArray()).map((doc) => String(doc.voterMeetingId)));
    const wrongCases = [...meetingIds].filter((id) => perMeeting.get(id) !== meetingInput('').recommendations.length);
    report.check('petitions opens each recommendation\'s case exactly once', wrongCases.length === 0, `${meetingIds.size - wrongCases.length}/${meetingIds.size} meetings with exactly 2 cases`);
    const caseIds = (await cases.find({ voterMeetingId: { $in: [...meetingIds] } }, { projection: { _id: 1 } }).toArray()).map((doc) => String(doc._id));
    const assignments = (await waitFor(async () => {
      const counts = await assignmentsPerCase(platform);
      return caseIds.every((id) => counts.has(id)) && counts;
    }, settleMs)) ?? (await assignmentsPerCase(platform));
    const wrongAssignments = caseIds.filter((id) => assignments.get(id) !== 1);
    report.check('the committee assigns each case exactly once', wrongAssignments.length === 0, `${caseIds.length - wrongAssignments.length}/${caseIds.length} cases with exactly one assignment`);
  },
};

/** Each topic's replica count per partition and its `min.insync.replicas`, as the cluster reports them. */
async function topicReplication(brokers: string[], topics: string[]) {
  const admin = new Kafka({ clientId: 'faults-cluster-check', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
    const { resources } = await admin.describeConfigs({
      includeSynonyms: false,
      resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['min.insync.replicas'] })),
    });
    return metadata.map((topic) => ({
      name: topic.name,
      replicas: topic.partitions.map((partition) => partition.replicas.length),
      minInSync: resources.find((resource) => resource.resourceName === topic.name)?.configEntries[0]?.configValue,
    }));
  } finally {
    await admin.disconnect();
  }
}
