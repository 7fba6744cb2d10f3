import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import mongoose from 'mongoose';
import { newId, type Caller } from '@hanoi/platform';
import { callSubgraph, callers } from '@hanoi/platform/testing';
import { buildCase, historyEntry } from '../src/domain/case';
import type { AccessRecord } from '../src/domain/access-chain';
import { auditRecords } from '../src/repositories/record-audit';
import { startPetitions, type Petitions } from './support';

const hkClerk: Caller = { subject: 'hk-clerk-1', agency: 'ubnd-phuong-hoan-kiem', roles: ['clerk'] };
const hkHandler: Caller = { subject: 'hk-handler-1', agency: 'ubnd-phuong-hoan-kiem', roles: ['handler'] };

const repoRoot = path.resolve(__dirname, '../../..');
const run = promisify(execFile);

const denunciation = {
  kind: 'DENUNCIATION',
  channel: 'MAIL',
  receivedOn: '2026-11-16',
  subject: 'Tố cáo cán bộ phường thu tiền trái quy định',
  category: 'MISCONDUCT_CORRUPTION',
  administrativeUnitId: 'phuong-hoan-kiem',
  petitioners: [{ fullName: 'Trần Văn Bình', nationalId: '001080004444' }],
};
const complaint = { ...denunciation, kind: 'COMPLAINT', subject: 'Khiếu nại quyết định xử phạt', category: 'CONSTRUCTION_URBAN_ORDER' };

/**
 * Tamper-evident records (issue 9 §6): cases written through the API have hash-chained histories and identity
 * reads a hash-chained access log; `npm run verify:history` passes on them, and names the entry someone edited
 * straight in the database.
 */
