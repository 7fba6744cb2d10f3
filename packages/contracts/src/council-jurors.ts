import { z } from 'zod';
import { calendarDay, defineEvent, eventId } from './define';

const service = 'council';

/** Council's people's-juror events: part of `councilEvents`. */
export const councilJurorEvents = {
  /** Bầu Hội thẩm nhân dân: the council elected a juror the Front nominated. */
  peoplesJurorElected: defineEvent({
    service,
    entity: 'peoplesJuror',
    verb: 'elected',
    description: "The council elected a people's juror (Hội thẩm nhân dân) the Front nominated, for its own term: no consumer yet; it tells the Front and the court the juror serves from `termStartsOn`.",
    schema: z.object({
      peoplesJurorId: eventId,
      nominationId: eventId,
      /** Public: the electing resolution names the juror. */
      fullName: z.string().min(1).max(200),
      courtLevel: z.enum(['CITY', 'REGIONAL']),
      courtRegion: z.number().int().positive().nullish().transform((value) => value ?? null),
      /** The electing council's term, which is the juror's. */
      term: z.string().regex(/^\d{4}-\d{4}$/),
      councilSessionId: eventId,
      /** The day of the electing vote: the juror's term starts then. */
      termStartsOn: calendarDay,
    }),
    example: {
      peoplesJurorId: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d',
      nominationId: '2f3a4b5c-6d7e-4f8a-9b0c-1d2e3f4a5b6c',
      fullName: 'Lê Văn Bình',
      courtLevel: 'REGIONAL',
      courtRegion: 3,
      term: '2026-2031',
      councilSessionId: 'c3d1f0e2-6b7a-4d2e-8f1a-5e6b7c8d9e0f',
      termStartsOn: new Date('2026-04-24T00:00:00Z'),
    },
  }),
};
