import type { CloudEvent, Logger } from '@hanoi/platform';
import { committeeAgencyId, maxAgencyDepth } from '../domain/agency';
import { reachesAgency, type AssignmentSubjectType } from '../domain/assignment';
import type { Repositories } from '../repositories';

/**
 * Whether what `event` addresses to `agencyId` is the committee's to assign (the committee or an agency under it).
 * What is not ours is logged: an agency missing from the directory is worth an operator's look, other bodies'
 * work is routine.
 */
export async function isForCommittee(repositories: Repositories, logger: Logger, event: CloudEvent, agencyId: string): Promise<boolean> {
  if (await reachesAgency(agencyId, committeeAgencyId, repositories.agencies.parentOf, maxAgencyDepth)) return true;
  const known = (await repositories.agencies.parentOf(agencyId)) !== undefined;
  logger[known ? 'debug' : 'warn'](
    { eventId: event.id, agencyId },
    known ? 'addressed outside the committee, ignored' : 'addressed to an agency missing from the directory, ignored',
  );
  return false;
}

/** Withdraws the open assignments of a subject (see `withdrawOpen`), logging each. */
export async function withdrawOpen(
  repositories: Repositories,
  logger: Logger,
  event: CloudEvent,
  subject: { type: AssignmentSubjectType; id: string },
  reason: string,
  keep?: { agencyId?: string; assignmentId?: string },
): Promise<void> {
  for (const assignment of await repositories.assignments.withdrawOpen(subject, reason, keep)) {
    logger.info({ eventId: event.id, assignmentId: assignment._id, agencyId: assignment.agencyId }, 'assignment withdrawn');
  }
}
