import type { Caller } from '@hanoi/platform';
import DataLoader from 'dataloader';
import type { PetitionDoc } from './domain/case';
import type { HolidayCalendar } from './domain/deadlines';
import type { CalendarSource } from './domain/holiday-calendar';
import type { Repositories } from './repositories';
import type { IdentityWorkflows } from './workflows/identity';
import type { DuplicateCandidate } from './workflows/merge';

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

/** A case read for a caller (one caller per request): an administrator's read of a denunciation's content, a case's duplicates. */
interface CaseRead<D = Pick<PetitionDoc, '_id' | 'kind'>> {
  doc: D;
  caller: Caller;
}

/** What the loaders call of the workflows (named here: the workflows' own types refer to the loaders). */
interface LoaderWorkflows {
  identity: IdentityWorkflows;
  merge: { duplicateCandidates(docs: readonly PetitionDoc[], caller: Caller): Promise<(DuplicateCandidate[] | Error)[]> };
}

/** Per-request loaders: one query per entity type (or grouping) per request. */
export function createLoaders(repositories: Repositories, workflows: LoaderWorkflows) {
  return {
    petition: repositories.petitions.loader(),
    petitionsByVoterMeeting: repositories.petitions.byVoterMeetingPages(),
    petitionsByDueSession: repositories.petitions.byDueSessionPages(),
    petitionsByReception: repositories.petitions.byReceptionLoader(),
    petitionByForwardedRecommendation: repositories.petitions.byForwardedRecommendationLoader(),
    /** Agency.cases: one query (and one count, when asked) per set of arguments asked for in the request. */
    casesByAgency: repositories.petitions.agencyPages(),
    openCaseCountByAgency: repositories.petitions.openCountByAgencyLoader(),
    citizenReception: repositories.citizenReceptions.loader(),
    citizenReceptionsBySchedule: repositories.citizenReceptions.byScheduleLoader(),
    /** ReceptionSchedule.receptions(first, after): one query per set of arguments asked for in the request. */
    citizenReceptionPagesBySchedule: repositories.citizenReceptions.bySchedulePages(),
    receptionSchedule: repositories.receptionSchedules.loader(),
    /** Built-in holiday data merged with the years set in the database (one query, when a request needs it). */
    holidayCalendar: memoizedCalendar(repositories.holidayYears.calendar),
    /** Content reads to record in the access log: once per case and request, in one append per batch. */
    contentReads: new DataLoader<CaseRead, void, string>(
      async (reads) => {
        await workflows.identity.recordContentReads(reads.map((read) => read.doc), reads[0]!.caller);
        return reads.map(() => undefined);
      },
      { cacheKeyFn: (read) => read.doc._id },
    ),
    /** Duplicate candidates of every case a request asks them for (a list page's), in three queries. */
    duplicateCandidates: new DataLoader<CaseRead<PetitionDoc>, DuplicateCandidate[], string>(
      (reads) => workflows.merge.duplicateCandidates(reads.map((read) => read.doc), reads[0]!.caller),
      { cacheKeyFn: (read) => read.doc._id },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
