import type { Caller } from '@hanoi/platform';
import { scrapeMetrics } from '@hanoi/platform/testing';
import { capturingLogger, startGatewayOnStubs, startStubSubgraphs, type StubBehaviour, type StubSubgraphs } from './support';

const analyst: Caller = { subject: 'council-analyst', agency: 'council', roles: ['analyst'] };

/** One agency's page across five subgraphs: committee holds the agency, each other one adds a field. */
const agencyPage = `{ agency(id: "committee") {
  name
  openCaseCount
  agendaItems { id }
  consultationsOwed { id }
  supervisionRecommendations { id }
} }`;

const entities = (fields: Record<string, unknown>): StubBehaviour => ({
  answer: ({ variables }) => ({ data: { _entities: (variables.representations as unknown[]).map(() => ({ __typename: 'Agency', ...fields })) } }),
});
const healthy: Record<string, StubBehaviour> = {
  committee: { answer: () => ({ data: { agency: { __typename: 'Agency', id: 'committee', name: 'Ủy ban nhân dân thành phố Hà Nội' } } }) },
  petitions: entities({ openCaseCount: 3 }),
  council: entities({ agendaItems: [{ id: 'agenda-1' }] }),
  delegation: entities({ consultationsOwed: [] }),
  supervision: entities({ supervisionRecommendations: [{ id: 'rec-1' }] }),
};
const complete = {
  name: 'Ủy ban nhân dân thành phố Hà Nội',
  openCaseCount: 3,
  agendaItems: [{ id: 'agenda-1' }],
  consultationsOwed: [],
  supervisionRecommendations: [{ id: 'rec-1' }],
};

/** The field of the agency page each subgraph adds. */
const fieldOf = { petitions: 'openCaseCount', council: 'agendaItems', delegation: 'consultationsOwed', supervision: 'supervisionRecommendations' } as const;

