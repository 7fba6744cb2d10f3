import { startPrivateFerretDb } from '../support/infrastructure';
import { describe, settleMs, startScenarioPlatform, waitFor, type GraphQLAnswer } from '../support/platform';
import { outboxLeft, tally } from '../support/domain';
import type { Scenario } from '../support/scenario';

const outageMs = 8_000;
const workers = 4;
/** The longest a request may take while the database is down: the driver's server selection and mongoose's buffering. */
const answerBoundMs = 15_000;

interface Exchange {
  write: boolean;
  unitId: string;
  answer: GraphQLAnswer;
  at: number;
}

/**
 * The committee's database (a private FerretDB) stopped for 8 s and started again while four clients write and read:
 * while it is down every answer is a coded error and none hangs; afterwards requests succeed again without the
 * service being restarted, and every acknowledged write is there with its event published.
 */
export const databaseRestart: Scenario = {
  id: 'database-restart',
  summary: `stop the committee's database for ${outageMs / 1000} s during writes and reads, start it again`,
  async run(report, suite) {
    const database = await startPrivateFerretDb();
    report.defer(() => database.down());
    const platform = await startScenarioPlatform(report, { services: ['committee'], brokers: suite.shared.brokers, mongoUrl: database.url });
    const committee = platform.process('committee');
    const pid = committee.pid;
    const exchanges: Exchange[] = [];
    type Phase = 'before' | 'down' | 'after';
    let phase = 'before' as Phase;
    const phases = new Map<Exchange, Phase>();
    let serial = 0;
    let running = true;
    async function client(): Promise<void> {
      while (running) {
        const unitId = `fault-db-${serial++}`;
        const write = serial % 2 === 0;
        const answer = write
          ? await platform.call('committee', `mutation($id: ID!) { createAdministrativeUnit(input: { id: $id, name: "Phường thử nghiệm", kind: WARD, validFrom: "2025-07-01" }) { id } }`, { id: unitId })
          : await platform.call('committee', `{ administrativeUnits(first: 5) { totalCount } }`);
        const exchange = { write, unitId, answer, at: Date.now() };
        exchanges.push(exchange);
        phases.set(exchange, phase);
        if (answer.failure) await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    const traffic = Promise.all(Array.from({ length: workers }, client));
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    phase = 'down';
    await database.stop();
    report.say(`database stopped after ${exchanges.length} requests`);
    await new Promise((resolve) => setTimeout(resolve, outageMs));
    await database.start();
    const restartedAt = Date.now();
    phase = 'after';
    report.say('database started again');
    const recovered = await waitFor(async () => exchanges.find((exchange) => exchange.at > restartedAt && !exchange.answer.errors && !exchange.answer.failure), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    running = false;
    await traffic;

    const during = exchanges.filter((exchange) => phases.get(exchange) === 'down');
    const failedDuring = during.filter((exchange) => exchange.answer.errors || exchange.answer.failure);
    const otherwise = failedDuring.filter((exchange) => exchange.answer.failure || exchange.answer.errors!.some((error) => error.extensions?.code !== 'DATABASE_UNAVAILABLE'));
    const codes = tally(failedDuring.flatMap((exchange) => exchange.answer.errors?.map((error) => String(error.extensions?.code)) ?? ['no answer']));
    report.check(
      'while it is down, every failure is coded DATABASE_UNAVAILABLE',
      failedDuring.length > 0 && otherwise.length === 0,
      `${failedDuring.length} of ${during.length} requests failed: ${[...codes].map(([code, n]) => `${n} ${code}`).join(', ')}${otherwise.length ? `; otherwise: ${describe(otherwise[0]!.answer)}` : ''}`,
    );
    const slowest = Math.max(...during.map((exchange) => exchange.answer.ms));
    report.check('no request hangs while it is down', slowest <= answerBoundMs, `slowest answer ${slowest} ms (bound ${answerBoundMs} ms)`);
    report.check(
      'requests succeed again without restarting the service',
      recovered !== undefined && committee.pid === pid,
      recovered ? `first success ${recovered.at - restartedAt} ms after the database came back; same process (pid ${pid})` : 'no success within 60 s',
    );

    // The suite's own connection went through the outage too: it reconnects by itself, like the service's.
    await waitFor(async () => platform.database('committee').readyState === 1, settleMs);
    const acknowledged = exchanges.filter((exchange) => exchange.write && exchange.answer.data && !exchange.answer.errors);
    const stored = new Set((await platform.database('committee').collection('administrative_units').find({}, { projection: { _id: 1 } }).toArray()).map((row) => String(row._id)));
    const lost = acknowledged.filter((exchange) => !stored.has(exchange.unitId));
    report.check('no acknowledged write is lost', lost.length === 0, `${acknowledged.length - lost.length}/${acknowledged.length} acknowledged units stored`);
    const left = await outboxLeft(platform, 'committee', 'administrative_units', 30_000);
    const published = new Set((await platform.readTopic('committee')).map((event) => event.subject));
    const unpublished = [...stored].filter((id) => !published.has(id));
    report.check(
      'every stored write has its event published',
      left === null && unpublished.length === 0,
      `${stored.size - unpublished.length}/${stored.size} units' events on the topic${left ? `; ${left.events} events still pending` : ''}`,
    );
  },
};
