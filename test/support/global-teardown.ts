import { Kafka, logLevel } from 'kafkajs';

/** Deletes the topics and consumer groups this run created (their names carry TEST_RUN_ID). */
export default async function globalTeardown(): Promise<void> {
  const run = process.env.TEST_RUN_ID;
  if (!run) return;
  const kafka = new Kafka({ clientId: 'test-teardown', brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ours = (name: string) => name.startsWith(`test-${run}`) || name.startsWith(`e2e-${run}`);
    const topics = (await admin.listTopics()).filter(ours);
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 30_000 });
    const groups = (await admin.listGroups()).groups.map((group) => group.groupId).filter(ours);
    if (groups.length > 0) await admin.deleteGroups(groups).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}
