import { callSubgraph, callers, eventually } from '@hanoi/platform/testing';
import { collectFrontEvents, dayFromToday, frontWrite, startFront } from './support';

const record = `mutation($input: RecordVoterMeetingInput!) {
  recordVoterMeeting(input: $input) { id kind heldOn attendance recommendations { number text category } }
}`;

const validInput = {
  kind: 'BEFORE_SESSION',
  heldOn: '2026-11-20',
  place: 'Nhà văn hóa phường Hoàn Kiếm',
  administrativeUnitId: 'ward-hoan-kiem',
  councilSessionId: 'session-2026-12',
  attendance: 120,
  recommendations: [
    { text: 'Sửa chữa mặt đường phố Hàng Bông', category: 'TRANSPORT' },
    { text: 'Xử lý rác thải tại chợ', category: 'ENVIRONMENT', addressedToAgencyId: 'ubnd-hoan-kiem' },
  ],
};

const plan = `mutation($input: PlanVoterMeetingInput!) {
  planVoterMeeting(input: $input) { id status kind heldOn attendance recommendations { number } nationalAssemblyDeputies { id } councilDeputies { id } }
}`;

const recordHeld = `mutation($id: ID!, $input: RecordVoterMeetingHeldInput!) {
  recordVoterMeetingHeld(id: $id, input: $input) {
    id status heldOn attendance heldRecordedAt nationalAssemblyDeputies { id } councilDeputies { id }
    recommendations { number text category addressedTo { id } }
  }
}`;

const readMeeting = `query($id: ID!) { voterMeeting(id: $id) { id status heldOn attendance recommendations { number } } }`;

const planInput = {
  kind: 'THEMATIC',
  heldOn: dayFromToday(-3),
  place: 'Hội trường UBND phường Ba Đình',
  administrativeUnitId: 'phuong-ba-dinh',
  nationalAssemblyDeputyIds: ['na-planned-1'],
  councilDeputyIds: ['cd-planned-1'],
};

const heldInput = {
  attendance: 85,
  recommendations: [
    { text: 'Lắp đèn chiếu sáng ngõ 12 phố Đội Cấn', category: 'CONSTRUCTION_URBAN_ORDER', addressedToAgencyId: 'so-xay-dung' },
    { text: 'Tăng chuyến xe buýt tuyến 09', category: 'TRANSPORT' },
  ],
};

/** The fields of `vn.hanoi.front.voterMeeting.held.v1` petitions relies on (flow F1), and no others. */
/** The F1 fields, with the organiser's level and unit (the city Front committee's: CITY, none). */
const heldEventFields = ['administrativeUnitId', 'councilSessionId', 'heldOn', 'jurisdictionUnitId', 'kind', 'level', 'organiserAgencyId', 'recommendations', 'voterMeetingId'];

