import { frontEvents, handle } from '@hanoi/contracts';
import { createEventConsumer, isConflict, type Component, type ServiceRuntime } from '@hanoi/platform';
import { createNationalAssemblyDeputyInput } from '../domain/deputy';
import { nationalAssemblyTermLabel } from '../domain/elected-deputy';
import type { Repositories } from '../repositories';

/** Consumer group of delegation on the front's election events (prefixed like the topics, so test runs stay apart). */
export const electionsGroupId = (prefix: string) => `${prefix}delegation.elections`;

/** Who delegation's records made from the front's events are by (no user: the event). */
const recordedFromEvents = 'front-events';

/**
 * A candidate elected to the National Assembly in one of Hanoi's constituencies becomes a deputy of the delegation,
 * linked to the candidate. Idempotent: one deputy per candidate (unique key), so a redelivery records nothing twice.
 */
export function createConsumers(runtime: ServiceRuntime, repositories: Repositories): Component[] {
  return [
    createEventConsumer({
      bus: runtime.bus,
      connection: runtime.database.connection,
      logger: runtime.logger,
      groupId: electionsGroupId(runtime.config.KAFKA_TOPIC_PREFIX),
      topics: [runtime.topic('front')],
      handlers: handle(frontEvents.candidateElected, async (elected, event) => {
        if (elected.election !== 'NATIONAL_ASSEMBLY') return;
        const input = createNationalAssemblyDeputyInput.safeParse({
          fullName: elected.fullName,
          constituency: elected.constituencyNumber,
          term: nationalAssemblyTermLabel(elected.term) ?? elected.term,
          fullTime: false,
          candidateId: elected.candidateId,
        });
        if (!input.success) {
          // A constituency or term the delegation's records cannot hold: staff record the deputy by hand.
          runtime.logger.warn({ eventId: event.id, problems: input.error.issues.map((issue) => issue.path.join('.')) }, 'elected NA candidate not recorded');
          return;
        }
        try {
          const deputy = await repositories.deputies.create(input.data, recordedFromEvents);
          runtime.logger.info({ eventId: event.id, nationalAssemblyDeputyId: deputy._id }, 'elected candidate recorded as National Assembly deputy');
        } catch (error) {
          // The candidate (or the same person for the constituency and term) is recorded already: nothing to do.
          if (!isConflict(error)) throw error;
        }
      }),
    }),
  ];
}
