import type { Caller } from '@hanoi/platform';
import DataLoader from 'dataloader';
import type { PetitionDoc } from './domain/case';
import type { HolidayCalendar } from './domain/deadlines';
import type { CalendarSource } from './domain/holiday-calendar';
import type { Repositories } from './repositories';
import type { IdentityWorkflows } from './workflows/identity';

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

/** An administrator's read of a denunciation's content (need-to-know override). */
interface ContentRead {
  doc: Pick<PetitionDoc, '_id' | 'kind'>;
  caller: Caller;
}

/** Per-request loaders: one query per entity type (or grouping) per request. */
export function createLoaders(repositories: Repositories, identity: IdentityWorkflows) {
  return {
    petition: repositories.petitions.loader(),
    petitionsByVoterMeeting: repositories.petitions.byVoterMeetingLoader(),
    petitionsByDueSession: repositories.petitions.byDueSessionLoader(),
    petitionsByReception: repositories.petitions.byReceptionLoader(),
    petitionByForwardedRecommendation: repositories.petitions.byForwardedRecommendationLoader(),
    openCaseCountByAgency: repositories.petitions.openCountByAgencyLoader(),
    citizenReception: repositories.citizenReceptions.loader(),
    citizenReceptionsBySchedule: repositories.citizenReceptions.byScheduleLoader(),
    receptionSchedule: repositories.receptionSchedules.loader(),
    /** Built-in holiday data merged with the years set in the database (one query, when a request needs it). */
    holidayCalendar: memoizedCalendar(repositories.holidayYears.calendar),
    /** Content reads to record in the access log: once per case and request, in one append per batch. */
    contentReads: new DataLoader<ContentRead, void, string>(
      async (reads) => {
        await identity.recordContentReads(reads.map((read) => read.doc), reads[0]!.caller);
        return reads.map(() => undefined);
      },
      { cacheKeyFn: (read) => read.doc._id },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
