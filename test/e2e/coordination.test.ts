import { formatCalendarDate, hanoiToday, type Caller } from '@hanoi/platform';
import { eventually } from '@hanoi/platform/testing';
import { startWholePlatform } from '../support/platform';

/**
 * The coordination itself, end to end through real processes and real Kafka: obligations published by every service
 * are followed to closure and counted by the internal coordination index in supervision, whose figures are checked
 * against numbers computed here by hand from the default weights (AGENDA_DOCUMENT, SESSION_PROGRAMME and
 * VOTER_OPINION_REPORT 3; VOTER_RECOMMENDATION_ANSWER 2; ASSIGNMENT_ANSWER 1). Days are relative to today (Hanoi) so
 * that on time, late and overdue do not depend on when the test runs. Between them the two scenarios cross all six
 * services: front, petitions, committee and council publish the obligations, delegation the consultation's,
 * supervision counts them.
 */
const admin: Caller = { subject: 'e2e-admin', agency: 'committee', roles: ['admin'] };
const councilClerk: Caller = { subject: 'e2e-council-clerk', agency: 'council', roles: ['clerk'] };
const frontClerk: Caller = { subject: 'e2e-front-clerk', agency: 'front', roles: ['clerk'] };
const constructionClerk: Caller = { subject: 'e2e-xd-clerk', agency: 'so-xay-dung', roles: ['clerk'] };
const financeClerk: Caller = { subject: 'e2e-tc-clerk', agency: 'so-tai-chinh', roles: ['clerk'] };
const analyst: Caller = { subject: 'e2e-analyst', agency: 'council', roles: ['analyst'] };
const delegationClerk: Caller = { subject: 'e2e-delegation-clerk', agency: 'delegation', roles: ['clerk'] };

const today = hanoiToday();
const fromToday = (days: number) => formatCalendarDate(new Date(today.getTime() + days * 86_400_000));
const monthOf = (day: string) => day.slice(0, 7);

const indexQuery = `query($agency: ID!, $period: String!) {
  coordinationIndex(agencyId: $agency, period: $period) {
    value
    basis { weightsVersion eventCount }
    components {
      kind due onTime late overdue pending rate weight
      items { standing daysLate subject { __typename ... on Petition { id } ... on Assignment { id } ... on AgendaItem { id } ... on VoterOpinionReport { id } ... on LawConsultation { id } } }
    }
  }
}`;

