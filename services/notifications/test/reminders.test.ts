import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addWorkingDays, councilEvents, isoDay, petitionsEvents, shiftDays, workingDayCalendar } from '@hanoi/contracts';
import { createEventBus, createLogger, hanoiToday, type CloudEvent, type EventBus } from '@hanoi/platform';
import { dropDatabases, eventually, scrapeMetrics, testEnv } from '@hanoi/platform/testing';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';

const today = hanoiToday();
const calendar = workingDayCalendar([], { unknownYears: 'WEEKENDS_ONLY' });

/** A webhook receiver: every request it got, and those it accepted (it answers 503 to the first `failFirst`). */
async function startReceiver(failFirst = 0) {
  const requests: { headers: IncomingMessage['headers']; body: Record<string, any> }[] = [];
  const accepted: Record<string, any>[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      requests.push({ headers: request.headers, body });
      if (requests.length <= failFirst) return void response.writeHead(503).end();
      accepted.push(body);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/reminders`, requests, accepted, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const opened = (contracts: typeof petitionsEvents.obligation, id: string, kind: 'CASE_ACCEPTANCE' | 'AGENDA_DOCUMENT', subjectType: 'Petition' | 'AgendaItem', dueOn: Date, title: string | null, agencyId = 'so-xay-dung') =>
  contracts.opened.event(id, {
    obligationId: `${subjectType}:${id}`,
    kind,
    agencyId,
    dueOn,
    subject: { type: subjectType, id },
    content: kind === 'AGENDA_DOCUMENT' ? 'COUNCIL_SESSIONS' : 'CITIZEN_RECEPTION',
    basis: 'Căn cứ',
    councilSessionId: null,
    title,
  });

describe('notifications: reminders before statutory deadlines and once overdue', () => {
  const env = testEnv('notifications');
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let bus: EventBus;
  let app: ReturnType<typeof createApp> | undefined;
  let port = 0;
  const config = () =>
    loadConfig({ ...env, REMINDER_CHANNEL: 'webhook', REMINDER_WEBHOOK_URL: receiver.url, REMINDER_WEBHOOK_TOKEN: 'a-webhook-token-of-16+', REMINDER_CHECK_INTERVAL_MS: '0', REMINDER_RETRY_DELAY_MS: '10' });
  const start = async () => {
    app = createApp(config());
    ({ port } = await app.start(0));
  };
  const topic = (service: string) => `${env.KAFKA_TOPIC_PREFIX}${service}.events.v1`;
  const publish = (service: string, events: CloudEvent[]) => bus.publish(topic(service), events);
  /** The read model holds `count` obligations (every event published so far applied). */
  const tracked = (count: number, met: number) =>
    eventually(async () => (await app!.obligations.model.countDocuments({ kind: { $ne: null } }).exec()) === count && (await app!.obligations.model.countDocuments({ metOn: { $ne: null } }).exec()) === met);

  const soonDue = addWorkingDays(today, 2, calendar);
  const events = {
    petitions: [
      // Due in 2 working days (within the default 3): DUE_SOON.
      opened(petitionsEvents.obligation, 'case-soon', 'CASE_ACCEPTANCE', 'Petition', soonDue, null),
      // Due in 10 working days: nothing yet.
      opened(petitionsEvents.obligation, 'case-later', 'CASE_ACCEPTANCE', 'Petition', addWorkingDays(today, 10, calendar), null),
      // Overdue since 3 days: OVERDUE.
      opened(petitionsEvents.obligation, 'case-late', 'CASE_ACCEPTANCE', 'Petition', shiftDays(today, -3), null),
      // Due tomorrow but met: nothing.
      opened(petitionsEvents.obligation, 'case-done', 'CASE_ACCEPTANCE', 'Petition', addWorkingDays(today, 1, calendar), null),
      petitionsEvents.obligation.met.event('case-done', { obligationId: 'Petition:case-done', metOn: today }),
      // Overdue for a year: left to the inbox, not sent in a flood.
      opened(petitionsEvents.obligation, 'case-ancient', 'CASE_ACCEPTANCE', 'Petition', shiftDays(today, -365), null),
    ],
    council: [opened(councilEvents.obligation, 'ai-7', 'AGENDA_DOCUMENT', 'AgendaItem', addWorkingDays(today, 3, calendar), 'Tờ trình dự toán ngân sách 2027', 'so-tai-chinh')],
  };

  beforeAll(async () => {
    receiver = await startReceiver(1);
    bus = createEventBus({ brokers: String(env.KAFKA_BROKERS).split(','), clientId: 'notifications-test', logger: createLogger({ service: 'test', level: 'silent' }) });
    await bus.start();
    await bus.ensureTopics(['petitions', 'council'].map(topic));
    await start();
  });
  afterAll(async () => {
    await app?.stop();
    await bus.stop();
    await receiver.stop();
    await dropDatabases(String(env.MONGO_URL), [String(env.MONGO_DB)]);
  });

  it('posts one reminder per obligation due soon or newly overdue, with ids, kinds, agency, public words and days only', async () => {
    await publish('petitions', events.petitions);
    await publish('council', events.council);
    await tracked(6, 1);
    expect(await app!.reminders.runOnce()).toEqual({ sent: 3, failed: 0 });
    // The first POST was answered 503 and retried: the receiver accepted each reminder once.
    expect(receiver.requests).toHaveLength(4);
    const byId = Object.fromEntries(receiver.accepted.map((reminder) => [reminder.id, reminder]));
    expect(Object.keys(byId).sort()).toEqual(['AgendaItem:ai-7:DUE_SOON', 'Petition:case-late:OVERDUE', 'Petition:case-soon:DUE_SOON']);
    expect(byId['Petition:case-soon:DUE_SOON']).toEqual({
      id: 'Petition:case-soon:DUE_SOON',
      type: 'DUE_SOON',
      obligationId: 'Petition:case-soon',
      kind: 'CASE_ACCEPTANCE',
      service: 'petitions',
      agencyId: 'so-xay-dung',
      title: null,
      dueOn: isoDay(soonDue),
      daysLeft: 2,
      subject: { type: 'Petition', id: 'case-soon' },
      link: '/petitions/case-soon',
    });
    expect(byId['AgendaItem:ai-7:DUE_SOON']).toMatchObject({ service: 'council', agencyId: 'so-tai-chinh', title: 'Tờ trình dự toán ngân sách 2027', daysLeft: 3, link: '/agenda-items/ai-7' });
    expect(byId['Petition:case-late:OVERDUE'].daysLeft).toBeLessThan(0);
    const last = receiver.requests.at(-1)!.headers;
    expect(last['authorization']).toBe('Bearer a-webhook-token-of-16+');
    expect(last['idempotency-key']).toBe(receiver.requests.at(-1)!.body.id);
    expect(receiver.accepted.length).toBe(3);
  });

  it('sends nothing again when the events are delivered twice, by the same ids or as new ones', async () => {
    // The same events (an outbox republishing) and the same changes under new ids (a replayed history).
    const again = events.petitions.map((event) => ({ ...event, id: `${event.id}-again` }));
    await publish('petitions', [...events.petitions, ...again]);
    await publish('council', events.council);
    await eventually(async () => (await app!.runtime.database.connection.collection('processed_events').countDocuments({ _id: { $regex: '-again$' } } as never)) === again.length);
    expect(await app!.reminders.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(receiver.accepted).toHaveLength(3);
  });

  it('sends nothing again across a restart, and once more only what newly falls due', async () => {
    await app!.stop();
    await start();
    expect(await app!.reminders.runOnce()).toEqual({ sent: 0, failed: 0 });
    // Two working days later the "later" case is still not within 3 days; eight later it is; the late one stays sent.
    expect(await app!.reminders.runOnce(addWorkingDays(today, 2, calendar))).toEqual({ sent: 0, failed: 0 });
    // Eight working days on: the later case is due within 3; the agenda documents and the soon case are overdue now.
    expect(await app!.reminders.runOnce(addWorkingDays(today, 8, calendar))).toEqual({ sent: 3, failed: 0 });
    const ids = receiver.accepted.map((reminder) => reminder.id);
    expect(ids.slice(3).sort()).toEqual(['AgendaItem:ai-7:OVERDUE', 'Petition:case-later:DUE_SOON', 'Petition:case-soon:OVERDUE']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await app!.reminders.runOnce(addWorkingDays(today, 8, calendar))).toEqual({ sent: 0, failed: 0 });

    // The worker's operations endpoints: alive, ready, and its reminders counted.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    const metrics = await scrapeMetrics(`http://127.0.0.1:${port}/metrics`);
    expect(metrics.sum('reminders_sent_total', { channel: 'webhook' })).toBe(3);
  });
});
