import { randomBytes } from 'node:crypto';
import { Schema } from 'mongoose';
import { Registry } from 'prom-client';
import { boundedLabel, createDatabase, createEvent, createEventBus, createEventMetrics, createLogger, createOutbox, type OutboxObserver } from '../src';
import { dropDatabases, eventually, testRunId } from '../src/testing';

const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const logger = createLogger({ service: 'platform-test', level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const run = `${testRunId()}${randomBytes(3).toString('hex')}`;

describe('metric labels', () => {
  it('keeps operation names and codes a client sends from growing a series per request', () => {
    const seen = new Set<string>();
    const name = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
    expect(boundedLabel(seen, 'AgencyPage', name, 'anonymous')).toBe('AgencyPage');
    expect(boundedLabel(seen, null, name, 'anonymous')).toBe('anonymous');
    expect(boundedLabel(seen, 'not a name {', name, 'anonymous')).toBe('other');
    expect(boundedLabel(seen, 'x'.repeat(65), name, 'anonymous')).toBe('other');
    for (let n = 0; n < 600; n++) boundedLabel(seen, `Op${n}`, name, 'anonymous');
    expect(seen.size).toBe(500);
    expect(boundedLabel(seen, 'Op599', name, 'anonymous')).toBe('other');
    expect(boundedLabel(seen, 'AgencyPage', name, 'anonymous')).toBe('AgencyPage');
  });
});

describe('event metrics over the real Kafka broker and FerretDB', () => {
  const dbName = `test_${run}_metrics`;
  const database = createDatabase({ url: mongoUrl, dbName, logger });
  const bus = createEventBus({ brokers, clientId: 'metrics-test', logger });

  beforeAll(async () => {
    await database.start();
    await bus.start();
  });
  afterAll(async () => {
    await bus.stop();
    await database.stop();
    await dropDatabases(mongoUrl, [dbName]);
  });

  it('consumer lag: end offset minus committed offset per group and partition, down to 0 once consumed', async () => {
    const topic = `test-${run}-lagging.events.v1`;
    const groupId = `test-${run}-lagging`;
    await bus.ensureTopics([topic]);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const subscription = await bus.subscribe({ groupId, topics: [topic], eachMessage: () => gate });
    // One subject: one partition, three messages; the handler holds the first, so the group has committed nothing.
    await bus.publish(topic, [1, 2, 3].map((n) => createEvent({ type: 'vn.hanoi.platform.thing.happened.v1', subject: 'one-aggregate', data: { n } })));
    try {
      const behind = await eventually(async () => {
        const lags = (await bus.consumerLag()).filter((lag) => lag.groupId === groupId && lag.lag > 0);
        return lags.length > 0 && lags;
      });
      expect(behind).toEqual([{ groupId, topic, partition: expect.any(Number), lag: 3 }]);
      release();
      const caughtUp = await eventually(async () => {
        const lags = (await bus.consumerLag()).filter((lag) => lag.groupId === groupId);
        return lags.length === 3 && lags.every((lag) => lag.lag === 0) && lags;
      });
      expect(caughtUp.map((lag) => lag.partition).sort()).toEqual([0, 1, 2]);
    } finally {
      release();
      await subscription.stop();
    }
    expect((await bus.consumerLag()).filter((lag) => lag.groupId === groupId)).toEqual([]);
  });

  it('consumer lag on /metrics: sampled on scrape, at most every 10 s', async () => {
    const registry = new Registry();
    const metrics = createEventMetrics(registry);
    let samples = 0;
    metrics.watchConsumerLag({ consumerLag: async () => (samples++, [{ groupId: 'g', topic: 't', partition: 0, lag: 7 }]) } as never);
    const scrape = () => registry.getSingleMetricAsString('kafka_consumer_lag');
    expect(await scrape()).toContain('kafka_consumer_lag{group="g",topic="t",partition="0"} 7');
    await scrape();
    await scrape();
    expect(samples).toBe(1);
  });

  it('outbox backlog: the sweep reports the documents still holding events, per collection', async () => {
    const topic = `test-${run}-backlog.events.v1`;
    const reports: [string, number][] = [];
    let published = 0;
    const observer: OutboxObserver = { pending: (collection, documents) => reports.push([collection, documents]), published: (count) => (published += count), failed: () => undefined };
    const model = database.connection.model('Backlogged', new Schema({ _id: String, pendingEvents: [Schema.Types.Mixed], hasPendingEvents: Boolean }), 'backlogged');
    const crashed = createOutbox({ service: 'platform', topic, bus, logger });
    // Two documents a crashed process wrote with their events and never published.
    for (const id of ['doc-1', 'doc-2']) {
      await model.create({ _id: id, pendingEvents: [crashed.event({ type: 'vn.hanoi.platform.doc.written.v1', data: {} }, id)], hasPendingEvents: true });
    }
    const outbox = createOutbox({ service: 'platform', topic, bus, logger, observer, sweepIntervalMs: 200 });
    outbox.track(model);
    await outbox.start();
    expect(reports[0]).toEqual(['backlogged', 2]);
    await outbox.drain();
    expect(published).toBe(2);
    await eventually(async () => reports.at(-1)?.[1] === 0);
    await outbox.stop();
  });
});
