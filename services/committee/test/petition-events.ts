import { petitionsEvents } from '@hanoi/contracts';
import { randomUUID } from 'node:crypto';

/** Test builders of petitions' events on one case, as petitions publishes them (the petition id is the subject). */
const day = (value: string) => new Date(`${value}T00:00:00Z`);

/** The case fields every lifecycle event carries. */
const caseFields = (petitionId: string, agencyId: string, dueOn: string | null) => ({
  petitionId,
  agencyId,
  kind: 'COMPLAINT' as const,
  category: 'CONSTRUCTION_URBAN_ORDER' as const,
  channel: 'CITIZEN_RECEPTION' as const,
  status: 'ACCEPTED' as const,
  dueOn: dueOn === null ? null : day(dueOn),
});
const transition = (petitionId: string, agencyId: string, dueOn: string | null, to: 'ACCEPTED' | 'DECLINED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED') => ({
  ...caseFields(petitionId, agencyId, dueOn),
  status: to,
  from: 'RECEIVED' as const,
  to,
  on: day('2026-03-02'),
});

export function routed(
  data: { petitionId: string; agencyId: string; dueOn?: string | null; kind?: 'COMPLAINT' | 'VOTER_RECOMMENDATION'; transferredFromAgencyId?: string },
  id: string = randomUUID(),
) {
  const dueOn = data.dueOn === undefined ? '2026-04-30' : data.dueOn;
  return petitionsEvents.petitionRouted.event(
    data.petitionId,
    {
      petitionId: data.petitionId,
      agencyId: data.agencyId,
      cooperatingAgencyIds: [],
      kind: data.kind ?? 'COMPLAINT',
      category: 'CONSTRUCTION_URBAN_ORDER',
      channel: 'CITIZEN_RECEPTION',
      subject: 'Công trình xây dựng không phép',
      administrativeUnitId: 'phuong-hoan-kiem',
      receivedOn: day('2026-02-20'),
      dueOn: dueOn === null ? null : day(dueOn),
      voterMeetingId: null,
      ...(data.transferredFromAgencyId && { transferredFromAgencyId: data.transferredFromAgencyId }),
    },
    { id },
  );
}

export const declined = (petitionId: string, reason: { reasonCode: 'DUPLICATE' | 'ANONYMOUS_DENUNCIATION'; mergedInto?: string }) =>
  petitionsEvents.petitionDeclined.event(petitionId, { ...transition(petitionId, 'so-xay-dung', null, 'DECLINED'), ...reason });

export const closed = (petitionId: string) => petitionsEvents.petitionClosed.event(petitionId, transition(petitionId, 'so-xay-dung', null, 'CLOSED'));

/** The due-changing events the committee follows, each moving the case's current due day to `dueOn`. */
export const dueChanged = {
  accepted: (petitionId: string, agencyId: string, dueOn: string) =>
    petitionsEvents.petitionAccepted.event(petitionId, transition(petitionId, agencyId, dueOn, 'ACCEPTED')),
  started: (petitionId: string, agencyId: string, dueOn: string) =>
    petitionsEvents.petitionStarted.event(petitionId, transition(petitionId, agencyId, dueOn, 'IN_PROGRESS')),
  deadlineExtended: (petitionId: string, agencyId: string, dueOn: string) =>
    petitionsEvents.deadlineExtended.event(petitionId, {
      ...caseFields(petitionId, agencyId, dueOn),
      deadlineKind: 'RESOLUTION',
      ruleId: 'DENUNCIATION_RESOLUTION',
      previousDueOn: null,
      newDueOn: day(dueOn),
      extensionNumber: 1,
      days: 30,
      decidedOn: day('2026-03-20'),
      decisionRef: '15/QĐ-UBND',
    }),
  deadlinesRecomputed: (petitionId: string, agencyId: string, dueOn: string) =>
    petitionsEvents.deadlinesRecomputed.event(petitionId, {
      ...caseFields(petitionId, agencyId, dueOn),
      fromYear: 2026,
      changes: [{ kind: 'RESOLUTION', ruleId: 'COMPLAINT_FIRST_RESOLUTION', previousDueOn: day('2026-05-09'), newDueOn: day(dueOn) }],
    }),
  dueDateSet: (petitionId: string, agencyId: string, dueOn: string) =>
    petitionsEvents.dueDateSet.event(petitionId, {
      petitionId,
      agencyId,
      dueOn: day(dueOn),
      rule: `Answer reported at the next regular council session, opening ${dueOn}`,
      ruleId: 'COUNCIL_VOTER_RECOMMENDATION',
      dueSessionId: 'session-2026-07',
    }),
};
