import { callSubgraph, callers, collectEvents, eventually, startTestSubgraph } from '@hanoi/platform/testing';
import { createEventBus, createLogger, formatCalendarDate, hanoiToday, type CloudEvent, type Caller } from '@hanoi/platform';
import { Kafka, logLevel } from 'kafkajs';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';

/**
 * Starts the supervision subgraph on port 0 against the real local FerretDB and Kafka, in its own database and
 * topics. The periodic escalation sweeper is off: tests sweep with `sv.app.escalation.sweep(today)`.
 */
export const startSupervision = (env: NodeJS.ProcessEnv = {}) =>
  startTestSubgraph('supervision', loadConfig, createApp, { SUPERVISION_SWEEP_INTERVAL_MS: '0', ...env });

export type Supervision = Awaited<ReturnType<typeof startSupervision>>;

/** A second Kafka client standing in for the other services: publishes their events to their topics under the test's prefix. */
export async function startPublisher(sv: Supervision) {
  const bus = createEventBus({ brokers: sv.config.KAFKA_BROKERS, clientId: 'supervision-test-publisher', logger: createLogger({ service: 'test', level: 'silent' }) });
  await bus.start();
  let published = 0;
  return {
    bus,
    /** Publishes `events` to `service`'s topic, in order. */
    async publish(service: string, ...events: CloudEvent[]) {
      await bus.publish(sv.app.runtime.topic(service), events);
      published += events.length;
    },
    /** How many events this publisher sent. */
    published: () => published,
    stop: () => bus.stop(),
  };
}
export type Publisher = Awaited<ReturnType<typeof startPublisher>>;

/**
 * Waits until consumer group `groupId` has committed past every message of `services`' topics (handled or skipped):
 * what a test published before is consumed, including events that have no visible effect.
 */
