import { createPeriodicTask, hanoiToday, type Logger } from '@hanoi/platform';
import type { RecommendationRepository } from '../repositories/recommendations';

/**
 * Quá hạn — escalation of overdue recommendations: one `supervisionRecommendation.overdue` event per recommendation
 * and due day it passes unresolved. Exactly once: the write is guarded on the sweeper key the pass read
 * (`escalationDueOn`) and clears it together with storing the event (outbox), so racing passes, a restart or a second
 * process find nothing left. A recommendation kept open with a new due day is escalated again if that one passes.
 */
export function createEscalation(recommendations: RecommendationRepository, logger: Logger, batchSize = 200) {
  async function sweep(today: Date = hanoiToday()): Promise<number> {
    let escalated = 0;
    for (;;) {
      const batch = await recommendations.escalationCandidates(today, batchSize);
      let progress = 0;
      for (const candidate of batch) {
        if (candidate.escalationDueOn && (await recommendations.escalate(candidate._id, candidate.escalationDueOn, today))) progress++;
      }
      escalated += progress;
      if (batch.length < batchSize || progress === 0) break;
    }
    if (escalated > 0) logger.info({ escalated }, 'overdue recommendations escalated');
    return escalated;
  }
  return { sweep };
}

export function createEscalationSweeper(recommendations: RecommendationRepository, logger: Logger, intervalMs: number) {
  const escalation = createEscalation(recommendations, logger);
  return {
    ...createPeriodicTask({ name: 'escalation-sweeper', intervalMs, logger, run: () => escalation.sweep(), disabledMessage: 'escalation sweeper disabled (SUPERVISION_SWEEP_INTERVAL_MS=0)' }),
    sweep: escalation.sweep,
  };
}
