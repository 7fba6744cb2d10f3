import { addWorkingDays, committeeEvents, daysLeft, isoDay, petitionsEvents, shiftDays, vietnamHolidayYears, workingDayCalendar } from '@hanoi/contracts';
import { hanoiToday, parseCalendarDate, type Caller } from '@hanoi/platform';
import { callSubgraph, eventually } from '@hanoi/platform/testing';
import { caughtUp, failure, ok, staff, startPublisher, startSupervision, type Publisher, type Supervision } from './support';

const today = hanoiToday();
const calendar = workingDayCalendar([], { unknownYears: 'WEEKENDS_ONLY' });
const inWorkingDays = (n: number) => addWorkingDays(today, n, calendar);

const opened = (id: string, agencyId: string, dueOn: Date, kind: 'CASE_ACCEPTANCE' | 'CASE_RESOLUTION' = 'CASE_ACCEPTANCE') =>
  petitionsEvents.obligation.opened.event(id, {
    obligationId: `petition:${id}:${kind === 'CASE_ACCEPTANCE' ? 'acceptance' : 'resolution'}`,
    kind,
    agencyId,
    dueOn,
    subject: { type: 'Petition', id },
    content: 'CITIZEN_RECEPTION',
    basis: 'Luật Khiếu nại 2011, điều 27',
    councilSessionId: null,
    title: 'Thụ lý khiếu nại',
  });
const satisfied = (petitionId: string, agencyId: string, level: 'SATISFIED' | 'PARTLY' | 'DISSATISFIED', recordedOn: string) =>
  petitionsEvents.satisfactionRecorded.event(petitionId, {
    petitionId,
    agencyId,
    kind: 'COMPLAINT',
    category: 'LAND_HOUSING',
    channel: 'MAIL',
    status: 'RESOLVED',
    dueOn: null,
    satisfaction: level,
    recordedVia: 'MAIL',
    recordedOn: parseCalendarDate(recordedOn),
    resolvedOn: parseCalendarDate('2026-10-01'),
    secondComplaintId: null,
  });
const agency = (agencyId: string, kind: 'CITY_BODY' | 'DEPARTMENT', parentId: string | null) =>
  committeeEvents.agencyCreated.event(agencyId, { agencyId, name: agencyId, shortName: agencyId, kind, level: 'CITY', parentId, administrativeUnitId: null, validFrom: null, validTo: null });

const inboxQuery = `query($n: Int, $first: Int, $after: String) {
  myInbox(withinWorkingDays: $n, first: $first, after: $after) {
    totalCount until pageInfo { hasNextPage endCursor }
    edges { node { obligationId kind content title basis dueOn daysLeft overdue subject { __typename ... on Petition { id } } } }
  }
}`;
type Inbox = { myInbox: { totalCount: number; until: string; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Record<string, any> }[] } };
const inbox = (caller: Caller, variables: Record<string, unknown> = {}) => ok<Inbox>(sv.url, inboxQuery, variables, caller);
let sv: Supervision;
let publisher: Publisher;

