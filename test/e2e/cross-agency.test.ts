import type { Caller } from '@hanoi/platform';
import { eventually } from '@hanoi/platform/testing';
import { startWholePlatform } from '../support/platform';

/**
 * The pages front-end teams build across agencies, each one query through the gateway, on data created
 * through the gateway by each body's own staff (events cross Kafka in between).
 */
const admin: Caller = { subject: 'admin', agency: 'committee', roles: ['admin'] };
const councilClerk: Caller = { subject: 'council-clerk', agency: 'council', roles: ['clerk'] };
const frontClerk: Caller = { subject: 'front-clerk', agency: 'front', roles: ['clerk'] };
const delegationClerk: Caller = { subject: 'delegation-clerk', agency: 'delegation', roles: ['clerk'] };
const financeLeader: Caller = { subject: 'finance-leader', agency: 'so-tai-chinh', roles: ['leader'] };

describe('cross-agency pages through the gateway', () => {
  let platform: Awaited<ReturnType<typeof startWholePlatform>>;
  const ids: Record<string, string> = {};

  const as = (caller: Caller, query: string, variables: Record<string, unknown> = {}) => platform.as(caller, query, variables);

  beforeAll(async () => {
    platform = await startWholePlatform();
    for (const input of [
      { id: 'committee', name: 'Ủy ban nhân dân thành phố Hà Nội', shortName: 'UBND thành phố', kind: 'CITY_BODY', level: 'CITY' },
      { id: 'council', name: 'Thường trực Hội đồng nhân dân thành phố Hà Nội', shortName: 'Thường trực HĐND', kind: 'CITY_BODY', level: 'CITY' },
      { id: 'front', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội', shortName: 'Ủy ban MTTQ', kind: 'CITY_BODY', level: 'CITY' },
      { id: 'delegation', name: 'Đoàn đại biểu Quốc hội thành phố Hà Nội', shortName: 'Đoàn ĐBQH', kind: 'CITY_BODY', level: 'CITY' },
      { id: 'so-tai-chinh', name: 'Sở Tài chính thành phố Hà Nội', shortName: 'Sở Tài chính', kind: 'DEPARTMENT', level: 'CITY', parentId: 'committee' },
    ]) {
      await as(admin, `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, { input });
    }
    await as(admin, `mutation { createAdministrativeUnit(input: { id: "phuong-hoan-kiem", name: "Phường Hoàn Kiếm", kind: WARD, validFrom: "2025-07-01" }) { id } }`);

    const schedule = `mutation($input: ScheduleCouncilSessionInput!) { scheduleCouncilSession(input: $input) { id } }`;
    ids.past = (await as(councilClerk, schedule, { input: { term: '2021-2026', number: 30, kind: 'REGULAR', opensOn: '2026-07-07', closesOn: '2026-07-10' } })).scheduleCouncilSession.id;
    ids.next = (await as(councilClerk, schedule, { input: { term: '2026-2031', number: 2, kind: 'REGULAR', opensOn: '2026-12-15', closesOn: '2026-12-18' } })).scheduleCouncilSession.id;
    const item = await as(councilClerk, `mutation($s: ID!) { addAgendaItem(input: { councilSessionId: $s, title: "Tờ trình quyết toán ngân sách năm 2025", presentingAgencyId: "so-tai-chinh", reviewingCommittee: ECONOMY_BUDGET }) { id documentDueOn } }`, { s: ids.past });
    ids.item = item.addAgendaItem.id;
    // Due 15 days before opening (2026-06-22); the department sent it on 2026-06-25: late by 3 days.
    await as(financeLeader, `mutation($id: ID!) { submitAgendaDocument(agendaItemId: $id, input: { submittedOn: "2026-06-25" }) { id } }`, { id: ids.item });
    await as(frontClerk, `mutation($s: ID!) { submitVoterOpinionReport(input: { councilSessionId: $s, summary: "Tổng hợp 126 ý kiến, kiến nghị của cử tri trước kỳ họp", submittedOn: "2026-07-01", recommendationCount: 126 }) { id } }`, { s: ids.past });

    ids.deputy = (await as(delegationClerk, `mutation { createNationalAssemblyDeputy(input: { fullName: "Phạm Đức Anh", constituency: 1, term: "XVI (2026-2031)", fullTime: true }) { id } }`)).createNationalAssemblyDeputy.id;
    ids.meeting = (
      await as(frontClerk, `mutation($input: RecordVoterMeetingInput!) { recordVoterMeeting(input: $input) { id } }`, {
        input: {
          kind: 'BEFORE_SESSION',
          heldOn: '2026-06-20',
          place: 'Hội trường phường Hoàn Kiếm',
          administrativeUnitId: 'phuong-hoan-kiem',
          councilSessionId: ids.past,
          nationalAssemblyDeputyIds: [ids.deputy],
          attendance: 90,
          recommendations: [{ text: 'Đề nghị công khai dự toán ngân sách phường', category: 'OTHER', addressedToAgencyId: 'so-tai-chinh' }],
        },
      })
    ).recordVoterMeeting.id;
    await as(delegationClerk, `mutation { createLawConsultation(input: { draftTitle: "Dự thảo Luật Ngân sách nhà nước (sửa đổi)", draftKind: LAW, opensOn: "2026-11-01", closesOn: "2026-12-20", invitedAgencyIds: ["so-tai-chinh", "committee"] }) { id } }`);
    // F1 crosses Kafka: wait for the case before reading the pages.
    await eventually(async () => (await as(financeLeader, `{ agency(id: "so-tai-chinh") { openCaseCount } }`)).agency.openCaseCount === 1, 30_000);
  }, 180_000);
  afterAll(() => platform?.stop(), 60_000);

  it("a session's dossier: its agenda with late documents and presenting agencies, the front's voter report, the recommendations due", async () => {
    const data = await as(councilClerk, `query($past: ID!, $next: ID!) {
      past: councilSession(id: $past) {
        name documentDueOn
        agenda { title presentingAgency { name } submittedOn late }
        preparationDossier(asOf: "2026-07-01") { total late missing }
        voterOpinionReport { summary recommendationCount }
      }
      next: councilSession(id: $next) { opensOn voterRecommendationsDue { subject agency { shortName } due { on rule } } }
    }`, { past: ids.past, next: ids.next });
    expect(data.past).toEqual({
      name: expect.stringContaining('Kỳ họp thứ 30'),
      documentDueOn: '2026-06-22',
      agenda: [{ title: 'Tờ trình quyết toán ngân sách năm 2025', presentingAgency: { name: 'Sở Tài chính thành phố Hà Nội' }, submittedOn: '2026-06-25', late: true }],
      preparationDossier: { total: 1, late: 1, missing: 0 },
      voterOpinionReport: { summary: 'Tổng hợp 126 ý kiến, kiến nghị của cử tri trước kỳ họp', recommendationCount: 126 },
    });
    expect(data.next.voterRecommendationsDue).toEqual([
      { subject: 'Đề nghị công khai dự toán ngân sách phường', agency: { shortName: 'Sở Tài chính' }, due: { on: '2026-12-15', rule: expect.stringContaining('next regular council session') } },
    ]);
  });

  it("a deputy's record: the voter meetings they attended, the recommendations raised there and where each stands", async () => {
    const data = await as(delegationClerk, `query($id: ID!) {
      nationalAssemblyDeputy(id: $id) {
        fullName
        voterMeetings { heldOn place recommendationCases { subject status agency { shortName } due { on } } }
      }
    }`, { id: ids.deputy });
    expect(data.nationalAssemblyDeputy).toEqual({
      fullName: 'Phạm Đức Anh',
      voterMeetings: [
        {
          heldOn: '2026-06-20',
          place: 'Hội trường phường Hoàn Kiếm',
          recommendationCases: [{ subject: 'Đề nghị công khai dự toán ngân sách phường', status: 'RECEIVED', agency: { shortName: 'Sở Tài chính' }, due: { on: '2026-12-15' } }],
        },
      ],
    });
  });

  it("an agency's page: its directory entry, its cases, its late session documents and the consultations it owes", async () => {
    const data = await as(financeLeader, `{
      agency(id: "so-tai-chinh") {
        name kind parent { shortName }
        openCaseCount
        cases(first: 5) { edges { node { subject kind channel } } }
        agendaItems(lateOnly: true) { title councilSession { name } }
        consultationsOwed { draftTitle closesOn }
      }
    }`);
    expect(data.agency).toEqual({
      name: 'Sở Tài chính thành phố Hà Nội',
      kind: 'DEPARTMENT',
      parent: { shortName: 'UBND thành phố' },
      openCaseCount: 1,
      cases: { edges: [{ node: { subject: 'Đề nghị công khai dự toán ngân sách phường', kind: 'VOTER_RECOMMENDATION', channel: 'VOTER_MEETING' } }] },
      agendaItems: [{ title: 'Tờ trình quyết toán ngân sách năm 2025', councilSession: { name: expect.stringContaining('Kỳ họp thứ 30') } }],
      consultationsOwed: [{ draftTitle: 'Dự thảo Luật Ngân sách nhà nước (sửa đổi)', closesOn: '2026-12-20' }],
    });
  });
});
