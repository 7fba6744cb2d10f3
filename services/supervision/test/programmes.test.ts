import { supervisionEvents } from '@hanoi/contracts';
import { callSubgraph, eventually } from '@hanoi/platform/testing';
import {
  collectSupervisionEvents,
  conclude,
  concludeProgramme,
  createProgramme,
  daysFromToday,
  failure,
  ok,
  programmeIn,
  programmeInput,
  recommendationOf,
  reportImplementation,
  staff,
  startProgramme,
  startSupervision,
  type Supervision,
} from './support';

const countAll = `{ supervisionProgrammes(first: 100) { totalCount } }`;
const recordFinding = `mutation($id: ID!, $input: RecordProgrammeFindingInput!) {
  recordProgrammeFinding(id: $id, input: $input) { id status findings { agency { id } finding recordedOn } }
}`;
const programmeQuery = `query($id: ID!) {
  supervisionProgramme(id: $id) {
    id kind status reSupervisionOf { id } reviewedRecommendations { id status resolved } reSupervisions { id kind }
    recommendations { id } findings { agency { id } finding recordedOn }
  }
}`;
const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

describe('supervision subgraph: programmes', () => {
  let sv: Supervision;
  let events: Awaited<ReturnType<typeof collectSupervisionEvents>>;
  beforeAll(async () => {
    sv = await startSupervision();
    events = await collectSupervisionEvents(sv);
  });
  afterAll(async () => {
    await events.stop();
    await sv.stop();
  });

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
      reviewedRecommendations: [],
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

    const published = await eventually(async () => events.events.find((event) => event.subject === created.id));
    expect(published.type).toBe(supervisionEvents.programmeCreated.type);
    expect(supervisionEvents.programmeCreated.parse(published)).toMatchObject({ supervisionProgrammeId: created.id, kind: 'THEMATIC', reviewedRecommendationIds: [] });
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

  it('forbids a committee clerk, and a supervising body planning for another body', async () => {
    const before = (await ok(sv.url, countAll)).supervisionProgrammes.totalCount;
    expect((await failure(sv.url, createProgramme, { input: programmeInput() }, staff.committeeClerk)).code).toBe('FORBIDDEN');
    expect((await failure(sv.url, createProgramme, { input: programmeInput({ leadAgencyId: 'front' }) }, staff.councilClerk)).code).toBe('FORBIDDEN');
    expect((await failure(sv.url, createProgramme, { input: programmeInput() }, staff.councilViewer)).code).toBe('FORBIDDEN');
    expect((await ok(sv.url, countAll)).supervisionProgrammes.totalCount).toBe(before);
    const delegation = await ok(sv.url, createProgramme, { input: programmeInput({ leadAgencyId: 'delegation' }) }, staff.delegationClerk);
    expect(delegation.createSupervisionProgramme.leadAgency.id).toBe('delegation');
  });

  describe('surveys (khảo sát) and findings', () => {
    let surveyId: string;
    beforeAll(async () => {
      const input = programmeInput({ kind: 'SURVEY', leadAgencyId: 'front', title: 'Khảo sát công tác tiếp công dân tại UBND phường', supervisedAgencyIds: ['ubnd-phuong-hoan-kiem', 'so-xay-dung'] });
      const { createSupervisionProgramme: survey } = await ok(sv.url, createProgramme, { input }, staff.frontClerk);
      expect(survey).toMatchObject({ kind: 'SURVEY', leadAgency: { id: 'front' } });
      surveyId = survey.id;
    });

    it('records findings only while the survey is under way', async () => {
      const input = { agencyId: 'ubnd-phuong-hoan-kiem', finding: 'Sổ tiếp công dân ghi chép chưa đầy đủ', recordedOn: '2026-03-10' };
      expect(await failure(sv.url, recordFinding, { id: surveyId, input }, staff.frontClerk)).toMatchObject({ code: 'CONFLICT', field: 'id' });
      await ok(sv.url, startProgramme, { id: surveyId }, staff.frontClerk);

      const first = await ok(sv.url, recordFinding, { id: surveyId, input }, staff.frontClerk);
      const whole = { agencyId: null, finding: 'Quy trình tiếp nhận đơn thư chưa thống nhất giữa các đơn vị', recordedOn: '2026-03-12' };
      const second = await ok(sv.url, recordFinding, { id: surveyId, input: whole }, staff.frontClerk);
      expect(first.recordProgrammeFinding.findings).toEqual([{ agency: { id: 'ubnd-phuong-hoan-kiem' }, finding: input.finding, recordedOn: '2026-03-10' }]);
      expect(second.recordProgrammeFinding).toEqual({
        id: surveyId,
        status: 'IN_PROGRESS',
        findings: [
          { agency: { id: 'ubnd-phuong-hoan-kiem' }, finding: input.finding, recordedOn: '2026-03-10' },
          { agency: null, finding: whole.finding, recordedOn: '2026-03-12' },
        ],
      });

      const recorded = await eventually(async () => {
        const found = events.events.filter((event) => event.subject === surveyId && event.type === supervisionEvents.programmeFindingRecorded.type);
        return found.length === 2 && found;
      });
      expect(recorded.map((event) => supervisionEvents.programmeFindingRecorded.parse(event))).toEqual([
        { supervisionProgrammeId: surveyId, agencyId: 'ubnd-phuong-hoan-kiem', recordedOn: new Date('2026-03-10T00:00:00Z') },
        { supervisionProgrammeId: surveyId, agencyId: null, recordedOn: new Date('2026-03-12T00:00:00Z') },
      ]);

      // A survey's recommendations follow like a supervision's.
      const recommendation = await recommendationOf(sv.url, surveyId, 'ubnd-phuong-hoan-kiem', '2026-12-31');
      const read = await ok(sv.url, programmeQuery, { id: surveyId });
      expect(ids(read.supervisionProgramme.recommendations)).toEqual([recommendation]);

      await conclude(sv.url, surveyId);
      expect(await failure(sv.url, recordFinding, { id: surveyId, input }, staff.frontClerk)).toMatchObject({ code: 'CONFLICT', field: 'id' });
      expect((await ok(sv.url, programmeQuery, { id: surveyId })).supervisionProgramme.findings).toHaveLength(2);
    });

    it('refuses findings from another body, about an agency not supervised, or on a day out of range', async () => {
      const id = await programmeIn(sv.url, 'IN_PROGRESS', { kind: 'SURVEY', leadAgencyId: 'front' });
      const input = { agencyId: 'so-xay-dung', finding: 'Chưa công khai kết quả xử lý vi phạm', recordedOn: '2026-04-01' };
      expect((await failure(sv.url, recordFinding, { id, input }, staff.councilClerk)).code).toBe('FORBIDDEN');
      expect((await failure(sv.url, recordFinding, { id, input }, staff.constructionHandler)).code).toBe('FORBIDDEN');
      expect(await failure(sv.url, recordFinding, { id, input: { ...input, agencyId: 'so-y-te' } }, staff.frontClerk)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.agencyId' });
      expect(await failure(sv.url, recordFinding, { id, input: { ...input, recordedOn: '2026-02-28' } }, staff.frontClerk)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recordedOn' });
      expect(await failure(sv.url, recordFinding, { id, input: { ...input, recordedOn: daysFromToday(1) } }, staff.frontClerk)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recordedOn' });
      expect(await failure(sv.url, recordFinding, { id, input: { ...input, finding: ' ' } }, staff.frontClerk)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.finding' });
      expect((await failure(sv.url, recordFinding, { id: 'missing', input }, staff.frontClerk)).code).toBe('NOT_FOUND');
      expect((await ok(sv.url, programmeQuery, { id })).supervisionProgramme.findings).toEqual([]);
    });
  });

  describe('re-supervision (tái giám sát)', () => {
    const reInput = (reSupervisionOfId: string, overrides: Record<string, unknown> = {}) =>
      programmeInput({ kind: 'RE_SUPERVISION', reSupervisionOfId, year: 2027, startsOn: '2026-11-01', endsOn: '2027-03-31', ...overrides });
    const report = (id: string, status: string) =>
      ok(sv.url, reportImplementation, { id, input: { status, report: 'Báo cáo kết quả thực hiện kiến nghị', reportedOn: '2026-07-01' } });

    it('links a re-supervision to a concluded original, and refuses one without it', async () => {
      const before = (await ok(sv.url, countAll)).supervisionProgrammes.totalCount;
      const missing = await failure(sv.url, createProgramme, { input: programmeInput({ kind: 'RE_SUPERVISION' }) }, staff.councilClerk);
      expect(missing).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reSupervisionOfId' });
      const unknown = await failure(sv.url, createProgramme, { input: reInput('nope') }, staff.councilClerk);
      expect(unknown).toMatchObject({ code: 'NOT_FOUND', field: 'input.reSupervisionOfId' });
      const notRe = await failure(sv.url, createProgramme, { input: programmeInput({ kind: 'THEMATIC', reSupervisionOfId: 'nope' }) }, staff.councilClerk);
      expect(notRe).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reSupervisionOfId' });

      const running = await programmeIn(sv.url, 'IN_PROGRESS');
      await recommendationOf(sv.url, running, 'so-xay-dung', '2026-09-30');
      const tooEarly = await failure(sv.url, createProgramme, { input: reInput(running) }, staff.councilClerk);
      expect(tooEarly).toMatchObject({ code: 'CONFLICT', field: 'input.reSupervisionOfId' });
      // A concluded programme whose recommendations are all resolved leaves nothing to re-examine.
      const allDone = await programmeIn(sv.url, 'CONCLUDED');
      await report(await recommendationOf(sv.url, allDone, 'so-xay-dung', '2026-09-30'), 'IMPLEMENTED');
      expect(await failure(sv.url, createProgramme, { input: reInput(allDone) }, staff.councilClerk)).toMatchObject({ code: 'CONFLICT', field: 'input.reSupervisionOfId' });
      expect((await ok(sv.url, countAll)).supervisionProgrammes.totalCount).toBe(before + 2);
    });

    it('re-examines by default every unresolved recommendation of the original', async () => {
      const original = await programmeIn(sv.url, 'CONCLUDED');
      const issued = await recommendationOf(sv.url, original, 'so-xay-dung', '2026-09-30');
      const partly = await recommendationOf(sv.url, original, 'ubnd-phuong-hoan-kiem', '2026-08-31');
      const implemented = await recommendationOf(sv.url, original, 'so-xay-dung', '2026-07-31');
      await report(partly, 'PARTIALLY_IMPLEMENTED');
      await report(implemented, 'IMPLEMENTED');

      const { createSupervisionProgramme: re } = await ok(sv.url, createProgramme, { input: reInput(original) }, staff.councilClerk);
      expect(re.reSupervisionOf).toEqual({ id: original });
      expect(ids(re.reviewedRecommendations).sort()).toEqual([issued, partly].sort());
      const read = await ok(sv.url, programmeQuery, { id: re.id });
      expect(read.supervisionProgramme.reviewedRecommendations).toEqual(
        expect.arrayContaining([
          { id: issued, status: 'ISSUED', resolved: false },
          { id: partly, status: 'PARTIALLY_IMPLEMENTED', resolved: false },
        ]),
      );
      const back = await ok(sv.url, programmeQuery, { id: original });
      expect(back.supervisionProgramme.reSupervisions).toEqual([{ id: re.id, kind: 'RE_SUPERVISION' }]);

      const created = await eventually(async () => events.events.find((event) => event.subject === re.id));
      expect(supervisionEvents.programmeCreated.parse(created).reviewedRecommendationIds.sort()).toEqual([issued, partly].sort());
    });

    it('takes an explicit selection of unresolved recommendations of concluded programmes, and refuses the others with their position', async () => {
      const original = await programmeIn(sv.url, 'CONCLUDED');
      const earlier = await programmeIn(sv.url, 'CONCLUDED', { title: 'Giám sát công tác bồi thường, giải phóng mặt bằng' });
      const running = await programmeIn(sv.url, 'IN_PROGRESS');
      const fromOriginal = await recommendationOf(sv.url, original, 'so-xay-dung', '2026-09-30');
      await recommendationOf(sv.url, original, 'so-xay-dung', '2026-10-31');
      const fromEarlier = await recommendationOf(sv.url, earlier, 'ubnd-phuong-hoan-kiem', '2026-08-31');
      const resolved = await recommendationOf(sv.url, earlier, 'so-xay-dung', '2026-08-31');
      await report(resolved, 'IMPLEMENTED');
      const ofRunning = await recommendationOf(sv.url, running, 'so-xay-dung', '2026-09-30');
      const before = (await ok(sv.url, countAll)).supervisionProgrammes.totalCount;

      const withResolved = await failure(sv.url, createProgramme, { input: reInput(original, { recommendationIds: [fromOriginal, resolved] }) }, staff.councilClerk);
      expect(withResolved).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recommendationIds.1' });
      const withRunning = await failure(sv.url, createProgramme, { input: reInput(original, { recommendationIds: [ofRunning, fromOriginal] }) }, staff.councilClerk);
      expect(withRunning).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recommendationIds.0' });
      const withUnknown = await failure(sv.url, createProgramme, { input: reInput(original, { recommendationIds: [fromOriginal, fromEarlier, 'missing'] }) }, staff.councilClerk);
      expect(withUnknown).toMatchObject({ code: 'NOT_FOUND', field: 'input.recommendationIds.2' });
      const onThematic = await failure(sv.url, createProgramme, { input: programmeInput({ recommendationIds: [fromOriginal] }) }, staff.councilClerk);
      expect(onThematic).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recommendationIds' });
      expect((await ok(sv.url, countAll)).supervisionProgrammes.totalCount).toBe(before);

      const { createSupervisionProgramme: re } = await ok(sv.url, createProgramme, { input: reInput(original, { recommendationIds: [fromEarlier, fromOriginal] }) }, staff.councilClerk);
      expect(ids(re.reviewedRecommendations)).toEqual([fromEarlier, fromOriginal]);
    });
  });

  it('pages with cursors and caps the page size', async () => {
    const first = await ok(sv.url, `{ supervisionProgrammes(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
    const page = first.supervisionProgrammes;
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await ok(sv.url, `query($after: String) { supervisionProgrammes(first: 100, after: $after) { edges { node { id } } } }`, {
      after: page.pageInfo.endCursor,
    });
    const all = [...page.edges, ...next.supervisionProgrammes.edges].map((edge: { node: { id: string } }) => edge.node.id);
    expect(new Set(all).size).toBe(page.totalCount);
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
