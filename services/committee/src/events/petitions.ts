import { handle, petitionsEvents } from '@hanoi/contracts';
import { derivedId, type CloudEvent, type EventHandlers, type Logger } from '@hanoi/platform';
import { withdrawalReason, type CaseChange } from '../domain/assignment';
import type { Repositories } from '../repositories';
import type { CaseDue } from '../repositories/assignments';
import { isForCommittee, withdrawOpen } from './assignments';

/**
 * F2, petitions' events on a case: routed to the committee or an agency under it, it becomes an assignment to that
 * agency with the case's due day (a transfer withdraws the assignment of the agency it left); declined, merged,
 * resolved or closed, its open assignment is withdrawn; its due day moved, the open assignment follows.
 */
export function petitionHandlers(repositories: Repositories, logger: Logger): EventHandlers {
  const withdraw = (event: CloudEvent, petitionId: string, change: CaseChange, keepAgencyId?: string) =>
    withdrawOpen(repositories, logger, event, { type: 'PETITION', id: petitionId }, withdrawalReason(change), { agencyId: keepAgencyId });

  async function onDueChanged(due: CaseDue, event: CloudEvent): Promise<void> {
    const rescheduled = await repositories.assignments.reschedule(due);
    if (rescheduled) logger.info({ eventId: event.id, assignmentId: rescheduled._id, dueOn: rescheduled.dueOn }, 'assignment rescheduled');
  }

  return {
    ...handle(petitionsEvents.petitionRouted, async (routed, event) => {
      await withdraw(event, routed.petitionId, { routedTo: routed.agencyId }, routed.agencyId);
      if (!(await isForCommittee(repositories, logger, event, routed.agencyId))) return;
      const assignmentId = derivedId(event.id);
      await repositories.assignments.assignOnce({
        _id: assignmentId,
        agencyId: routed.agencyId,
        subjectType: 'PETITION',
        subjectId: routed.petitionId,
        caseKind: routed.kind,
        category: routed.category,
        summary: routed.subject,
        dueOn: routed.dueOn,
        sourceEventId: event.id,
      });
      logger.info({ eventId: event.id, assignmentId, agencyId: routed.agencyId }, 'case assigned');
    }),
    ...handle(petitionsEvents.petitionDeclined, (declined, event) => withdraw(event, declined.petitionId, { declined })),
    ...handle(petitionsEvents.petitionResolved, (resolved, event) => withdraw(event, resolved.petitionId, { ended: 'resolved' })),
    ...handle(petitionsEvents.petitionClosed, (closed, event) => withdraw(event, closed.petitionId, { ended: 'closed' })),
    ...handle(petitionsEvents.petitionAccepted, onDueChanged),
    ...handle(petitionsEvents.petitionStarted, onDueChanged),
    ...handle(petitionsEvents.dueDateSet, onDueChanged),
    ...handle(petitionsEvents.deadlineExtended, onDueChanged),
    ...handle(petitionsEvents.deadlinesRecomputed, onDueChanged),
  };
}
