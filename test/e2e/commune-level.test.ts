import { formatCalendarDate, hanoiToday, type Caller } from '@hanoi/platform';
import { eventually } from '@hanoi/platform/testing';
import { startWholePlatform } from '../support/platform';

/**
 * The commune level runs the same regulation, through the gateway: a ward's People's Council standing body, Front
 * committee and People's Committee hold their session, voter meeting and supervision in the same subgraphs as the
 * city's bodies; the meeting's recommendation becomes a case routed to the ward's committee, dated by the ward's own
 * council's next regular session, and answered; a commune's body cannot touch another commune's or the city's
 * records (FORBIDDEN, nothing written); the coordination index ranks each level's agencies.
 */
const admin: Caller = { subject: 'e2e-commune-admin', agency: 'committee', roles: ['admin'] };
const analyst: Caller = { subject: 'e2e-commune-analyst', agency: 'committee', roles: ['analyst'] };
const cityCouncil: Caller = { subject: 'e2e-city-council-clerk', agency: 'council', roles: ['clerk'] };
const staffOf = (agency: string, role: 'clerk' | 'handler' = 'clerk'): Caller => ({ subject: `e2e-${agency}-${role}`, agency, roles: [role] });
const hoanKiem = { unit: 'phuong-hoan-kiem', council: staffOf('hdnd-phuong-hoan-kiem'), front: staffOf('mttq-phuong-hoan-kiem'), committee: staffOf('ubnd-phuong-hoan-kiem') };
const thanhTri = { unit: 'xa-thanh-tri', council: staffOf('hdnd-xa-thanh-tri'), front: staffOf('mttq-xa-thanh-tri') };

const today = hanoiToday();
const fromToday = (days: number) => formatCalendarDate(new Date(today.getTime() + days * 86_400_000));
/** The year the ward session's documents fall due in (opening in 60 days, documents 15 days before). */
const documentsYear = fromToday(45).slice(0, 4);

const schedule = `mutation($input: ScheduleCouncilSessionInput!) {
  scheduleCouncilSession(input: $input) { id name opensOn level jurisdiction { id } council { id name } }
}`;
const session = (number: number, opensIn: number) => ({ term: '2026-2031', number, kind: 'REGULAR', opensOn: fromToday(opensIn), closesOn: fromToday(opensIn + 1) });

