import { calendarDaysDeadline } from '@hanoi/contracts';
import { badInput, conflict, isCodedError, type Caller } from '@hanoi/platform';
import { GraphQLError } from 'graphql';
import { requireCaseStaff, requireIntake } from '../access';
import { historyEntry, type PetitionDoc } from '../domain/case';
import type { CalendarSource } from '../domain/holiday-calendar';
import { opensSecondComplaintPath, satisfactionProblem, secondComplaintWindowDays, type RecordSatisfactionInput, type Satisfaction } from '../domain/satisfaction';
import { satisfactionRecordedEvent } from '../events/petition-events';
import type { WorkflowContext } from './context';
import type { IntakeWorkflows } from './intake';

/**
 * Runs `work` (a use case whose errors name `input.*` fields) for a nested input at `path`: its errors name
 * `path.*` instead, so the caller corrects the right field.
 */
async function nestedInput<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isCodedError(error)) throw error;
    const field = error.extensions.field;
    if (typeof field !== 'string' || !field.startsWith('input.')) throw error;
    const renamed = `${path}.${field.slice('input.'.length)}`;
    throw new GraphQLError(error.message.replace(field, renamed), { extensions: { ...error.extensions, field: renamed } });
  }
}

/** Mức độ hài lòng: the petitioner's satisfaction after resolution, and the second-complaint path it may open. */
export function satisfactionWorkflows(ctx: WorkflowContext, intake: IntakeWorkflows) {
  const { petitions, holidayYears } = ctx.repositories;

  return {
    /**
     * Records the satisfaction once (staff of the lead agency), checked in full before anything is written. A
     * dissatisfied first complaint gets the last day of its art. 33 period; with `secondComplaint`, the second
     * complaint is opened first (as `reopenAsSecondComplaint`, its errors on `input.secondComplaint.*`), then the
     * satisfaction is stored with `petition.satisfactionRecorded` naming it.
     */
    async record(id: string, input: RecordSatisfactionInput, caller: Caller, calendar: CalendarSource): Promise<PetitionDoc> {
      const doc = await ctx.loadCase(id);
      requireCaseStaff(caller, doc.agencyId);
      const problem = satisfactionProblem(doc, input);
      if (problem?.code === 'CONFLICT') throw conflict(`Cannot record the satisfaction with ${id}: ${problem.message}`, problem.field);
      if (problem) throw badInput(problem.field, problem.message);
      const secondComplaint = input.secondComplaint;
      if (secondComplaint) {
        requireIntake(caller);
        await nestedInput('input.secondComplaint', () => intake.reopenAsSecondComplaint(id, secondComplaint, caller, calendar));
      }
      const pathOpen = opensSecondComplaintPath(doc, input.level) && !secondComplaint;
      const satisfaction: Satisfaction = {
        level: input.level,
        channel: input.channel ?? (doc.channel as Satisfaction['channel']),
        recordedOn: input.recordedOn,
        recordedBy: caller.subject,
        recordedByAgencyId: caller.agency,
        secondComplaintOpenUntil: pathOpen
          ? calendarDaysDeadline(doc.resolution!.resolvedOn, secondComplaintWindowDays(doc.remote), await holidayYears.lenientCalendar()).dueOn
          : null,
      };
      const updated = await petitions.write(id, { satisfaction: null }, (current) => ({
        update: {
          $set: { satisfaction },
          $push: { history: historyEntry({ action: 'SATISFACTION_RECORDED', actor: caller.subject, agencyId: caller.agency, reason: input.level, caseIds: current.secondComplaintId ? [current.secondComplaintId] : [] }) },
        },
        events: [satisfactionRecordedEvent(current, satisfaction)],
      }));
      if (!updated) throw conflict(`The satisfaction with ${id} was recorded meanwhile`, 'id');
      ctx.logger.info({ petitionId: id, level: input.level, secondComplaint: Boolean(secondComplaint) }, 'satisfaction recorded');
      return updated;
    },
  };
}
