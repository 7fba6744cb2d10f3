import { Writable } from 'node:stream';
import pino from 'pino';
import { redactedPaths, type Caller } from '@hanoi/platform';
import { callSubgraph, callers, collectEvents, eventually } from '@hanoi/platform/testing';
import { startPetitions, type Petitions } from './support';

/**
 * Denouncer secrecy (Law on Denunciations 2018 arts. 47, 56): the identity is encrypted at rest, shown only to the
 * handlers and leaders of the lead agency who state a purpose (each read logged), and absent from events, logs,
 * `_entities` answers for anyone else, and CSV exports.
 */
const hkHandler: Caller = { subject: 'hk-handler-1', agency: 'ubnd-phuong-hoan-kiem', roles: ['handler'] };
const hkLeader: Caller = { subject: 'hk-leader-1', agency: 'ubnd-phuong-hoan-kiem', roles: ['leader'] };
const hkClerk: Caller = { subject: 'hk-clerk-1', agency: 'ubnd-phuong-hoan-kiem', roles: ['clerk'] };
const cuaNamHandler: Caller = { subject: 'cn-handler-1', agency: 'ubnd-phuong-cua-nam', roles: ['handler'] };

const denouncers = [
  { fullName: 'Phạm Thị Thu Trang', address: 'Số 18 phố Hàng Gai, phường Hoàn Kiếm', phone: '0987 654 321', nationalId: '001195004321' },
  { fullName: 'Đỗ Minh Khôi', address: 'Số 7 ngõ Tạm Thương', phone: '0903111222', nationalId: '001088007777' },
];
/** Every secret value, and a fragment of each, that must appear nowhere but in the identity field. */
const secrets = denouncers.flatMap((person) => [person.fullName, person.address, person.phone, person.nationalId, person.phone.replace(/\s/g, ''), 'Thu Trang', 'Minh Khôi']);
const containsSecret = (text: string) => secrets.filter((secret) => text.includes(secret));

const denunciation = {
  kind: 'DENUNCIATION',
  channel: 'MAIL',
  receivedOn: '2026-11-18',
  subject: 'Tố cáo cán bộ địa chính phường nhận tiền khi làm thủ tục',
  description: 'Nội dung tố cáo chi tiết về hành vi sai phạm.',
  category: 'MISCONDUCT_CORRUPTION',
  administrativeUnitId: 'phuong-hoan-kiem',
  petitioners: denouncers,
};

const identityQuery = `query($id: ID!, $purpose: String!) { petition(id: $id) { id identity(purpose: $purpose) { lead fullName address phone nationalId } } }`;

