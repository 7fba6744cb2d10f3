import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { callerTokenHeader, signCallerToken, type Caller, type Role } from '@hanoi/platform';
import { eventually } from '@hanoi/platform/testing';
import { callerOf, columnsFor, expectations, publishMatrix, refusal, type Answer, type Outcome, type Where } from '../../services/petitions/test/matrix';
import { startWholePlatform } from '../support/platform';

/**
 * The authorization matrix through the gateway (issue 9 §7), on the whole platform: users' tokens verified by the
 * gateway, every role in the denunciation's lead agency (own) and in the council (other: "an analyst of the council"),
 * across federated paths (the committee's `Agency` with petitions' cases, the committee's assignments resolving the
 * case through petitions' `_entities`) and the supervision index's weights; then straight at the petitions subgraph,
 * bypassing the gateway with forged, expired, missing, misplaced and other-agency caller tokens. The subgraph's own
 * table (every read path) is services/petitions/test/authorization-matrix.test.ts.
 */
const agencies: Record<Where, string> = { own: 'ubnd-phuong-hoan-kiem', other: 'council' };
const admin: Caller = { subject: 'e2e-matrix-admin', agency: 'committee', roles: ['admin'] };
const ownClerk: Caller = { subject: 'e2e-hk-clerk', agency: agencies.own, roles: ['clerk'] };
const secretWords = 'biên lai 0457';
const denunciation = {
  kind: 'DENUNCIATION',
  channel: 'MAIL',
  receivedOn: '2026-11-16',
  subject: 'Tố cáo cán bộ địa chính phường Hoàn Kiếm nhận tiền để hợp thức hóa công trình trái phép',
  description: `Người tố cáo nộp kèm ${secretWords} do cán bộ viết tay.`,
  category: 'MISCONDUCT_CORRUPTION',
  administrativeUnitId: 'phuong-hoan-kiem',
  cooperatingAgencyIds: ['so-xay-dung'],
  petitioners: [{ fullName: 'Hoàng Thị Mai', nationalId: '001190008888' }],
};
const complaint = { ...denunciation, kind: 'COMPLAINT', subject: 'Khiếu nại quyết định xử phạt xây dựng', description: null, category: 'CONSTRUCTION_URBAN_ORDER', cooperatingAgencyIds: [] };

type Send = (query: string, variables?: Record<string, unknown>) => Promise<Answer>;
interface Row {
  name: string;
  run(send: Send): Promise<Outcome>;
  expected(role: Role, where: Where): Outcome;
}

