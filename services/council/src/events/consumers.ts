import { cityBody, frontEvents, handle } from '@hanoi/contracts';
import { createEventConsumer, isConflict, type Component, type ServiceRuntime } from '@hanoi/platform';
import { councilTermSchema } from '../domain/council';
import type { Repositories } from '../repositories';

/** Consumer group of council on the front's election events (prefixed like the topics, so test runs stay apart). */
export const electionsGroupId = (prefix: string) => `${prefix}council.elections`;

/** Who council's records made from the front's events are by (no user: the event). */
const recordedFromEvents = 'front-events';

/**
 * From the front's elections: a candidate elected to the People's Council becomes a council deputy linked to the
 * candidate; a people's juror the Front nominated waits for the council's vote. Both idempotent: one deputy per
 * candidate (unique key) and one juror per nomination (derived id), so a redelivery records nothing twice.
 */
export function createConsumers(runtime: ServiceRuntime, repositories: Repositories): Component[] {
  return [
    createEventConsumer({
      bus: runtime.bus,
      connection: runtime.database.connection,
      logger: runtime.logger,
      groupId: electionsGroupId(runtime.config.KAFKA_TOPIC_PREFIX),
      topics: [runtime.topic('front')],
      handlers: {
        ...handle(frontEvents.candidateElected, async (elected, event) => {
          if (elected.election !== 'PEOPLES_COUNCIL') return;
          const term = councilTermSchema.safeParse(elected.term);
          if (!term.success) {
            runtime.logger.warn({ eventId: event.id, term: elected.term }, 'elected council candidate of a term council does not hold: not recorded');
            return;
          }
          try {
            const deputy = await repositories.councilDeputies.create(
              {
                fullName: elected.fullName,
                term: term.data,
                constituency: `Đơn vị bầu cử số ${elected.constituencyNumber}`,
                administrativeUnitId: elected.administrativeUnitIds[0]!,
                fullTime: false,
                committees: [],
                candidateId: elected.candidateId,
              },
              cityBody('COUNCIL'),
              recordedFromEvents,
            );
            runtime.logger.info({ eventId: event.id, councilDeputyId: deputy._id }, 'elected candidate recorded as council deputy');
          } catch (error) {
            // The candidate is a deputy already (a redelivery, or staff recorded them by hand): nothing to do.
            if (!isConflict(error)) throw error;
          }
        }),
        ...handle(frontEvents.peoplesJurorNominated, async (nomination, event) => {
          const recorded = await repositories.peoplesJurors.recordNomination(nomination);
          runtime.logger.info({ eventId: event.id, nominationId: nomination.nominationId, recorded }, recorded ? "people's juror nominee recorded" : "people's juror nominee already known");
        }),
      },
    }),
  ];
}