describe('petitions: denouncer secrecy', () => {
  let petitions: Petitions;
  let reader: Awaited<ReturnType<typeof collectEvents>>;
  const logs: string[] = [];
  let id: string;

  const accessCount = async () =>
    (await callSubgraph(petitions.url, `query($id: ID) { identityAccessLog(caseId: $id) { totalCount } }`, { id }, callers.admin)).data!.identityAccessLog.totalCount as number;

  beforeAll(async () => {
    const sink = new Writable({ write: (chunk, _encoding, done) => (logs.push(String(chunk)), done()) });
    const logger = pino({ level: 'trace', redact: { paths: redactedPaths, censor: '[redacted]' } }, sink);
    petitions = await startPetitions({}, logger);
    await petitions.seedDirectory();
    reader = await collectEvents(petitions.config.KAFKA_BROKERS, petitions.app.runtime.topic('petitions'));
    const submitted = await callSubgraph(petitions.url, `mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id agency { id } petitionerCount } }`, { input: denunciation }, hkClerk);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitPetition).toMatchObject({ agency: { id: 'ubnd-phuong-hoan-kiem' }, petitionerCount: 2 });
    id = submitted.data!.submitPetition.id;
  });
  afterAll(async () => {
    await reader.stop();
    await petitions.stop();
  });

  it('stores the identity encrypted: the raw document holds ciphertext and keyed hashes only', async () => {
    const raw = await petitions.db.collection('petitions').findOne({ _id: id as never });
    expect(raw!.petitioners).toHaveLength(2);
    for (const petitioner of raw!.petitioners) {
      expect(petitioner.encrypted).toBe(true);
      for (const field of ['fullName', 'address', 'phone', 'nationalId']) expect(petitioner[field]).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    }
    expect(raw!.petitionerKeys).toHaveLength(4);
    expect(containsSecret(JSON.stringify(raw))).toEqual([]);
    // Other kinds are stored plain (still personal data, still shown only to handlers).
    const feedback = await callSubgraph(
      petitions.url,
      `mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id } }`,
      { input: { ...denunciation, kind: 'FEEDBACK', category: 'ENVIRONMENT', petitioners: [{ fullName: 'Người phản ánh' }] } },
      hkClerk,
    );
    const plain = await petitions.db.collection('petitions').findOne({ _id: feedback.data!.submitPetition.id });
    expect(plain!.petitioners[0]).toMatchObject({ fullName: 'Người phản ánh', encrypted: false });
  });

  it("returns the plaintext only to the lead agency's handlers and leaders who state a purpose, logging each read", async () => {
    const before = await accessCount();
    const read = await callSubgraph(petitions.url, identityQuery, { id, purpose: 'Xác minh nội dung tố cáo' }, hkHandler);
    expect(read.errors).toBeUndefined();
    expect(read.data!.petition.identity).toEqual(denouncers.map((person, index) => ({ ...person, lead: index === 0 })));
    const leader = await callSubgraph(petitions.url, identityQuery, { id, purpose: 'Ký thông báo thụ lý' }, hkLeader);
    expect(leader.data!.petition.identity).toHaveLength(2);

    const log = await callSubgraph(
      petitions.url,
      `query($id: ID) { identityAccessLog(caseId: $id, first: 10) { totalCount edges { node { petition { id } subject agency { id } roles purpose petitionerCount at } } } }`,
      { id },
      callers.admin,
    );
    expect(log.data!.identityAccessLog.totalCount).toBe(before + 2);
    expect(log.data!.identityAccessLog.edges.map((e: any) => e.node)).toEqual([
      { petition: { id }, subject: 'hk-leader-1', agency: { id: 'ubnd-phuong-hoan-kiem' }, roles: ['leader'], purpose: 'Ký thông báo thụ lý', petitionerCount: 2, at: expect.any(String) },
      { petition: { id }, subject: 'hk-handler-1', agency: { id: 'ubnd-phuong-hoan-kiem' }, roles: ['handler'], purpose: 'Xác minh nội dung tố cáo', petitionerCount: 2, at: expect.any(String) },
    ]);
    expect(containsSecret(JSON.stringify(log.data))).toEqual([]);

    const noPurpose = await callSubgraph(petitions.url, identityQuery, { id, purpose: '  ' }, hkHandler);
    expect(noPurpose.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purpose' });
    expect(noPurpose.data!.petition.identity).toBeNull();
    expect(await accessCount()).toBe(before + 2);
    const notAdmin = await callSubgraph(petitions.url, `{ identityAccessLog { totalCount } }`, {}, hkLeader);
    expect(notAdmin.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses every other role and agency, directly and through _entities, without a trace of the identity', async () => {
    const before = await accessCount();
    // The lead agency's clerk sees the case (need-to-know) but not who denounced.
    const clerk = await callSubgraph(petitions.url, identityQuery, { id, purpose: 'tò mò' }, hkClerk);
    expect(clerk.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(clerk.data!.petition).toEqual({ id, identity: null });
    // Everyone else does not even see the denunciation: it is not there for them.
    const others: Caller[] = [cuaNamHandler, callers.analyst, callers.petitionsHandler, { ...hkHandler, roles: ['viewer'] }, callers.committeeClerk];
    for (const caller of others) {
      const direct = await callSubgraph(petitions.url, identityQuery, { id, purpose: 'tò mò' }, caller);
      expect(direct.errors).toBeUndefined();
      expect(direct.data!.petition).toBeNull();
      const entities = await callSubgraph(
        petitions.url,
        `query($id: ID!) { _entities(representations: [{ __typename: "Petition", id: $id }]) { ... on Petition { id subject identity(purpose: "đối chiếu") { fullName phone nationalId address } } } }`,
        { id },
        caller,
      );
      expect(entities.errors).toBeUndefined();
      expect(entities.data!._entities).toEqual([null]);
      expect(containsSecret(JSON.stringify([direct, entities]))).toEqual([]);
    }
    expect(await accessCount()).toBe(before);
  });

  it('keeps the identity out of every event, log line and CSV export', async () => {
    // Move the case along (and away) so every kind of event is produced.
    const accept = await callSubgraph(petitions.url, `mutation($id: ID!) { acceptPetition(id: $id) { status } }`, { id }, hkHandler);
    expect(accept.errors).toBeUndefined();
    await callSubgraph(petitions.url, `mutation($id: ID!) { transferPetition(id: $id, input: { toAgencyId: "thanh-tra-thanh-pho", reason: "Thuộc thẩm quyền Thanh tra" }) { id } }`, { id }, hkHandler);
    // After the transfer the former lead agency's handler sees nothing any more: not even the case.
    const former = await callSubgraph(petitions.url, identityQuery, { id, purpose: 'tiếp tục xác minh' }, hkHandler);
    expect(former).toMatchObject({ data: { petition: null } });
    expect(former.errors).toBeUndefined();

    const published = await eventually(async () => {
      const found = reader.events.filter((event) => event.subject === id && event.type.includes('.petition.'));
      return found.length >= 4 && found;
    });
    expect(published.map((event) => event.type.split('.')[4])).toEqual(['routed', 'accepted', 'transferred', 'routed']);
    // The subject is staff-typed free text: a denunciation's never leaves petitions, nor do its obligations carry it.
    for (const routed of [published[0]!, published[3]!]) expect(routed.data.subject).toBeNull();
    const ofTheCase = reader.events.filter((event) => event.subject === id);
    expect(ofTheCase.filter((event) => event.type.includes('.obligation.')).length).toBeGreaterThan(0);
    expect(JSON.stringify(ofTheCase)).not.toContain(denunciation.subject);
    const everything = JSON.stringify(reader.events);
    expect(containsSecret(everything)).toEqual([]);
    expect(everything).not.toMatch(/petitioner|"v1\.[\w-]+\./i);

    // The new lead agency's leader exports it (need-to-know), without anything about the denouncer; an analyst not at all.
    const csv = await callSubgraph(petitions.url, `{ petitionsCsv(filter: { kind: DENUNCIATION }) }`, {}, { subject: 'tt-leader-1', agency: 'thanh-tra-thanh-pho', roles: ['leader'] });
    const text: string = csv.data!.petitionsCsv;
    expect(text.split('\r\n')[0]).toMatch(/^id,kind,channel,status,category,subject,/);
    expect(text).toContain(id);
    const analystCsv: string = (await callSubgraph(petitions.url, `{ petitionsCsv(filter: { kind: DENUNCIATION }) }`, {}, callers.analyst)).data!.petitionsCsv;
    expect(analystCsv.split('\r\n').filter(Boolean)).toHaveLength(1);
    expect(containsSecret(text)).toEqual([]);
    expect(text).not.toMatch(/fullName|nationalId|phone/);
    const clerkCsv = await callSubgraph(petitions.url, `{ petitionsCsv }`, {}, hkClerk);
    expect(clerkCsv.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    expect(logs.length).toBeGreaterThan(5);
    expect(containsSecret(logs.join('\n'))).toEqual([]);
  });
});
