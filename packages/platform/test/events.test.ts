import { randomBytes } from 'node:crypto';
import { ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import { Schema } from 'mongoose';
import {
  createDatabase,
  createEntityStore,
  createEvent,
  createEventBus,
  createEventConsumer,
  createLogger,
  createOutbox,
  deadLetterTopic,
  type CloudEvent,
} from '../src';
import { dropDatabases, eventually, testRunId } from '../src/testing';

const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const logger = createLogger({ service: 'platform-test', level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const run = `${testRunId()}${randomBytes(3).toString('hex')}`;
const dbName = `test_${run}_platform`;
const topic = `test-${run}-platform.events.v1`;

type Message = { topic: string; key: string; value: string; headers: Record<string, string> };

/** Reads the messages of `topics` from the beginning with a plain kafkajs consumer group, until `enough`. */
async function collect(topics: string[], enough: number | ((messages: Message[]) => boolean)) {
  const done = typeof enough === 'number' ? (messages: Message[]) => messages.length >= enough : enough;
  const kafka = new Kafka({ clientId: 'collector', brokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `test-${run}-collector-${randomBytes(2).toString('hex')}` });
  const messages: Message[] = [];
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic: from, message }) => {
      const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
      messages.push({ topic: from, key: String(message.key), value: String(message.value), headers });
    },
  });
  try {
    await eventually(async () => done(messages), 30_000).catch((error: Error) => {
      throw new Error(`${error.message}; got ${messages.length} messages: ${messages.map((m) => `${m.key} ${JSON.parse(m.value).type}`).join(', ')}`);
    });
    await new Promise((resolve) => setTimeout(resolve, 500)); // would a duplicate follow?
    return messages;
  } finally {
    await consumer.disconnect();
  }
}

