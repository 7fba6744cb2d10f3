/**
 * `npm run bench:index [-- --events 100000]`: how long the coordination index takes to rebuild its read model from
 * offset 0. Publishes (once per event count; kept in `bench-index-<n>-` topics) a realistic stream of obligation
 * events of all six services — obligations opened, then most met, some rescheduled or cancelled — and the agency
 * directory, starts the supervision subgraph in this process on them (its first start builds generation 1), then
 * times a rebuild and a city-level ranking query over a year. Prints progress while it publishes and rebuilds.
 */
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { committeeEvents, eventsByService, obligationKinds, type ObligationKind, type ObligationSubjectType } from '@hanoi/contracts';
import { callerTokenHeader, createEventBus, createLogger, serviceTopic, signCallerToken, type CloudEvent } from '@hanoi/platform';
import { dropDatabases } from '@hanoi/platform/testing';
import { createApp } from '../../services/supervision/src/app';
import { loadConfig } from '../../services/supervision/src/config';
import { startStack } from '../lib/processes';

const { values } = parseArgs({ options: { events: { type: 'string', default: '100000' } } });
const total = Number(values.events);
const say = (message: string) => process.stderr.write(`[bench:index] ${message}\n`);
const prefix = `bench-index-${total}-`;
const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000);

/** A deterministic pseudo-random sequence (the same stream for the same count). */
function random(seed: number) {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
}

const subjectOf: Record<ObligationKind, ObligationSubjectType> = {
  AGENDA_DOCUMENT: 'AgendaItem',
  SESSION_PROGRAMME: 'CouncilSession',
  QUESTION_ANSWER: 'Question',
  CASE_ACCEPTANCE: 'Petition',
  CASE_INITIAL_HANDLING: 'Petition',
  CASE_NOTICE: 'Petition',
  CASE_RESOLUTION: 'Petition',
  CASE_ANSWER: 'Petition',
  VOTER_RECOMMENDATION_ANSWER: 'Petition',
  NA_RECOMMENDATION_ANSWER: 'Petition',
  ASSIGNMENT_ANSWER: 'Assignment',
  SUPERVISION_RECOMMENDATION: 'SupervisionRecommendation',
  COORDINATION_TASK: 'CoordinationTask',
  LAW_CONSULTATION_CONTRIBUTION: 'LawConsultation',
  SOCIAL_CRITIQUE_REPORT: 'SocialCritique',
  VOTER_OPINION_REPORT: 'VoterOpinionReport',
};

/** The stream: 120 agencies, then obligations of every kind over 2026, each followed by what became of it. */
function* stream(count: number): Generator<{ service: string; event: CloudEvent }> {
  const next = random(2026);
  const agencies = ['committee', 'council', 'front', 'delegation', ...Array.from({ length: 116 }, (_, i) => `so-${i + 1}`)];
  let produced = 0;
  for (const agencyId of agencies) {
    const body = ['committee', 'council', 'front', 'delegation'].includes(agencyId);
    yield {
      service: 'committee',
      event: committeeEvents.agencyCreated.event(agencyId, {
        agencyId,
        name: `Cơ quan ${agencyId}`,
        shortName: agencyId,
        kind: body ? 'CITY_BODY' : 'DEPARTMENT',
        level: 'CITY',
        parentId: body ? null : 'committee',
        administrativeUnitId: null,
        validFrom: null,
        validTo: null,
      }),
    };
    produced++;
  }
  const kinds = Object.keys(obligationKinds) as ObligationKind[];
  for (let n = 0; produced < count; n++) {
    const kind = kinds[n % kinds.length]!;
    const service = obligationKinds[kind].service;
    const contracts = eventsByService[service as keyof typeof eventsByService].obligation;
    const obligationId = `bench:${kind}:${n}`;
    const subject = `bench-${n}`;
    const dueOn = day(Math.floor(next() * 360));
    yield {
      service,
      event: contracts.opened.event(subject, {
        obligationId,
        kind,
        agencyId: agencies[Math.floor(next() * agencies.length)]!,
        dueOn,
        subject: { type: subjectOf[kind], id: subject },
        content: obligationKinds[kind].content,
        basis: 'benchmark',
        councilSessionId: null,
        title: null,
      }),
    };
    produced++;
    const fate = next();
    if (produced < count && fate < 0.15) {
      yield { service, event: contracts.rescheduled.event(subject, { obligationId, dueOn: day(Math.floor(next() * 360)), previousDueOn: dueOn, on: dueOn, reason: 'benchmark' }) };
      produced++;
    }
    if (produced < count && fate < 0.8) {
      yield { service, event: contracts.met.event(subject, { obligationId, metOn: day(Math.floor(next() * 365)) }) };
      produced++;
    } else if (produced < count && fate < 0.9) {
      yield { service, event: contracts.cancelled.event(subject, { obligationId, on: dueOn, reason: 'benchmark' }) };
      produced++;
    }
  }
}

