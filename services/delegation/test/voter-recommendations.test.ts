import { delegationEvents } from '@hanoi/contracts';
import { callSubgraph, callers, eventually } from '@hanoi/platform/testing';
import { addDeputy, collectPublishedEvents, startDelegation, type Delegation } from './support';

const forward = `mutation($input: ForwardVoterRecommendationInput!) {
  forwardVoterRecommendation(input: $input) { id text category forwardedOn addressedTo { id } deputy { id fullName } recordedAt }
}`;

describe('delegation subgraph: voter recommendations forwarded by the National Assembly (F5)', () => {
  let delegation: Delegation;
  let published: Awaited<ReturnType<typeof collectPublishedEvents>>;
  let deputyId: string;
  const valid = {
    text: 'Cử tri đề nghị sớm hoàn thành tuyến đường sắt đô thị Nhổn - ga Hà Nội',
    category: 'TRANSPORT',
    forwardedOn: '2025-06-20',
    addressedToAgencyId: 'so-giao-thong-van-tai',
  };

  beforeAll(async () => {
    delegation = await startDelegation();
    published = await collectPublishedEvents(delegation);
    deputyId = await addDeputy(delegation.url, { fullName: 'Hoàng Văn Cường', constituency: 5, term: 'XV (2021-2026)', fullTime: false });
  });
  afterAll(async () => {
    await published.stop();
    await delegation.stop();
  });

  it('stores the recommendation and publishes voterRecommendation.forwarded on Kafka for petitions', async () => {
    const created = await callSubgraph(delegation.url, forward, { input: { ...valid, nationalAssemblyDeputyId: deputyId } }, callers.delegationClerk);
    expect(created.errors).toBeUndefined();
    const recommendation = created.data!.forwardVoterRecommendation;
    expect(recommendation).toMatchObject({
      text: valid.text,
      category: 'TRANSPORT',
      forwardedOn: '2025-06-20',
      addressedTo: { id: 'so-giao-thong-van-tai' },
      deputy: { id: deputyId, fullName: 'Hoàng Văn Cường' },
    });

    const event = await eventually(async () =>
      published.events.find((e) => e.type === delegationEvents.voterRecommendationForwarded.type && e.subject === recommendation.id),
    );
    expect(event).toMatchObject({ specversion: '1.0', source: '/hanoi/delegation', datacontenttype: 'application/json' });
    expect(event.data).toEqual({
      recommendationId: recommendation.id,
      text: valid.text,
      category: 'TRANSPORT',
      forwardedOn: '2025-06-20',
      addressedToAgencyId: 'so-giao-thong-van-tai',
      nationalAssemblyDeputyId: deputyId,
    });
    // The Kafka key is the subject, so one recommendation's events stay in order.
    expect(published.keys[published.events.indexOf(event)]).toBe(recommendation.id);
  });

  it('publishes a null deputy when none is named, and lists with filters, newest first', async () => {
    const created = await callSubgraph(delegation.url, forward, {
      input: { text: 'Cử tri phản ánh ô nhiễm sông Tô Lịch', category: 'ENVIRONMENT', forwardedOn: '2025-07-01', addressedToAgencyId: 'so-tai-nguyen-moi-truong' },
    }, callers.delegationClerk);
    expect(created.errors).toBeUndefined();
    const id = created.data!.forwardVoterRecommendation.id;
    expect(created.data!.forwardVoterRecommendation.deputy).toBeNull();
    const event = await eventually(async () => published.events.find((e) => e.subject === id));
    expect(event.data.nationalAssemblyDeputyId).toBeNull();

    const list = async (filter: Record<string, unknown>) => {
      const result = await callSubgraph(
        delegation.url,
        `query($filter: ForwardedVoterRecommendationFilter) { forwardedVoterRecommendations(filter: $filter) {
          totalCount edges { node { category forwardedOn } } } }`,
        { filter },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.forwardedVoterRecommendations;
    };
    const all = await list({});
    expect(all.edges.map((e: { node: { category: string } }) => e.node.category)).toEqual(['ENVIRONMENT', 'TRANSPORT']);
    expect((await list({ category: 'TRANSPORT' })).totalCount).toBe(1);
    expect((await list({ nationalAssemblyDeputyId: deputyId })).totalCount).toBe(1);
    expect((await list({ addressedToAgencyId: 'so-tai-nguyen-moi-truong' })).totalCount).toBe(1);
    expect((await list({ forwardedFrom: '2025-06-21', forwardedTo: '2025-12-31' })).edges).toEqual([
      { node: { category: 'ENVIRONMENT', forwardedOn: '2025-07-01' } },
    ]);

    const read = await callSubgraph(delegation.url, `query($id: ID!) { forwardedVoterRecommendation(id: $id) { id text } }`, { id });
    expect(read.data!.forwardedVoterRecommendation.text).toBe('Cử tri phản ánh ô nhiễm sông Tô Lịch');
  });

  it('refuses an unknown category, a future date and an unknown deputy with the field at fault, and writes nothing', async () => {
    const marker = 'so-khong-ghi';
    const category = await callSubgraph(delegation.url, forward, { input: { ...valid, addressedToAgencyId: marker, category: 'WEATHER' } }, callers.delegationClerk);
    expect(category.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.category' });
    const future = await callSubgraph(delegation.url, forward, { input: { ...valid, addressedToAgencyId: marker, forwardedOn: '2099-01-01' } }, callers.delegationClerk);
    expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.forwardedOn' });
    const deputy = await callSubgraph(delegation.url, forward, {
      input: { ...valid, addressedToAgencyId: marker, nationalAssemblyDeputyId: 'no-such-deputy' },
    }, callers.delegationClerk);
    expect(deputy.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.nationalAssemblyDeputyId' });
    const forbidden = await callSubgraph(delegation.url, forward, { input: { ...valid, addressedToAgencyId: marker } }, callers.councilClerk);
    expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const listed = await callSubgraph(delegation.url, `{ forwardedVoterRecommendations(filter: {addressedToAgencyId: "${marker}"}) { totalCount } }`);
    expect(listed.data!.forwardedVoterRecommendations.totalCount).toBe(0);
  });

  it('resolves forwarded recommendations by reference', async () => {
    const listed = await callSubgraph(delegation.url, '{ forwardedVoterRecommendations { edges { node { id } } } }');
    const ids = listed.data!.forwardedVoterRecommendations.edges.map((e: { node: { id: string } }) => e.node.id);
    const result = await callSubgraph(
      delegation.url,
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ForwardedVoterRecommendation { id category } } }`,
      { representations: ids.map((id: string) => ({ __typename: 'ForwardedVoterRecommendation', id })) },
    );
    expect(result.data!._entities.map((e: { id: string }) => e.id)).toEqual(ids);
  });
});
