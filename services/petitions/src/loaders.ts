import type { HolidayCalendar } from './domain/deadlines';
import type { CalendarSource } from './domain/holiday-calendar';
import type { Repositories } from './repositories';

/** The holiday calendar, loaded at most once per request (on first use), so every date of a request agrees. */
export function memoizedCalendar(load: () => Promise<HolidayCalendar>): CalendarSource & { clear(): void } {
  let pending: Promise<HolidayCalendar> | undefined;
  const source = () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
  return Object.assign(source, { clear: () => void (pending = undefined) });
}

/** Per-request loaders: one query per entity type (or grouping) per request. */
export function createLoaders(repositories: Repositories) {
  return {
    petition: repositories.petitions.loader(),
    petitionsByVoterMeeting: repositories.petitions.byVoterMeetingLoader(),
    petitionsByDueSession: repositories.petitions.byDueSessionLoader(),
    petitionsByReception: repositories.petitions.byReceptionLoader(),
    petitionByForwardedRecommendation: repositories.petitions.byForwardedRecommendationLoader(),
    openCaseCountByAgency: repositories.petitions.openCountByAgencyLoader(),
    citizenReception: repositories.citizenReceptions.loader(),
    /** Built-in holiday data merged with the years set in the database (one query, when a request needs it). */
    holidayCalendar: memoizedCalendar(repositories.holidayYears.calendar),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
