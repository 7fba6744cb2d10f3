import { isoDay } from '@hanoi/contracts';
import { badInput, conflict, hanoiToday, notFound, type Caller } from '@hanoi/platform';
import { requireAdmin, requireIntake } from '../access';
import {
  participantProblems,
  rangeProblem,
  receptionDaysOf,
  scheduleFieldsOf,
  type CancelReceptionScheduleInput,
  type CreateReceptionScheduleInput,
  type ReceptionDay,
  type ReceptionScheduleKind,
  type UpdateReceptionScheduleInput,
} from '../domain/reception-schedule';
import type { ReceptionScheduleDoc, ReceptionScheduleFilter } from '../repositories/reception-schedules';
import type { WorkflowContext } from './context';

/** A reception day with the schedule that gives it. */
export interface ScheduledReceptionDay extends ReceptionDay {
  schedule: ReceptionScheduleDoc;
}

/** A regular schedule is its host's staff's (clerks, handlers, leaders); a joint one, of several bodies, administrators'. */
function requireScheduleEditor(caller: Caller, kind: ReceptionScheduleKind, hostAgencyId: string): void {
  if (kind === 'JOINT') requireAdmin(caller);
  else requireIntake(caller, hostAgencyId);
}

/** Lịch tiếp công dân: the bodies' reception schedules and the days they give. */
export function receptionWorkflows(ctx: WorkflowContext) {
  const { receptionSchedules, holidayYears } = ctx.repositories;

  /** The schedule, or NOT_FOUND on `field`. */
  async function loadSchedule(id: string, field = 'id'): Promise<ReceptionScheduleDoc> {
    const doc = await receptionSchedules.findById(id);
    if (!doc) throw notFound('ReceptionSchedule', id, field);
    return doc;
  }

  /** Every body a schedule names is in the directory on its first day (host: NOT_FOUND / BAD_USER_INPUT on its field). */
  async function checkAgencies(hostAgencyId: string | null, participants: readonly string[], validFrom: Date) {
    if (hostAgencyId) await ctx.knownAgency(hostAgencyId, validFrom, 'input.hostAgencyId');
    await ctx.knownAgencies(participants, 'input.participatingAgencyIds');
  }

  return {
    async create(input: CreateReceptionScheduleInput, caller: Caller): Promise<ReceptionScheduleDoc> {
      requireScheduleEditor(caller, input.kind, input.hostAgencyId);
      const fields = scheduleFieldsOf(input);
      await checkAgencies(input.hostAgencyId, fields.participatingAgencyIds, fields.validFrom);
      const stored = await receptionSchedules.create({ ...fields, kind: input.kind, hostAgencyId: input.hostAgencyId }, caller.subject);
      ctx.logger.info({ receptionScheduleId: stored._id, kind: stored.kind, hostAgencyId: stored.hostAgencyId }, 'reception schedule created');
      return stored;
    },

    /** Replaces what a running schedule says; its kind and host stay. CONFLICT once cancelled. */
    async update(id: string, input: UpdateReceptionScheduleInput, caller: Caller): Promise<ReceptionScheduleDoc> {
      const current = await loadSchedule(id);
      requireScheduleEditor(caller, current.kind, current.hostAgencyId);
      if (current.cancelledOn) throw conflict(`ReceptionSchedule ${id} was cancelled from ${isoDay(current.cancelledOn)}: create a new one`, 'id');
      const fields = scheduleFieldsOf(input);
      const problem = participantProblems(current.kind, current.hostAgencyId, fields.participatingAgencyIds)[0];
      if (problem) throw badInput(['input', ...problem.path].join('.'), problem.message);
      await checkAgencies(null, fields.participatingAgencyIds, fields.validFrom);
      const updated = await receptionSchedules.update(id, fields, caller.subject);
      if (!updated) throw conflict(`ReceptionSchedule ${id} was cancelled meanwhile`, 'id');
      return updated;
    },

    /** No reception day from `from` on (today by default; never a day already past). CONFLICT once cancelled. */
    async cancel(id: string, input: CancelReceptionScheduleInput, caller: Caller): Promise<ReceptionScheduleDoc> {
      const current = await loadSchedule(id);
      requireScheduleEditor(caller, current.kind, current.hostAgencyId);
      const today = hanoiToday();
      const from = input.from ?? today;
      if (from.getTime() < today.getTime()) throw badInput('input.from', 'cannot be in the past: days already passed stay as they were');
      const cancelled = await receptionSchedules.cancel(id, from, input.reason, caller.subject);
      if (!cancelled) throw conflict(`ReceptionSchedule ${id} is already cancelled`, 'id');
      return cancelled;
    },

    /**
     * The reception days from `from` to `to` (at most a year) of the schedules of an agency (host or participant) and
     * kind, in date order: one query for the schedules, one for the calendar.
     */
    async days(from: Date, to: Date, filter: Omit<ReceptionScheduleFilter, 'includeCancelled'>): Promise<ScheduledReceptionDay[]> {
      const problem = rangeProblem(from, to);
      if (problem) throw badInput(problem.field, problem.message);
      const [schedules, calendar] = await Promise.all([receptionSchedules.activeBetween(from, to, filter), holidayYears.lenientCalendar()]);
      return schedules
        .flatMap((schedule) => receptionDaysOf(schedule, from, to, calendar).map((day) => ({ ...day, schedule })))
        .sort((a, b) => a.on.getTime() - b.on.getTime() || a.schedule._id.localeCompare(b.schedule._id));
    },

    /**
     * A session recorded on a schedule's day: the schedule exists (NOT_FOUND), `hostAgencyId` is one of its bodies and
     * `heldOn` one of its days (BAD_USER_INPUT on the field at fault).
     */
    async checkSessionOfSchedule(scheduleId: string, hostAgencyId: string, heldOn: Date): Promise<void> {
      const schedule = await loadSchedule(scheduleId, 'input.receptionScheduleId');
      if (schedule.hostAgencyId !== hostAgencyId && !schedule.participatingAgencyIds.includes(hostAgencyId)) {
        throw badInput('input.hostAgencyId', `${hostAgencyId} neither hosts nor takes part in reception schedule ${scheduleId}`);
      }
      const days = receptionDaysOf(schedule, heldOn, heldOn, await holidayYears.lenientCalendar());
      if (days.length === 0) throw badInput('input.heldOn', `${isoDay(heldOn)} is not a reception day of schedule ${scheduleId}`);
    },
  };
}

export type ReceptionWorkflows = ReturnType<typeof receptionWorkflows>;
