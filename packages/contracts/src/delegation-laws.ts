import { z } from 'zod';
import { calendarDay, defineEvent, eventId } from './define';

const service = 'delegation';

/** Where a citizen's opinion on a draft was gathered (an agency's contribution has its own `contribution.submitted`). */
const citizenSource = z.enum(['VOTER_MEETING', 'ONLINE_CITIZEN']);
/** Hình thức phổ biến pháp luật (Law on Legal Dissemination and Education 2012, art. 11). */
const disseminationForm = z.enum(['PRESS_CONFERENCE', 'DIRECT', 'COUNSELLING', 'MASS_MEDIA', 'INTERNET', 'CONTEST', 'TRIAL_OR_SANCTION', 'CULTURAL_ACTIVITY', 'OTHER']);
/** Đối tượng: who an activity reached (the Law's groups, arts. 17-24, and the general public). */
const audienceKind = z.enum(['CADRES_CIVIL_SERVANTS', 'RESIDENTS', 'STUDENTS', 'WORKERS', 'BUSINESSES', 'ETHNIC_MINORITIES', 'PEOPLE_WITH_DISABILITIES', 'DETAINEES', 'OTHER']);

/** Delegation's events on citizens' opinions and legal dissemination: part of `delegationEvents`. */
export const delegationLawEvents = {
  /** Ý kiến nhân dân: a citizen's opinion on a draft became a contribution. No content, no person: counts by source. */
  citizenContributionReceived: defineEvent({
    service,
    entity: 'citizenContribution',
    verb: 'received',
    description: "A citizen's opinion on a draft, gathered at a voter meeting or online, became a contribution to the consultation: no consumer yet. It carries where it came from, never its text or who gave it.",
    schema: z.object({
      contributionId: eventId,
      consultationId: eventId,
      source: citizenSource,
      submittedOn: calendarDay,
      /** The front's voter meeting it was raised at (VOTER_MEETING). */
      voterMeetingId: eventId.nullish().transform((value) => value ?? null),
    }),
    example: {
      contributionId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      consultationId: '4b8e1f27-9c3d-4a6e-b2f0-7d5c1e9a3b86',
      source: 'VOTER_MEETING',
      submittedOn: new Date('2026-11-18T00:00:00Z'),
      voterMeetingId: '5f0c2a3e-8d41-4b7a-9c21-3e6f7a8b9c01',
    },
  }),

  /** Hoạt động phổ biến, giáo dục pháp luật: a body reached an audience on some laws. */
  disseminationActivityRecorded: defineEvent({
    service,
    entity: 'disseminationActivity',
    verb: 'recorded',
    description: 'A body recorded a legal dissemination and education activity (laws, form, audience counts): no consumer yet; reports on the regulation\'s second content read it.',
    schema: z.object({
      disseminationActivityId: eventId,
      bodyAgencyId: eventId,
      heldOn: calendarDay,
      form: disseminationForm,
      /** Titles of the laws disseminated (public texts). */
      laws: z.array(z.string().min(1).max(300)).min(1).max(20),
      audiences: z.array(z.object({ kind: audienceKind, count: z.number().int().min(1) })).min(1).max(9),
    }),
    example: {
      disseminationActivityId: '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
      bodyAgencyId: 'council',
      heldOn: new Date('2026-11-09T00:00:00Z'),
      form: 'DIRECT',
      laws: ['Luật Đất đai 2024', 'Luật Nhà ở 2023'],
      audiences: [
        { kind: 'RESIDENTS', count: 320 },
        { kind: 'CADRES_CIVIL_SERVANTS', count: 45 },
      ],
    },
  }),
};
