import { callSubgraph } from '@hanoi/platform/testing';
import {
  concludeProgramme,
  createProgramme,
  failure,
  ok,
  programmeIn,
  programmeInput,
  staff,
  startProgramme,
  startSupervision,
  type Supervision,
} from './support';

const countAll = `{ supervisionProgrammes(first: 100) { totalCount } }`;

describe('supervision subgraph: programmes', () => {
  let sv: Supervision;
  beforeAll(async () => {
    sv = await startSupervision();
  });
  afterAll(() => sv.stop());

  it('creates a programme led by the caller’s body, reads it back and lists it with filters', async () => {
    const { createSupervisionProgramme: created } = await ok(sv.url, createProgramme, { input: programmeInput() }, staff.councilClerk);
    expect(created).toMatchObject({
      kind: 'THEMATIC',
      status: 'PLANNED',
      year: 2026,
      startsOn: '2026-03-01',
      endsOn: '2026-05-31',
      leadAgency: { id: 'council' },
      supervisedAgencies: [{ id: 'so-xay-dung' }, { id: 'ubnd-phuong-hoan-kiem' }],
      reSupervisionOf: null,
    });
    const frontInput = programmeInput({ leadAgencyId: 'front', kind: 'REGULAR', year: 2025, startsOn: '2025-04-01', endsOn: '2025-04-30', supervisedAgencyIds: ['so-y-te'] });
    const { createSupervisionProgramme: byFront } = await ok(sv.url, createProgramme, { input: frontInput }, staff.frontClerk);

    const read = await ok(sv.url, `query($id: ID!) { supervisionProgramme(id: $id) { id title createdAt } }`, { id: created.id });
    expect(read.supervisionProgramme).toMatchObject({ id: created.id, title: programmeInput().title });

    const list = async (filter: Record<string, unknown>) => {
      const data = await ok(sv.url, `query($filter: SupervisionProgrammeFilter) {
        supervisionProgrammes(filter: $filter) { totalCount edges { node { id } } }
      }`, { filter });
      return data.supervisionProgrammes.edges.map((edge: { node: { id: string } }) => edge.node.id);
    };
    expect(await list({ leadAgencyId: 'council' })).toEqual([created.id]);
    expect(await list({ year: 2025 })).toEqual([byFront.id]);
    expect(await list({ kind: 'REGULAR' })).toEqual([byFront.id]);
    expect(await list({ supervisedAgencyId: 'so-xay-dung' })).toEqual([created.id]);
    expect(await list({ status: 'PLANNED', year: 2026 })).toEqual([created.id]);
    expect(await list({ status: 'CONCLUDED', year: 2026 })).toEqual([]);
    // Latest start first.
    expect((await list({})).slice(0, 2)).toEqual([created.id, byFront.id]);
  });

  it('moves planned → in progress → concluded, and refuses any other move with CONFLICT', async () => {
    const id = await programmeIn(sv.url, 'PLANNED');
    const early = await failure(sv.url, concludeProgramme, { id, input: { concludedOn: '2026-06-01', conclusion: 'KL' } }, staff.councilClerk);
    expect(early.code).toBe('CONFLICT');

    expect((await ok(sv.url, startProgramme, { id }, staff.councilLeader)).startSupervisionProgramme.status).toBe('IN_PROGRESS');
    expect((await failure(sv.url, startProgramme, { id }, staff.councilClerk)).code).toBe('CONFLICT');

    const beforeStart = await failure(sv.url, concludeProgramme, { id, input: { concludedOn: '2026-02-01', conclusion: 'KL' } }, staff.councilClerk);
    expect(beforeStart).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.concludedOn' });
    const future = await failure(sv.url, concludeProgramme, { id, input: { concludedOn: '2099-01-01', conclusion: 'KL' } }, staff.councilClerk);
    expect(future).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.concludedOn' });

    const concluded = await ok(sv.url, concludeProgramme, { id, input: { concludedOn: '2026-06-02', conclusion: 'Kết luận số 5' } }, staff.councilClerk);
    expect(concluded.concludeSupervisionProgramme).toEqual({ id, status: 'CONCLUDED', conclusion: 'Kết luận số 5', concludedOn: '2026-06-02' });
    expect((await failure(sv.url, startProgramme, { id }, staff.councilClerk)).code).toBe('CONFLICT');
    expect((await failure(sv.url, startProgramme, { id: 'no-such-programme' }, staff.councilClerk)).code).toBe('NOT_FOUND');
  });

  it('lets only the lead body move its programme', async () => {
    const id = await programmeIn(sv.url, 'PLANNED');
    expect((await failure(sv.url, startProgramme, { id }, staff.frontClerk)).code).toBe('FORBIDDEN');
    expect((await failure(sv.url, startProgramme, { id }, staff.councilViewer)).code).toBe('FORBIDDEN');
    const read = await ok(sv.url, `query($id: ID!) { supervisionProgramme(id: $id) { status } }`, { id });
    expect(read.supervisionProgramme.status).toBe('PLANNED');
  });

  it('refuses endsOn before startsOn with the field, and writes nothing', async () => {
    const before = (await ok(sv.url, countAll)).supervisionProgrammes.totalCount;
    const error = await failure(sv.url, createProgramme, { input: programmeInput({ endsOn: '2026-02-28' }) }, staff.councilClerk);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsOn' });
    const empty = await failure(sv.url, createProgramme, { input: programmeInput({ title: '  ', supervisedAgencyIds: [] }) }, staff.councilClerk);
    expect(empty.field).toBe('input.title');
    expect(empty.problems.map((p: { field: string }) => p.field)).toContain('input.supervisedAgencyIds');
    expect((await ok(sv.url, countAll)).supervisionProgrammes.totalCount).toBe(before);
  });

  it('links a re-supervision (tái giám sát) to a concluded original, and refuses one without it', async () => {
    const before = (await ok(sv.url, countAll)).supervisionProgrammes.totalCount;
    const missing = await failure(sv.url, createProgramme, { input: programmeInput({ kind: 'RE_SUPERVISION' }) }, staff.councilClerk);
    expect(missing).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reSupervisionOfId' });
    const unknown = await failure(sv.url, createProgramme, { input: programmeInput({ kind: 'RE_SUPERVISION', reSupervisionOfId: 'nope' }) }, staff.councilClerk);
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', field: 'input.reSupervisionOfId' });
    const notRe = await failure(sv.url, createProgramme, { input: programmeInput({ kind: 'THEMATIC', reSupervisionOfId: 'nope' }) }, staff.councilClerk);
    expect(notRe).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reSupervisionOfId' });
    expect((await ok(sv.url, countAll)).supervisionProgrammes.totalCount).toBe(before);

    const running = await programmeIn(sv.url, 'IN_PROGRESS');
    const tooEarly = await failure(sv.url, createProgramme, { input: programmeInput({ kind: 'RE_SUPERVISION', reSupervisionOfId: running }) }, staff.councilClerk);
    expect(tooEarly).toMatchObject({ code: 'CONFLICT', field: 'input.reSupervisionOfId' });

    const original = await programmeIn(sv.url, 'CONCLUDED');
    const reInput = programmeInput({ kind: 'RE_SUPERVISION', reSupervisionOfId: original, year: 2027, startsOn: '2027-03-01', endsOn: '2027-03-31' });
    const { createSupervisionProgramme: re } = await ok(sv.url, createProgramme, { input: reInput }, staff.councilClerk);
    expect(re.reSupervisionOf).toEqual({ id: original });
    const back = await ok(sv.url, `query($id: ID!) { supervisionProgramme(id: $id) { reSupervisions { id kind } } }`, { id: original });
    expect(back.supervisionProgramme.reSupervisions).toEqual([{ id: re.id, kind: 'RE_SUPERVISION' }]);
  });

  it('forbids a committee clerk, and a supervising body planning for another body', async () => {
    const before = (await ok(sv.url, countAll)).supervisionProgrammes.totalCount;
    expect((await failure(sv.url, createProgramme, { input: programmeInput() }, staff.committeeClerk)).code).toBe('FORBIDDEN');
    expect((await failure(sv.url, createProgramme, { input: programmeInput({ leadAgencyId: 'front' }) }, staff.councilClerk)).code).toBe('FORBIDDEN');
    expect((await failure(sv.url, createProgramme, { input: programmeInput() }, staff.councilViewer)).code).toBe('FORBIDDEN');
    expect((await ok(sv.url, countAll)).supervisionProgrammes.totalCount).toBe(before);
    const delegation = await ok(sv.url, createProgramme, { input: programmeInput({ leadAgencyId: 'delegation' }) }, staff.delegationClerk);
    expect(delegation.createSupervisionProgramme.leadAgency.id).toBe('delegation');
  });

  it('pages with cursors and caps the page size', async () => {
    const first = await ok(sv.url, `{ supervisionProgrammes(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
    const page = first.supervisionProgrammes;
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await ok(sv.url, `query($after: String) { supervisionProgrammes(first: 100, after: $after) { edges { node { id } } } }`, {
      after: page.pageInfo.endCursor,
    });
    const ids = [...page.edges, ...next.supervisionProgrammes.edges].map((edge: { node: { id: string } }) => edge.node.id);
    expect(new Set(ids).size).toBe(page.totalCount);
    const capped = await failure(sv.url, '{ supervisionProgrammes(first: 101) { totalCount } }');
    expect(capped).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('resolves programmes by reference and refuses callers without the gateway token', async () => {
    const id = await programmeIn(sv.url, 'PLANNED');
    const entities = await ok(sv.url, `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on SupervisionProgramme { id status } } }`, {
      reps: [{ __typename: 'SupervisionProgramme', id }, { __typename: 'SupervisionProgramme', id: 'missing' }],
    });
    expect(entities._entities).toEqual([{ id, status: 'PLANNED' }, null]);
    const anonymous = await callSubgraph(sv.url, countAll, {}, null);
    expect(anonymous.status).toBe(401);
  });
});