export async function caughtUp(sv: Supervision, groupId: string, services: string[]) {
  const admin = new Kafka({ clientId: 'supervision-test-admin', brokers: sv.config.KAFKA_BROKERS, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = services.map((service) => sv.app.runtime.topic(service));
    await eventually(async () => {
      const committed = await admin.fetchOffsets({ groupId, topics });
      for (const topic of topics) {
        const ends = await admin.fetchTopicOffsets(topic);
        const group = committed.find((entry) => entry.topic === topic)?.partitions ?? [];
        for (const end of ends) {
          const at = Number(group.find((partition) => partition.partition === end.partition)?.offset ?? -1);
          if (Number(end.high) > 0 && at < Number(end.high)) return false;
        }
      }
      return true;
    });
  } finally {
    await admin.disconnect();
  }
}

/** Collects the events supervision publishes (each event id once), from the beginning of its topic. */
export const collectSupervisionEvents = (sv: Supervision) => collectEvents(sv.config.KAFKA_BROKERS, sv.app.runtime.topic('supervision'));

export const staff = {
  ...callers,
  councilLeader: { subject: 'council-leader-1', agency: 'council', roles: ['leader'] },
  councilViewer: { subject: 'council-viewer-1', agency: 'council', roles: ['viewer'] },
  constructionLeader: { subject: 'so-xay-dung-leader-1', agency: 'so-xay-dung', roles: ['leader'] },
  constructionHandler: { subject: 'so-xay-dung-handler-1', agency: 'so-xay-dung', roles: ['handler'] },
  constructionViewer: { subject: 'so-xay-dung-viewer-1', agency: 'so-xay-dung', roles: ['viewer'] },
  financeClerk: { subject: 'so-tai-chinh-clerk-1', agency: 'so-tai-chinh', roles: ['clerk'] },
  financeLeader: { subject: 'so-tai-chinh-leader-1', agency: 'so-tai-chinh', roles: ['leader'] },
} satisfies Record<string, Caller>;

/** Calls the subgraph and fails the test with the errors when there are any. */
export async function ok<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, caller: Caller = callers.admin) {
  const result = await callSubgraph<T>(url, query, variables, caller);
  if (result.errors) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/** Calls the subgraph expecting exactly one error; returns its extensions and message. */
export async function failure(url: string, query: string, variables: Record<string, unknown> = {}, caller: Caller = callers.admin) {
  const result = await callSubgraph(url, query, variables, caller);
  expect(result.errors).toHaveLength(1);
  return { ...result.errors![0]!.extensions, message: result.errors![0]!.message } as Record<string, any>;
}

/** A calendar day `days` from today in Hanoi, as the API writes it. */
export const daysFromToday = (days: number) => formatCalendarDate(new Date(hanoiToday().getTime() + days * 86_400_000));

export const createProgramme = `mutation($input: CreateSupervisionProgrammeInput!) {
  createSupervisionProgramme(input: $input) {
    id title kind year startsOn endsOn status leadAgency { id } supervisedAgencies { id } reSupervisionOf { id }
    reviewedRecommendations { id }
  }
}`;
export const startProgramme = `mutation($id: ID!) { startSupervisionProgramme(id: $id) { id status } }`;
export const concludeProgramme = `mutation($id: ID!, $input: ConcludeSupervisionProgrammeInput!) {
  concludeSupervisionProgramme(id: $id, input: $input) { id status conclusion concludedOn }
}`;
export const addRecommendation = `mutation($input: AddSupervisionRecommendationInput!) {
  addSupervisionRecommendation(input: $input) { id text dueOn status resolved closed overdue addressedTo { id } programme { id } }
}`;
export const reportImplementation = `mutation($id: ID!, $input: ReportRecommendationImplementationInput!) {
  reportRecommendationImplementation(id: $id, input: $input) {
    id status resolved overdue implementationReport reportedOn
    reports { status text reportedOn evidence { title reference } assignment { id } }
    rounds { round dueOn implementedOn supersededOn }
  }
}`;

export const programmeInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Giám sát việc giải quyết kiến nghị cử tri về trật tự xây dựng',
  kind: 'THEMATIC',
  leadAgencyId: 'council',
  year: 2026,
  startsOn: '2026-03-01',
  endsOn: '2026-05-31',
  supervisedAgencyIds: ['so-xay-dung', 'ubnd-phuong-hoan-kiem'],
  ...overrides,
});

/** Creates a programme as admin and moves it to `status`; returns its id. */
export async function programmeIn(url: string, status: 'PLANNED' | 'IN_PROGRESS' | 'CONCLUDED', overrides: Record<string, unknown> = {}) {
  const { createSupervisionProgramme } = await ok(url, createProgramme, { input: programmeInput(overrides) });
  const id = createSupervisionProgramme.id as string;
  if (status !== 'PLANNED') await ok(url, startProgramme, { id });
  if (status === 'CONCLUDED') await conclude(url, id);
  return id;
}

/** Concludes an IN_PROGRESS programme as admin. */
export const conclude = (url: string, id: string) =>
  ok(url, concludeProgramme, { id, input: { concludedOn: '2026-06-01', conclusion: 'Kết luận giám sát số 12/KL-HĐND' } });

/** Issues a recommendation of `programmeId` as admin; returns its id. */
export async function recommendationOf(url: string, programmeId: string, addressedToAgencyId: string, dueOn: string, text = 'Rà soát, xử lý dứt điểm công trình vi phạm trật tự xây dựng') {
  const { addSupervisionRecommendation } = await ok(url, addRecommendation, { input: { programmeId, addressedToAgencyId, text, dueOn } });
  return addSupervisionRecommendation.id as string;
}

/** Rõ người: a staff member by reference. */
export const person = (overrides: Record<string, unknown> = {}) => ({
  kind: 'STAFF',
  id: 'so-xay-dung-user-17',
  name: 'Nguyễn Văn An',
  position: 'Phó Giám đốc Sở Xây dựng',
  ...overrides,
});
