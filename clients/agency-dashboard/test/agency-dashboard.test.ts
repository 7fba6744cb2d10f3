import type { Caller } from '@hanoi/platform';
import { eventually } from '@hanoi/platform/testing';
import { seedDemo } from '../../../scripts/seed/demo';
import { startWholePlatform } from '../../../test/support/platform';
import { AgencyPageDocument, createClient, GraphQLRequestError, savedQueries, SessionDossierDocument, type AgencyPageQuery } from '../src';

/**
 * The example app against the whole platform (every subgraph and the gateway as processes, the demo data) with
 * trusted documents enforced, as in production: it sends only its registered operations, by id, and gets typed
 * answers. The demo data is loaded by an administrator with ad-hoc documents, which enforcement still allows.
 * What the demo's events build in other services (cases from a voter meeting, assignments, the index) arrives
 * over Kafka, hence `eventually`.
 */
const admin: Caller = { subject: 'e2e-admin', agency: 'committee', roles: ['admin'] };
const constructionLeader: Caller = { subject: 'so-xay-dung-leader', agency: 'so-xay-dung', roles: ['leader'] };
const financeClerk: Caller = { subject: 'so-tai-chinh-clerk', agency: 'so-tai-chinh', roles: ['clerk'] };
const analyst: Caller = { subject: 'council-analyst', agency: 'council', roles: ['analyst'] };
/**
 * How long to wait for what travels over Kafka, generous for a loaded 2-core machine (the index works through the demo
 * directory's ~1,900 events before the demo's obligations); each such test gets 30 s more.
 */
const kafkaWaitMs = 180_000;

