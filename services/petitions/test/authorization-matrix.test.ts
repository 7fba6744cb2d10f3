import { SignJWT } from 'jose';
import { callerTokenHeader, signCallerToken, type Caller, type Role } from '@hanoi/platform';
import { callSubgraph, testSecret } from '@hanoi/platform/testing';
import { callerOf, columnsFor, expectations, publishMatrix, refusal, type Answer, type Column, type Outcome, type Where } from './matrix';
import { startPetitions, type Petitions } from './support';

/**
 * The authorization matrix of the petitions subgraph, straight at it (issue 9 §7): every role in the agency the data
 * belongs to (own: the denunciation's lead agency) and in another one, and callers with a missing, forged or expired
 * caller token, × every sensitive read path and mutation. Each cell is one request's outcome; an administrator's read
 * of a denunciation's content (or anyone's read of identities) must have added to the identity access log
 * ("allowed, logged"). The gateway's table is test/e2e/authorization-matrix.test.ts.
 */
const agencies: Record<Where, string> = { own: 'ubnd-phuong-hoan-kiem', other: 'ubnd-phuong-cua-nam' };
const ownClerk: Caller = { subject: 'hk-clerk-setup', agency: agencies.own, roles: ['clerk'] };
const otherClerk: Caller = { subject: 'cn-clerk-setup', agency: agencies.other, roles: ['clerk'] };
const admin: Caller = { subject: 'matrix-setup-admin', agency: 'committee', roles: ['admin'] };

/** Words only the denunciation holds (its description): a text search must not find it for those who may not. */
const secretWords = 'biên lai 0457';
const denunciation = {
  kind: 'DENUNCIATION',
  channel: 'CITIZEN_RECEPTION',
  receivedOn: '2026-11-16',
  subject: 'Tố cáo cán bộ địa chính phường Hoàn Kiếm nhận tiền để hợp thức hóa công trình xây dựng trái phép',
  description: `Người tố cáo nộp kèm ${secretWords} do cán bộ viết tay.`,
  address: 'Ngõ 12 phố Hàng Bạc',
  category: 'MISCONDUCT_CORRUPTION',
  administrativeUnitId: 'phuong-hoan-kiem',
  petitioners: [{ fullName: 'Hoàng Thị Mai', nationalId: '001190008888', phone: '0912000111' }],
  attachments: [{ fileName: 'bien-lai.pdf', mediaType: 'application/pdf', sizeBytes: 120_000, sha256: 'a'.repeat(64), receivedOn: '2026-11-16' }],
};
const complaint = {
  kind: 'COMPLAINT',
  channel: 'MAIL',
  receivedOn: '2026-11-16',
  subject: 'Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng',
  category: 'CONSTRUCTION_URBAN_ORDER',
  administrativeUnitId: 'phuong-hoan-kiem',
  petitioners: [{ fullName: 'Lương Văn Hùng', nationalId: '001080009999' }],
};
/** Feedback like the denunciation (same unit and category, similar words): the denunciation is its duplicate candidate. */
const lookalike = (agencyId: string) => ({
  ...denunciation,
  kind: 'FEEDBACK',
  channel: 'ONLINE',
  subject: 'Phản ánh cán bộ địa chính phường Hoàn Kiếm nhận tiền để hợp thức hóa công trình xây dựng trái phép',
  description: 'Người phản ánh nộp kèm biên lai do cán bộ viết tay.',
  petitioners: [],
  attachments: [],
  agencyId,
  overrideReason: 'Giao UBND phường xác minh',
});

const { needToKnow, caseStaff, adminOnly, identityReader } = expectations;

type Send = (query: string, variables?: Record<string, unknown>) => Promise<Answer>;
interface Row {
  name: string;
  /** What the cell's request got: a refusal, or whether the sensitive thing was in the answer. */
  run(send: Send, column: Column): Promise<Outcome>;
  expected(role: Role, where: Where): Outcome;
}