describe('a subgraph that is down, frozen or answers garbage costs only its own fields', () => {
  let stubs: StubSubgraphs;
  let gateway: Awaited<ReturnType<typeof startGatewayOnStubs>>;
  const logs = capturingLogger();

  beforeAll(async () => {
    stubs = await startStubSubgraphs(healthy);
    // delegation at a closed port: every fetch there is refused. A short timeout of their own for the two that freeze.
    gateway = await startGatewayOnStubs(
      stubs,
      { SUBGRAPH_DELEGATION_URL: 'http://127.0.0.1:1/graphql', SUBGRAPH_PETITIONS_TIMEOUT_MS: '1000', SUBGRAPH_COUNCIL_TIMEOUT_MS: '1000' },
      logs.logger,
    );
    // Warmed up: the first request plans the query.
    await gateway.query(analyst, agencyPage);
  });
  afterAll(async () => {
    await gateway?.app.stop();
    await stubs?.close();
  });
  afterEach(() => Object.entries(healthy).forEach(([name, behaviour]) => stubs.set(name, behaviour)));

  it.each<[keyof typeof fieldOf, StubBehaviour, string]>([
    ['delegation', healthy.delegation!, 'FETCH_FAILED'],
    ['petitions', { fail: 'hang' }, 'TIMEOUT'],
    ['council', { fail: 'half-body' }, 'TIMEOUT'],
    ['supervision', { fail: 'reset' }, 'FETCH_FAILED'],
    ['petitions', { fail: 'not-json' }, 'INVALID_RESPONSE'],
    ['council', { fail: 'wrong-shape' }, 'INVALID_RESPONSE'],
    ['supervision', { answer: () => ({ data: { _entities: [] } }) }, 'INVALID_RESPONSE'],
    ['petitions', { answer: () => ({ unexpected: true }) }, 'INVALID_RESPONSE'],
    ['supervision', { status: 503 }, 'HTTP_503'],
    ['council', { status: 500, body: { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } }, 'HTTP_500'],
  ])('%s: %j → its field null, SUBGRAPH_UNAVAILABLE (%s), the rest served', async (subgraph, behaviour, reason) => {
    stubs.set(subgraph, behaviour);
    const began = Date.now();
    const answer = await gateway.query(analyst, agencyPage);
    // Bounded by the fetch timeout (1 s for those that freeze), with slack for a loaded machine.
    expect(Date.now() - began).toBeLessThan(4_000);
    expect(answer.status).toBe(200);
    const expected: Record<string, unknown> = { ...complete, [fieldOf[subgraph]]: null };
    // delegation is unreachable throughout.
    if (subgraph !== 'delegation') expected.consultationsOwed = null;
    expect(answer.data).toEqual({ agency: expected });
    const unavailable = answer.errors!.filter((error) => error.extensions?.serviceName === subgraph);
    expect(unavailable).toEqual([
      { message: expect.stringContaining(`The ${subgraph} subgraph is unavailable`), extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: subgraph, reason } },
    ]);
    expect(answer.errors!.every((error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE')).toBe(true);
  });

  it('with the entity’s own subgraph down, the entity is null and the error names that subgraph', async () => {
    stubs.set('committee', { status: 502 });
    const answer = await gateway.query(analyst, agencyPage);
    expect(answer.data).toEqual({ agency: null });
    expect(answer.errors).toEqual([expect.objectContaining({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'committee', reason: 'HTTP_502' } })]);
  });

  it('passes a subgraph’s coded refusal on, and still masks what is no unavailability', async () => {
    stubs.set('petitions', { status: 400, body: { errors: [{ message: 'Not a calendar day', extensions: { code: 'BAD_USER_INPUT', field: 'on' } }] } });
    const refused = await gateway.query(analyst, agencyPage);
    expect(refused.errors).toContainEqual(expect.objectContaining({ message: 'Not a calendar day', extensions: { code: 'BAD_USER_INPUT', field: 'on' } }));
    // A subgraph's own unexpected error, answered as GraphQL, stays masked (its cause is in the subgraph's log).
    stubs.set('petitions', { answer: () => ({ data: null, errors: [{ message: 'connection pool closed', path: ['_entities'] }] }) });
    const failed = await gateway.query(analyst, agencyPage);
    expect(failed.data!.agency.openCaseCount).toBeNull();
    expect(failed.errors).toContainEqual(expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'petitions' } }));
    expect(JSON.stringify(failed.errors)).not.toContain('connection pool closed');
  });

  it('counts each unavailability by why on /metrics, and logs it (at most one line per subgraph every 10 s)', async () => {
    stubs.set('supervision', { fail: 'not-json' });
    const before = await scrapeMetrics(gateway.metricsUrl);
    const linesBefore = logs.lines.length;
    await gateway.query(analyst, agencyPage);
    await gateway.query(analyst, agencyPage);
    const after = await scrapeMetrics(gateway.metricsUrl);
    const count = (scrape: typeof after, subgraph: string, code: string) => scrape.sum('subgraph_fetch_errors_total', { subgraph, code });
    expect(count(after, 'supervision', 'INVALID_RESPONSE') - count(before, 'supervision', 'INVALID_RESPONSE')).toBe(2);
    expect(count(after, 'delegation', 'FETCH_FAILED') - count(before, 'delegation', 'FETCH_FAILED')).toBe(2);
    const lines = (from: number) => logs.lines.slice(from).filter((line) => line.msg === 'subgraph unavailable');
    expect(lines(0)).toContainEqual(expect.objectContaining({ subgraph: 'supervision', reason: expect.any(String), requestId: expect.any(String) }));
    // Two failed fetches each, in well under 10 s: one line at most (the next says how many it did not log).
    expect(lines(linesBefore).filter((line) => line.subgraph === 'supervision').length).toBeLessThanOrEqual(1);
    expect(lines(linesBefore).filter((line) => line.subgraph === 'delegation').length).toBeLessThanOrEqual(1);
    expect(lines(0).filter((line) => line.subgraph === 'delegation').length).toBeLessThan(count(after, 'delegation', 'FETCH_FAILED'));
  });
});
