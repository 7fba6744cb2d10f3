import { delegationEvents } from '@hanoi/contracts';
import { callSubgraph, callers, eventually } from '@hanoi/platform/testing';
import { addDeputy, collectPublishedEvents, createDeputy, startDelegation, type Delegation } from './support';

const term = 'XV (2021-2026)';
const valid = { fullName: 'Nguyễn Thị Đào', constituency: 3, term, fullTime: true, workplace: 'Ủy ban Pháp luật của Quốc hội', candidateId: 'candidate-dao' };

describe('delegation subgraph: National Assembly deputies', () => {
  let delegation: Delegation;
  let published: Awaited<ReturnType<typeof collectPublishedEvents>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    delegation = await startDelegation();
    published = await collectPublishedEvents(delegation);
    ids.dao = await addDeputy(delegation.url, valid);
    ids.minh = await addDeputy(delegation.url, { fullName: 'Trần Văn Minh', constituency: 1, term, fullTime: false, candidateId: 'candidate-minh' });
    ids.lan = await addDeputy(delegation.url, { fullName: 'Lê Thị Lan', constituency: 3, term, fullTime: false, workplace: 'Bệnh viện Bạch Mai' });
    ids.old = await addDeputy(delegation.url, { fullName: 'Phạm Quang Huy', constituency: 3, term: 'XIV (2016-2021)', fullTime: true });
  });
  afterAll(async () => {
    await published.stop();
    await delegation.stop();
  });

  it('resolves several deputies by reference in one database query', async () => {
    const before = await delegation.settledCommandCount();
    const result = await callSubgraph(
      delegation.url,
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on NationalAssemblyDeputy { id fullName constituency } } }`,
      {
        representations: [ids.dao, ids.minh, ids.lan, 'no-such-deputy'].map((id) => ({ __typename: 'NationalAssemblyDeputy', id })),
      },
    );
    const after = delegation.app.runtime.database.commandCount();
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((e: { fullName?: string } | null) => e?.fullName ?? null)).toEqual([
      'Nguyễn Thị Đào',
      'Trần Văn Minh',
      'Lê Thị Lan',
      null,
    ]);
    expect(after - before).toBe(1);
  });

  it('creates a deputy and reads it back with the constituency name and the candidate elected', async () => {
    const result = await callSubgraph(
      delegation.url,
      `query($id: ID!) { nationalAssemblyDeputy(id: $id) { id fullName constituency constituencyName term fullTime workplace candidate { id } createdAt } }`,
      { id: ids.dao },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.nationalAssemblyDeputy).toMatchObject({
      id: ids.dao,
      fullName: 'Nguyễn Thị Đào',
      constituency: 3,
      constituencyName: 'Đơn vị bầu cử số 3',
      term,
      fullTime: true,
      workplace: 'Ủy ban Pháp luật của Quốc hội',
      candidate: { id: 'candidate-dao' },
    });
    const minh = await callSubgraph(delegation.url, `query($id: ID!) { nationalAssemblyDeputy(id: $id) { workplace } }`, { id: ids.minh });
    expect(minh.data!.nationalAssemblyDeputy.workplace).toBeNull();
    const lan = await callSubgraph(delegation.url, `query($id: ID!) { nationalAssemblyDeputy(id: $id) { candidate { id } } }`, { id: ids.lan });
    expect(lan.data!.nationalAssemblyDeputy.candidate).toBeNull();

    const created = await eventually(async () => published.events.find((e) => e.type === delegationEvents.nationalAssemblyDeputyCreated.type && e.subject === ids.dao));
    expect(delegationEvents.nationalAssemblyDeputyCreated.parse(created)).toEqual({
      nationalAssemblyDeputyId: ids.dao,
      fullName: 'Nguyễn Thị Đào',
      constituency: 3,
      term,
      fullTime: true,
      workplace: 'Ủy ban Pháp luật của Quốc hội',
      candidateId: 'candidate-dao',
    });
  });

  it('refuses a second deputy for a candidate already elected (CONFLICT on the field), writing nothing', async () => {
    const again = await callSubgraph(delegation.url, createDeputy, {
      input: { fullName: 'Bùi Thanh Hà', constituency: 6, term, fullTime: false, candidateId: 'candidate-minh' },
    }, callers.delegationClerk);
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.candidateId' });
    const listed = await callSubgraph(delegation.url, '{ nationalAssemblyDeputies(filter: {search: "bui thanh ha"}) { totalCount } }');
    expect(listed.data!.nationalAssemblyDeputies.totalCount).toBe(0);
  });

  it("resolves several candidates' elected deputies in one database query", async () => {
    const before = await delegation.settledCommandCount();
    const result = await callSubgraph(
      delegation.url,
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Candidate { id electedNationalAssemblyDeputy { id fullName } } } }`,
      { representations: ['candidate-dao', 'candidate-minh', 'candidate-unknown'].map((id) => ({ __typename: 'Candidate', id })) },
    );
    expect(delegation.app.runtime.database.commandCount() - before).toBe(1);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      { id: 'candidate-dao', electedNationalAssemblyDeputy: { id: ids.dao, fullName: 'Nguyễn Thị Đào' } },
      { id: 'candidate-minh', electedNationalAssemblyDeputy: { id: ids.minh, fullName: 'Trần Văn Minh' } },
      { id: 'candidate-unknown', electedNationalAssemblyDeputy: null },
    ]);
  });

  it('lists deputies by constituency then name, and filters by constituency, term, fullTime and search', async () => {
    const list = async (filter: Record<string, unknown>) => {
      const result = await callSubgraph(
        delegation.url,
        `query($filter: NationalAssemblyDeputyFilter) { nationalAssemblyDeputies(filter: $filter) { totalCount edges { node { id } } } }`,
        { filter },
      );
      expect(result.errors).toBeUndefined();
      const connection = result.data!.nationalAssemblyDeputies;
      expect(connection.totalCount).toBe(connection.edges.length);
      return connection.edges.map((edge: { node: { id: string } }) => edge.node.id);
    };
    expect(await list({})).toEqual([ids.minh, ids.lan, ids.dao, ids.old]);
    expect(await list({ constituency: 3, term })).toEqual([ids.lan, ids.dao]);
    expect(await list({ fullTime: true })).toEqual([ids.dao, ids.old]);
    expect(await list({ term: 'XIV (2016-2021)' })).toEqual([ids.old]);
    // Without diacritics and in another case, "đào" is still found; regex characters are taken literally.
    expect(await list({ search: 'thi DAO' })).toEqual([ids.dao]);
    expect(await list({ search: 'Lê' })).toEqual([ids.lan]);
    expect(await list({ search: '.*' })).toEqual([]);
  });

  it('pages with cursors and caps page sizes', async () => {
    const page = `query($after: String) { nationalAssemblyDeputies(first: 3, after: $after) {
      edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const first = await callSubgraph(delegation.url, page, {});
    expect(first.data!.nationalAssemblyDeputies.pageInfo.hasNextPage).toBe(true);
    const second = await callSubgraph(delegation.url, page, { after: first.data!.nationalAssemblyDeputies.pageInfo.endCursor });
    expect(second.data!.nationalAssemblyDeputies.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids.old]);
    expect(second.data!.nationalAssemblyDeputies.pageInfo.hasNextPage).toBe(false);

    const capped = await callSubgraph(delegation.url, '{ nationalAssemblyDeputies(first: 101) { totalCount } }');
    expect(capped.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses constituency 11 and a malformed term with the field at fault, and writes nothing', async () => {
    const eleven = await callSubgraph(delegation.url, createDeputy, { input: { ...valid, fullName: 'Đỗ Văn A', constituency: 11 } }, callers.delegationClerk);
    expect(eleven.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.constituency' });
    const zero = await callSubgraph(delegation.url, createDeputy, { input: { ...valid, fullName: 'Đỗ Văn A', constituency: 0 } }, callers.delegationClerk);
    expect(zero.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.constituency' });
    const badTerm = await callSubgraph(delegation.url, createDeputy, { input: { ...valid, fullName: 'Đỗ Văn A', term: '2021-2026' } }, callers.delegationClerk);
    expect(badTerm.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.term' });
    const blank = await callSubgraph(delegation.url, createDeputy, { input: { ...valid, fullName: '   ' } }, callers.delegationClerk);
    expect(blank.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fullName' });

    const listed = await callSubgraph(delegation.url, '{ nationalAssemblyDeputies(filter: {search: "do van a"}) { totalCount } }');
    expect(listed.data!.nationalAssemblyDeputies.totalCount).toBe(0);
  });

  it('refuses the same person twice for one constituency and term', async () => {
    const again = await callSubgraph(delegation.url, createDeputy, { input: { ...valid, candidateId: null } }, callers.delegationClerk);
    expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(again.errors![0]!.message).toMatch(/already exists/);
  });

  it('lets only delegation staff add deputies, and needs the gateway token to read', async () => {
    const council = await callSubgraph(delegation.url, createDeputy, { input: { ...valid, fullName: 'Vũ Văn B' } }, callers.councilClerk);
    expect(council.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const analyst = await callSubgraph(delegation.url, createDeputy, { input: { ...valid, fullName: 'Vũ Văn B' } }, { ...callers.analyst, agency: 'delegation' });
    expect(analyst.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const listed = await callSubgraph(delegation.url, '{ nationalAssemblyDeputies(filter: {search: "vu van b"}) { totalCount } }');
    expect(listed.data!.nationalAssemblyDeputies.totalCount).toBe(0);

    const anonymous = await callSubgraph(delegation.url, '{ nationalAssemblyDeputies { totalCount } }', {}, null);
    expect(anonymous.status).toBe(401);
  });
});
