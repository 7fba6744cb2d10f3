import type { EventContract } from './define';
import { committeeEvents } from './committee';
import { councilEvents } from './council';
import { delegationEvents } from './delegation';
import { frontEvents } from './front';
import { petitionsEvents } from './petitions';
import { supervisionEvents } from './supervision';

/** Every service's events, by service. */
export const eventsByService = {
  committee: committeeEvents,
  council: councilEvents,
  delegation: delegationEvents,
  front: frontEvents,
  petitions: petitionsEvents,
  supervision: supervisionEvents,
} as const;

/** Contracts found in a service's (possibly nested) export object. */
function contractsIn(value: unknown): EventContract[] {
  if (value && typeof value === 'object' && 'type' in value && 'schema' in value && 'draft' in value) return [value as EventContract];
  return value && typeof value === 'object' ? Object.values(value).flatMap(contractsIn) : [];
}

/** Every event type of the platform, each once: the catalogue contract tests and tools walk. */
export const allContracts: EventContract[] = contractsIn(eventsByService);
