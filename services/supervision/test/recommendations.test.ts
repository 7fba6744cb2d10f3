import { eventually } from '@hanoi/platform/testing';
import { formatCalendarDate, hanoiToday } from '@hanoi/platform';
import { addRecommendation, collectEvents, failure, ok, programmeIn, staff, startSupervision, startTestBus, type Supervision } from './support';

const report = `mutation($id: ID!, $input: ReportRecommendationImplementationInput!) {
  reportRecommendationImplementation(id: $id, input: $input) { id status implementationReport reportedOn overdue }
}`;
const daysFromToday = (days: number) => formatCalendarDate(new Date(hanoiToday().getTime() + days * 86_400_000));

describe('supervision subgraph: post-supervision recommendations', () => {
  let sv: Supervision;
  let bus: Awaited<ReturnType<typeof startTestBus>>;
  let events: Awaited<ReturnType<typeof collectEvents>>;
  let programmeId: string;
  const add = async (addressedToAgencyId: string, dueOn: string, text = 'Kiểm tra, xử lý dứt điểm công trình vi phạm trật tự xây dựng') =>
    (await ok(sv.url, addRecommendation, { input: { programmeId, addressedToAgencyId, text, dueOn } }, staff.councilClerk))
      .addSupervisionRecommendation as { id: string; status: string; overdue: boolean; dueOn: string };

  beforeAll(async () => {
    sv = await startSupervision();
    bus = await startTestBus('supervision-recommendations-test');
    events = await collectEvents(bus, sv.app.runtime.topic('supervision'), `${sv.config.KAFKA_TOPIC_PREFIX}reader`);
    programmeId = await programmeIn(sv.url, 'IN_PROGRESS');
  });
  afterAll(async () => {
    await events.stop();
    await bus.stop();
    await sv.stop();
  });

  it('issues a recommendation of a programme and publishes supervisionRecommendation.issued', async () => {
    const created = await add('so-xay-dung', '2027-06-30');
    expect(created).toMatchObject({ status: 'OPEN', overdue: false, dueOn: '2027-06-30' });
    const read = await ok(sv.url, `query($id: ID!) { supervisionRecommendation(id: $id) { id addressedTo { id } programme { id status } } }`, {
      id: created.id,
    });
    expect(read.supervisionRecommendation).toEqual({ id: created.id, addressedTo: { id: 'so-xay-dung' }, programme: { id: programmeId, status: 'IN_PROGRESS' } });

    const issued = await eventually(async () => events.seen.find((event) => event.subject === created.id));
    expect(issued.type).toBe('vn.hanoi.supervision.supervisionRecommendation.issued.v1');
    expect(issued.data).toEqual({ recommendationId: created.id, programmeId, addressedToAgencyId: 'so-xay-dung', dueOn: '2027-06-30' });
  });

  it('refuses a recommendation of a missing or only planned programme, or from another body', async () => {
    const input = { programmeId: 'missing', addressedToAgencyId: 'so-xay-dung', text: 'x', dueOn: '2027-01-01' };
    expect(await failure(sv.url, addRecommendation, { input }, staff.councilClerk)).toMatchObject({ code: 'NOT_FOUND', field: 'input.programmeId' });
    const planned = await programmeIn(sv.url, 'PLANNED');
    expect(await failure(sv.url, addRecommendation, { input: { ...input, programmeId: planned } }, staff.councilClerk)).toMatchObject({
      code: 'CONFLICT',
      field: 'input.programmeId',
    });
    expect((await failure(sv.url, addRecommendation, { input: { ...input, programmeId } }, staff.frontClerk)).code).toBe('FORBIDDEN');
    expect((await failure(sv.url, addRecommendation, { input: { ...input, programmeId } }, staff.committeeClerk)).code).toBe('FORBIDDEN');
    const blank = await failure(sv.url, addRecommendation, { input: { ...input, programmeId, text: ' ' } }, staff.councilClerk);
    expect(blank).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
    const listed = await ok(sv.url, `query($p: ID) { supervisionRecommendations(filter: {programmeId: $p}) { totalCount } }`, { p: planned });
    expect(listed.supervisionRecommendations.totalCount).toBe(0);
  });

  it('takes one implementation report from the addressed agency, then refuses another with CONFLICT', async () => {
    const created = await add('so-xay-dung', daysFromToday(30));
    expect((await failure(sv.url, report, { id: created.id, input: { status: 'IMPLEMENTED', report: 'r', reportedOn: daysFromToday(0) } }, staff.financeClerk)).code).toBe('FORBIDDEN');
    expect((await failure(sv.url, report, { id: created.id, input: { status: 'IMPLEMENTED', report: 'r', reportedOn: daysFromToday(0) } }, staff.constructionViewer)).code).toBe('FORBIDDEN');
    const openStatus = await failure(sv.url, report, { id: created.id, input: { status: 'OPEN', report: 'r', reportedOn: daysFromToday(0) } }, staff.constructionHandler);
    expect(openStatus).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status' });
    const future = await failure(sv.url, report, { id: created.id, input: { status: 'IMPLEMENTED', report: 'r', reportedOn: daysFromToday(1) } }, staff.constructionHandler);
    expect(future).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reportedOn' });

    const input = { status: 'PARTIALLY_IMPLEMENTED', report: 'Đã xử lý 3/5 công trình vi phạm', reportedOn: daysFromToday(0) };
    const reported = await ok(sv.url, report, { id: created.id, input }, staff.constructionHandler);
    expect(reported.reportRecommendationImplementation).toEqual({
      id: created.id,
      status: 'PARTIALLY_IMPLEMENTED',
      implementationReport: input.report,
      reportedOn: input.reportedOn,
      overdue: false,
    });
    const again = await failure(sv.url, report, { id: created.id, input: { ...input, status: 'IMPLEMENTED' } }, staff.councilClerk);
    expect(again).toMatchObject({ code: 'CONFLICT' });
    expect((await failure(sv.url, report, { id: 'missing', input }, staff.councilClerk)).code).toBe('NOT_FOUND');

    const event = await eventually(async () => events.seen.find((e) => e.subject === created.id && e.type.endsWith('.implementationReported.v1')));
    expect(event.data).toMatchObject({ recommendationId: created.id, programmeId, status: 'PARTIALLY_IMPLEMENTED', reportedOn: input.reportedOn, late: false });
  });

  it('lets the lead body report too, and derives overdue for open recommendations past their due day', async () => {
    const overdue = await add('so-tai-chinh', daysFromToday(-1));
    const dueToday = await add('so-tai-chinh', daysFromToday(0));
    expect(overdue.overdue).toBe(true);
    expect(dueToday.overdue).toBe(false);

    const listOverdue = await ok(sv.url, `{ supervisionRecommendations(filter: {addressedToAgencyId: "so-tai-chinh", overdueOnly: true}) { edges { node { id overdue } } } }`);
    expect(listOverdue.supervisionRecommendations.edges).toEqual([{ node: { id: overdue.id, overdue: true } }]);

    const lateReport = await ok(sv.url, report, { id: overdue.id, input: { status: 'NOT_IMPLEMENTED', report: 'Chưa bố trí được vốn', reportedOn: daysFromToday(0) } }, staff.councilLeader);
    expect(lateReport.reportRecommendationImplementation).toMatchObject({ status: 'NOT_IMPLEMENTED', overdue: false });
    const event = await eventually(async () => events.seen.find((e) => e.subject === overdue.id && e.type.endsWith('.implementationReported.v1')));
    expect(event.data.late).toBe(true);

    const byStatus = await ok(sv.url, `{ supervisionRecommendations(filter: {status: NOT_IMPLEMENTED}) { edges { node { id } } } }`);
    expect(byStatus.supervisionRecommendations.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([overdue.id]);
    const capped = await failure(sv.url, '{ supervisionRecommendations(first: 101) { totalCount } }');
    expect(capped).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('answers Agency.supervisionRecommendations for several agencies with one query per filter', async () => {
    const ward = await add('ubnd-phuong-hoan-kiem', daysFromToday(-10));
    const wardLater = await add('ubnd-phuong-hoan-kiem', daysFromToday(10));
    const reps = ['so-xay-dung', 'so-tai-chinh', 'ubnd-phuong-hoan-kiem', 'so-y-te'].map((id) => ({ __typename: 'Agency', id }));

    const before = await sv.settledCommandCount();
    const plain = await ok(sv.url, `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Agency { id supervisionRecommendations { id status } } } }`, { reps });
    expect(sv.app.runtime.database.commandCount() - before).toBe(1);
    const counts = plain._entities.map((agency: { supervisionRecommendations: unknown[] }) => agency.supervisionRecommendations.length);
    expect(counts).toEqual([2, 2, 2, 0]);
    expect(plain._entities[2].supervisionRecommendations.map((r: { id: string }) => r.id)).toEqual([ward.id, wardLater.id]);

    const start = await sv.settledCommandCount();
    const filtered = await ok(sv.url, `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Agency {
      id
      overdue: supervisionRecommendations(overdueOnly: true) { id }
      open: supervisionRecommendations(status: OPEN) { id programme { id } }
    } } }`, { reps });
    // One query per distinct filter (2) and one for all the programmes (1), whatever the number of agencies.
    expect(sv.app.runtime.database.commandCount() - start).toBe(3);
    expect(filtered._entities[2].overdue).toEqual([{ id: ward.id }]);
    expect(filtered._entities[0].open).toHaveLength(1);
    expect(filtered._entities[1].open).toEqual([expect.objectContaining({ programme: { id: programmeId } })]);
  });

  it('resolves SupervisionRecommendation references in one batch', async () => {
    const listed = await ok(sv.url, `{ supervisionRecommendations(first: 3) { edges { node { id } } } }`);
    const ids: string[] = listed.supervisionRecommendations.edges.map((edge: { node: { id: string } }) => edge.node.id);
    const reps = [...ids, 'missing'].map((id) => ({ __typename: 'SupervisionRecommendation', id }));
    const before = await sv.settledCommandCount();
    const result = await ok(sv.url, `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on SupervisionRecommendation { id status addressedTo { id } } } }`, { reps });
    expect(sv.app.runtime.database.commandCount() - before).toBe(1);
    expect(result._entities.map((entity: { id: string } | null) => entity?.id ?? null)).toEqual([...ids, null]);
  });
});