describe('the authorization matrix through the gateway and around it', () => {
  let platform: Awaited<ReturnType<typeof startWholePlatform>>;
  const secret = randomBytes(32).toString('hex');
  const ids: Record<string, string> = {};

  const as = (caller: Caller, headers: Record<string, string> = {}): Send => (query, variables = {}) => platform.gateway(query, variables, caller, headers);
  const raw = (authorization: string | null): Send => (query, variables = {}) => platform.gateway(query, variables, authorization);
  async function submit(input: object): Promise<string> {
    return (await platform.as(ownClerk, `mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id } }`, { input })).submitPetition.id;
  }
  const holds = (answer: Answer, found: (data: Record<string, any>) => boolean): Outcome => refusal(answer) ?? (found(answer.data!) ? 'allowed' : 'hidden');
  const mentions = (data: unknown) => JSON.stringify(data).includes(ids.D!);
  const accessLogSize = async () => (await platform.as(admin, `query($id: ID) { identityAccessLog(caseId: $id) { totalCount } }`, { id: ids.D })).identityAccessLog.totalCount as number;
  const { needToKnow, caseStaff, adminOnly, identityReader } = expectations;

  const rows: Row[] = [
    {
      name: "petitioners' identity (denunciation)",
      run: async (send) => {
        const answer = await send(`query($id: ID!) { petition(id: $id) { identity(purpose: "Xác minh") { fullName } } }`, { id: ids.D });
        return refusal(answer) ?? (answer.data!.petition?.identity ? 'allowed' : 'hidden');
      },
      expected: (role, where) => (identityReader(role, where) ? 'allowed, logged' : role === 'clerk' && where === 'own' ? 'FORBIDDEN' : 'hidden'),
    },
    {
      name: 'denunciation content: petition(id)',
      run: async (send) => holds(await send(`query($id: ID!) { petition(id: $id) { id subject description history { action } } }`, { id: ids.D }), mentions),
      expected: needToKnow,
    },
    {
      name: 'denunciation in petitions (list)',
      run: async (send) => holds(await send(`{ petitions(filter: { kind: DENUNCIATION }) { edges { node { id subject } } } }`), mentions),
      expected: needToKnow,
    },
    {
      name: 'denunciation in petitionCounts (text search)',
      run: async (send) => holds(await send(`query($t: String) { petitionCounts(filter: { text: $t }) { total } }`, { t: secretWords }), (data) => data.petitionCounts.total === 1),
      expected: (role, where) => (role === 'admin' ? 'allowed' : needToKnow(role, where)),
    },
    {
      name: 'denunciation in petitionsCsv',
      run: async (send) => holds(await send(`{ petitionsCsv(filter: { kind: DENUNCIATION }) }`), mentions),
      expected: expectations.csv,
    },
    {
      name: "denunciation in Agency.cases (committee's agency, petitions' cases)",
      run: async (send) => holds(await send(`query($a: ID!) { agency(id: $a) { name cases { edges { node { id subject } } } } }`, { a: agencies.own }), mentions),
      expected: needToKnow,
    },
    {
      name: "denunciation via the committee's Assignment.petition (_entities)",
      run: async (send) =>
        holds(await send(`query($id: ID!) { assignments(filter: { subjectId: $id }) { edges { node { petition { id subject } } } } }`, { id: ids.D }), (data) =>
          data.assignments.edges.some((edge: any) => edge.node.petition?.id === ids.D),
        ),
      expected: needToKnow,
    },
    {
      name: 'transferPetition (complaint)',
      run: async (send) => {
        const id = await submit(complaint);
        return refusal(await send(`mutation($id: ID!) { transferPetition(id: $id, input: { toAgencyId: "so-xay-dung", reason: "Thuộc thẩm quyền Sở Xây dựng" }) { id } }`, { id })) ?? 'allowed';
      },
      expected: caseStaff,
    },
    {
      name: 'mergePetitions',
      run: async (send) => {
        const [targetId, duplicateId] = [await submit(complaint), await submit(complaint)];
        return refusal(await send(`mutation($input: MergePetitionsInput!) { mergePetitions(input: $input) { id } }`, { input: { targetId, duplicateIds: [duplicateId], reason: 'Trùng nội dung' } })) ?? 'allowed';
      },
      expected: caseStaff,
    },
    {
      name: 'updateRoutingRule',
      run: async (send) =>
        refusal(await send(`mutation { updateRoutingRule(id: "COMPLAINT.ANY.CITY", input: { agencyId: "committee", legalBasis: "Luật Khiếu nại 2011, Điều 21" }) { id } }`)) ?? 'allowed',
      expected: adminOnly,
    },
    {
      name: 'setHolidayYear',
      run: async (send) =>
        refusal(await send(`mutation { setHolidayYear(input: { year: 2031, daysOff: ["2031-01-01"], makeUpWorkingDays: [], provisional: true, source: "Dự kiến" }) { year } }`)) ?? 'allowed',
      expected: adminOnly,
    },
    {
      name: 'setCoordinationIndexWeights (supervision)',
      run: async (send) =>
        refusal(
          await send(`mutation($input: SetCoordinationIndexWeightsInput!) { setCoordinationIndexWeights(input: $input) { version } }`, {
            input: { weights: [{ kind: 'CASE_RESOLUTION', weight: 3 }], note: 'Sơ kết: trọng số giải quyết tố cáo' },
          }),
        ) ?? 'allowed',
      expected: adminOnly,
    },
  ];

  beforeAll(async () => {
    platform = await startWholePlatform({ env: { INTERNAL_TOKEN_SECRET: secret } });
    await platform.as(admin, `mutation { createAdministrativeUnit(input: { id: "phuong-hoan-kiem", name: "Phường Hoàn Kiếm", kind: WARD, validFrom: "2025-07-01" }) { id } }`);
    await platform.createAgencies(['committee', 'council', 'so-xay-dung', 'thanh-tra-thanh-pho', 'ubnd-phuong-hoan-kiem']);
    // The directory crosses Kafka: wait until petitions routes the ward's denunciations to the ward's committee.
    const suggest = `{ suggestAgency(kind: DENUNCIATION, category: MISCONDUCT_CORRUPTION, administrativeUnitId: "phuong-hoan-kiem") { agency { id } } }`;
    await eventually(async () => (await platform.as(admin, suggest)).suggestAgency?.agency.id === agencies.own, 30_000);
    ids.D = await submit(denunciation);
    // F2: the commune committee's assignment, through which the committee references the case.
    await eventually(async () => (await platform.as(admin, `query($id: ID!) { assignments(filter: { subjectId: $id }) { totalCount } }`, { id: ids.D })).assignments.totalCount === 1, 30_000);
  }, 180_000);
  afterAll(() => platform?.stop(), 60_000);

  it('through the gateway: every role in its agency and another, and requests without a valid user token', async () => {
    const adminCallerToken = await signCallerToken(admin, secret);
    const tokenless: Record<string, { send: Send; expected: (row: Row) => Outcome }> = {
      'no token': { send: raw(null), expected: () => 'UNAUTHENTICATED' },
      'forged token': { send: raw(`Bearer ${await platform.forgedToken(admin)}`), expected: () => 'UNAUTHENTICATED' },
      'expired token': { send: raw(`Bearer ${await platform.token(admin, '-1m')}`), expected: () => 'UNAUTHENTICATED' },
      // A client cannot smuggle a caller token past the gateway: it replaces the header with the user's own.
      'viewer@other + admin x-caller-token': {
        send: as({ subject: 'matrix-smuggler', agency: agencies.other, roles: ['viewer'] }, { [callerTokenHeader]: adminCallerToken }),
        expected: (row) => row.expected('viewer', 'other'),
      },
    };
    const table: Record<string, Record<string, string>> = {};
    const expected: Record<string, Record<string, string>> = {};
    for (const row of rows) {
      table[row.name] = {};
      expected[row.name] = {};
      for (const column of columnsFor(Object.keys(tokenless))) {
        if (!column.role) {
          const special = tokenless[column.label]!;
          table[row.name]![column.label] = await row.run(special.send).catch((error: Error) => error.message);
          expected[row.name]![column.label] = special.expected(row);
          continue;
        }
        const before = await accessLogSize();
        const outcome = await row.run(as(callerOf(column, agencies))).catch((error: Error) => error.message);
        table[row.name]![column.label] = outcome === 'allowed' && (await accessLogSize()) > before ? 'allowed, logged' : outcome;
        expected[row.name]![column.label] = row.expected(column.role, column.where!);
      }
    }
    publishMatrix('authorization-matrix-gateway.md', 'Through the gateway (own = the lead agency ubnd-phuong-hoan-kiem, other = council)', table);
    expect(table).toEqual(expected);
  }, 600_000);

  it('straight at the petitions subgraph: only a caller token the gateway signed, unexpired, is accepted; its agency decides', async () => {
    const subgraph = platform.subgraphUrls.petitions!;
    const direct = (token: string | null): Send => async (query, variables = {}) => {
      const response = await fetch(subgraph, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { [callerTokenHeader]: token }) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    };
    const expired = await new SignJWT({ agency: admin.agency, roles: admin.roles })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(admin.subject)
      .setIssuer('hanoi-gateway')
      .setAudience('hanoi-subgraphs')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 180)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 120)
      .sign(new TextEncoder().encode(secret));
    const columns: Record<string, { send: Send; outcome: (row: Row) => Outcome }> = {
      'no caller token': { send: direct(null), outcome: () => 'UNAUTHENTICATED' },
      'forged (other secret)': { send: direct(await signCallerToken(admin, randomBytes(32).toString('hex'))), outcome: () => 'UNAUTHENTICATED' },
      expired: { send: direct(expired), outcome: () => 'UNAUTHENTICATED' },
      "a user's access token": { send: direct(await platform.token(admin)), outcome: () => 'UNAUTHENTICATED' },
      'analyst@other (valid)': { send: direct(await signCallerToken(callerOf({ label: 'analyst@other', role: 'analyst', where: 'other' }, agencies), secret)), outcome: (row) => row.expected('analyst', 'other') },
      'handler@own (valid)': { send: direct(await signCallerToken(callerOf({ label: 'handler@own', role: 'handler', where: 'own' }, agencies), secret)), outcome: (row) => row.expected('handler', 'own') },
    };
    const directRows = rows.filter((row) => !/committee|supervision/.test(row.name));
    const table: Record<string, Record<string, string>> = {};
    const expected: Record<string, Record<string, string>> = {};
    for (const row of directRows) {
      table[row.name] = {};
      expected[row.name] = {};
      for (const [label, column] of Object.entries(columns)) {
        table[row.name]![label] = await row.run(column.send).catch((error: Error) => error.message);
        expected[row.name]![label] = column.outcome(row) === 'allowed, logged' ? 'allowed' : column.outcome(row);
      }
    }
    publishMatrix('authorization-matrix-direct.md', 'Straight at the petitions subgraph, around the gateway', table);
    expect(table).toEqual(expected);
  }, 300_000);
});
