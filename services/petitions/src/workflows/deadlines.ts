import { badInput, conflict, hanoiToday, type Caller } from '@hanoi/platform';
import { requireCaseStaff } from '../access';
import { dueFields, historyEntry, type PetitionDoc } from '../domain/case';
import {
  flagNotified,
  markMet,
  noPendingDeadline,
  recomputedDeadlines,
  replaceDeadline,
  resolutionDeadline,
  unnotifiedDueOn,
  unnotifiedMisses,
} from '../domain/case-deadlines';
import type { HolidayCalendar } from '../domain/deadlines';
import type { CalendarSource } from '../domain/holiday-calendar';
import type { ExtendResolutionDeadlineInput } from '../domain/lifecycle';
import { openStatuses } from '../domain/petition';
import { acceptanceNoticeSentEvent, deadlineExtendedEvent, deadlineMissedEvent, deadlinesRecomputedEvent } from '../events/petition-events';
import { day, type WorkflowContext } from './context';
import { computing } from './deadline-input';

/** Statuses in which a case is being resolved after acceptance (a notice or an extension applies). */
const beingResolved: PetitionDoc['status'][] = ['ACCEPTED', 'IN_PROGRESS'];

const pendingNotice = (doc: PetitionDoc) => doc.deadlines.some((deadline) => deadline.kind === 'NOTICE' && !deadline.metOn);

