import { councilEvents, handle } from '@hanoi/contracts';
import { createEventConsumer, type Component, type ServiceRuntime } from '@hanoi/platform';
import { takesVoterReport } from '../domain/voter-opinion-report';
import type { Repositories } from '../repositories';

/** Consumer group of the front on council's events (prefixed like the topics, so test runs stay apart). */
export const sessionReportsGroupId = (prefix: string) => `${prefix}front.session-reports`;

/**
 * A regular council session was scheduled: the front owes it the summary of voters' opinions and recommendations by
 * the session's document deadline (its obligation opens with the due report).
 */
export function createConsumers(runtime: ServiceRuntime, repositories: Repositories): Component[] {
  return [
    createEventConsumer({
      bus: runtime.bus,
      connection: runtime.database.connection,
      logger: runtime.logger,
      groupId: sessionReportsGroupId(runtime.config.KAFKA_TOPIC_PREFIX),
      topics: [runtime.topic('council')],
      handlers: handle(councilEvents.sessionScheduled, async (session, event) => {
        // The city Front committee reports to the city council's sessions; a commune's sessions are not its to report to.
        if (!takesVoterReport(session) || (session.level ?? 'CITY') !== 'CITY') return;
        const expected = await repositories.voterOpinionReports.expect(session.councilSessionId, session.documentDueOn, {
          number: session.number,
          opensOn: session.opensOn,
        });
        runtime.logger.info({ eventId: event.id, councilSessionId: session.councilSessionId, expected }, expected ? 'voter opinion report due' : 'voter opinion report already known');
      }),
    }),
  ];
}
