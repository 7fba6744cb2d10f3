import { derivedId } from '@hanoi/platform';
import { z } from 'zod';
import { calendarDay, defineEvent, eventId } from './define';

const service = 'front';

/** The elections held in constituencies (đơn vị bầu cử); people's jurors are elected by the council instead. */
const constituencyElection = z.enum(['NATIONAL_ASSEMBLY', 'PEOPLES_COUNCIL']);
/** Nhiệm kỳ the election fills, e.g. `2026-2031`. */
const term = z.string().regex(/^\d{4}-\d{4}$/);
/** Hội nghị cử tri nơi cư trú / nơi công tác. */
const conferenceKind = z.enum(['RESIDENCE', 'WORKPLACE']);
/** Tòa án nhân dân thành phố, or a Tòa án nhân dân khu vực (Law on Organization of People's Courts 2024, as amended 2025). */
const courtLevel = z.enum(['CITY', 'REGIONAL']);
/** Why a recorded result was corrected (the only way it changes). */
const correctionCode = z.enum(['CLERICAL_ERROR', 'RECOUNT', 'ELECTION_COMMITTEE_DECISION']);

const exampleConstituencyId = '8c1d2e3f-4a5b-4c6d-9e7f-0a1b2c3d4e5f';
const exampleCandidateId = '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a';
const exampleNominationId = '2f3a4b5c-6d7e-4f8a-9b0c-1d2e3f4a5b6c';

/** The figures of a constituency's result, as recorded or corrected: counts only, never a voter. */
const resultFigures = {
  constituencyResultId: eventId,
  constituencyId: eventId,
  election: constituencyElection,
  term,
  votedOn: calendarDay,
  /** Cử tri trong danh sách. */
  votersOnList: z.number().int().min(0),
  /** Cử tri đã tham gia bỏ phiếu. */
  votersVoted: z.number().int().min(0),
  validBallots: z.number().int().min(0),
  /** Each listed candidate's votes and whether they were elected. */
  candidates: z
    .array(z.object({ candidateId: eventId, votes: z.number().int().min(0), elected: z.boolean() }))
    .max(20),
};