describe('the coordination, followed to closure and measured', () => {
  let platform: Awaited<ReturnType<typeof startWholePlatform>>;
  const ids: Record<string, string> = {};

  const as = (caller: Caller, query: string, variables: Record<string, unknown> = {}) => platform.as(caller, query, variables);
  const index = async (agency: string, period: string) => (await as(analyst, indexQuery, { agency, period })).coordinationIndex;

  beforeAll(async () => {
    platform = await startWholePlatform();
    await platform.createAgencies(['committee', 'council', 'front', 'delegation', 'so-xay-dung', 'so-tai-chinh', 'so-noi-vu']);
    await as(admin, `mutation { createAdministrativeUnit(input: { id: "phuong-hoan-kiem", name: "Phường Hoàn Kiếm", kind: WARD, validFrom: "2025-07-01" }) { id } }`);
  }, 180_000);
  afterAll(() => platform?.stop(), 60_000);

  it('a voter meeting is held → cases → committee assignments → answered → cases resolved: the index counts the on-time answers and shows the late and overdue ones', async () => {
    const schedule = `mutation($input: ScheduleCouncilSessionInput!) { scheduleCouncilSession(input: $input) { id opensOn } }`;
    const past = (await as(councilClerk, schedule, { input: { term: '2026-2031', number: 3, kind: 'REGULAR', opensOn: fromToday(-30), closesOn: fromToday(-28) } })).scheduleCouncilSession;
    const next = (await as(councilClerk, schedule, { input: { term: '2026-2031', number: 4, kind: 'REGULAR', opensOn: fromToday(40), closesOn: fromToday(42) } })).scheduleCouncilSession;
    const meeting = (heldOn: string, texts: string[]) =>
      as(frontClerk, `mutation($input: RecordVoterMeetingInput!) { recordVoterMeeting(input: $input) { id } }`, {
        input: {
          kind: 'AFTER_SESSION',
          heldOn,
          place: 'Nhà văn hóa tổ dân phố số 5, phường Hoàn Kiếm',
          administrativeUnitId: 'phuong-hoan-kiem',
          attendance: 120,
          recommendations: texts.map((text) => ({ text, category: 'CONSTRUCTION_URBAN_ORDER', addressedToAgencyId: 'so-xay-dung' })),
        },
      });
    // Answers are due at the next regular session after the meeting: 30 days ago for the first, in 40 days for the second.
    const before = (await meeting(fromToday(-45), ['Xử lý công trình sai phép ngõ 12 Hàng Bông', 'Xử lý lấn chiếm vỉa hè phố Hàng Gai', 'Xử lý tầng tum sai phép phố Hàng Bạc'])).recordVoterMeeting.id;
    const after = (await meeting(fromToday(-10), ['Cấp phép sửa chữa nhà cũ phố Hàng Bè', 'Kiểm tra công trình cao tầng phố Lý Thái Tổ'])).recordVoterMeeting.id;

    // F1 then F2 cross Kafka: each recommendation becomes a case and the case an assignment of the department.
    const casesOf = async (meetingId: string) =>
      (await as(admin, `query($id: ID!) { voterMeeting(id: $id) { recommendationCases { id due { on } assignment { id dueOn } } } }`, { id: meetingId })).voterMeeting
        .recommendationCases as { id: string; due: { on: string } | null; assignment: { id: string; dueOn: string } | null }[];
    const early = await eventually(async () => {
      const cases = await casesOf(before);
      return cases.length === 3 && cases.every((c) => c.assignment && c.due?.on === past.opensOn) && cases;
    }, 60_000);
    const later = await eventually(async () => {
      const cases = await casesOf(after);
      return cases.length === 2 && cases.every((c) => c.assignment && c.due?.on === next.opensOn) && cases;
    }, 60_000);
    expect(early.map((c) => c.assignment!.dueOn)).toEqual([past.opensOn, past.opensOn, past.opensOn]);

    const answer = (assignmentId: string, answeredOn: string) =>
      as(constructionClerk, `mutation($id: ID!, $input: AnswerAssignmentInput!) { answerAssignment(id: $id, input: $input) { id status } }`, {
        id: assignmentId,
        input: { answer: 'Sở Xây dựng đã chỉ đạo kiểm tra, xử lý theo quy định', answeredOn },
      });
    await answer(early[0]!.assignment!.id, fromToday(-32)); // before the day: on time
    await answer(early[1]!.assignment!.id, fromToday(0)); // 30 days late; the third is never answered: overdue
    await answer(later[0]!.assignment!.id, fromToday(0)); // on time; the other is not yet due: pending

    // The answers resolve the cases (F2 back to petitions) and every obligation event reaches the index (F4).
    const pastMonth = monthOf(past.opensOn);
    const figure = await eventually(async () => {
      const value = await index('so-xay-dung', pastMonth);
      const answers = value.components.find((c: { kind: string }) => c.kind === 'VOTER_RECOMMENDATION_ANSWER');
      return answers?.late === 1 && answers.onTime === 1 && value;
    }, 60_000);
    // By hand: each component has 3 due: 1 on time, 1 late, 1 overdue → 33.33 %; index = (1 × 33.33 + 2 × 33.33) ÷ 3.
    expect(figure.value).toBe(33.33);
    const byKind = Object.fromEntries(figure.components.map((c: { kind: string }) => [c.kind, c]));
    expect(byKind.ASSIGNMENT_ANSWER).toMatchObject({ due: 3, onTime: 1, late: 1, overdue: 1, pending: 0, rate: 33.33, weight: 1 });
    expect(byKind.VOTER_RECOMMENDATION_ANSWER).toMatchObject({ due: 3, onTime: 1, late: 1, overdue: 1, pending: 0, rate: 33.33, weight: 2 });
    expect(byKind.ASSIGNMENT_ANSWER.items).toEqual([
      { standing: 'LATE', daysLate: 30, subject: { __typename: 'Assignment', id: early[1]!.assignment!.id } },
      { standing: 'OVERDUE', daysLate: 30, subject: { __typename: 'Assignment', id: early[2]!.assignment!.id } },
    ].sort((a, b) => a.subject.id.localeCompare(b.subject.id)));
    expect(byKind.VOTER_RECOMMENDATION_ANSWER.items.map((item: { subject: { id: string } }) => item.subject.id).sort()).toEqual([early[1]!.id, early[2]!.id].sort());

    // The month of the next session: the answer given today is on time; the other is not yet due (not counted). The
    // committee's and petitions' events reach the index on their own topics: the figure is judged once both have.
    const shape = (value: { components: { kind: string; onTime: number; pending: number }[] }) => value.components.map((c) => [c.kind, c.onTime, c.pending]);
    const expected = [
      ['ASSIGNMENT_ANSWER', 1, 1],
      ['VOTER_RECOMMENDATION_ANSWER', 1, 1],
    ];
    const nextMonth = await eventually(async () => {
      const value = await index('so-xay-dung', monthOf(next.opensOn));
      return JSON.stringify(shape(value)) === JSON.stringify(expected) && value;
    }, 60_000).catch(async () => index('so-xay-dung', monthOf(next.opensOn)));
    expect(shape(nextMonth)).toEqual(expected);
    expect(nextMonth.value).toBe(100);
    ids.pastMonth = pastMonth;
  }, 240_000);

  it('council schedules a session → preparation tasks and document duties appear → one document late, one missing: the index of the presenting agencies shows both, and the session dossier lists them', async () => {
    const session = (await as(councilClerk, `mutation($input: ScheduleCouncilSessionInput!) { scheduleCouncilSession(input: $input) { id documentDueOn } }`, {
      input: { term: '2026-2031', number: 5, kind: 'REGULAR', opensOn: fromToday(10), closesOn: fromToday(12) },
    })).scheduleCouncilSession;
    expect(session.documentDueOn).toBe(fromToday(-5)); // 15 days before opening
    const add = async (title: string, presentingAgencyId: string) =>
      (await as(councilClerk, `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`, {
        input: { councilSessionId: session.id, title, presentingAgencyId, reviewingCommittee: 'ECONOMY_BUDGET' },
      })).addAgendaItem.id as string;
    const budget = await add('Tờ trình dự toán ngân sách thành phố năm 2027', 'so-tai-chinh');
    const staffing = await add('Tờ trình giao biên chế công chức năm 2027', 'so-noi-vu');
    await as(financeClerk, `mutation($id: ID!) { submitAgendaDocument(agendaItemId: $id, input: { submittedOn: "${fromToday(0)}" }) { id } }`, { id: budget });
    await as(councilClerk, `mutation($id: ID!) { issueSessionProgramme(id: $id, input: { issuedOn: "${fromToday(-6)}" }) { id } }`, { id: session.id });
    // The budget law's consultation closed the same day the documents were due: finance contributed the day before,
    // home affairs never did.
    const consultation = (await as(delegationClerk, `mutation($input: CreateLawConsultationInput!) { createLawConsultation(input: $input) { id } }`, {
      input: { draftTitle: 'Dự thảo Luật Ngân sách nhà nước (sửa đổi)', draftKind: 'LAW', opensOn: fromToday(-20), closesOn: fromToday(-5), invitedAgencyIds: ['so-tai-chinh', 'so-noi-vu'] },
    })).createLawConsultation.id;
    await as(financeClerk, `mutation($input: SubmitContributionInput!) { submitContribution(input: $input) { id } }`, {
      input: { consultationId: consultation, agencyId: 'so-tai-chinh', content: 'Sở Tài chính góp ý về phân cấp nguồn thu giữa các cấp ngân sách', submittedOn: fromToday(-6) },
    });

    // The dossier: council's own view, and supervision's tasks (one per obligation, opened and closed by events).
    const dossier = await eventually(async () => {
      const data = await as(councilClerk, `query($id: ID!) { councilSession(id: $id) {
        preparationDossier { total late missing }
        preparationTasks { agency { id } status late doneOn source agendaItem { id } }
      } }`, { id: session.id });
      const tasks = data.councilSession.preparationTasks ?? [];
      return tasks.length === 4 && tasks.filter((t: { status: string }) => t.status === 'DONE').length === 2 && data.councilSession;
    }, 60_000);
    expect(dossier.preparationDossier).toEqual({ total: 2, late: 1, missing: 1 });
    const tasks = [...dossier.preparationTasks].sort((a: { agency: { id: string } }, b: { agency: { id: string } }) => a.agency.id.localeCompare(b.agency.id));
    expect(tasks).toEqual([
      { agency: { id: 'council' }, status: 'DONE', late: false, doneOn: fromToday(-6), source: 'SESSION_PREPARATION', agendaItem: null },
      { agency: { id: 'front' }, status: 'OPEN', late: true, doneOn: null, source: 'SESSION_PREPARATION', agendaItem: null },
      { agency: { id: 'so-noi-vu' }, status: 'OPEN', late: true, doneOn: null, source: 'SESSION_PREPARATION', agendaItem: { id: staffing } },
      { agency: { id: 'so-tai-chinh' }, status: 'DONE', late: true, doneOn: fromToday(0), source: 'SESSION_PREPARATION', agendaItem: { id: budget } },
    ]);

    const period = monthOf(fromToday(-5));
    // By hand: finance's documents 5 days late (rate 0, weight 3), its contribution on time (rate 100, weight 1):
    // (3 × 0 + 1 × 100) ÷ 4 = 25. Home affairs owes both: 0.
    const finance = await eventually(async () => {
      const value = await index('so-tai-chinh', period);
      return value.components.find((c: { kind: string; onTime: number }) => c.kind === 'LAW_CONSULTATION_CONTRIBUTION')?.onTime === 1 && value;
    }, 30_000);
    expect(finance.value).toBe(25);
    expect(finance.components).toEqual([
      expect.objectContaining({ kind: 'AGENDA_DOCUMENT', due: 1, onTime: 0, late: 1, overdue: 0, rate: 0, weight: 3 }),
      expect.objectContaining({ kind: 'LAW_CONSULTATION_CONTRIBUTION', due: 1, onTime: 1, late: 0, overdue: 0, rate: 100, weight: 1, items: [] }),
    ]);
    expect(finance.components[0].items).toEqual([{ standing: 'LATE', daysLate: 5, subject: { __typename: 'AgendaItem', id: budget } }]);
    const staffingIndex = await index('so-noi-vu', period);
    expect(staffingIndex.value).toBe(0);
    expect(staffingIndex.components.map((c: { kind: string; overdue: number }) => [c.kind, c.overdue])).toEqual([
      ['AGENDA_DOCUMENT', 1],
      ['LAW_CONSULTATION_CONTRIBUTION', 1],
    ]);
    expect(staffingIndex.components[0].items).toEqual([{ standing: 'OVERDUE', daysLate: 5, subject: { __typename: 'AgendaItem', id: staffing } }]);
    expect((await index('council', period)).components).toEqual([expect.objectContaining({ kind: 'SESSION_PROGRAMME', due: 1, onTime: 1, rate: 100 })]);
    const front = await index('front', period);
    expect(front.components[0]).toMatchObject({ kind: 'VOTER_OPINION_REPORT', due: 1, overdue: 1 });
    expect(front.components[0].items[0].subject.__typename).toBe('VoterOpinionReport');

    // The same figures, one query, on the agency pages and the ranking of the city's agencies.
    const ranking = (await as(analyst, `query($p: String!) { coordinationIndexRanking(period: $p, level: CITY) { rank index { agency { id } value } } }`, { p: period }))
      .coordinationIndexRanking as { rank: number | null; index: { agency: { id: string }; value: number | null } }[];
    expect(ranking.find((row) => row.index.agency.id === 'council')).toEqual({ rank: 1, index: { agency: { id: 'council' }, value: 100 } });
    expect(ranking.filter((row) => row.index.agency.id.startsWith('so-noi')).map((row) => row.index.value)).toEqual([0]);
    ids.sessionPeriod = period;
  }, 240_000);

  it('refuses bad input with a coded error and the field at fault, and writes nothing', async () => {
    const unknown = await platform.gateway(`{ coordinationIndex(agencyId: "khong-co", period: "2026-11") { value } }`, {}, analyst);
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyId' });
    for (const period of ['2026-13', '26-Q1', '2026-Q5', 'tháng 11']) {
      const invalid = await platform.gateway(`query($p: String!) { coordinationIndex(agencyId: "council", period: $p) { value } }`, { p: period }, analyst);
      expect(invalid.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    }
    const versions = async () => (await as(analyst, `{ coordinationIndexWeightVersions { version } }`)).coordinationIndexWeightVersions;
    const set = `mutation($input: SetCoordinationIndexWeightsInput!) { setCoordinationIndexWeights(input: $input) { version } }`;
    const negative = await platform.gateway(set, { input: { weights: [{ kind: 'AGENDA_DOCUMENT', weight: -1 }], note: 'thử' } }, admin);
    expect(negative.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.weights.0.weight' });
    const allZero = Object.keys({
      AGENDA_DOCUMENT: 0, SESSION_PROGRAMME: 0, QUESTION_ANSWER: 0, CASE_ACCEPTANCE: 0, CASE_INITIAL_HANDLING: 0, CASE_NOTICE: 0, CASE_RESOLUTION: 0, CASE_ANSWER: 0,
      VOTER_RECOMMENDATION_ANSWER: 0, NA_RECOMMENDATION_ANSWER: 0, ASSIGNMENT_ANSWER: 0, SUPERVISION_RECOMMENDATION: 0, COORDINATION_TASK: 0,
      LAW_CONSULTATION_CONTRIBUTION: 0, SOCIAL_CRITIQUE_REPORT: 0, VOTER_OPINION_REPORT: 0,
    }).map((kind) => ({ kind, weight: 0 }));
    const zero = await platform.gateway(set, { input: { weights: allZero, note: 'thử' } }, admin);
    expect(zero.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.weights' });
    const forbidden = await platform.gateway(set, { input: { weights: [{ kind: 'AGENDA_DOCUMENT', weight: 5 }], note: 'thử' } }, councilClerk);
    expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await versions()).toEqual([{ version: 1 }]);
  });

  it('rebuilds the read model from offset 0 with exactly the same figures', async () => {
    const figures = async () => [
      await index('so-xay-dung', ids.pastMonth!),
      await index('so-tai-chinh', ids.sessionPeriod!),
      await index('front', ids.sessionPeriod!),
      await index('council', ids.sessionPeriod!.slice(0, 4)),
    ];
    const before = await figures();
    const status = `{ coordinationIndexStatus { activeGeneration building { generation } lastBuild { eventCount } } }`;
    const generation = (await as(analyst, status)).coordinationIndexStatus.activeGeneration as number;
    const started = (await as(admin, `mutation { rebuildCoordinationIndex { generation } }`)).rebuildCoordinationIndex;
    expect(started.generation).toBe(generation + 1);
    const done = await eventually(async () => {
      const now = (await as(analyst, status)).coordinationIndexStatus;
      return now.activeGeneration === generation + 1 && now.building === null && now;
    }, 60_000);
    expect(done.lastBuild.eventCount).toBeGreaterThan(0);
    expect(await figures()).toEqual(before);
  }, 120_000);
});