describe('the agency dashboard, a typed client of the one API', () => {
  let platform: Awaited<ReturnType<typeof startWholePlatform>>;
  const clientOf = (caller: Caller) => createClient({ url: platform.gatewayUrl, token: () => platform.token(caller) });

  beforeAll(async () => {
    platform = await startWholePlatform({ env: { GATEWAY_TRUSTED_DOCUMENTS: 'enforce' } });
    await seedDemo(platform.gatewayUrl, await platform.token(admin), () => undefined);
    // The seed waits for petitions to read the whole directory import's events (~1,600) on a loaded 2-core machine.
  }, 420_000);
  afterAll(() => platform?.stop(), 60_000);

  it('shows an agency’s page across committee, petitions and supervision: its cases, assignments and open recommendations', async () => {
    const execute = clientOf(constructionLeader);
    const agency = await eventually(async () => {
      const page = (await execute(AgencyPageDocument, { id: 'so-xay-dung', period: '2026' })).agency;
      // The voter meeting's case and the committee's assignments arrive over Kafka.
      return page?.cases?.totalCount === 2 && page.assignments.length === 3 && page;
    }, kafkaWaitMs);
    expect(agency.name).toBe('Sở Xây dựng thành phố Hà Nội');
    expect(agency.openCaseCount).toBe(2);
    expect(agency.cases?.edges.map(({ node }) => [node.kind, node.subject, node.due.on]).sort()).toEqual([
      ['RECOMMENDATION', 'Kiến nghị bổ sung đèn tín hiệu giao thông tại nút giao gần trường học', null],
      ['VOTER_RECOMMENDATION', 'Đề nghị sớm cải tạo vỉa hè và hệ thống thoát nước phố Hàng Bông', '2027-07-06'],
    ]);
    expect(agency.assignments.map((assignment) => assignment.subjectType).sort()).toEqual(['PETITION', 'PETITION', 'SUPERVISION_RECOMMENDATION']);
    expect(agency.supervisionRecommendations).toEqual([
      { id: expect.any(String), text: 'Hoàn thành cải tạo hệ thống thoát nước khu phố cổ trước mùa mưa', dueOn: '2027-04-30', status: 'ISSUED', overdue: false },
    ]);
  }, kafkaWaitMs + 30_000);

  it('shows an agency’s page with its agenda documents and its coordination index', async () => {
    const execute = clientOf(financeClerk);
    const index = (page: AgencyPageQuery['agency']) => page?.coordinationIndex;
    const agency = await eventually(async () => {
      const page = (await execute(AgencyPageDocument, { id: 'so-tai-chinh', period: '2026' })).agency;
      return index(page)?.value !== undefined && index(page)?.value !== null && page;
    }, kafkaWaitMs);
    expect(agency.agendaItems).toEqual([
      {
        id: expect.any(String),
        title: 'Tờ trình về dự toán ngân sách thành phố năm 2027',
        documentDueOn: '2026-11-23',
        timeliness: 'LATE',
        councilSession: { id: expect.any(String), name: 'Kỳ họp thứ 5, HĐND thành phố khóa XVII' },
      },
    ]);
    // Its one obligation of 2026, the budget document, was met two days late: rate 0, index 0.
    expect(agency.coordinationIndex).toEqual({
      period: '2026',
      value: 0,
      components: [{ kind: 'AGENDA_DOCUMENT', due: 1, onTime: 0, late: 1, overdue: 0, rate: 0, weight: 3 }],
      basis: { weightsVersion: 1, eventCount: expect.any(Number) },
    });
  }, kafkaWaitMs + 30_000);

  it('shows the dossier of the next regular session: documents, questions, the Front’s report, preparation tasks', async () => {
    const execute = clientOf(constructionLeader);
    const session = await eventually(async () => {
      const dossier = (await execute(SessionDossierDocument, { after: '2026-11-28' })).nextRegularSession;
      // The Front's report and supervision's tasks follow council's events.
      return dossier?.voterOpinionReport && dossier.preparationTasks?.length === 5 && dossier;
    }, kafkaWaitMs);
    expect(session).toMatchObject({ name: 'Kỳ họp thứ 5, HĐND thành phố khóa XVII', opensOn: '2026-12-08', documentDueOn: '2026-11-23', programmeIssuedOn: '2026-11-20' });
    expect(session.preparationDossier).toMatchObject({ total: 3, onTime: 0, late: 1, missing: 2, pending: 0 });
    expect(session.questions).toEqual([{ id: expect.any(String), status: 'ASKED', dueOn: '2026-12-31', addressedTo: { id: 'so-xay-dung', shortName: 'Sở Xây dựng' } }]);
    expect(session.voterOpinionReport).toEqual({ status: 'DUE', dueOn: '2026-11-23', submittedOn: null });
    expect(session.preparationTasks?.filter((task) => task.late).map((task) => task.agency?.id).sort()).toEqual(['committee', 'front', 'so-quy-hoach-kien-truc', 'so-tai-chinh']);
  }, kafkaWaitMs + 30_000);

  it('runs every saved analyst query of the explorer, typed, as an analyst (who may send documents no manifest holds)', async () => {
    const execute = clientOf(analyst);
    const { agency } = await execute(savedQueries.AgencyPageDocument, { agencyId: 'so-tai-chinh', period: '2026' });
    expect(agency?.name).toBe('Sở Tài chính thành phố Hà Nội');
    const { coordinationIndexRanking } = await execute(savedQueries.CoordinationIndexRankingDocument, { period: '2026' });
    expect(coordinationIndexRanking?.find((entry) => entry.index.agency?.id === 'so-tai-chinh')?.index.value).toBe(0);
    const late = await execute(savedQueries.LateSessionDocumentsDocument, { after: '2026-11-28', asOf: '2026-12-01' });
    expect(late.nextRegularSession?.preparationDossier.entries.map((entry) => entry.timeliness).sort()).toEqual(['LATE', 'MISSING', 'MISSING']);
    const overdue = await execute(savedQueries.OverdueCasesByAgencyDocument);
    expect(overdue.petitions!.totalCount).toBe(overdue.petitionCounts!.total);
    const dossier = await execute(savedQueries.SessionDossierDocument, { after: '2026-11-28' });
    expect(dossier.nextRegularSession?.preparationDossier.total).toBe(3);
    // The voter meeting's three recommendations are answered at the next session but one (flow F1, over Kafka).
    const due = await eventually(async () => {
      const { nextRegularSession } = await execute(savedQueries.VoterRecommendationsDueDocument, { after: '2026-12-08' });
      return nextRegularSession?.voterRecommendationsDue?.length === 3 && nextRegularSession;
    }, kafkaWaitMs);
    expect(due.opensOn).toBe('2027-07-06');
  }, kafkaWaitMs + 30_000);

  it('cannot send a document of its own making, and its types refuse an operation without its required variables', async () => {
    const adHoc = await platform.gateway(`{ agency(id: "so-xay-dung") { name } }`, {}, constructionLeader);
    expect(adHoc.errors?.map((error) => error.extensions?.code)).toEqual(['PERSISTED_QUERY_REQUIRED']);
    // @ts-expect-error: AgencyPage requires `period` (tsc fails if the generated types stop saying so).
    const missing = await clientOf(constructionLeader)(AgencyPageDocument, { id: 'so-xay-dung' }).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(GraphQLRequestError);
    expect((missing as GraphQLRequestError).errors.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