const exampleFigures = {
  constituencyResultId: '9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a',
  constituencyId: exampleConstituencyId,
  election: 'PEOPLES_COUNCIL' as const,
  term: '2026-2031',
  votedOn: new Date('2026-03-15T00:00:00Z'),
  votersOnList: 182_000,
  votersVoted: 180_250,
  validBallots: 179_100,
  candidates: [
    { candidateId: exampleCandidateId, votes: 150_300, elected: true },
    { candidateId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', votes: 98_700, elected: false },
  ],
};

/**
 * The id under which council records the people's juror a front nomination names: derived from the nomination, so
 * the front links to the juror (and a redelivered nomination finds it) without asking council.
 */
export const peoplesJurorIdOf = (nominationId: string): string => derivedId(nominationId, 'peoplesJuror');

/** The court a juror serves, as officials name it. */
export const courtName = (level: 'CITY' | 'REGIONAL', region: number | null): string =>
  level === 'CITY' ? 'Tòa án nhân dân thành phố Hà Nội' : `Tòa án nhân dân khu vực ${region ?? '?'} - Hà Nội`;

/** Election events of the front (constituencies, voter conferences, results, jurors' nominations): part of `frontEvents`. */
export const frontElectionEvents = {
  /** Đơn vị bầu cử: a constituency of an election, with the units it covers and its seats. */
  constituencyCreated: defineEvent({
    service,
    entity: 'constituency',
    verb: 'created',
    description: 'A constituency (đơn vị bầu cử) of an NA or council election was recorded with its seats and units: no consumer yet; it names the constituency the election results and deputies refer to.',
    schema: z.object({
      constituencyId: eventId,
      election: constituencyElection,
      term,
      /** Đơn vị bầu cử số N. */
      number: z.number().int().positive(),
      /** Seats (số đại biểu được bầu): NA at most 3, council at most 5 (Election Law 2015, art. 10). */
      seats: z.number().int().min(1).max(5),
      administrativeUnitIds: z.array(eventId).min(1).max(50),
    }),
    example: {
      constituencyId: exampleConstituencyId,
      election: 'PEOPLES_COUNCIL',
      term: '2026-2031',
      number: 1,
      seats: 3,
      administrativeUnitIds: ['phuong-hoan-kiem', 'phuong-cua-nam'],
    },
  }),

  /** Hội nghị cử tri: voters where a candidate lives or works gave their confidence (counts only). */
  voterConferenceRecorded: defineEvent({
    service,
    entity: 'voterConference',
    verb: 'recorded',
    description: "A voter conference at a candidate's residence or workplace was recorded with its attendance and the voters' confidence: no consumer yet; the third consultation round reads it. Counts only: no voter, no place.",
    schema: z.object({
      voterConferenceId: eventId,
      candidateId: eventId,
      kind: conferenceKind,
      heldOn: calendarDay,
      votersInvited: z.number().int().min(1),
      attendance: z.number().int().min(0),
      confidenceVotes: z.number().int().min(0),
      /** Attendance met the conference's quorum. */
      quorate: z.boolean(),
      /** More than half of the voters present gave their confidence. */
      trusted: z.boolean(),
    }),
    example: {
      voterConferenceId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      candidateId: exampleCandidateId,
      kind: 'RESIDENCE',
      heldOn: new Date('2026-02-05T00:00:00Z'),
      votersInvited: 140,
      attendance: 96,
      confidenceVotes: 91,
      quorate: true,
      trusted: true,
    },
  }),

  /** Kết quả bầu cử ở đơn vị bầu cử: a constituency's result, recorded once. */
  constituencyResultRecorded: defineEvent({
    service,
    entity: 'constituencyResult',
    verb: 'recorded',
    description: "A constituency's election result was recorded (turnout, votes per candidate, who was elected): no consumer yet; each elected candidate also has its `candidate.elected`.",
    schema: z.object(resultFigures),
    example: exampleFigures,
  }),

  /** Đính chính kết quả: a recorded result's figures were corrected, with the reason's code; who was elected never changes. */
  constituencyResultCorrected: defineEvent({
    service,
    entity: 'constituencyResult',
    verb: 'corrected',
    description: "A recorded constituency result's figures were corrected (clerical error, recount, election committee decision); the elected candidates are unchanged (a change of them is no correction). No consumer yet.",
    schema: z.object({ ...resultFigures, code: correctionCode, correctedOn: calendarDay }),
    example: { ...exampleFigures, validBallots: 179_150, code: 'CLERICAL_ERROR', correctedOn: new Date('2026-03-18T00:00:00Z') },
  }),

  /** Trúng cử: a candidate was elected in a constituency; council or delegation records the deputy. */
  candidateElected: defineEvent({
    service,
    entity: 'candidate',
    verb: 'elected',
    description: 'A candidate was elected in a constituency: council records a council deputy (PEOPLES_COUNCIL), delegation a National Assembly deputy (NATIONAL_ASSEMBLY), each linked to the candidate.',
    schema: z.object({
      candidateId: eventId,
      /** Public: elected deputies are announced by name. */
      fullName: z.string().min(1).max(200),
      election: constituencyElection,
      term,
      constituencyId: eventId,
      constituencyNumber: z.number().int().positive(),
      administrativeUnitIds: z.array(eventId).min(1).max(50),
      votedOn: calendarDay,
    }),
    example: {
      candidateId: exampleCandidateId,
      fullName: 'Nguyễn Thị Thanh Hà',
      election: 'PEOPLES_COUNCIL',
      term: '2026-2031',
      constituencyId: exampleConstituencyId,
      constituencyNumber: 1,
      administrativeUnitIds: ['phuong-hoan-kiem', 'phuong-cua-nam'],
      votedOn: new Date('2026-03-15T00:00:00Z'),
    },
  }),

  /** Giới thiệu Hội thẩm nhân dân: the Front nominated a people's juror for the council to elect. */
  peoplesJurorNominated: defineEvent({
    service,
    entity: 'peoplesJuror',
    verb: 'nominated',
    description: "The Front nominated a people's juror (Hội thẩm nhân dân) for a court: council records the nominee (id `peoplesJurorIdOf(nominationId)`) for the council to elect.",
    schema: z.object({
      nominationId: eventId,
      /** Public: the council elects jurors by name in a published resolution. */
      fullName: z.string().min(1).max(200),
      courtLevel,
      /** The regional court's number (Tòa án nhân dân khu vực N); null for the city court. */
      courtRegion: z.number().int().positive().nullish().transform((value) => value ?? null),
      /** The council term the juror would serve (the electing council's). */
      councilTerm: term,
      nominatedOn: calendarDay,
      nominatedByAgencyId: eventId,
    }),
    example: {
      nominationId: exampleNominationId,
      fullName: 'Lê Văn Bình',
      courtLevel: 'REGIONAL',
      courtRegion: 3,
      councilTerm: '2026-2031',
      nominatedOn: new Date('2026-04-10T00:00:00Z'),
      nominatedByAgencyId: 'front',
    },
  }),
};