describe('front subgraph: voter meetings', () => {
  let front: Awaited<ReturnType<typeof startFront>>;
  let events: Awaited<ReturnType<typeof collectFrontEvents>>;
  beforeAll(async () => {
    front = await startFront();
    events = await collectFrontEvents(front);
  });
  afterAll(async () => {
    await events.stop();
    await front.stop();
  });

  it('records a held meeting with numbered recommendations and lists it', async () => {
    const created = await callSubgraph(front.url, record, { input: validInput }, callers.frontClerk);
    expect(created.errors).toBeUndefined();
    const meeting = created.data!.recordVoterMeeting;
    expect(meeting.recommendations.map((r: { number: number }) => r.number)).toEqual([1, 2]);
    expect(meeting.heldOn).toBe('2026-11-20');

    const listed = await callSubgraph(front.url, `{ voterMeetings(filter: {councilSessionId: "session-2026-12"}) { totalCount edges { node { id } } } }`);
    expect(listed.data!.voterMeetings.totalCount).toBe(1);
    expect(listed.data!.voterMeetings.edges[0].node.id).toBe(meeting.id);
  });

  it('refuses a future meeting date with the field at fault, and writes nothing', async () => {
    const result = await callSubgraph(front.url, record, { input: { ...validInput, heldOn: '2099-01-01' } }, callers.frontClerk);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.heldOn' });
    const listed = await callSubgraph(front.url, `{ voterMeetings(filter: {heldFrom: "2099-01-01"}) { totalCount } }`);
    expect(listed.data!.voterMeetings.totalCount).toBe(0);
  });

  it('refuses an unknown category and an impossible date', async () => {
    const category = await callSubgraph(front.url, record, {
      input: { ...validInput, recommendations: [{ text: 'x', category: 'WEATHER' }] },
    }, callers.frontClerk);
    expect(category.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recommendations.0.category' });
    const date = await callSubgraph(front.url, record, { input: { ...validInput, heldOn: '2025-02-30' } }, callers.frontClerk);
    expect(date.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('lets only front staff record meetings', async () => {
    const result = await callSubgraph(front.url, record, { input: validInput }, callers.councilClerk);
    expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses requests without the gateway caller token, but keeps health open', async () => {
    const result = await callSubgraph(front.url, '{ voterMeetings { totalCount } }', {}, null);
    expect(result.status).toBe(401);
    expect(result.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const health = await fetch(front.url.replace('/graphql', '/readyz'));
    expect(health.status).toBe(200);
  });

  it('caps page sizes', async () => {
    const result = await callSubgraph(front.url, '{ voterMeetings(first: 101) { totalCount } }');
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('publishes exactly the F1 fields when a meeting is recorded in one step', async () => {
    const created = await frontWrite(front.url, record, { input: { ...validInput, heldOn: '2026-11-21' } });
    const id = created.recordVoterMeeting.id;
    const event = await eventually(async () => events.events.find((e) => e.subject === id));
    expect(event.type).toBe('vn.hanoi.front.voterMeeting.held.v1');
    expect(Object.keys(event.data).sort()).toEqual(heldEventFields);
    expect(event.data).toMatchObject({ voterMeetingId: id, heldOn: '2026-11-21', councilSessionId: 'session-2026-12', organiserAgencyId: 'front' });
  });

  describe('planned, then held', () => {
    it('plans a meeting for a day still to come: PLANNED, no attendance, no recommendations', async () => {
      const data = await frontWrite(front.url, plan, { input: { ...planInput, heldOn: dayFromToday(10) } });
      expect(data.planVoterMeeting).toMatchObject({
        status: 'PLANNED',
        heldOn: dayFromToday(10),
        attendance: null,
        recommendations: [],
        nationalAssemblyDeputies: [{ id: 'na-planned-1' }],
      });
      const planned = await callSubgraph(front.url, `{ voterMeetings(filter: {status: PLANNED}) { edges { node { id status } } } }`);
      expect(planned.data!.voterMeetings.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(data.planVoterMeeting.id);
      const held = await callSubgraph(front.url, `{ voterMeetings(filter: {status: HELD}) { edges { node { id status } } } }`);
      expect(held.data!.voterMeetings.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(data.planVoterMeeting.id);
      expect(held.data!.voterMeetings.edges.every((e: { node: { status: string } }) => e.node.status === 'HELD')).toBe(true);
    });

    it('records a planned meeting held with the same held event as a one-step record', async () => {
      const planned = (await frontWrite(front.url, plan, { input: planInput })).planVoterMeeting;
      const result = await callSubgraph(front.url, recordHeld, { id: planned.id, input: { ...heldInput, councilDeputyIds: ['cd-present-1', 'cd-present-2'] } }, callers.frontClerk);
      expect(result.errors).toBeUndefined();
      const meeting = result.data!.recordVoterMeetingHeld;
      expect(meeting).toMatchObject({
        id: planned.id,
        status: 'HELD',
        heldOn: planInput.heldOn,
        attendance: 85,
        nationalAssemblyDeputies: [{ id: 'na-planned-1' }],
        councilDeputies: [{ id: 'cd-present-1' }, { id: 'cd-present-2' }],
      });
      expect(meeting.heldRecordedAt).not.toBeNull();
      expect(meeting.recommendations).toEqual([
        { number: 1, text: heldInput.recommendations[0]!.text, category: 'CONSTRUCTION_URBAN_ORDER', addressedTo: { id: 'so-xay-dung' } },
        { number: 2, text: heldInput.recommendations[1]!.text, category: 'TRANSPORT', addressedTo: null },
      ]);

      const held = await eventually(async () =>
        events.events.find((e) => e.subject === planned.id && e.type === 'vn.hanoi.front.voterMeeting.held.v1'),
      );
      expect(Object.keys(held.data).sort()).toEqual(heldEventFields);
      expect(held.data).toEqual({
        voterMeetingId: planned.id,
        kind: 'THEMATIC',
        heldOn: planInput.heldOn,
        administrativeUnitId: 'phuong-ba-dinh',
        organiserAgencyId: 'front',
        level: 'CITY',
        jurisdictionUnitId: null,
        councilSessionId: null,
        recommendations: [
          { number: 1, text: heldInput.recommendations[0]!.text, category: 'CONSTRUCTION_URBAN_ORDER', addressedToAgencyId: 'so-xay-dung' },
          { number: 2, text: heldInput.recommendations[1]!.text, category: 'TRANSPORT', addressedToAgencyId: null },
        ],
      });
      const plannedEvent = events.events.find((e) => e.subject === planned.id && e.type === 'vn.hanoi.front.voterMeeting.planned.v1');
      expect(plannedEvent?.data).toMatchObject({ voterMeetingId: planned.id, plannedFor: planInput.heldOn });

      // Recording it held a second time is a conflict, and changes nothing.
      const again = await callSubgraph(front.url, recordHeld, { id: planned.id, input: { ...heldInput, attendance: 1 } }, callers.frontClerk);
      expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
      const read = await callSubgraph(front.url, readMeeting, { id: planned.id });
      expect(read.data!.voterMeeting).toMatchObject({ status: 'HELD', attendance: 85 });
    });

    it('takes the day it was actually held when it moved', async () => {
      const planned = (await frontWrite(front.url, plan, { input: { ...planInput, heldOn: dayFromToday(5) } })).planVoterMeeting;
      const result = await frontWrite(front.url, recordHeld, { id: planned.id, input: { ...heldInput, heldOn: dayFromToday(-1) } });
      expect(result.recordVoterMeetingHeld).toMatchObject({ status: 'HELD', heldOn: dayFromToday(-1) });
      const held = await eventually(async () => events.events.find((e) => e.subject === planned.id && e.type.endsWith('.held.v1')));
      expect(held.data.heldOn).toBe(dayFromToday(-1));
    });

    it('refuses to record held a meeting whose planned day is still to come, or a future day, and writes nothing', async () => {
      const planned = (await frontWrite(front.url, plan, { input: { ...planInput, heldOn: dayFromToday(7) } })).planVoterMeeting;
      const noDay = await callSubgraph(front.url, recordHeld, { id: planned.id, input: heldInput }, callers.frontClerk);
      expect(noDay.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.heldOn' });
      const future = await callSubgraph(front.url, recordHeld, { id: planned.id, input: { ...heldInput, heldOn: dayFromToday(1) } }, callers.frontClerk);
      expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.heldOn' });
      const negative = await callSubgraph(front.url, recordHeld, { id: planned.id, input: { ...heldInput, heldOn: dayFromToday(-1), attendance: -5 } }, callers.frontClerk);
      expect(negative.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.attendance' });
      const category = await callSubgraph(front.url, recordHeld, {
        id: planned.id,
        input: { ...heldInput, heldOn: dayFromToday(-1), recommendations: [{ text: 'x', category: 'WEATHER' }] },
      }, callers.frontClerk);
      expect(category.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recommendations.0.category' });
      const read = await callSubgraph(front.url, readMeeting, { id: planned.id });
      expect(read.data!.voterMeeting).toEqual({ id: planned.id, status: 'PLANNED', heldOn: dayFromToday(7), attendance: null, recommendations: [] });
      await front.app.runtime.outbox.drain();
      expect(events.events.some((e) => e.subject === planned.id && e.type.endsWith('.held.v1'))).toBe(false);
    });

    it('lets only one of two concurrent records of the same planned meeting through', async () => {
      const planned = (await frontWrite(front.url, plan, { input: planInput })).planVoterMeeting;
      const results = await Promise.all([
        callSubgraph(front.url, recordHeld, { id: planned.id, input: { ...heldInput, attendance: 10 } }, callers.frontClerk),
        callSubgraph(front.url, recordHeld, { id: planned.id, input: { ...heldInput, attendance: 20 } }, callers.frontClerk),
      ]);
      const succeeded = results.filter((r) => !r.errors);
      expect(succeeded).toHaveLength(1);
      expect(results.find((r) => r.errors)!.errors![0]!.extensions!.code).toBe('CONFLICT');
      const read = await callSubgraph(front.url, readMeeting, { id: planned.id });
      expect(read.data!.voterMeeting.attendance).toBe(succeeded[0]!.data!.recordVoterMeetingHeld.attendance);
    });

    it('refuses a meeting recorded held in one step (CONFLICT) and an unknown one (NOT_FOUND)', async () => {
      const heldAlready = (await frontWrite(front.url, record, { input: validInput })).recordVoterMeeting;
      const conflict = await callSubgraph(front.url, recordHeld, { id: heldAlready.id, input: heldInput }, callers.frontClerk);
      expect(conflict.errors![0]!.extensions!.code).toBe('CONFLICT');
      const missing = await callSubgraph(front.url, recordHeld, { id: 'no-such-meeting', input: heldInput }, callers.frontClerk);
      expect(missing.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });

    it('requires the session of a before-session plan, and writes nothing', async () => {
      const before = await callSubgraph(front.url, `{ voterMeetings { totalCount } }`);
      const result = await callSubgraph(front.url, plan, { input: { ...planInput, kind: 'BEFORE_SESSION' } }, callers.frontClerk);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.councilSessionId' });
      const empty = await callSubgraph(front.url, plan, { input: { ...planInput, place: '   ' } }, callers.frontClerk);
      expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.place' });
      const after = await callSubgraph(front.url, `{ voterMeetings { totalCount } }`);
      expect(after.data!.voterMeetings.totalCount).toBe(before.data!.voterMeetings.totalCount);
    });

    it('lets only front staff plan meetings and record them held', async () => {
      const planned = (await frontWrite(front.url, plan, { input: planInput })).planVoterMeeting;
      const planning = await callSubgraph(front.url, plan, { input: planInput }, callers.councilClerk);
      expect(planning.errors![0]!.extensions!.code).toBe('FORBIDDEN');
      const holding = await callSubgraph(front.url, recordHeld, { id: planned.id, input: heldInput }, callers.delegationClerk);
      expect(holding.errors![0]!.extensions!.code).toBe('FORBIDDEN');
      const read = await callSubgraph(front.url, readMeeting, { id: planned.id });
      expect(read.data!.voterMeeting.status).toBe('PLANNED');
    });

    it('counts a meeting stored before planning existed (no status) as HELD', async () => {
      await front.app.runtime.database.connection.collection('voter_meetings').insertOne({
        _id: 'legacy-meeting-1' as never,
        kind: 'AFTER_SESSION',
        heldOn: new Date('2024-07-15T00:00:00Z'),
        place: 'Nhà văn hóa tổ dân phố 5',
        administrativeUnitId: 'phuong-legacy',
        organiserAgencyId: 'front',
        councilSessionId: null,
        nationalAssemblyDeputyIds: [],
        councilDeputyIds: [],
        attendance: 40,
        recommendations: [],
        recordedBy: 'importer',
        recordedAt: new Date('2024-07-16T00:00:00Z'),
      });
      const read = await callSubgraph(front.url, readMeeting, { id: 'legacy-meeting-1' });
      expect(read.data!.voterMeeting).toMatchObject({ status: 'HELD', attendance: 40 });
      const held = await callSubgraph(front.url, `{ voterMeetings(filter: {status: HELD, administrativeUnitId: "phuong-legacy"}) { totalCount } }`);
      expect(held.data!.voterMeetings.totalCount).toBe(1);
      const planned = await callSubgraph(front.url, `{ voterMeetings(filter: {status: PLANNED, administrativeUnitId: "phuong-legacy"}) { totalCount } }`);
      expect(planned.data!.voterMeetings.totalCount).toBe(0);
      const conflict = await callSubgraph(front.url, recordHeld, { id: 'legacy-meeting-1', input: heldInput }, callers.frontClerk);
      expect(conflict.errors![0]!.extensions!.code).toBe('CONFLICT');
    });
  });
});