describe('events over the real Kafka broker and FerretDB', () => {
  const database = createDatabase({ url: mongoUrl, dbName, logger });
  const bus = createEventBus({ brokers, clientId: 'platform-test', logger });
  const item = new Schema<{ _id: string; name: string }>({ _id: String, name: String }, { versionKey: false });

  beforeAll(async () => {
    await database.start();
    await bus.start();
  });
  afterAll(async () => {
    await bus.stop();
    await database.stop();
    await dropDatabases(mongoUrl, [dbName]);
  });

  it('ensureTopics: two services creating the same new topics at once both return only when every partition has a leader', async () => {
    const other = createEventBus({ brokers, clientId: 'platform-test-other', logger, partitions: 3 });
    await other.start();
    try {
      const fresh = Array.from({ length: 6 }, (_, i) => `test-${run}-fresh-${i}.events.v1`);
      await Promise.all([bus.ensureTopics(fresh), other.ensureTopics(fresh)]);
      const admin = new Kafka({ clientId: 'checker', brokers, logLevel: logLevel.NOTHING }).admin();
      await admin.connect();
      try {
        const { topics } = await admin.fetchTopicMetadata({ topics: fresh });
        expect(topics.map((t) => t.name).sort()).toEqual([...fresh].sort());
        for (const t of topics) expect(t.partitions.map((p) => p.leader >= 0)).toEqual([true, true, true]);
        // Services' topics keep every event (read models replay them from offset 0), whatever the broker's default.
        const { resources } = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: fresh[0]!, configNames: ['retention.ms', 'retention.bytes'] }] });
        expect(Object.fromEntries(resources[0]!.configEntries.map((entry) => [entry.configName, entry.configValue]))).toEqual({ 'retention.ms': '-1', 'retention.bytes': '-1' });
      } finally {
        await admin.disconnect();
      }
    } finally {
      await other.stop();
    }
  });

  it('outbox: an event stored with its write but never flushed (a crash) is published at the next start, once', async () => {
    const crashed = createOutbox({ service: 'platform', topic, bus, logger });
    const store = createEntityStore({ connection: database.connection, outbox: crashed, modelName: 'Item', collection: 'items', schema: item });
    // Simulate a process that wrote the document and its pending event, then died before publishing.
    const event = crashed.event({ type: 'vn.hanoi.platform.item.created.v1', data: { name: 'first' } }, 'item-1');
    await store.model.create({ _id: 'item-1', name: 'first', pendingEvents: [event], hasPendingEvents: true });

    const restarted = createOutbox({ service: 'platform', topic, bus, logger });
    restarted.track(store.model);
    await restarted.start();
    await restarted.drain();
    await restarted.stop();

    const messages = await collect([topic], 1);
    expect(messages.filter((m) => JSON.parse(m.value).id === event.id)).toHaveLength(1);
    expect(messages[0]!.key).toBe('item-1');
    expect(messages[0]!.headers['ce-type']).toBe('vn.hanoi.platform.item.created.v1');
    const stored = await store.model.findById('item-1').select('+pendingEvents +hasPendingEvents').lean<{ pendingEvents: unknown[]; hasPendingEvents: boolean }>();
    expect(stored).toMatchObject({ pendingEvents: [], hasPendingEvents: false });
  });

  it('two concurrent transitions of one document never both succeed, and no write is lost', async () => {
    const outbox = createOutbox({ service: 'platform', topic, bus, logger });
    const status = new Schema<{ _id: string; status: string; count: number }>({ _id: String, status: String, count: Number }, { versionKey: false });
    const store = createEntityStore({ connection: database.connection, outbox, modelName: 'Case', collection: 'cases', schema: status });
    await outbox.start();
    const draft = (verb: string) => () => ({ type: `vn.hanoi.platform.case.${verb}.v1`, data: {} });
    await store.insert({ _id: 'case-1', status: 'RECEIVED', count: 0 });
    const attempts = await Promise.all(
      Array.from({ length: 10 }, () => store.update('case-1', { status: 'RECEIVED' }, { $set: { status: 'ACCEPTED' } }, draft('accepted'))),
    );
    expect(attempts.filter(Boolean)).toHaveLength(1);
    await Promise.all(Array.from({ length: 20 }, () => store.update('case-1', {}, { $inc: { count: 1 } }, draft('counted'))));
    expect((await store.findById('case-1'))!.count).toBe(20);
    await outbox.drain();
    await outbox.stop();
    const ofCase = (messages: Message[]) => messages.filter((m) => m.key === 'case-1').map((m) => JSON.parse(m.value).type as string);
    const published = ofCase(await collect([topic], (messages) => ofCase(messages).length >= 21));
    expect(published.filter((type) => type.endsWith('.accepted.v1'))).toHaveLength(1);
    expect(published.filter((type) => type.endsWith('.counted.v1'))).toHaveLength(20);
  });

  it('consumer: applies an event once however often it is delivered; a failing one goes to the DLQ and the partition moves on', async () => {
    const inbound = `test-${run}-inbound.events.v1`;
    const seen: string[] = [];
    const consumer = createEventConsumer({
      bus,
      connection: database.connection,
      logger,
      groupId: `test-${run}-consumer`,
      topics: [inbound],
      maxAttempts: 3,
      retryDelayMs: 10,
      handlers: {
        'vn.hanoi.platform.thing.happened.v1': async (event: CloudEvent) => {
          if (event.data.poison) throw new Error('cannot apply this');
          seen.push(event.id);
        },
      },
    });
    await consumer.start();
    const event = (data: Record<string, unknown>) => createEvent({ type: 'vn.hanoi.platform.thing.happened.v1', subject: 's1', data });
    const good = event({ n: 1 });
    const poison = event({ poison: true });
    const after = event({ n: 2 });
    await bus.publish(inbound, [good, good, poison, after]);
    await bus.publishRaw(inbound, { key: 's1', value: 'not json', headers: {} });

    await eventually(async () => seen.includes(after.id));
    expect(seen).toEqual([good.id, after.id]);
    const dead = await collect([deadLetterTopic(inbound)], 2);
    expect(dead.map((m) => m.headers['dlq-attempts'])).toEqual(['3', '0']);
    expect(dead[0]!.headers['dlq-error']).toBe('cannot apply this');
    expect(JSON.parse(dead[0]!.value).id).toBe(poison.id);
    expect(dead[1]!.headers['dlq-error']).toMatch(/not a valid CloudEvent/);
    await consumer.stop!();
  });

  it('entity store: events derived from the document before and after each write go out in that write, with the update applied', async () => {
    const outbox = createOutbox({ service: 'platform', topic, bus, logger });
    const shape = new Schema<{ _id: string; dueOn: string; done: boolean }>({ _id: String, dueOn: String, done: Boolean }, { versionKey: false });
    const derived = (before: { dueOn: string; done: boolean } | null, after: { dueOn: string; done: boolean }) => [
      ...(before?.dueOn !== after.dueOn ? [{ type: 'vn.hanoi.platform.duty.due.v1', data: { dueOn: after.dueOn } }] : []),
      ...(!before?.done && after.done ? [{ type: 'vn.hanoi.platform.duty.met.v1', data: {}, subject: 'other-aggregate' }] : []),
    ];
    const store = createEntityStore({ connection: database.connection, outbox, modelName: 'Duty', collection: 'duties', schema: shape, derivedEvents: derived });
    await outbox.start();
    await store.insert({ _id: 'duty-1', dueOn: '2026-12-01', done: false });
    await store.update('duty-1', {}, { $set: { dueOn: '2026-12-05' } }, () => []);
    await store.update('duty-1', {}, { $set: { done: true } }, () => ({ type: 'vn.hanoi.platform.duty.closed.v1', data: {} }));
    await outbox.drain();
    await outbox.stop();
    const ofDuty = (messages: Message[]) => messages.filter((m) => ['duty-1', 'other-aggregate'].includes(m.key)).map((m) => [m.key, JSON.parse(m.value).type, JSON.parse(m.value).data]);
    const published = ofDuty(await collect([topic], (messages) => ofDuty(messages).length >= 4));
    expect(published).toEqual([
      ['duty-1', 'vn.hanoi.platform.duty.due.v1', { dueOn: '2026-12-01' }],
      ['duty-1', 'vn.hanoi.platform.duty.due.v1', { dueOn: '2026-12-05' }],
      ['duty-1', 'vn.hanoi.platform.duty.closed.v1', {}],
      ['other-aggregate', 'vn.hanoi.platform.duty.met.v1', {}],
    ]);
    expect(() => outbox.event({ type: 'vn.hanoi.front.duty.met.v1', data: {} }, 'x')).toThrow(/platform cannot publish vn.hanoi.front/);
  });

  it('bus: reads a topic from offset 0 up to given ends, and a new group starts where it is told', async () => {
    const replayed = `test-${run}-replayed.events.v1`;
    await bus.ensureTopics([replayed]);
    const events = Array.from({ length: 7 }, (_, n) => createEvent({ type: 'vn.hanoi.platform.thing.happened.v1', subject: `s${n % 3}`, data: { n } }));
    await bus.publish(replayed, events.slice(0, 5));
    const ends = await bus.endOffsets([replayed]);
    expect(ends.reduce((sum, end) => sum + Number(end.offset), 0)).toBe(5);
    await bus.publish(replayed, events.slice(5));
    const read: number[] = [];
    await bus.readUntil([replayed], ends, ({ message }) => void read.push(JSON.parse(String(message.value)).data.n));
    expect(read.sort()).toEqual([0, 1, 2, 3, 4]);

    const resumed: number[] = [];
    const subscription = await bus.subscribe({
      groupId: `test-${run}-resumed`,
      topics: [replayed],
      startAt: ends,
      eachMessage: async ({ message }) => void resumed.push(JSON.parse(String(message.value)).data.n),
    });
    await eventually(async () => resumed.length >= 2);
    await subscription.stop();
    expect(resumed.sort()).toEqual([5, 6]);
  });
});
