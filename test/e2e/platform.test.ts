import { Kafka, logLevel } from 'kafkajs';
import type { Caller } from '@hanoi/platform';
import { eventually } from '@hanoi/platform/testing';
import { startWholePlatform } from '../support/platform';

/**
 * End to end: every subgraph and the gateway as their own processes, on the real Kafka broker and
 * FerretDB, driven over HTTP through the gateway as a front-end would.
 */
const admin: Caller = { subject: 'e2e-admin', agency: 'committee', roles: ['admin'] };
const frontClerk: Caller = { subject: 'e2e-front-clerk', agency: 'front', roles: ['clerk'] };
const analyst: Caller = { subject: 'e2e-analyst', agency: 'council', roles: ['analyst'] };

const recordMeeting = `mutation($input: RecordVoterMeetingInput!) { recordVoterMeeting(input: $input) { id } }`;
const meetingInput = {
  kind: 'AFTER_SESSION',
  heldOn: '2026-11-15',
  place: 'Nhà văn hóa tổ dân phố số 5, phường Hoàn Kiếm',
  administrativeUnitId: 'phuong-hoan-kiem',
  attendance: 140,
  recommendations: [
    { text: 'Đề nghị xử lý tình trạng ùn tắc tại nút giao Hàng Bài - Tràng Tiền', category: 'TRANSPORT', addressedToAgencyId: 'so-xay-dung' },
    { text: 'Đề nghị tăng cường thu gom rác thải sinh hoạt trong ngõ', category: 'ENVIRONMENT' },
  ],
};