async function publishOnce(bus: ReturnType<typeof createEventBus>): Promise<void> {
  const topics = Object.keys(eventsByService).map((service) => serviceTopic(service, prefix));
  await bus.ensureTopics(topics);
  const present = (await bus.endOffsets(topics)).reduce((sum, end) => sum + Number(end.offset), 0);
  if (present >= total) {
    say(`${present} events already in the ${prefix}* topics`);
    return;
  }
  if (present > 0) throw new Error(`the ${prefix}* topics hold ${present} of ${total} events: delete them (kafka-topics --delete) and run again`);
  const batches = new Map<string, CloudEvent[]>();
  let published = 0;
  const flush = async (service: string) => {
    const batch = batches.get(service) ?? [];
    if (batch.length === 0) return;
    await bus.publish(serviceTopic(service, prefix), batch);
    published += batch.length;
    batches.set(service, []);
    process.stderr.write(`\r[bench:index] published ${published}/${total}`);
  };
  for (const { service, event } of stream(total)) {
    batches.set(service, [...(batches.get(service) ?? []), event]);
    if (batches.get(service)!.length === 1_000) await flush(service);
  }
  for (const service of batches.keys()) await flush(service);
  process.stderr.write('\n');
}

async function main(): Promise<void> {
  startStack();
  const logger = createLogger({ service: 'bench-index', level: 'warn' });
  const bus = createEventBus({ brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','), clientId: 'bench-index', logger });
  await bus.start();
  await publishOnce(bus);
  await bus.stop();

  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    KAFKA_TOPIC_PREFIX: prefix,
    MONGO_DB: `bench_supervision_${randomBytes(3).toString('hex')}`,
    INTERNAL_TOKEN_SECRET: randomBytes(32).toString('hex'),
    SUPERVISION_SWEEP_INTERVAL_MS: '0',
    OUTBOX_SWEEP_INTERVAL_MS: '0',
  });
  const app = createApp(config);
  let started = Date.now();
  say('starting supervision (its first start builds generation 1 from offset 0)…');
  const { url } = await app.start(0);
  say(`first build: ${Date.now() - started} ms`);

  started = Date.now();
  const { generation } = await app.indexer.rebuild();
  for (;;) {
    const progress = app.indexer.progress();
    if (progress) process.stderr.write(`\r[bench:index] rebuild: read ${progress.read}/${progress.total}, written ${progress.written}   `);
    if ((await app.indexer.activeGeneration()) === generation) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const rebuildMs = Date.now() - started;
  await app.indexer.settled();
  const cleanupMs = Date.now() - started - rebuildMs;
  const { lastBuild } = await app.indexer.state();
  process.stderr.write('\n');

  const token = await signCallerToken({ subject: 'bench', agency: 'council', roles: ['analyst'] }, config.INTERNAL_TOKEN_SECRET);
  started = Date.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [callerTokenHeader]: token },
    body: JSON.stringify({ query: '{ coordinationIndexRanking(period: "2026", level: CITY) { rank index { value basis { eventCount } } } }' }),
  });
  const ranking = (await response.json()) as { data?: { coordinationIndexRanking: { index: { basis: { eventCount: number } } }[] } };
  const rankingMs = Date.now() - started;
  const ranked = ranking.data?.coordinationIndexRanking ?? [];
  const events = lastBuild?.eventCount ?? 0;
  console.log(`rebuild from offset 0: ${events} events, new generation active in ${rebuildMs} ms (${Math.round((events * 1000) / rebuildMs)} events/s); previous generation deleted ${cleanupMs} ms later`);
  console.log(`ranking of ${ranked.length} city agencies over 2026 (${ranked.reduce((sum, row) => sum + row.index.basis.eventCount, 0)} events behind it): ${rankingMs} ms`);
  await app.stop();
  await dropDatabases(config.MONGO_URL, [config.MONGO_DB]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
