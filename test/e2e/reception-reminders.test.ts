import { addWorkingDays, calendarDaysDeadline, daysLeft, isoDay, shiftDays, workingDayCalendar } from '@hanoi/contracts';
import { hanoiToday, type Caller } from '@hanoi/platform';
import { eventually } from '@hanoi/platform/testing';
import { startWholePlatform } from '../support/platform';

/**
 * Issue 12 §5 through the gateway: reception schedules (petitions, with the directory's names from committee), a
 * department's inbox (supervision's read model of every service's obligations, the cases from petitions) and
 * petitioners' satisfaction counted per agency and body (petitions → supervision over Kafka).
 */
const admin: Caller = { subject: 'admin', agency: 'committee', roles: ['admin'] };
const committeeClerk: Caller = { subject: 'committee-clerk', agency: 'committee', roles: ['clerk'] };
const constructionClerk: Caller = { subject: 'xd-clerk', agency: 'so-xay-dung', roles: ['clerk'] };
const constructionHandler: Caller = { subject: 'xd-handler', agency: 'so-xay-dung', roles: ['handler'] };
const financeLeader: Caller = { subject: 'tc-leader', agency: 'so-tai-chinh', roles: ['leader'] };

const today = hanoiToday();
const calendar = workingDayCalendar([], { unknownYears: 'WEEKENDS_ONLY' });
const receivedDaysAgo = (days: number) => isoDay(shiftDays(today, -days));
/** A complaint's acceptance is due 10 days after receipt, moved off days off (Law on Complaints 2011, art. 27). */
const acceptanceDue = (receivedOn: string) => calendarDaysDeadline(new Date(`${receivedOn}T00:00:00Z`), 10, calendar).dueOn;

const inboxQuery = `query($n: Int) {
  myInbox(withinWorkingDays: $n) { totalCount until edges { node { kind dueOn daysLeft overdue subject { __typename ... on Petition { id kind agency { id } } ... on Assignment { id } } } } }
}`;

