import { callSubgraph, callers } from '@hanoi/platform/testing';
import { startFront } from './support';

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

describe('front subgraph: voter meetings', () => {
  let front: Awaited<ReturnType<typeof startFront>>;
  beforeAll(async () => {
    front = await startFront();
  });
  afterAll(() => front.stop());

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
});