describe('the commune level runs the same regulation', () => {
  let platform: Awaited<ReturnType<typeof startWholePlatform>>;
  const ids: Record<string, string> = {};
  const as = (caller: Caller, query: string, variables: Record<string, unknown> = {}) => platform.as(caller, query, variables);
  /** The error code of a request that must fail. */
  const refused = async (caller: Caller, query: string, variables: Record<string, unknown> = {}) =>
    (await platform.gateway(query, variables, caller)).errors?.[0]?.extensions ?? {};

  beforeAll(async () => {
    platform = await startWholePlatform();
    await platform.createAgencies(['delegation', 'council', 'committee', 'front']);
    for (const input of [
      { id: 'phuong-hoan-kiem', name: 'Phường Hoàn Kiếm', kind: 'WARD', validFrom: '2025-07-01' },
      { id: 'xa-thanh-tri', name: 'Xã Thanh Trì', kind: 'COMMUNE', validFrom: '2025-07-01' },
    ]) {
      await as(admin, `mutation($input: CreateAdministrativeUnitInput!) { createAdministrativeUnit(input: $input) { id } }`, { input });
    }
    // Each commune's three bodies, as the directory import derives them (scripts/seed/directory.ts).
    await platform.createAgencies(['phuong-hoan-kiem', 'xa-thanh-tri'].flatMap((unit) => [`ubnd-${unit}`, `hdnd-${unit}`, `mttq-${unit}`]));
  }, 240_000);
  afterAll(() => platform?.stop(), 60_000);

  it("a commune's council schedules and orders its own sessions, numbered apart from the city's", async () => {
    const city = (await as(cityCouncil, schedule, { input: session(4, 20) })).scheduleCouncilSession;
    expect(city).toMatchObject({ level: 'CITY', jurisdiction: null, council: { id: 'council' } });
    ids.citySession = city.id;
    // The same term and number: each council numbers its own sessions.
    const ward = (await as(hoanKiem.council, schedule, { input: session(4, 60) })).scheduleCouncilSession;
    expect(ward).toMatchObject({
      name: 'Kỳ họp thứ 4, HĐND phường Hoàn Kiếm nhiệm kỳ 2026-2031',
      level: 'COMMUNE',
      jurisdiction: { id: 'phuong-hoan-kiem' },
      council: { id: 'hdnd-phuong-hoan-kiem', name: 'Thường trực Hội đồng nhân dân phường Hoàn Kiếm' },
    });
    ids.wardSession = ward.id;
    expect((await refused(hoanKiem.council, schedule, { input: session(4, 70) })).code).toBe('CONFLICT');
    ids.communeSession = (await as(thanhTri.council, schedule, { input: session(1, 30) })).scheduleCouncilSession.id;

    const item = await as(hoanKiem.council, `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id presentingAgency { id } } }`, {
      input: { councilSessionId: ward.id, title: 'Báo cáo tình hình kinh tế - xã hội của phường', presentingAgencyId: 'ubnd-phuong-hoan-kiem', reviewingCommittee: 'ECONOMY_BUDGET' },
    });
    expect(item.addAgendaItem.presentingAgency).toEqual({ id: 'ubnd-phuong-hoan-kiem' });
    // The ward's committee submits what it owes the ward's council.
    await as(hoanKiem.committee, `mutation($id: ID!, $on: Date!) { submitAgendaDocument(agendaItemId: $id, input: { submittedOn: $on }) { id } }`, { id: item.addAgendaItem.id, on: fromToday(0) });

    const list = async (filter: Record<string, unknown>) =>
      ((await as(analyst, `query($f: CouncilSessionFilter) { councilSessions(filter: $f, first: 50) { edges { node { id } } } }`, { f: filter })).councilSessions.edges as { node: { id: string } }[])
        .map((edge) => edge.node.id)
        .sort();
    expect(await list({ level: 'CITY' })).toEqual([ids.citySession]);
    expect(await list({ level: 'COMMUNE' })).toEqual([ids.wardSession, ids.communeSession].sort());
    expect(await list({ jurisdictionUnitId: 'xa-thanh-tri' })).toEqual([ids.communeSession]);
    // The city's next regular session stays the city's; a commune's is asked for by its council.
    expect((await as(analyst, `query($after: Date!) { nextRegularSession(after: $after) { id } }`, { after: fromToday(0) })).nextRegularSession).toEqual({ id: ids.citySession });
    expect(
      (await as(analyst, `query($after: Date!) { nextRegularSession(after: $after, councilAgencyId: "hdnd-xa-thanh-tri") { id } }`, { after: fromToday(0) })).nextRegularSession,
    ).toEqual({ id: ids.communeSession });
  });

  it("a commune's voter meeting: its recommendation becomes a case of the commune's committee, due at the commune council's next session, answered", async () => {
    const recorded = await as(hoanKiem.front, `mutation($input: RecordVoterMeetingInput!) { recordVoterMeeting(input: $input) { id level jurisdiction { id } organiser { id } } }`, {
      input: {
        kind: 'AFTER_SESSION',
        heldOn: fromToday(-5),
        place: 'Nhà văn hóa tổ dân phố số 5, phố Hàng Bạc',
        administrativeUnitId: 'phuong-hoan-kiem',
        attendance: 60,
        recommendations: [{ text: 'Đề nghị phường bố trí điểm trông giữ xe cho cư dân phố Hàng Bạc', category: 'CONSTRUCTION_URBAN_ORDER', addressedToAgencyId: 'ubnd-phuong-hoan-kiem' }],
      },
    });
    expect(recorded.recordVoterMeeting).toMatchObject({ level: 'COMMUNE', jurisdiction: { id: 'phuong-hoan-kiem' }, organiser: { id: 'mttq-phuong-hoan-kiem' } });
    ids.meeting = recorded.recordVoterMeeting.id;

    // F1 over Kafka: the ward's session (in 60 days), not the city's (in 20 days), dates the answer; F2: the committee assigns it.
    const casesOf = async () =>
      (await as(admin, `query($id: ID!) { voterMeeting(id: $id) { recommendationCases { id status agency { id } due { on } assignment { id status } } } }`, { id: ids.meeting })).voterMeeting
        .recommendationCases as { id: string; status: string; agency: { id: string }; due: { on: string | null }; assignment: { id: string; status: string } | null }[];
    const [opened] = await eventually(async () => {
      const cases = await casesOf();
      return cases.length === 1 && cases[0]!.assignment !== null && cases[0]!.due.on !== null ? cases : false;
    }, 60_000);
    expect(opened).toMatchObject({ agency: { id: 'ubnd-phuong-hoan-kiem' }, due: { on: fromToday(60) } });

    await as(hoanKiem.committee, `mutation($id: ID!, $input: AnswerAssignmentInput!) { answerAssignment(id: $id, input: $input) { id status } }`, {
      id: opened!.assignment!.id,
      input: { answer: 'UBND phường đã bố trí điểm trông giữ xe tại số 2 Hàng Bạc', answeredOn: fromToday(0) },
    });
    const [answered] = await eventually(async () => {
      const cases = await casesOf();
      return cases[0]!.status !== 'RECEIVED' && cases;
    }, 60_000);
    expect(answered).toMatchObject({ status: 'RESOLVED', assignment: { status: 'ANSWERED' } });
  });

  it("a commune's council supervises its own committee and issues a recommendation; its programmes and tasks carry the level", async () => {
    const create = `mutation($input: CreateSupervisionProgrammeInput!) { createSupervisionProgramme(input: $input) { id level jurisdiction { id } } }`;
    const programme = (input: Record<string, unknown>) => ({
      title: 'Giám sát công tác quản lý trật tự đô thị trên địa bàn phường',
      kind: 'THEMATIC',
      leadAgencyId: 'hdnd-phuong-hoan-kiem',
      year: today.getUTCFullYear(),
      startsOn: fromToday(-20),
      endsOn: fromToday(40),
      supervisedAgencyIds: ['ubnd-phuong-hoan-kiem'],
      ...input,
    });
    // A ward's council supervises the ward's agencies, not the city's or another commune's.
    expect(await refused(hoanKiem.council, create, { input: programme({ supervisedAgencyIds: ['ubnd-phuong-hoan-kiem', 'ubnd-xa-thanh-tri'] }) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.supervisedAgencyIds.1',
    });
    const created = (await as(hoanKiem.council, create, { input: programme({}) })).createSupervisionProgramme;
    expect(created).toMatchObject({ level: 'COMMUNE', jurisdiction: { id: 'phuong-hoan-kiem' } });
    ids.programme = created.id;
    await as(hoanKiem.council, `mutation($id: ID!) { startSupervisionProgramme(id: $id) { id } }`, { id: ids.programme });
    const issued = await as(hoanKiem.council, `mutation($input: AddSupervisionRecommendationInput!) { addSupervisionRecommendation(input: $input) { id level jurisdiction { id } } }`, {
      input: { programmeId: ids.programme, addressedToAgencyId: 'ubnd-phuong-hoan-kiem', text: 'Xử lý dứt điểm các điểm lấn chiếm vỉa hè trên phố Hàng Bạc', dueOn: fromToday(30) },
    });
    expect(issued.addSupervisionRecommendation).toMatchObject({ level: 'COMMUNE', jurisdiction: { id: 'phuong-hoan-kiem' } });
    ids.recommendation = issued.addSupervisionRecommendation.id;
    // F2′: the recommendation to the ward's People's Committee becomes its assignment.
    await eventually(async () => (await as(admin, `query($id: ID!) { assignments(filter: { subjectId: $id }) { edges { node { agency { id } } } } }`, { id: ids.recommendation })).assignments.edges.length === 1, 60_000);

    const task = await as(hoanKiem.front, `mutation($input: CreateCoordinationTaskInput!) { createCoordinationTask(input: $input) { id level jurisdiction { id } } }`, {
      input: {
        title: 'Tổ chức hội nghị cử tri về trật tự đô thị',
        responsible: { kind: 'STAFF', id: 'mttq-hk-pho-chu-tich', name: 'Nguyễn Thị Hạnh', position: 'Phó Chủ tịch Ủy ban MTTQ phường' },
        agencyId: 'ubnd-phuong-hoan-kiem',
        dueOn: fromToday(20),
        expectedResult: 'Biên bản hội nghị gửi Thường trực HĐND phường',
        content: 'VOTER_MEETINGS',
      },
    });
    expect(task.createCoordinationTask).toMatchObject({ level: 'COMMUNE', jurisdiction: { id: 'phuong-hoan-kiem' } });
    ids.task = task.createCoordinationTask.id;
    const { programmes, tasks } = await as(analyst, `{
      programmes: supervisionProgrammes(filter: { jurisdictionUnitId: "phuong-hoan-kiem" }) { edges { node { id } } }
      tasks: coordinationTasks(filter: { level: COMMUNE, source: MANUAL }) { edges { node { id } } }
    }`);
    expect(programmes.edges).toEqual([{ node: { id: ids.programme } }]);
    expect(tasks.edges).toEqual([{ node: { id: ids.task } }]);
  });

  it("a commune's body cannot touch another commune's or the city's records: FORBIDDEN, nothing written", async () => {
    const sessionStatus = async (id: string) => (await as(analyst, `query($id: ID!) { councilSession(id: $id) { status programmeIssuedOn } }`, { id })).councilSession;
    const open = `mutation($id: ID!) { openCouncilSession(id: $id) { id } }`;
    expect((await refused(thanhTri.council, open, { id: ids.wardSession })).code).toBe('FORBIDDEN');
    expect((await refused(hoanKiem.council, open, { id: ids.citySession })).code).toBe('FORBIDDEN');
    expect((await refused(hoanKiem.council, `mutation($id: ID!, $on: Date!) { issueSessionProgramme(id: $id, input: { issuedOn: $on }) { id } }`, { id: ids.communeSession, on: fromToday(0) })).code).toBe('FORBIDDEN');
    // Naming another body: only an administrator records on a body's behalf.
    expect((await refused(hoanKiem.council, schedule, { input: { ...session(9, 90), councilAgencyId: 'council' } })).code).toBe('FORBIDDEN');
    // A commune's People's Committee is no council.
    expect((await refused(hoanKiem.committee, schedule, { input: session(9, 90) })).code).toBe('FORBIDDEN');
    expect(await sessionStatus(ids.wardSession!)).toEqual({ status: 'SCHEDULED', programmeIssuedOn: null });
    expect(await sessionStatus(ids.citySession!)).toEqual({ status: 'SCHEDULED', programmeIssuedOn: null });

    const planned = await as(hoanKiem.front, `mutation($input: PlanVoterMeetingInput!) { planVoterMeeting(input: $input) { id } }`, {
      input: { kind: 'THEMATIC', heldOn: fromToday(10), place: 'Nhà văn hóa phường Hoàn Kiếm', administrativeUnitId: 'phuong-hoan-kiem' },
    });
    const held = `mutation($id: ID!) { recordVoterMeetingHeld(id: $id, input: { heldOn: "${fromToday(0)}", attendance: 10, recommendations: [] }) { id } }`;
    expect((await refused(thanhTri.front, held, { id: planned.planVoterMeeting.id })).code).toBe('FORBIDDEN');
    expect((await refused(staffOf('front'), held, { id: planned.planVoterMeeting.id })).code).toBe('FORBIDDEN');
    expect((await as(analyst, `query($id: ID!) { voterMeeting(id: $id) { status } }`, { id: planned.planVoterMeeting.id })).voterMeeting.status).toBe('PLANNED');

    expect((await refused(thanhTri.council, `mutation($id: ID!) { concludeSupervisionProgramme(id: $id, input: { conclusion: "x", concludedOn: "${fromToday(0)}" }) { id } }`, { id: ids.programme })).code).toBe('FORBIDDEN');
    expect((await refused(cityCouncil, `mutation($id: ID!) { completeCoordinationTask(id: $id, input: { doneOn: "${fromToday(0)}", result: "x" }) { id } }`, { id: ids.task })).code).toBe('FORBIDDEN');
    expect((await refused(thanhTri.front, `mutation($id: ID!) { cancelCoordinationTask(id: $id, reason: "x") { id } }`, { id: ids.task })).code).toBe('FORBIDDEN');
    const { programme, task } = await as(analyst, `query($p: ID!, $t: ID!) { programme: supervisionProgramme(id: $p) { status } task: coordinationTask(id: $t) { status } }`, { p: ids.programme, t: ids.task });
    expect({ programme, task }).toEqual({ programme: { status: 'IN_PROGRESS' }, task: { status: 'OPEN' } });
  });

  it("ranks each level's agencies by the coordination index: the commune's bodies at COMMUNE, by unit", async () => {
    const ranking = async (args: string) =>
      ((await as(analyst, `query($p: String!) { coordinationIndexRanking(period: $p, ${args}) { index { agency { id } } } }`, { p: documentsYear })).coordinationIndexRanking as { index: { agency: { id: string } } }[])
        .map((row) => row.index.agency.id)
        .sort();
    const ward = ['hdnd-phuong-hoan-kiem', 'mttq-phuong-hoan-kiem', 'ubnd-phuong-hoan-kiem'];
    await eventually(async () => (await ranking('level: COMMUNE')).length === 6, 60_000);
    expect(await ranking('level: COMMUNE, administrativeUnitId: "phuong-hoan-kiem"')).toEqual(ward);
    expect(await ranking('level: CITY')).toEqual(['committee', 'council', 'delegation', 'front']);
    // The ward committee's documents for its council's session count for it, on time.
    const figure = await eventually(async () => {
      const { coordinationIndex } = await as(analyst, `query($p: String!) { coordinationIndex(agencyId: "ubnd-phuong-hoan-kiem", period: $p) { components { kind due onTime } } }`, { p: documentsYear });
      const documents = coordinationIndex?.components.find((c: { kind: string }) => c.kind === 'AGENDA_DOCUMENT');
      return documents?.onTime === 1 && coordinationIndex;
    }, 60_000);
    expect(figure.components.find((c: { kind: string }) => c.kind === 'AGENDA_DOCUMENT')).toEqual({ kind: 'AGENDA_DOCUMENT', due: 1, onTime: 1 });
  });
});
