import { createPeriodicTask, hanoiToday, type Component, type Logger } from '@hanoi/platform';
import type { PetitionRepository } from '../repositories/petitions';
import type { DeadlineWorkflows } from '../workflows/deadlines';

export interface DeadlineSweeper extends Component {
  /**
   * One pass: every open case with a deadline missed as of `today` (Hanoi) whose miss was not published gets one
   * `petition.deadlineMissed` event per such deadline, in the same guarded write that flags it. Returns how many
   * events it wrote. Safe to run concurrently with itself, in this process or another.
   */
  sweep(today?: Date): Promise<number>;
}

/**
 * Quét hạn — the deadline sweeper: every `intervalMs` (0: never; the first pass one interval after start) it
 * publishes the deadlines missed since the last pass. Exactly once per deadline: the write is guarded on the
 * case's sweeper key (`unnotifiedDueOn`, the earliest unpublished pending due day) being what the pass read, runs
 * under the per-document lock, and flags the deadline (`missedNotified`) together with its event (outbox), so
 * two passes racing, a restart or a second process find nothing left to publish.
 */
export function createDeadlineSweeper(options: {
  petitions: PetitionRepository;
  deadlines: DeadlineWorkflows;
  logger: Logger;
  intervalMs: number;
  batchSize?: number;
}): DeadlineSweeper {
  const { petitions, deadlines } = options;
  const logger = options.logger.child({ component: 'deadline-sweeper' });
  const batchSize = options.batchSize ?? 200;

  async function sweep(today: Date = hanoiToday()): Promise<number> {
    let published = 0;
    for (;;) {
      const batch = await petitions.missedCandidates(today, batchSize);
      let progress = 0;
      for (const candidate of batch) {
        if (!candidate.unnotifiedDueOn) continue;
        progress += await deadlines.publishMisses(candidate._id, candidate.unnotifiedDueOn, today);
      }
      published += progress;
      // A short batch was the last; a batch where nothing was left to publish (another pass took it) ends the pass too.
      if (batch.length < batchSize || progress === 0) break;
    }
    if (published > 0) logger.info({ published, today }, 'missed deadlines published');
    return published;
  }

  const periodic = createPeriodicTask({
    name: 'deadline-sweeper',
    intervalMs: options.intervalMs,
    logger: options.logger,
    run: () => sweep(),
    disabledMessage: 'deadline sweeper disabled (PETITIONS_SWEEP_INTERVAL_MS=0)',
  });
  return { ...periodic, sweep };
}
