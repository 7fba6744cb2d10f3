import { callSubgraph } from '@hanoi/platform/testing';
import { dayFromToday, frontWrite, startFront, type Front } from './support';

const record = `mutation($input: RecordVoterMeetingInput!) { recordVoterMeeting(input: $input) { id } }`;
const plan = `mutation($input: PlanVoterMeetingInput!) { planVoterMeeting(input: $input) { id } }`;

const entities = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on NationalAssemblyDeputy { id voterMeetings { id heldOn status } }
    ... on CouncilDeputy { id voterMeetings { id heldOn status } }
  }
}`;

const meeting = (heldOn: string, naIds: string[], councilIds: string[]) => ({
  kind: 'AFTER_SESSION',
  heldOn,
  place: 'Nhà văn hóa phường Cửa Nam',
  administrativeUnitId: 'phuong-cua-nam',
  nationalAssemblyDeputyIds: naIds,
  councilDeputyIds: councilIds,
  attendance: 60,
  recommendations: [{ text: 'Cải tạo vỉa hè phố Hàng Bài', category: 'TRANSPORT' }],
});

describe('front subgraph: a deputy\'s voter meetings (NationalAssemblyDeputy and CouncilDeputy extensions)', () => {
  let front: Front;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    front = await startFront();
    ids.october = (await frontWrite(front.url, record, { input: meeting('2026-10-02', ['na-1'], ['cd-1', 'cd-2']) })).recordVoterMeeting.id;
    ids.november = (await frontWrite(front.url, record, { input: meeting('2026-11-05', ['na-1', 'na-2'], ['cd-1']) })).recordVoterMeeting.id;
    ids.september = (await frontWrite(front.url, record, { input: meeting('2026-09-12', ['na-1'], []) })).recordVoterMeeting.id;
    // Planned, not held: no deputy was present yet.
    ids.planned = (await frontWrite(front.url, plan, {
      input: { kind: 'THEMATIC', heldOn: dayFromToday(20), place: 'Hội trường quận', administrativeUnitId: 'phuong-cua-nam', nationalAssemblyDeputyIds: ['na-1'], councilDeputyIds: ['cd-1'] },
    })).planVoterMeeting.id;
  });
  afterAll(() => front.stop());

  it('lists the held meetings each deputy attended, most recent first, in one query per deputy type', async () => {
    const representations = [
      { __typename: 'NationalAssemblyDeputy', id: 'na-1' },
      { __typename: 'CouncilDeputy', id: 'cd-1' },
      { __typename: 'NationalAssemblyDeputy', id: 'na-2' },
      { __typename: 'CouncilDeputy', id: 'cd-2' },
      { __typename: 'NationalAssemblyDeputy', id: 'na-without-meetings' },
      { __typename: 'CouncilDeputy', id: 'cd-without-meetings' },
    ];
    const before = await front.settledCommandCount();
    const result = await callSubgraph(front.url, entities, { representations });
    const used = front.app.runtime.database.commandCount() - before;
    expect(result.errors).toBeUndefined();
    const meetingIds = (i: number) => result.data!._entities[i].voterMeetings.map((m: { id: string }) => m.id);
    expect(result.data!._entities.map((e: { id: string }) => e.id)).toEqual(representations.map((r) => r.id));
    expect(meetingIds(0)).toEqual([ids.november, ids.october, ids.september]);
    expect(meetingIds(1)).toEqual([ids.november, ids.october]);
    expect(meetingIds(2)).toEqual([ids.november]);
    expect(meetingIds(3)).toEqual([ids.october]);
    expect(meetingIds(4)).toEqual([]);
    expect(meetingIds(5)).toEqual([]);
    expect(result.data!._entities[0].voterMeetings.every((m: { status: string }) => m.status === 'HELD')).toBe(true);
    // One find for the NA deputies, one for the council deputies: not one per deputy.
    expect(used).toBe(2);
  });

  it('limits each deputy\'s list with first, capped at 100', async () => {
    const limited = await callSubgraph(
      front.url,
      `{ _entities(representations: [{__typename: "NationalAssemblyDeputy", id: "na-1"}]) { ... on NationalAssemblyDeputy { voterMeetings(first: 2) { heldOn } } } }`,
    );
    expect(limited.data!._entities[0].voterMeetings).toEqual([{ heldOn: '2026-11-05' }, { heldOn: '2026-10-02' }]);
    const tooMany = await callSubgraph(
      front.url,
      `{ _entities(representations: [{__typename: "CouncilDeputy", id: "cd-1"}]) { ... on CouncilDeputy { voterMeetings(first: 101) { id } } } }`,
    );
    expect(tooMany.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('shows the deputy a meeting once it is recorded held', async () => {
    await frontWrite(front.url, `mutation($id: ID!, $input: RecordVoterMeetingHeldInput!) { recordVoterMeetingHeld(id: $id, input: $input) { id } }`, {
      id: ids.planned,
      input: { heldOn: dayFromToday(0), attendance: 30, recommendations: [], councilDeputyIds: ['cd-2'] },
    });
    const result = await callSubgraph(front.url, entities, {
      representations: [{ __typename: 'NationalAssemblyDeputy', id: 'na-1' }, { __typename: 'CouncilDeputy', id: 'cd-1' }, { __typename: 'CouncilDeputy', id: 'cd-2' }],
    });
    const [na1, cd1, cd2] = result.data!._entities;
    expect(na1.voterMeetings[0]).toEqual({ id: ids.planned, heldOn: dayFromToday(0), status: 'HELD' });
    // cd-1 was planned but not present; cd-2 was present.
    expect(cd1.voterMeetings.map((m: { id: string }) => m.id)).not.toContain(ids.planned);
    expect(cd2.voterMeetings[0].id).toBe(ids.planned);
  });

  it('resolves voter meetings by reference, null for an unknown one', async () => {
    const result = await callSubgraph(
      front.url,
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on VoterMeeting { id status heldOn councilDeputies { id } }
      } }`,
      { representations: [{ __typename: 'VoterMeeting', id: ids.october }, { __typename: 'VoterMeeting', id: 'no-such-meeting' }] },
    );
    expect(result.data!._entities).toEqual([{ id: ids.october, status: 'HELD', heldOn: '2026-10-02', councilDeputies: [{ id: 'cd-1' }, { id: 'cd-2' }] }, null]);
  });
});