describe('petitions: the authorization matrix at the subgraph', () => {
  let petitions: Petitions;
  const ids: Record<string, string> = {};
  const table: Record<string, Record<string, string>> = {};
  const expectedTable: Record<string, Record<string, string>> = {};

  const as = (caller: Caller): Send => (query, variables = {}) => callSubgraph(petitions.url, query, variables, caller);
  /** A request with a raw caller token (or none), as something that is not the gateway would send it. */
  const withToken = (token: string | null): Send => async (query, variables = {}) => {
    const response = await fetch(petitions.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { [callerTokenHeader]: token }) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
  async function submit(input: object, caller: Caller = ownClerk): Promise<string> {
    const result = await as(caller)(`mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id } }`, { input });
    expect(result.errors).toBeUndefined();
    return result.data!.submitPetition.id;
  }
  const has = (value: unknown, id: string) => JSON.stringify(value ?? null).includes(id);
  /** Answered: allowed when the answer holds the denunciation, hidden when it does not. */
  const holds = (answer: Answer, id = ids.D!): Outcome => refusal(answer) ?? (has(answer.data, id) ? 'allowed' : 'hidden');
  const logged = (subject: string) => petitions.db.collection('identity_access_log').countDocuments({ subject });

  const content = 'id subject description address attachments { fileName } history { action } relatedCases { id }';
  const rows: Row[] = [
    {
      name: "petitioners' identity (complaint)",
      run: async (send) => {
        const answer = await send(`query($id: ID!) { petition(id: $id) { identity(purpose: "Xác minh") { fullName } } }`, { id: ids.C });
        return refusal(answer) ?? (answer.data!.petition.identity ? 'allowed' : 'hidden');
      },
      expected: (role, where) => (identityReader(role, where) ? 'allowed, logged' : 'FORBIDDEN'),
    },
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
      run: async (send) => holds(await send(`query($id: ID!) { petition(id: $id) { ${content} } }`, { id: ids.D })),
      expected: needToKnow,
    },
    {
      name: 'denunciation in petitions (list)',
      run: async (send) => holds(await send(`{ petitions(filter: { kind: DENUNCIATION }, first: 100) { totalCount edges { node { id subject } } } }`)),
      expected: needToKnow,
    },
    {
      name: 'denunciation in petitions (text search)',
      run: async (send) => holds(await send(`query($t: String) { petitions(filter: { text: $t }) { edges { node { id subject } } } }`, { t: secretWords })),
      expected: needToKnow,
    },
    {
      name: 'denunciation in petitionCounts',
      run: async (send) => {
        const answer = await send(`{ petitionCounts(filter: { kind: DENUNCIATION }) { total } }`);
        return refusal(answer) ?? (answer.data!.petitionCounts.total === 1 ? 'allowed' : 'hidden');
      },
      expected: () => 'allowed',
    },
    {
      name: 'denunciation in petitionCounts (text search)',
      run: async (send) => {
        const answer = await send(`query($t: String) { petitionCounts(filter: { text: $t }) { total } }`, { t: secretWords });
        return refusal(answer) ?? (answer.data!.petitionCounts.total === 1 ? 'allowed' : 'hidden');
      },
      // A count reads no content: nothing to record.
      expected: (role, where) => (role === 'admin' ? 'allowed' : needToKnow(role, where)),
    },
    {
      name: 'denunciation in petitionsCsv',
      run: async (send) => holds(await send(`{ petitionsCsv(filter: { kind: DENUNCIATION }) }`)),
      expected: expectations.csv,
    },
    {
      name: 'denunciation in duplicateCandidates',
      run: async (send, column) =>
        holds(await send(`query($id: ID!) { duplicateCandidates(id: $id) { petition { id subject } reasons } }`, { id: column.where === 'own' ? ids.Fown : ids.Fother })),
      expected: (role, where) => (role === 'analyst' || role === 'viewer' ? 'FORBIDDEN' : needToKnow(role, where)),
    },
    {
      name: 'denunciation in Agency.cases (_entities)',
      run: async (send) =>
        holds(await send(`query($a: ID!) { _entities(representations: [{ __typename: "Agency", id: $a }]) { ... on Agency { cases(first: 100) { totalCount edges { node { id subject } } } } } }`, { a: agencies.own })),
      expected: needToKnow,
    },
    {
      name: 'denunciation in CitizenReception.cases',
      run: async (send) => holds(await send(`query($id: ID!) { citizenReception(id: $id) { cases { id subject } } }`, { id: ids.R })),
      expected: needToKnow,
    },
    {
      name: 'denunciation in VoterMeeting.recommendationCases',
      run: async (send) =>
        holds(await send(`{ _entities(representations: [{ __typename: "VoterMeeting", id: "vm-matrix" }]) { ... on VoterMeeting { recommendationCases { id subject } } } }`)),
      expected: needToKnow,
    },
    {
      name: 'denunciation in CouncilSession.voterRecommendationsDue',
      run: async (send) =>
        holds(await send(`{ _entities(representations: [{ __typename: "CouncilSession", id: "cs-matrix" }]) { ... on CouncilSession { voterRecommendationsDue { id subject } } } }`)),
      expected: needToKnow,
    },
    {
      name: 'denunciation in ForwardedVoterRecommendation.case',
      run: async (send) =>
        holds(await send(`{ _entities(representations: [{ __typename: "ForwardedVoterRecommendation", id: "fr-matrix" }]) { ... on ForwardedVoterRecommendation { case { id subject } } } }`)),
      expected: needToKnow,
    },
    {
      name: 'denunciation through _entities (Petition)',
      run: async (send) => holds(await send(`query($id: ID!) { _entities(representations: [{ __typename: "Petition", id: $id }]) { ... on Petition { ${content} } } }`, { id: ids.D })),
      expected: needToKnow,
    },
    {
      name: "denunciation in an open case's links (relatedCases)",
      run: async (send) => holds(await send(`query($id: ID!) { petition(id: $id) { id relatedCases { id subject } } }`, { id: ids.C })),
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
      name: 'transferPetition (denunciation)',
      run: async (send) => {
        const id = await submit({ ...denunciation, channel: 'MAIL', petitioners: [] });
        return refusal(await send(`mutation($id: ID!) { transferPetition(id: $id, input: { toAgencyId: "thanh-tra-thanh-pho", reason: "Thanh tra thành phố xác minh" }) { id agency { id } } }`, { id })) ?? 'allowed';
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
      name: 'createRoutingRule',
      run: async (send, column) => {
        const category = column.where === 'own' ? 'HEALTH' : 'EDUCATION';
        const input = { kind: 'FEEDBACK', category, level: 'DISTRICT', agencyId: 'so-y-te', legalBasis: 'Nghị định 124/2020/NĐ-CP' };
        return refusal(await send(`mutation($input: CreateRoutingRuleInput!) { createRoutingRule(input: $input) { id } }`, { input })) ?? 'allowed';
      },
      expected: adminOnly,
    },
    {
      name: 'updateRoutingRule',
      run: async (send) =>
        refusal(await send(`mutation { updateRoutingRule(id: "COMPLAINT.ANY.CITY", input: { agencyId: "committee", legalBasis: "Luật Khiếu nại 2011, Điều 21" }) { id } }`)) ?? 'allowed',
      expected: adminOnly,
    },
    {
      name: 'deleteRoutingRule',
      run: async (send, column) => refusal(await send(`mutation($id: ID!) { deleteRoutingRule(id: $id) { id } }`, { id: `FEEDBACK.${column.where === 'own' ? 'HEALTH' : 'EDUCATION'}.DISTRICT` })) ?? 'allowed',
      expected: adminOnly,
    },
    {
      name: 'setHolidayYear',
      run: async (send) =>
        refusal(await send(`mutation { setHolidayYear(input: { year: 2031, daysOff: ["2031-01-01"], makeUpWorkingDays: [], provisional: true, source: "Dự kiến" }) { year } }`)) ?? 'allowed',
      expected: adminOnly,
    },
    {
      name: 'identityAccessLog',
      run: async (send) => refusal(await send(`{ identityAccessLog(first: 1) { totalCount } }`)) ?? 'allowed',
      expected: adminOnly,
    },
  ];

  beforeAll(async () => {
    petitions = await startPetitions();
    await petitions.seedDirectory();
    const reception = await as(ownClerk)(
      `mutation($input: RecordCitizenReceptionInput!) { recordCitizenReception(input: $input) { id } }`,
      { input: { heldOn: '2026-11-16', hostAgencyId: agencies.own, leaders: ['Chủ tịch UBND phường Hoàn Kiếm'], place: 'Trụ sở UBND phường Hoàn Kiếm', citizensReceived: 9 } },
    );
    ids.R = reception.data!.recordCitizenReception.id;
    ids.D = await submit({ ...denunciation, receptionId: ids.R, cooperatingAgencyIds: ['so-xay-dung'] });
    ids.C = await submit({ ...complaint, relatedCaseIds: [ids.D] });
    ids.Fown = await submit(lookalike(agencies.own));
    ids.Fother = await submit(lookalike(agencies.other), otherClerk);
    // Links no denunciation has today (only voter recommendations carry them), set here so the filter is proven on every path.
    // After the outbox has published: FerretDB applies concurrent updates of one document without isolation, so a
    // direct write racing the relay's write of the same case could be lost.
    await petitions.app.runtime.outbox.drain();
    await petitions.db.collection('petitions').updateOne({ _id: ids.D as never }, { $set: { voterMeetingId: 'vm-matrix', dueSessionId: 'cs-matrix', forwardedRecommendationId: 'fr-matrix' } });
  });
  afterAll(() => petitions.stop());

  it('gives every role, agency and token exactly its outcome on every sensitive path', async () => {
    const tokens: Record<string, Send> = {
      'no token': withToken(null),
      'forged token': withToken(await signCallerToken(admin, 'not-the-gateway-secret-but-32-characters-long')),
      'expired token': withToken(
        await new SignJWT({ agency: admin.agency, roles: admin.roles })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject(admin.subject)
          .setIssuer('hanoi-gateway')
          .setAudience('hanoi-subgraphs')
          .setIssuedAt(Math.floor(Date.now() / 1000) - 180)
          .setExpirationTime(Math.floor(Date.now() / 1000) - 120)
          .sign(new TextEncoder().encode(testSecret)),
      ),
    };
    const columns = columnsFor(Object.keys(tokens));
    for (const row of rows) {
      table[row.name] = {};
      expectedTable[row.name] = {};
      for (const column of columns) {
        if (!column.role) {
          table[row.name]![column.label] = await row.run(tokens[column.label]!, column).catch((error: Error) => error.message);
          expectedTable[row.name]![column.label] = 'UNAUTHENTICATED';
          continue;
        }
        const caller = callerOf(column, agencies);
        const before = await logged(caller.subject);
        const outcome = await row.run(as(caller), column).catch((error: Error) => error.message);
        const wasLogged = outcome === 'allowed' && (await logged(caller.subject)) > before;
        table[row.name]![column.label] = wasLogged ? 'allowed, logged' : outcome;
        expectedTable[row.name]![column.label] = row.expected(column.role, column.where!);
      }
    }
    publishMatrix('authorization-matrix-subgraph.md', 'Petitions subgraph, called directly (own = the lead agency ubnd-phuong-hoan-kiem)', table);
    expect(table).toEqual(expectedTable);
  }, 240_000);

  it('shows the content to the cooperating agency, and no trace of it to anyone else', async () => {
    const cooperating: Caller = { subject: 'xd-handler-1', agency: 'so-xay-dung', roles: ['handler'] };
    const read = await as(cooperating)(`query($id: ID!) { petition(id: $id) { subject description } petitions(filter: { kind: DENUNCIATION }) { totalCount } }`, { id: ids.D });
    expect(read.data).toEqual({ petition: { subject: denunciation.subject, description: denunciation.description }, petitions: { totalCount: 1 } });
    // Hidden lists are not short pages: the totals of a list agree with its edges.
    const analyst: Caller = { subject: 'analyst-hk', agency: agencies.own, roles: ['analyst'] };
    const list = await as(analyst)(`{ petitions(first: 100) { totalCount edges { node { kind } } } petitionCounts { total } denunciations: petitionCounts(filter: { kind: DENUNCIATION }) { total } }`);
    const { petitions: listed, petitionCounts: counted, denunciations } = list.data!;
    expect(listed.totalCount).toBe(listed.edges.length);
    expect(listed.edges.filter((edge: any) => edge.node.kind === 'DENUNCIATION')).toEqual([]);
    expect(denunciations.total).toBeGreaterThan(0);
    expect(counted.total).toBe(listed.totalCount + denunciations.total);
    // Linking a new case to a denunciation one may not see is refused as if it did not exist.
    const link = await as(otherClerk)(`mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id } }`, { input: { ...complaint, relatedCaseIds: [ids.D] } });
    expect(link.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.relatedCaseIds.0' });
    // Nor does reopening one as a second complaint tell that it exists or what kind it is.
    const reopen = await as(otherClerk)(`mutation($id: ID!) { reopenAsSecondComplaint(id: $id, input: { receivedOn: "2026-11-20" }) { id } }`, { id: ids.D });
    expect(reopen.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it("records each administrator's read of the content once per case and request, naming what was read", async () => {
    const reader: Caller = { subject: 'admin-audit', agency: 'committee', roles: ['admin'] };
    await as(reader)(`query($id: ID!) { petition(id: $id) { subject description history { action } } petitions(filter: { kind: DENUNCIATION }) { edges { node { subject } } } }`, { id: ids.D });
    const log = await petitions.db.collection('identity_access_log').find({ subject: 'admin-audit' }).toArray();
    // The case read through two fields and a list: one entry; each other denunciation listed: one entry each.
    expect(log.filter((entry) => entry.caseId === ids.D)).toEqual([
      expect.objectContaining({ caseKind: 'DENUNCIATION', access: 'CONTENT', petitionerCount: 0, roles: ['admin'], agencyId: 'committee', purpose: expect.stringContaining('without need-to-know') }),
    ]);
    expect(new Set(log.map((entry) => entry.caseId)).size).toBe(log.length);
    expect(log.every((entry) => entry.caseKind === 'DENUNCIATION' && entry.access === 'CONTENT')).toBe(true);
    // Reading what is not content (status, deadlines) records nothing.
    await as(reader)(`query($id: ID!) { petition(id: $id) { status due { on } } }`, { id: ids.D });
    expect(await logged('admin-audit')).toBe(log.length);
  });
});
