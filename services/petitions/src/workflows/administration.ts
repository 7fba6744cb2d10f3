import { badInput, type Caller } from '@hanoi/platform';
import { requireIntake } from '../access';
import type { RecordCitizenReceptionInput } from '../domain/citizen-reception';
import { HolidayDataError } from '../domain/deadlines';
import { calendarOf, holidayYearFromInput, type SetHolidayYearInput } from '../domain/holiday-calendar';
import type { WorkflowContext } from './context';
import type { ReceptionWorkflows } from './reception';

/** Records kept beside the cases: citizen reception sessions and the holiday calendar. */
export function administrationWorkflows(ctx: WorkflowContext, reception: ReceptionWorkflows) {
  const { citizenReceptions, holidayYears } = ctx.repositories;

  return {
    /** Tiếp công dân: a session recorded by staff of its host agency (which the directory must know on that day). */
    async recordCitizenReception(input: RecordCitizenReceptionInput, caller: Caller) {
      requireIntake(caller, input.hostAgencyId);
      await ctx.knownAgency(input.hostAgencyId, input.heldOn, 'input.hostAgencyId');
      if (input.receptionScheduleId) await reception.checkSessionOfSchedule(input.receptionScheduleId, input.hostAgencyId, input.heldOn);
      return citizenReceptions.record(input, caller.subject);
    },

    /** Lịch nghỉ lễ, tết: a year set by an administrator, refused (BAD_USER_INPUT) when the engine cannot use it. */
    async setHolidayYear(input: SetHolidayYearInput, caller: Caller) {
      const year = holidayYearFromInput(input);
      try {
        calendarOf([{ ...year, origin: 'ADMIN', updatedBy: caller.subject, updatedAt: new Date() }]);
      } catch (error) {
        if (error instanceof HolidayDataError) throw badInput('input', error.message);
        throw error;
      }
      return holidayYears.set(year, caller.subject);
    },
  };
}