describe('reception schedules, the inbox and satisfaction through the gateway', () => {
  let platform: Awaited<ReturnType<typeof startWholePlatform>>;
  const as = (caller: Caller, query: string, variables: Record<string, unknown> = {}) => platform.as(caller, query, variables);
  const cases: Record<'soon' | 'later' | 'late', string> = { soon: '', later: '', late: '' };
  const received = { soon: receivedDaysAgo(8), later: receivedDaysAgo(1), late: receivedDaysAgo(15) };

  async function submit(receivedOn: string, subject: string): Promise<string> {
    const input = { kind: 'COMPLAINT', channel: 'CITIZEN_RECEPTION', receivedOn, subject, category: 'CONSTRUCTION_URBAN_ORDER', agencyId: 'so-xay-dung', overrideReason: 'Thuộc thẩm quyền giải quyết của Giám đốc Sở Xây dựng', petitioners: [{ fullName: 'Ngô Thị Lan' }] };
    // Refused (writing nothing) until petitions has learnt the department from the committee's event.
    const result = await eventually(async () => {
      const answer = await platform.gateway(`mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id } }`, { input }, constructionClerk);
      return answer.errors?.[0]?.extensions?.code === 'NOT_FOUND' ? null : answer;
    }, 30_000);
    expect(result.errors).toBeUndefined();
    return result.data!.submitPetition.id;
  }

  beforeAll(async () => {
    platform = await startWholePlatform();
    await platform.createAgencies(['committee', 'council', 'front', 'delegation', 'so-xay-dung', 'so-tai-chinh']);
    cases.soon = await submit(received.soon, 'Khiếu nại việc cấp phép xây dựng nhà số 12');
    cases.later = await submit(received.later, 'Khiếu nại quyết định xử phạt trật tự xây dựng');
    cases.late = await submit(received.late, 'Khiếu nại việc cưỡng chế công trình');
    // Accepted today: its acceptance is met, its resolution is due 30 days from now (about 20 working days).
    await as(constructionHandler, `mutation($id: ID!) { acceptPetition(id: $id) { id } }`, { id: cases.later });
    // Each case owes its statutory deadline, and the department the committee's assignment (F2) with the same day.
    await eventually(async () => {
      const kinds = (await as(constructionHandler, inboxQuery, { n: 60 })).myInbox.edges.map(({ node }: { node: { subject: { __typename: string } } }) => node.subject.__typename);
      return kinds.filter((kind: string) => kind === 'Petition').length === 3 && kinds.filter((kind: string) => kind === 'Assignment').length === 3;
    }, 60_000);
  }, 240_000);
  afterAll(() => platform?.stop(), 60_000);

  it("shows a department the cases due within 5 working days and those overdue, and no other agency's", async () => {
    const { myInbox } = await as(constructionHandler, inboxQuery);
    const soonDue = acceptanceDue(received.soon);
    const lateDue = acceptanceDue(received.late);
    expect(myInbox.until).toBe(isoDay(addWorkingDays(today, 5, calendar)));
    const items = myInbox.edges.map(({ node }: { node: Record<string, any> }) => node);
    expect(items.filter((item: { subject: { __typename: string } }) => item.subject.__typename === 'Petition')).toEqual([
      {
        kind: 'CASE_ACCEPTANCE',
        dueOn: isoDay(lateDue),
        daysLeft: daysLeft(lateDue, today, calendar),
        overdue: true,
        subject: { __typename: 'Petition', id: cases.late, kind: 'COMPLAINT', agency: { id: 'so-xay-dung' } },
      },
      {
        kind: 'CASE_ACCEPTANCE',
        dueOn: isoDay(soonDue),
        daysLeft: daysLeft(soonDue, today, calendar),
        overdue: false,
        subject: { __typename: 'Petition', id: cases.soon, kind: 'COMPLAINT', agency: { id: 'so-xay-dung' } },
      },
    ]);
    // Received 8 days ago: due in at most 2 working days; received 15 days ago: overdue.
    const [late, soon] = items.filter((item: { kind: string }) => item.kind === 'CASE_ACCEPTANCE');
    expect(soon.daysLeft).toBeGreaterThanOrEqual(1);
    expect(soon.daysLeft).toBeLessThanOrEqual(2);
    expect(late.daysLeft).toBeLessThan(0);
    // The committee's assignments of the same cases, by the same days; in due-day order with the cases.
    expect(items.filter((item: { kind: string }) => item.kind === 'ASSIGNMENT_ANSWER').map((item: { dueOn: string }) => item.dueOn)).toEqual([isoDay(lateDue), isoDay(soonDue)]);
    expect(items.map((item: { dueOn: string }) => item.dueOn)).toEqual([...items.map((item: { dueOn: string }) => item.dueOn)].sort());
    expect(myInbox.totalCount).toBe(4);

    // The resolution due in about 20 working days is left out, and shows with a longer look-ahead.
    const wider = await as(constructionHandler, inboxQuery, { n: 60 });
    const resolution = wider.myInbox.edges.find(({ node }: { node: { kind: string } }) => node.kind === 'CASE_RESOLUTION').node;
    expect(wider.myInbox.totalCount).toBe(6);
    expect(resolution.subject.id).toBe(cases.later);
    expect(resolution.daysLeft).toBeGreaterThanOrEqual(19);

    // Another agency's staff see none of them.
    expect((await as(financeLeader, inboxQuery, { n: 60 })).myInbox).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("publishes a body's reception days with the leaders on duty, and the joint days of the bodies", async () => {
    const create = `mutation($input: CreateReceptionScheduleInput!) { createReceptionSchedule(input: $input) { id } }`;
    const year = today.getUTCFullYear();
    await as(committeeClerk, create, {
      input: {
        kind: 'REGULAR',
        hostAgencyId: 'committee',
        title: 'Chủ tịch UBND thành phố tiếp công dân định kỳ',
        recurrence: { kind: 'MONTHLY_ON_WEEKDAY', weekday: 4, weekOfMonth: 3 },
        validFrom: `${year}-01-01`,
        leaders: [{ name: 'Trần Sỹ Thanh', position: 'Chủ tịch UBND thành phố' }],
        place: 'Trụ sở Tiếp công dân thành phố, 1 Đinh Lễ',
      },
    });
    await as(admin, create, {
      input: {
        kind: 'JOINT',
        hostAgencyId: 'council',
        participatingAgencyIds: ['committee', 'front', 'delegation'],
        title: 'Tiếp công dân liên ngành trước kỳ họp',
        dates: [isoDay(shiftDays(today, 10))],
        validFrom: isoDay(today),
        leaders: [{ name: 'Nguyễn Ngọc Tuấn', position: 'Chủ tịch HĐND thành phố' }],
        place: 'Trụ sở Tiếp công dân thành phố',
      },
    });
    const { receptionDays } = await as(committeeClerk, `query($from: Date!, $to: Date!) {
      receptionDays(from: $from, to: $to, agencyId: "committee") { on schedule { kind hostAgency { shortName } participatingAgencies { id } leaders { name position } } }
    }`, { from: isoDay(today), to: isoDay(shiftDays(today, 40)) });
    expect(receptionDays.length).toBeGreaterThanOrEqual(2);
    expect(receptionDays.map((day: { on: string }) => day.on)).toEqual([...receptionDays.map((day: { on: string }) => day.on)].sort());
    expect(receptionDays).toContainEqual({
      on: isoDay(shiftDays(today, 10)),
      schedule: { kind: 'JOINT', hostAgency: { shortName: 'Thường trực HĐND thành phố' }, participatingAgencies: [{ id: 'committee' }, { id: 'front' }, { id: 'delegation' }], leaders: [{ name: 'Nguyễn Ngọc Tuấn', position: 'Chủ tịch HĐND thành phố' }] },
    });
    expect(receptionDays.filter((day: { schedule: { kind: string } }) => day.schedule.kind === 'REGULAR')[0].schedule.hostAgency).toEqual({ shortName: 'UBND thành phố' });
  });

  it("records the petitioner's satisfaction after resolution and counts it for the agency and its body", async () => {
    await as(constructionHandler, `mutation($id: ID!, $on: Date!) { resolvePetition(id: $id, input: { kind: DECISION, text: "Quyết định giải quyết khiếu nại số 5/QĐ-SXD", resolvedOn: $on }) { id } }`, { id: cases.later, on: isoDay(today) });
    const { recordSatisfaction } = await as(constructionHandler, `mutation($id: ID!, $on: Date!) {
      recordSatisfaction(id: $id, input: { level: DISSATISFIED, channel: ONLINE, recordedOn: $on }) { satisfaction { level secondComplaintOpenUntil } }
    }`, { id: cases.later, on: isoDay(today) });
    expect(recordSatisfaction.satisfaction).toEqual({ level: 'DISSATISFIED', secondComplaintOpenUntil: isoDay(calendarDaysDeadline(today, 30, calendar).dueOn) });

    const year = String(today.getUTCFullYear());
    const figures = async () =>
      as(admin, `query($year: String!) {
        agency(id: "so-xay-dung") { satisfaction(period: $year) { recorded dissatisfied rate } }
        coordinationReview(period: $year) { bodies { body { id } satisfaction { recorded rate } } }
      }`, { year });
    const data = await eventually(async () => {
      const result = await figures();
      return result.agency.satisfaction.recorded === 1 && result;
    }, 30_000);
    expect(data.agency.satisfaction).toEqual({ recorded: 1, dissatisfied: 1, rate: 0 });
    expect(data.coordinationReview.bodies).toContainEqual({ body: { id: 'committee' }, satisfaction: { recorded: 1, rate: 0 } });
    // Resolved: its resolution is met, so it leaves the inbox.
    await eventually(async () => !(await as(constructionHandler, inboxQuery, { n: 60 })).myInbox.edges.some(({ node }: { node: { subject: { id: string } } }) => node.subject.id === cases.later), 30_000);
  });
});
