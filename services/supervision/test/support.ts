import { callSubgraph, callers, startTestSubgraph } from '@hanoi/platform/testing';
import { createEventBus, createLogger, type CloudEvent, type Caller } from '@hanoi/platform';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';

/** Starts the supervision subgraph on port 0 against the real local FerretDB and Kafka, in its own database. */
export const startSupervision = () => startTestSubgraph('supervision', loadConfig, createApp);

export type Supervision = Awaited<ReturnType<typeof startSupervision>>;

/** A second Kafka client, standing in for another service that publishes to (or is read from) a topic. */
export async function startTestBus(clientId: string) {
  const bus = createEventBus({ brokers: ['127.0.0.1:9092'], clientId, logger: createLogger({ service: clientId, level: 'silent' }) });
  await bus.start();
  return bus;
}

/** Collects the events published on `topic` from its beginning. */
export async function collectEvents(bus: Awaited<ReturnType<typeof startTestBus>>, topic: string, groupId: string) {
  const seen: CloudEvent[] = [];
  await bus.ensureTopics([topic]);
  const subscription = await bus.subscribe({
    groupId,
    topics: [topic],
    eachMessage: async ({ message }) => void seen.push(JSON.parse(message.value!.toString()) as CloudEvent),
  });
  return { seen, stop: () => subscription.stop() };
}

export const staff = {
  ...callers,
  councilLeader: { subject: 'council-leader-1', agency: 'council', roles: ['leader'] },
  councilViewer: { subject: 'council-viewer-1', agency: 'council', roles: ['viewer'] },
  constructionHandler: { subject: 'so-xay-dung-handler-1', agency: 'so-xay-dung', roles: ['handler'] },
  constructionViewer: { subject: 'so-xay-dung-viewer-1', agency: 'so-xay-dung', roles: ['viewer'] },
  financeClerk: { subject: 'so-tai-chinh-clerk-1', agency: 'so-tai-chinh', roles: ['clerk'] },
} satisfies Record<string, Caller>;

/** Calls the subgraph and fails the test with the errors when there are any. */
export async function ok<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, caller: Caller = callers.admin) {
  const result = await callSubgraph<T>(url, query, variables, caller);
  if (result.errors) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/** Calls the subgraph expecting exactly one error; returns its extensions. */
export async function failure(url: string, query: string, variables: Record<string, unknown> = {}, caller: Caller = callers.admin) {
  const result = await callSubgraph(url, query, variables, caller);
  expect(result.errors).toHaveLength(1);
  return { ...result.errors![0]!.extensions, message: result.errors![0]!.message } as Record<string, any>;
}

export const createProgramme = `mutation($input: CreateSupervisionProgrammeInput!) {
  createSupervisionProgramme(input: $input) {
    id title kind year startsOn endsOn status leadAgency { id } supervisedAgencies { id } reSupervisionOf { id }
  }
}`;
export const startProgramme = `mutation($id: ID!) { startSupervisionProgramme(id: $id) { id status } }`;
export const concludeProgramme = `mutation($id: ID!, $input: ConcludeSupervisionProgrammeInput!) {
  concludeSupervisionProgramme(id: $id, input: $input) { id status conclusion concludedOn }
}`;
export const addRecommendation = `mutation($input: AddSupervisionRecommendationInput!) {
  addSupervisionRecommendation(input: $input) { id text dueOn status overdue addressedTo { id } programme { id } }
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
  if (status === 'CONCLUDED') {
    await ok(url, concludeProgramme, { id, input: { concludedOn: '2026-06-01', conclusion: 'Kết luận giám sát số 12/KL-HĐND' } });
  }
  return id;
}