describe('the federated graph, end to end', () => {
  let platform: Awaited<ReturnType<typeof startWholePlatform>>;

  beforeAll(async () => {
    platform = await startWholePlatform();
    // The directory every scenario refers to, created through the gateway by an administrator.
    const setup = [
      [`mutation { createAgency(input: { id: "committee", name: "Ủy ban nhân dân thành phố Hà Nội", shortName: "UBND TP", kind: CITY_BODY, level: CITY }) { id } }`],
      [`mutation { createAgency(input: { id: "so-xay-dung", name: "Sở Xây dựng Hà Nội", shortName: "Sở XD", kind: DEPARTMENT, level: CITY, parentId: "committee" }) { id } }`],
      [`mutation { createAdministrativeUnit(input: { id: "phuong-hoan-kiem", name: "Phường Hoàn Kiếm", kind: WARD, validFrom: "2025-07-01" }) { id } }`],
    ];
    for (const [mutation] of setup) {
      const result = await platform.gateway(mutation!, {}, admin);
      expect(result.errors).toBeUndefined();
    }
  }, 180_000);
  afterAll(() => platform?.stop(), 60_000);

  it('answers one query across committee, petitions and supervision: an agency, its cases and its open recommendations', async () => {
    const petition = await platform.gateway(
      `mutation { submitPetition(input: { kind: FEEDBACK, channel: ONLINE, receivedOn: "2026-11-20", subject: "Công trình xây dựng không phép tại ngõ 12 Hàng Bông", category: CONSTRUCTION_URBAN_ORDER, agencyId: "so-xay-dung", administrativeUnitId: "phuong-hoan-kiem" }) { id } }`,
      {},
      admin,
    );
    expect(petition.errors).toBeUndefined();
    const programme = await platform.gateway(
      `mutation { createSupervisionProgramme(input: { title: "Giám sát công tác quản lý trật tự xây dựng năm 2026", kind: THEMATIC, leadAgencyId: "council", year: 2026, startsOn: "2026-09-01", endsOn: "2026-12-15", supervisedAgencyIds: ["so-xay-dung"] }) { id } }`,
      {},
      admin,
    );
    const programmeId = programme.data!.createSupervisionProgramme.id;
    await platform.gateway(`mutation($id: ID!) { startSupervisionProgramme(id: $id) { id } }`, { id: programmeId }, admin);
    const recommendation = await platform.gateway(
      `mutation($p: ID!) { addSupervisionRecommendation(input: { programmeId: $p, addressedToAgencyId: "so-xay-dung", text: "Rà soát, xử lý dứt điểm các công trình vi phạm trật tự xây dựng", dueOn: "2027-03-31" }) { id } }`,
      { p: programmeId },
      admin,
    );
    expect(recommendation.errors).toBeUndefined();

    const page = await platform.gateway(
      `{ agency(id: "so-xay-dung") {
           name kind parent { name }
           openCaseCount
           cases(first: 10) { totalCount edges { node { subject status location { name } } } }
           supervisionRecommendations(unresolvedOnly: true) { text dueOn status programme { title } }
         } }`,
      {},
      analyst,
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.agency).toEqual({
      name: 'Sở Xây dựng Hà Nội',
      kind: 'DEPARTMENT',
      parent: { name: 'Ủy ban nhân dân thành phố Hà Nội' },
      openCaseCount: 1,
      cases: {
        totalCount: 1,
        edges: [{ node: { subject: 'Công trình xây dựng không phép tại ngõ 12 Hàng Bông', status: 'RECEIVED', location: { name: 'Phường Hoàn Kiếm' } } }],
      },
      supervisionRecommendations: [
        { text: 'Rà soát, xử lý dứt điểm các công trình vi phạm trật tự xây dựng', dueOn: '2027-03-31', status: 'ISSUED', programme: { title: 'Giám sát công tác quản lý trật tự xây dựng năm 2026' } },
      ],
    });
  });

  it('F1: a held voter meeting opens one routed case per recommendation, visible on the meeting; a redelivered event creates nothing twice', async () => {
    const recorded = await platform.gateway(recordMeeting, { input: meetingInput }, frontClerk);
    expect(recorded.errors).toBeUndefined();
    const meetingId = recorded.data!.recordVoterMeeting.id;
    const meetingQuery = `query($id: ID!) { voterMeeting(id: $id) { place recommendationCases { subject kind channel status agency { id name } } } }`;
    const meeting = await eventually(async () => {
      const result = await platform.gateway(meetingQuery, { id: meetingId }, analyst);
      return result.data?.voterMeeting.recommendationCases.length === 2 && result.data.voterMeeting;
    }, 30_000);
    expect(meeting.recommendationCases).toEqual([
      { subject: meetingInput.recommendations[0]!.text, kind: 'VOTER_RECOMMENDATION', channel: 'VOTER_MEETING', status: 'RECEIVED', agency: { id: 'so-xay-dung', name: 'Sở Xây dựng Hà Nội' } },
      { subject: meetingInput.recommendations[1]!.text, kind: 'VOTER_RECOMMENDATION', channel: 'VOTER_MEETING', status: 'RECEIVED', agency: { id: 'committee', name: 'Ủy ban nhân dân thành phố Hà Nội' } },
    ]);

    // Deliver the very same event again, then wait until petitions' consumer group has committed past it.
    const kafka = new Kafka({ clientId: 'e2e', brokers: platform.brokers, logLevel: logLevel.NOTHING });
    const topic = `${platform.topicPrefix}front.events.v1`;
    const reader = kafka.consumer({ groupId: `${platform.topicPrefix}e2e-reader` });
    const held: { key: Buffer | null; value: Buffer | null }[] = [];
    await reader.connect();
    await reader.subscribe({ topic, fromBeginning: true });
    await reader.run({ eachMessage: async ({ message }) => void held.push({ key: message.key, value: message.value }) });
    await eventually(async () => held.some((m) => JSON.parse(String(m.value)).subject === meetingId));
    await reader.disconnect();
    const original = held.find((m) => JSON.parse(String(m.value)).subject === meetingId)!;
    const producer = kafka.producer();
    await producer.connect();
    const [sent] = await producer.send({ topic, messages: [{ key: original.key, value: original.value }] });
    await producer.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await eventually(async () => {
      const [offsets] = await admin.fetchOffsets({ groupId: `${platform.topicPrefix}petitions`, topics: [topic] });
      const partition = offsets!.partitions.find((p) => p.partition === sent!.partition);
      return Number(partition?.offset ?? -1) > Number(sent!.baseOffset);
    }, 30_000);
    await admin.disconnect();
    const again = await platform.gateway(meetingQuery, { id: meetingId }, analyst);
    expect(again.data!.voterMeeting.recommendationCases).toHaveLength(2);
  });

  it("keeps a denouncer's identity secret: only the lead agency's handler reads it, with a purpose, and the read is logged; others do not see the case", async () => {
    const constructionHandler: Caller = { subject: 'e2e-xd-handler', agency: 'so-xay-dung', roles: ['handler'] };
    const otherHandler: Caller = { subject: 'e2e-committee-handler', agency: 'committee', roles: ['handler'] };
    const submitted = await platform.gateway(
      `mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id } }`,
      {
        input: {
          kind: 'DENUNCIATION',
          channel: 'MAIL',
          receivedOn: '2026-11-21',
          subject: 'Tố cáo cán bộ nhận tiền khi cấp phép xây dựng',
          category: 'MISCONDUCT_CORRUPTION',
          agencyId: 'so-xay-dung',
          overrideReason: 'Thẩm quyền quản lý cán bộ thuộc Sở Xây dựng',
          administrativeUnitId: 'phuong-hoan-kiem',
          petitioners: [{ fullName: 'Trần Thị Bí Mật', phone: '0912345678', address: '5 Hàng Bông' }],
        },
      },
      admin,
    );
    expect(submitted.errors).toBeUndefined();
    const id = submitted.data!.submitPetition.id;
    const read = `query($id: ID!) { petition(id: $id) { subject identity(purpose: "xác minh nội dung tố cáo") { fullName phone } } }`;

    const handler = await platform.gateway(read, { id }, constructionHandler);
    expect(handler.data!.petition.identity).toEqual([{ fullName: 'Trần Thị Bí Mật', phone: '0912345678' }]);
    // Need-to-know: for anyone outside the lead and cooperating agencies the denunciation is not there at all.
    for (const caller of [analyst, otherHandler, frontClerk]) {
      const refused = await platform.gateway(read, { id }, caller);
      expect(refused.data!.petition).toBeNull();
      expect(JSON.stringify(refused)).not.toContain('Bí Mật');
    }
    const log = await platform.gateway(`query($id: ID!) { identityAccessLog(caseId: $id) { edges { node { subject purpose } } } }`, { id }, admin);
    expect(log.data!.identityAccessLog.edges.map((e: { node: unknown }) => e.node)).toEqual([{ subject: 'e2e-xd-handler', purpose: 'xác minh nội dung tố cáo' }]);
  });

  describe('bad input through the gateway gets a coded error and writes nothing', () => {
    const count = async () => (await platform.gateway(`{ voterMeetings { totalCount } }`, {}, analyst)).data!.voterMeetings.totalCount;

    it('wrong types, missing fields and out-of-range values', async () => {
      const before = await count();
      const wrongType = await platform.gateway(recordMeeting, { input: { ...meetingInput, attendance: 'many' } }, frontClerk);
      expect(wrongType.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.attendance' });
      const { place: _place, ...withoutPlace } = meetingInput;
      const missing = await platform.gateway(recordMeeting, { input: withoutPlace }, frontClerk);
      expect(missing.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.place' });
      const negative = await platform.gateway(recordMeeting, { input: { ...meetingInput, attendance: -1 } }, frontClerk);
      expect(negative.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.attendance' });
      const badDate = await platform.gateway(recordMeeting, { input: { ...meetingInput, heldOn: '2026-02-30' } }, frontClerk);
      expect(badDate.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.heldOn' });
      expect(await count()).toBe(before);
    });

    it('unknown ids', async () => {
      const nominate = await platform.gateway(
        `mutation { nominateCandidate(input: { consultationId: "no-such-round", fullName: "Nguyễn Văn A", nominatedByAgencyId: "front" }) { id } }`,
        {},
        frontClerk,
      );
      expect(nominate.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.consultationId' });
      const recommend = await platform.gateway(
        `mutation { addSupervisionRecommendation(input: { programmeId: "no-such-programme", addressedToAgencyId: "so-xay-dung", text: "x", dueOn: "2027-01-01" }) { id } }`,
        {},
        admin,
      );
      expect(recommend.errors![0]!.extensions!.code).toBe('NOT_FOUND');
      const parent = await platform.gateway(
        `mutation { createAgency(input: { id: "so-moi", name: "Sở Mới", shortName: "SM", kind: DEPARTMENT, level: CITY, parentId: "no-such-agency" }) { id } }`,
        {},
        admin,
      );
      expect(parent.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.parentId' });
      expect((await platform.gateway(`{ agency(id: "so-moi") { id } }`, {}, analyst)).data!.agency).toBeNull();
    });

    it('a page size over the cap', async () => {
      const result = await platform.gateway(`{ petitions(first: 500) { totalCount } }`, {}, analyst);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('missing, expired and forged tokens; a client-forged caller header; a direct call to a subgraph', async () => {
      const before = await count();
      const none = await platform.gateway(recordMeeting, { input: meetingInput }, null);
      expect([none.status, none.errors![0]!.extensions!.code]).toEqual([401, 'UNAUTHENTICATED']);
      const expired = await platform.gateway(recordMeeting, { input: meetingInput }, `Bearer ${await platform.token(frontClerk, '-1m')}`);
      expect(expired.errors![0]).toMatchObject({ message: 'The access token has expired', extensions: { code: 'UNAUTHENTICATED' } });
      const forged = await platform.gateway(recordMeeting, { input: meetingInput }, `Bearer ${await platform.forgedToken(admin)}`);
      expect(forged.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
      // An analyst who adds a caller header of their own still acts as an analyst.
      const spoofed = await platform.gateway(recordMeeting, { input: meetingInput }, analyst, { 'x-caller-token': 'forged' });
      expect(spoofed.errors![0]!.extensions!.code).toBe('FORBIDDEN');
      const direct = await platform.post(platform.subgraphUrls.front!, recordMeeting, { input: meetingInput }, { 'x-caller-token': await platform.forgedToken(admin) });
      expect([direct.status, direct.errors![0]!.extensions!.code]).toEqual([401, 'UNAUTHENTICATED']);
      expect(await count()).toBe(before);
    });
  });
});
