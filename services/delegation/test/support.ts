import { callSubgraph, callers, collectEvents, startTestSubgraph } from '@hanoi/platform/testing';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';

/** Starts the delegation subgraph on port 0 against the real local FerretDB and Kafka, in its own database. */
export const startDelegation = () => startTestSubgraph('delegation', loadConfig, createApp);

export type Delegation = Awaited<ReturnType<typeof startDelegation>>;

/**
 * A test consumer of the delegation's own topic (a fresh consumer group, from the beginning): collects
 * the events the service really published to Kafka, once per event id (delivery is at-least-once: the
 * outbox may publish an event again, with the same id, which consumers absorb).
 */
export const collectPublishedEvents = (delegation: Delegation) =>
  collectEvents(delegation.config.KAFKA_BROKERS, delegation.app.runtime.topic('delegation'));

export const createDeputy = `mutation($input: CreateNationalAssemblyDeputyInput!) {
  createNationalAssemblyDeputy(input: $input) { id fullName constituency constituencyName term fullTime workplace }
}`;

/** Creates a deputy as the delegation's clerk and returns its id (fails the test on errors). */
export async function addDeputy(url: string, input: Record<string, unknown>): Promise<string> {
  const result = await callSubgraph(url, createDeputy, { input }, callers.delegationClerk);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createNationalAssemblyDeputy.id;
}
