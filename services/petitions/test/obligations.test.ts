import { delegationEvents, petitionsEvents } from '@hanoi/contracts';
import type { Caller, CloudEvent } from '@hanoi/platform';
import { callSubgraph, collectEvents, eventually } from '@hanoi/platform/testing';
import { startPetitions, type Petitions } from './support';

const hkClerk: Caller = { subject: 'hk-clerk-1', agency: 'ubnd-phuong-hoan-kiem', roles: ['clerk'] };
const hkHandler: Caller = { subject: 'hk-handler-1', agency: 'ubnd-phuong-hoan-kiem', roles: ['handler'] };
const xdHandler: Caller = { subject: 'xd-handler-1', agency: 'so-xay-dung', roles: ['handler'] };

const complaint = {
  kind: 'COMPLAINT',
  channel: 'CITIZEN_RECEPTION',
  receivedOn: '2026-11-02',
  subject: 'Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng',
  category: 'CONSTRUCTION_URBAN_ORDER',
  administrativeUnitId: 'phuong-hoan-kiem',
  petitioners: [{ fullName: 'Trần Văn Bình', nationalId: '001080000321' }],
};

/** The obligation events petitions publishes (F4): what the coordination index reads from its topic. */
describe('petitions publishes every statutory deadline as an obligation, in the write that moves it', () => {
  let petitions: Petitions;
  let reader: Awaited<ReturnType<typeof collectEvents>>;
  const call = (query: string, variables: Record<string, unknown>, caller: Caller) => callSubgraph(petitions.url, query, variables, caller);
  const step = async (mutation: string, id: string, caller: Caller, input?: [string, object]) => {
    const result = await call(`mutation($id: ID!${input ? `, $input: ${input[0]}` : ''}) { ${mutation}(id: $id${input ? ', input: $input' : ''}) { id } }`, { id, input: input?.[1] }, caller);
    expect(result.errors).toBeUndefined();
  };
  const submit = async () => {
    const result = await call(`mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id } }`, { input: complaint }, hkClerk);
    expect(result.errors).toBeUndefined();
    return result.data!.submitPetition.id as string;
  };
  /** The case's events, in topic order (one partition per case): `verb` of petition events, `obligation.verb` of the others. */
  const timeline = (id: string) =>
    reader.events.filter((event) => event.subject === id).map((event) => `${event.type.includes('.obligation.') ? 'obligation.' : ''}${event.type.split('.')[4]}`);
  const obligations = (id: string) => reader.events.filter((event) => event.subject === id && event.type.includes('.obligation.'));
  const settled = async (id: string, count: number) => {
    await petitions.app.runtime.outbox.drain();
    return eventually(async () => reader.events.filter((event) => event.subject === id).length >= count && obligations(id));
  };

  beforeAll(async () => {
    petitions = await startPetitions();
    await petitions.seedDirectory();
    reader = await collectEvents(petitions.config.KAFKA_BROKERS, petitions.app.runtime.topic('petitions'));
  });
  afterAll(async () => {
    await reader.stop();
    await petitions.stop();
  });

  it('a complaint from intake to resolution: acceptance opened then met, resolution opened then met', async () => {
    const id = await submit();
    await step('acceptPetition', id, hkHandler, ['AcceptPetitionInput', { on: '2026-11-05' }]);
    await step('startPetition', id, hkHandler);
    await step('resolvePetition', id, hkHandler, ['ResolvePetitionInput!', { kind: 'DECISION', text: 'Giữ nguyên quyết định xử phạt', resolvedOn: '2026-11-20' }]);
    await step('closePetition', id, hkHandler);
    const events = await settled(id, 9);
    expect(timeline(id)).toEqual([
      'routed',
      'obligation.opened',
      'accepted',
      'obligation.met',
      'obligation.opened',
      'started',
      'resolved',
      'obligation.met',
      'closed',
    ]);
    const acceptance = `petition:${id}:ACCEPTANCE:ubnd-phuong-hoan-kiem`;
    const resolution = `petition:${id}:RESOLUTION:ubnd-phuong-hoan-kiem`;
    expect(events.map((event) => [event.type, event.data])).toEqual([
      [
        petitionsEvents.obligation.opened.type,
        {
          obligationId: acceptance,
          kind: 'CASE_ACCEPTANCE',
          agencyId: 'ubnd-phuong-hoan-kiem',
          dueOn: '2026-11-12',
          subject: { type: 'Petition', id },
          content: 'CITIZEN_RECEPTION',
          basis: 'Law on Complaints 2011, art. 27',
          councilSessionId: null,
          title: null,
        },
      ],
      [petitionsEvents.obligation.met.type, { obligationId: acceptance, metOn: '2026-11-05' }],
      [petitionsEvents.obligation.opened.type, expect.objectContaining({ obligationId: resolution, kind: 'CASE_RESOLUTION', dueOn: '2026-12-07', basis: 'Law on Complaints 2011, art. 28' })],
      [petitionsEvents.obligation.met.type, { obligationId: resolution, metOn: '2026-11-20' }],
    ]);
    // Each parses with its contract, as the coordination index reads it; nothing about the petitioner or the text.
    for (const event of events) expect(() => petitionsEvents.obligation[event.type.split('.')[4] as 'opened'].parse(event)).not.toThrow();
    expect(JSON.stringify(events)).not.toMatch(/Trần Văn Bình|Khiếu nại quyết định/);
  });

  it('a transfer cancels the former lead agency’s unmet deadlines and opens them for the new one, in the same write', async () => {
    const id = await submit();
    await step('transferPetition', id, hkHandler, ['TransferPetitionInput!', { toAgencyId: 'so-xay-dung', reason: 'Quyết định do Sở Xây dựng ban hành' }]);
    await step('acceptPetition', id, xdHandler, ['AcceptPetitionInput', { on: '2026-11-06' }]);
    const events = await settled(id, 9);
    expect(timeline(id)).toEqual(['routed', 'obligation.opened', 'transferred', 'routed', 'obligation.opened', 'obligation.cancelled', 'accepted', 'obligation.met', 'obligation.opened']);
    expect(events.map((event) => [event.type.split('.')[4], event.data.obligationId, event.data.agencyId ?? event.data.reason ?? event.data.metOn])).toEqual([
      ['opened', `petition:${id}:ACCEPTANCE:ubnd-phuong-hoan-kiem`, 'ubnd-phuong-hoan-kiem'],
      ['opened', `petition:${id}:ACCEPTANCE:so-xay-dung`, 'so-xay-dung'],
      ['cancelled', `petition:${id}:ACCEPTANCE:ubnd-phuong-hoan-kiem`, 'Case transferred to so-xay-dung'],
      ['met', `petition:${id}:ACCEPTANCE:so-xay-dung`, '2026-11-06'],
      ['opened', `petition:${id}:RESOLUTION:so-xay-dung`, 'so-xay-dung'],
    ]);
  });

  it('a voter recommendation the National Assembly forwarded is owed under the 60-day rule (F5)', async () => {
    const forwarded = delegationEvents.voterRecommendationForwarded.event('fwd-obligation', {
      recommendationId: 'fwd-obligation',
      text: 'Đề nghị đầu tư cải tạo hệ thống thoát nước khu vực phố cổ',
      category: 'ENVIRONMENT',
      forwardedOn: new Date('2026-10-01T00:00:00Z'),
      addressedToAgencyId: 'so-xay-dung',
      nationalAssemblyDeputyId: null,
    });
    await petitions.publish('delegation', forwarded);
    const opened = await eventually(async () =>
      reader.events.find((event: CloudEvent) => event.type === petitionsEvents.obligation.opened.type && (event.data as any).kind === 'NA_RECOMMENDATION_ANSWER'),
    );
    const result = await call(`{ petitions(filter: { channel: FORWARDED }) { edges { node { id } } } }`, {}, hkClerk);
    const id = result.data!.petitions.edges[0].node.id;
    expect(opened).toMatchObject({ subject: id, data: { obligationId: `petition:${id}:ANSWER:so-xay-dung`, agencyId: 'so-xay-dung', dueOn: '2026-11-30', content: 'VOTER_MEETINGS' } });
  });
});
