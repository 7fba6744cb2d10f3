import { badInput } from '@hanoi/platform';
import { DeadlineRuleError, MissingHolidayYearError } from '../domain/deadlines';

/** Which GraphQL input a deadline computation concerns: the date it counts from, and its other fields' names. */
export interface DeadlineFields {
  /** The input field of the date the count starts from (a missing holiday year is reported on it). */
  date: string;
  /** Renames an engine field (e.g. `extensions.2.days`) to the input's; default `input.<engine field>`. */
  map?: (engineField: string) => string | undefined;
}

/**
 * The engine's refusal as BAD_USER_INPUT: a rule error names its field under the GraphQL argument; a missing
 * holiday year names the year, on the field of the date whose count ran into it. Anything else is rethrown.
 */
function deadlineInputError(error: unknown, fields: DeadlineFields): never {
  if (error instanceof DeadlineRuleError) {
    throw badInput(fields.map?.(error.field) ?? `input.${error.field}`, error.message);
  }
  if (error instanceof MissingHolidayYearError) {
    throw badInput(fields.date, `${error.message} (an administrator sets it with setHolidayYear)`, { year: error.year, knownYears: [...error.knownYears] });
  }
  throw error;
}

/** Runs a deadline computation for a request, turning the engine's refusals into BAD_USER_INPUT. */
export function computing<T>(work: () => T, fields: DeadlineFields): T {
  try {
    return work();
  } catch (error) {
    return deadlineInputError(error, fields);
  }
}