describe('petitions: tamper-evident history and access log', () => {
  let petitions: Petitions;
  const ids: string[] = [];
  const call = (query: string, variables: Record<string, unknown>, caller: Caller) => callSubgraph(petitions.url, query, variables, caller);
  const cases = () => petitions.db.collection<{ _id: string; history: Record<string, unknown>[] }>('petitions');
  const accessLog = () => petitions.db.collection<{ _id: string; seq?: number; purpose: string }>('identity_access_log');

  /** `npm run verify:history` against this test's database: exit code and output. */
  async function verifyCommand(): Promise<{ code: number; out: string }> {
    const env = { ...process.env, MONGO_URL: petitions.config.MONGO_URL, MONGO_DB: petitions.config.MONGO_DB };
    try {
      const { stdout } = await run(path.join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/verify-history.ts'], { cwd: repoRoot, env });
      return { code: 0, out: stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, out: `${failed.stdout}${failed.stderr}` };
    }
  }
  const submit = async (input: object) => {
    const result = await call(`mutation($input: SubmitPetitionInput!) { submitPetition(input: $input) { id } }`, { input }, hkClerk);
    expect(result.errors).toBeUndefined();
    return result.data!.submitPetition.id as string;
  };
  const readIdentity = (id: string, purpose: string) => call(`query($id: ID!, $p: String!) { petition(id: $id) { identity(purpose: $p) { fullName } } }`, { id, p: purpose }, hkHandler);

  beforeAll(async () => {
    petitions = await startPetitions();
    await petitions.seedDirectory();
    ids.push(await submit(denunciation), await submit(complaint));
    // Every kind of append: transitions, a transfer, a cooperating agency, a notice.
    const [d, c] = ids as [string, string];
    for (const [mutation, id] of [['acceptPetition', d], ['recordAcceptanceNotice', d], ['acceptPetition', c]] as const) {
      expect((await call(`mutation($id: ID!) { ${mutation}(id: $id) { id } }`, { id }, hkHandler)).errors).toBeUndefined();
    }
    expect((await call(`mutation($id: ID!) { addCooperatingAgency(id: $id, agencyId: "so-xay-dung") { id } }`, { id: d }, hkHandler)).errors).toBeUndefined();
    expect((await call(`mutation($id: ID!) { transferPetition(id: $id, input: { toAgencyId: "so-xay-dung", reason: "Thuộc thẩm quyền Sở Xây dựng" }) { id } }`, { id: c }, hkHandler)).errors).toBeUndefined();
    for (const purpose of ['Xác minh nội dung tố cáo', 'Gửi thông báo thụ lý', 'Đối chiếu chữ ký']) expect((await readIdentity(d, purpose)).errors).toBeUndefined();
  });
  afterAll(() => petitions.stop());

  it('chains every history line written through the API and every identity read', async () => {
    const denounced = await cases().findOne({ _id: ids[0]! });
    expect(denounced!.history.map((line) => line.action)).toEqual(['RECEIVED', 'ACCEPTED', 'NOTICE_SENT', 'COOPERATING_AGENCY_ADDED']);
    denounced!.history.forEach((line, index) => {
      expect(line.hash).toMatch(/^[0-9a-f]{64}$/);
      if (index > 0) expect(line.previousHash).toBe(denounced!.history[index - 1]!.hash);
    });
    const log = await accessLog().find({}).sort({ seq: 1 }).toArray();
    expect(log.map((entry) => [entry._id, entry.seq, entry.purpose])).toEqual([
      ['access-000000000001', 1, 'Xác minh nội dung tố cáo'],
      ['access-000000000002', 2, 'Gửi thông báo thụ lý'],
      ['access-000000000003', 3, 'Đối chiếu chữ ký'],
    ]);
    const audit = await auditRecords(petitions.db);
    expect(audit.cases).toEqual({ checked: 2, hashedLines: 4 + 3, unhashedCases: 0, broken: [] });
    expect(audit.accessLog).toMatchObject({ unhashed: 0, head: { seq: 3 }, broken: null });
  });

  it('verify:history passes, then names the history line edited in the database (case, index, expected and found), and passes again once restored', async () => {
    const before = await verifyCommand();
    expect(before.code).toBe(0);
    expect(before.out).toContain('cases: 2 checked, 7 history lines verified');
    expect(before.out).toContain('OK: every chain holds');

    const id = ids[0]!;
    const original = (await cases().findOne({ _id: id }))!.history[1]!;
    await cases().updateOne({ _id: id }, { $set: { 'history.1.reason': 'Không có gì' } });
    const after = await verifyCommand();
    expect(after.code).toBe(1);
    expect(after.out).toContain(`BROKEN case ${id}, history entry 1 (ACCEPTED at ${(original.at as Date).toISOString()}): hash does not match the content; expected `);
    expect(after.out).toContain(`found ${original.hash}`);
    expect(after.out).not.toContain(`BROKEN case ${ids[1]}`);

    await cases().updateOne({ _id: id }, { $set: { 'history.1.reason': original.reason } });
    expect((await verifyCommand()).code).toBe(0);
  }, 60_000);

  it('verify:history names the access log entry edited or removed in the database', async () => {
    await accessLog().updateOne({ _id: 'access-000000000002' }, { $set: { purpose: 'Tò mò' } });
    const edited = await verifyCommand();
    expect(edited.code).toBe(1);
    expect(edited.out).toMatch(/BROKEN identity access log, entry access-000000000002 \(seq 2\): hash does not match the content; expected [0-9a-f]{64}, found [0-9a-f]{64}/);
    await accessLog().updateOne({ _id: 'access-000000000002' }, { $set: { purpose: 'Gửi thông báo thụ lý' } });
    expect((await auditRecords(petitions.db)).accessLog.broken).toBeNull();

    const removed = await accessLog().findOneAndDelete({ _id: 'access-000000000002' });
    const audit = await auditRecords(petitions.db);
    expect(audit.accessLog.broken).toMatchObject({ id: 'access-000000000003', index: 2, problem: 'seq out of order (an entry is missing or repeated)', expected: '2', found: '3' });
    await accessLog().insertOne(removed!);
    expect((await auditRecords(petitions.db)).accessLog.broken).toBeNull();
  }, 60_000);

  it('seals histories written before chaining with the first hashed line: an older line edited afterwards is caught', async () => {
    // As synthetic data and cases from before this change: lines without hashes.
    const legacy = buildCase({
      _id: newId(),
      kind: 'COMPLAINT',
      channel: 'MAIL',
      subject: 'Khiếu nại từ trước khi có chuỗi băm',
      category: 'LAND_HOUSING',
      receivedOn: new Date('2026-11-02'),
      agencyId: 'ubnd-phuong-hoan-kiem',
      createdBy: 'hk-clerk-1',
      history: [historyEntry({ at: new Date('2026-11-02T02:00:00Z'), action: 'RECEIVED', actor: 'hk-clerk-1', to: 'RECEIVED', toAgencyId: 'ubnd-phuong-hoan-kiem' })],
    });
    await cases().insertOne(legacy as never);
    expect((await auditRecords(petitions.db)).cases).toMatchObject({ unhashedCases: 1, broken: [] });

    expect((await call(`mutation($id: ID!) { acceptPetition(id: $id) { id } }`, { id: legacy._id }, hkHandler)).errors).toBeUndefined();
    const stored = (await cases().findOne({ _id: legacy._id }))!;
    expect(stored.history.map((line) => Boolean(line.hash))).toEqual([false, true]);
    expect((await auditRecords(petitions.db)).cases).toMatchObject({ unhashedCases: 0, broken: [] });

    await cases().updateOne({ _id: legacy._id }, { $set: { 'history.0.actor': 'someone-else' } });
    expect((await auditRecords(petitions.db)).cases.broken).toEqual([
      expect.objectContaining({ caseId: legacy._id, index: 1, action: 'ACCEPTED', problem: 'previousHash does not link to the entry before', found: stored.history[1]!.previousHash }),
    ]);
    await cases().updateOne({ _id: legacy._id }, { $set: { 'history.0.actor': 'hk-clerk-1' } });
  });

  it('keeps one chain under concurrent appends: to one case, and to the access log', async () => {
    const id = ids[0]!;
    const agencies = ['so-y-te', 'thanh-tra-thanh-pho', 'so-nong-nghiep-va-moi-truong', 'ubnd-phuong-cua-nam'];
    const results = await Promise.all([
      ...agencies.map((agencyId) => call(`mutation($id: ID!, $a: ID!) { addCooperatingAgency(id: $id, agencyId: $a) { id } }`, { id, a: agencyId }, hkHandler)),
      ...Array.from({ length: 12 }, (_, index) => readIdentity(id, `Đối chiếu lần ${index + 1}`)),
    ]);
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const audit = await auditRecords(petitions.db);
    expect(audit.cases.broken).toEqual([]);
    expect(audit.accessLog).toMatchObject({ head: { seq: 15 }, broken: null });
    expect((await cases().findOne({ _id: id }))!.history.filter((line) => line.action === 'COOPERATING_AGENCY_ADDED')).toHaveLength(5);
    // The chain is the log's order: the list (newest first) still answers as before.
    const listed = await callSubgraph(petitions.url, `query($id: ID) { identityAccessLog(caseId: $id, first: 100) { totalCount } }`, { id }, callers.admin);
    expect(listed.data!.identityAccessLog.totalCount).toBe(15);
  });

  it('keeps one chain when two processes append to the access log at once (the unique place decides, the loser re-chains)', async () => {
    // Two copies of the service's code (each with its own in-process lock) on two connections: as two replicas.
    const replicas = await Promise.all(
      [1, 2].map(async () => {
        let create!: typeof import('../src/repositories/identity-access-log').createIdentityAccessLog;
        jest.isolateModules(() => {
          create = require('../src/repositories/identity-access-log').createIdentityAccessLog;
        });
        const connection = await mongoose.createConnection(petitions.config.MONGO_URL, { dbName: petitions.config.MONGO_DB }).asPromise();
        return { log: create(connection), connection };
      }),
    );
    try {
      const before = (await auditRecords(petitions.db)).accessLog.head.seq;
      const read = (replica: number, index: number): AccessRecord => ({
        caseId: ids[0]!, caseKind: 'DENUNCIATION', subject: `replica-${replica}`, agencyId: 'ubnd-phuong-hoan-kiem', roles: ['handler'], purpose: `Lần ${index}`, petitionerCount: 1, access: 'IDENTITY', at: new Date(),
      });
      await Promise.all(
        replicas.flatMap(({ log }, replica) => Array.from({ length: 8 }, (_, index) => log.append(index % 2 ? [read(replica, index)] : [read(replica, index), read(replica, index + 100)]))),
      );
      const audit = await auditRecords(petitions.db);
      expect(audit.accessLog).toMatchObject({ head: { seq: before + 2 * (4 * 1 + 4 * 2) }, broken: null });
    } finally {
      await Promise.all(replicas.map(({ connection }) => connection.close()));
    }
  });
});