/** The statutory clocks after intake: the denouncer's notice, extensions, holiday recomputation, missed deadlines. */
export function deadlineWorkflows(ctx: WorkflowContext) {
  const { petitions } = ctx.repositories;

  /**
   * Recomputes an open case's pending deadlines after the holiday calendar changed from `fromYear` on (see
   * `recomputedDeadlines`); when a day moved, one write stores them with a history line and `deadlinesRecomputed`
   * (each change: kind, rule, previous and new day). False when nothing changed.
   */
  async function recomputeCase(id: string, fromYear: number, calendar: HolidayCalendar, today: Date, actor: string): Promise<boolean> {
    const updated = await petitions.write(id, { status: { $in: openStatuses } }, (current) => {
      const deadlines = recomputedDeadlines(current.deadlines, current, fromYear, calendar, today, ctx.overrides);
      if (!deadlines) return null;
      const changes = deadlines
        .map((next, index) => ({ next, previous: current.deadlines[index]! }))
        .filter(({ next, previous }) => next !== previous)
        .map(({ next, previous }) => ({ kind: next.kind, ruleId: next.ruleId, previousDueOn: previous.dueOn, newDueOn: next.dueOn }));
      const fields = dueFields(deadlines, noPendingDeadline);
      const reason = `Holiday calendar changed (year ${fromYear} set): ${changes.map((c) => `${c.kind} ${day(c.previousDueOn)} → ${day(c.newDueOn)}`).join('; ')}`;
      return {
        update: { $set: fields, $push: { history: historyEntry({ action: 'DEADLINES_RECOMPUTED', actor, reason }) } },
        events: [deadlinesRecomputedEvent({ ...current, ...fields }, fromYear, changes)],
      };
    });
    return updated !== null;
  }

  return {
    /**
     * Thông báo thụ lý tố cáo: the denouncer was notified of the acceptance (Law on Denunciations 2018, art. 29),
     * which meets the NOTICE deadline (5 working days from acceptance).
     */
    async recordAcceptanceNotice(id: string, input: { on?: Date | null; note?: string | null }, caller: Caller): Promise<PetitionDoc> {
      const doc = await ctx.loadCase(id);
      requireCaseStaff(caller, doc.agencyId);
      if (!beingResolved.includes(doc.status) || !pendingNotice(doc)) {
        throw conflict(`Petition ${id} has no pending notice of acceptance (an accepted denunciation has one until it is recorded)`, 'id');
      }
      const on = input.on ?? hanoiToday();
      if (doc.acceptedOn && on.getTime() < doc.acceptedOn.getTime()) throw badInput('input.on', `cannot be before the acceptance (${day(doc.acceptedOn)})`);
      const updated = await petitions.write(id, { agencyId: doc.agencyId, status: { $in: beingResolved } }, (current) => {
        if (!pendingNotice(current)) return null;
        const fields = dueFields(markMet(current.deadlines, ['NOTICE'], on, current.agencyId), noPendingDeadline);
        return {
          update: {
            $set: fields,
            $push: { history: historyEntry({ action: 'NOTICE_SENT', actor: caller.subject, agencyId: caller.agency, reason: input.note ?? null }) },
          },
          events: [acceptanceNoticeSentEvent({ ...current, ...fields }, on)],
        };
      });
      return updated ?? ctx.changedMeanwhile(id, doc.status, doc.status);
    },

    /**
     * Gia hạn: a written decision extends a denunciation's resolution period (Law on Denunciations 2018, art. 30).
     * The engine checks it against the case's complexity (none for a normal case, one for a complex one, two for a
     * very complex one, ≤ 30 days each, decided within the period it extends); the resolution deadline is
     * recomputed from acceptance with every extension, and `deadlineExtended` published. Complaints have none.
     */
    async extendResolutionDeadline(id: string, input: ExtendResolutionDeadlineInput, caller: Caller, calendar: CalendarSource): Promise<PetitionDoc> {
      const doc = await ctx.loadCase(id);
      requireCaseStaff(caller, doc.agencyId);
      if (doc.kind === 'COMPLAINT' || doc.kind === 'SECOND_COMPLAINT') {
        throw badInput('id', 'complaints have no extension (gia hạn): the complex and remote tiers set at acceptance already are the longest periods (Law on Complaints 2011, arts. 28 and 37)');
      }
      if (doc.kind !== 'DENUNCIATION') throw badInput('id', `a ${doc.kind} has no statutory resolution period to extend`);
      if (!doc.acceptedOn || !beingResolved.includes(doc.status)) {
        throw conflict(`Only an accepted denunciation being resolved (ACCEPTED or IN_PROGRESS) has a resolution period to extend; ${id} is ${doc.status}`, 'id');
      }
      const holidays = await calendar();
      const extension = { decidedOn: input.decidedOn, days: input.days, decisionRef: input.decisionRef };
      /** The resolution deadline with every extension so far and this one; the engine's refusals as BAD_USER_INPUT. */
      const recompute = (current: PetitionDoc) => {
        const previous = current.extensions ?? [];
        const fieldOf = (engineField: string) => {
          const own = new RegExp(`^extensions\\.${previous.length}\\.(\\w+)$`).exec(engineField);
          return own ? `input.${own[1]}` : undefined;
        };
        const facts = { complexity: current.complexity ?? 'NORMAL', remote: current.remote ?? false, extensions: [...previous, extension] };
        return computing(() => resolutionDeadline(current.kind, current.acceptedOn!, facts, holidays)!, { date: 'input.decidedOn', map: fieldOf });
      };
      recompute(doc);
      const count = doc.extensions?.length ?? 0;
      const guard = { status: doc.status, agencyId: doc.agencyId, extensions: doc.extensions ? { $size: count } : { $exists: false } };
      const updated = await petitions.write(id, guard, (current) => {
        const next = recompute(current);
        const previous = current.deadlines.find((deadline) => deadline.kind === 'RESOLUTION' && !deadline.metOn) ?? null;
        const fields = dueFields(replaceDeadline(current.deadlines, next), noPendingDeadline);
        const number = (current.extensions?.length ?? 0) + 1;
        const reason = `Extension ${number} (decision ${input.decisionRef} of ${day(input.decidedOn)}): +${input.days} days, due ${day(next.dueOn)}`;
        return {
          update: {
            $set: fields,
            $push: {
              extensions: { ...extension, recordedBy: caller.subject, recordedAt: new Date() },
              history: historyEntry({ action: 'DEADLINE_EXTENDED', actor: caller.subject, agencyId: caller.agency, reason }),
            },
          },
          events: [deadlineExtendedEvent({ ...current, ...fields }, next, previous?.dueOn ?? null, { ...extension, number })],
        };
      });
      return updated ?? ctx.changedMeanwhile(id, doc.status, doc.status);
    },

    /**
     * After a holiday year was set: the open cases whose deadlines may reach that year get them computed again with
     * the calendar as it now stands (each case in its own guarded write, with `deadlinesRecomputed` and the
     * obligations' rescheduling when a day moved). Idempotent: a second run finds nothing to change. Returns how
     * many cases were examined and changed.
     */
    async recomputeDeadlinesFrom(fromYear: number, actor: string): Promise<{ examined: number; changed: number }> {
      const calendar = await ctx.repositories.holidayYears.calendar();
      const today = hanoiToday();
      const candidates = await petitions.recomputeCandidates(new Date(Date.UTC(fromYear, 0, 1)));
      // Only the cases whose dates move are written (each re-read and recomputed under its guard).
      const moving = candidates.filter((doc) => recomputedDeadlines(doc.deadlines, doc, fromYear, calendar, today, ctx.overrides) !== null);
      let changed = 0;
      for (const doc of moving) {
        if (await recomputeCase(doc._id, fromYear, calendar, today, actor)) changed++;
      }
      ctx.logger.info({ fromYear, examined: candidates.length, changed }, 'deadlines recomputed after a holiday calendar change');
      return { examined: candidates.length, changed };
    },

    /**
     * Publishes the misses of one case once: guarded on the case still open and its sweeper key unchanged (another
     * sweep that published them changed it), the deadlines missed as of `today` are flagged and one
     * `deadlineMissed` event per deadline goes out in the same write (no obligation moves: a miss is the index's
     * reading of a due day passed). Returns how many were published (0: none left).
     */
    async publishMisses(id: string, seenUnnotifiedDueOn: Date, today: Date): Promise<number> {
      let published = 0;
      const updated = await petitions.write(id, { status: { $in: openStatuses }, unnotifiedDueOn: seenUnnotifiedDueOn }, (current) => {
        const missed = unnotifiedMisses(current.deadlines, today);
        if (missed.length === 0) return null;
        const deadlines = flagNotified(current.deadlines, missed);
        published = missed.length;
        return {
          update: { $set: { deadlines, unnotifiedDueOn: unnotifiedDueOn(deadlines) } },
          events: missed.map((deadline) => deadlineMissedEvent(current, deadline)),
        };
      });
      return updated ? published : 0;
    },
  };
}

export type DeadlineWorkflows = ReturnType<typeof deadlineWorkflows>;
