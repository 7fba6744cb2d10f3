import { handle, supervisionEvents } from '@hanoi/contracts';
import { derivedId, type CloudEvent, type EventHandlers, type Logger } from '@hanoi/platform';
import { reSupervisionWithdrawalReason, summaryOf } from '../domain/assignment';
import type { Repositories } from '../repositories';
import { isForCommittee, withdrawOpen } from './assignments';

/** A recommendation's round as supervision's events give it. */
interface RecommendationRound {
  recommendationId: string;
  addressedToAgencyId: string;
  dueOn: Date;
  round: number;
  text: string;
}

/**
 * Post-supervision recommendations (kiến nghị sau giám sát) addressed to the committee or an agency under it become
 * assignments like routed cases: one per round, due on the round's day. A re-supervision (tái giám sát) withdraws
 * the open one; keeping the recommendation open, it assigns the new round.
 */
export function supervisionHandlers(repositories: Repositories, logger: Logger): EventHandlers {
  /** Assigns the round when it is the committee's; the id derives from the event (a redelivery changes nothing). */
  async function assignRound(event: CloudEvent, recommendation: RecommendationRound): Promise<void> {
    if (!(await isForCommittee(repositories, logger, event, recommendation.addressedToAgencyId))) return;
    const assignmentId = derivedId(event.id);
    await repositories.assignments.assignOnce({
      _id: assignmentId,
      agencyId: recommendation.addressedToAgencyId,
      subjectType: 'SUPERVISION_RECOMMENDATION',
      subjectId: recommendation.recommendationId,
      caseKind: null,
      category: null,
      summary: summaryOf(recommendation.text),
      dueOn: recommendation.dueOn,
      round: recommendation.round,
      sourceEventId: event.id,
    });
    logger.info({ eventId: event.id, assignmentId, agencyId: recommendation.addressedToAgencyId, round: recommendation.round }, 'recommendation assigned');
  }

  return {
    ...handle(supervisionEvents.recommendationIssued, (issued, event) => assignRound(event, issued)),
    ...handle(supervisionEvents.recommendationReSupervised, async (finding, event) => {
      const subject = { type: 'SUPERVISION_RECOMMENDATION' as const, id: finding.recommendationId };
      // The new round's assignment (same derived id) is spared: a redelivered finding must not withdraw it.
      await withdrawOpen(repositories, logger, event, subject, reSupervisionWithdrawalReason(finding), { assignmentId: derivedId(event.id) });
      if (finding.outcome === 'KEPT_OPEN') await assignRound(event, finding);
    }),
  };
}