describe('supervision: the inbox and petitioners\' satisfaction', () => {
  beforeAll(async () => {
    sv = await startSupervision();
    publisher = await startPublisher(sv);
    await publisher.publish('committee', agency('committee', 'CITY_BODY', null), agency('so-xay-dung', 'DEPARTMENT', 'committee'), agency('council', 'CITY_BODY', null));
    await publisher.publish(
      'petitions',
      opened('soon', 'so-xay-dung', inWorkingDays(2)),
      opened('later', 'so-xay-dung', inWorkingDays(20)),
      opened('late', 'so-xay-dung', shiftDays(today, -10)),
      opened('done', 'so-xay-dung', inWorkingDays(1)),
      petitionsEvents.obligation.met.event('done', { obligationId: 'petition:done:acceptance', metOn: today }),
      opened('elsewhere', 'council', inWorkingDays(1)),
    );
    // Every event applied (they travel on several partitions) by the index's live consumer.
    await caughtUp(sv, `${sv.config.KAFKA_TOPIC_PREFIX}supervision.coordination-index.g1`, ['committee', 'petitions']);
  });
  afterAll(async () => {
    await publisher.stop();
    await sv.stop();
  });

  it('lists the open items of the caller\'s agency due within N working days or overdue, earliest first, with days left', async () => {
    const { myInbox } = await inbox(staff.constructionHandler);
    expect(myInbox.until).toBe(isoDay(inWorkingDays(5)));
    expect(myInbox.edges.map(({ node }) => node)).toEqual([
      {
        obligationId: 'petition:late:acceptance',
        kind: 'CASE_ACCEPTANCE',
        content: 'CITIZEN_RECEPTION',
        title: 'Thụ lý khiếu nại',
        basis: 'Luật Khiếu nại 2011, điều 27',
        dueOn: isoDay(shiftDays(today, -10)),
        daysLeft: daysLeft(shiftDays(today, -10), today, calendar),
        overdue: true,
        subject: { __typename: 'Petition', id: 'late' },
      },
      expect.objectContaining({ obligationId: 'petition:soon:acceptance', daysLeft: 2, overdue: false, subject: { __typename: 'Petition', id: 'soon' } }),
    ]);
    // Twenty working days ahead appears with a longer look-ahead; the met one and another agency's never.
    const wider = await inbox(staff.constructionLeader, { n: 20 });
    expect(wider.myInbox.edges.map(({ node }) => node.obligationId)).toEqual(['petition:late:acceptance', 'petition:soon:acceptance', 'petition:later:acceptance']);
    expect(wider.myInbox.edges[2]!.node.daysLeft).toBe(20);
    const council = await inbox(staff.councilViewer);
    expect(council.myInbox.edges.map(({ node }) => node.obligationId)).toEqual(['petition:elsewhere:acceptance']);
  });

  it('pages by due day and refuses a look-ahead out of range', async () => {
    const first = await inbox(staff.constructionHandler, { n: 20, first: 2 });
    expect(first.myInbox.pageInfo.hasNextPage).toBe(true);
    expect(first.myInbox.totalCount).toBe(3);
    const next = await inbox(staff.constructionHandler, { n: 20, first: 2, after: first.myInbox.pageInfo.endCursor });
    expect(next.myInbox.edges.map(({ node }) => node.obligationId)).toEqual(['petition:later:acceptance']);
    expect(await failure(sv.url, inboxQuery, { n: 61 }, staff.constructionHandler)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'withinWorkingDays' });
  });

  it('counts working days with the holiday years petitions publishes', async () => {
    // An administrator makes the next working day a day off: the item due in two working days is one away now.
    const nextWorkingDay = inWorkingDays(1);
    const year = nextWorkingDay.getUTCFullYear();
    const builtIn = vietnamHolidayYears.find((y) => y.year === year);
    await publisher.publish(
      'petitions',
      petitionsEvents.holidayYearSet.event(String(year), {
        year,
        provisional: false,
        daysOff: [...(builtIn?.daysOff ?? []).map((d) => parseCalendarDate(d.on)), nextWorkingDay],
        makeUpWorkingDays: (builtIn?.makeUpWorkingDays ?? []).map((d) => parseCalendarDate(d.on)),
        sources: ['Thông báo nghỉ đột xuất (test)'],
      }),
    );
    await eventually(async () => {
      const { myInbox } = await inbox(staff.constructionHandler);
      return myInbox.edges.find(({ node }) => node.obligationId === 'petition:soon:acceptance')?.node.daysLeft === 1;
    });
  });

  it('gives each agency its satisfaction rate for a period, and each body its own in the review', async () => {
    await publisher.publish(
      'petitions',
      satisfied('p-1', 'so-xay-dung', 'SATISFIED', '2026-10-05'),
      satisfied('p-2', 'so-xay-dung', 'PARTLY', '2026-10-06'),
      satisfied('p-3', 'so-xay-dung', 'DISSATISFIED', '2026-10-07'),
      satisfied('p-4', 'so-xay-dung', 'SATISFIED', '2026-10-08'),
      satisfied('p-5', 'council', 'SATISFIED', '2026-11-02'),
      // Delivered twice (an outbox republishing): counted once.
      satisfied('p-1', 'so-xay-dung', 'SATISFIED', '2026-10-05'),
    );
    const query = `query($reps: [_Any!]!, $period: String!) {
      _entities(representations: $reps) { ... on Agency { id satisfaction(period: $period) { agency { id } period from to recorded satisfied partly dissatisfied rate } } }
    }`;
    const figures = async (period: string) =>
      (await ok(sv.url, query, { reps: [{ __typename: 'Agency', id: 'so-xay-dung' }, { __typename: 'Agency', id: 'council' }], period }, staff.analyst))._entities;
    await eventually(async () => {
      const [department, council] = await figures('2026');
      return department.satisfaction.recorded === 4 && council.satisfaction.recorded === 1;
    });
    expect(await figures('2026-Q4')).toEqual([
      { id: 'so-xay-dung', satisfaction: { agency: { id: 'so-xay-dung' }, period: '2026-Q4', from: '2026-10-01', to: '2026-12-31', recorded: 4, satisfied: 2, partly: 1, dissatisfied: 1, rate: 50 } },
      { id: 'council', satisfaction: { agency: { id: 'council' }, period: '2026-Q4', from: '2026-10-01', to: '2026-12-31', recorded: 1, satisfied: 1, partly: 0, dissatisfied: 0, rate: 100 } },
    ]);
    expect((await figures('2026-11'))[0].satisfaction).toMatchObject({ recorded: 0, rate: null });
    expect((await callSubgraph(sv.url, query, { reps: [{ __typename: 'Agency', id: 'council' }], period: '2026-13' }, staff.analyst)).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'period',
    });

    // The review: the department's answers count with its body, the People's Committee.
    const { coordinationReview } = await ok(sv.url, `{ coordinationReview(period: "2026-Q4") { bodies { body { id } satisfaction { recorded satisfied rate } } } }`, {}, staff.analyst);
    expect(coordinationReview.bodies).toEqual(
      expect.arrayContaining([
        { body: { id: 'committee' }, satisfaction: { recorded: 4, satisfied: 2, rate: 50 } },
        { body: { id: 'council' }, satisfaction: { recorded: 1, satisfied: 1, rate: 100 } },
      ]),
    );
  });
});
