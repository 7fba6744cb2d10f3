import { formatCalendarDate, hanoiToday } from '@hanoi/platform';
import { callSubgraph, callers, collectEvents, startTestSubgraph } from '@hanoi/platform/testing';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';

/** Starts the front subgraph on port 0 against the real local FerretDB and Kafka, in its own database. */
export const startFront = () => startTestSubgraph('front', loadConfig, createApp);

export type Front = Awaited<ReturnType<typeof startFront>>;

/** Every event the front really published to Kafka in this test file, once per event id. */
export const collectFrontEvents = (front: Front) => collectEvents(front.config.KAFKA_BROKERS, front.app.runtime.topic('front'));

/** Today in Hanoi moved by `days`, as YYYY-MM-DD. */
export const dayFromToday = (days: number) => formatCalendarDate(new Date(hanoiToday().getTime() + days * 86_400_000));

/** Calls the front as its clerk and returns `data`, failing the test on any error. */
export async function frontWrite(url: string, query: string, variables: Record<string, unknown>) {
  const result = await callSubgraph(url, query, variables, callers.frontClerk);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}
