import { createHash } from 'node:crypto';
import { historyEntry } from '../src/domain/case';
import { accessChainChecker, accessId, accessPrefixHash, chainAccess, type AccessRecord, type StoredAccess } from '../src/domain/access-chain';
import { chainHistory, checkHistory } from '../src/domain/history-chain';

/** What an auditor computes by hand: SHA-256 of the canonical text, hex. */
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const at = new Date('2026-11-18T03:04:05.678Z');
const received = historyEntry({ at, action: 'RECEIVED', actor: 'hk-clerk-1', agencyId: 'ubnd-phuong-hoan-kiem', to: 'RECEIVED', toAgencyId: 'ubnd-phuong-hoan-kiem', reason: 'Đơn gửi qua bưu điện "khẩn"' });
const accepted = historyEntry({ at: new Date('2026-11-19T01:00:00.000Z'), action: 'ACCEPTED', actor: 'hk-handler-1', agencyId: 'ubnd-phuong-hoan-kiem', from: 'RECEIVED', to: 'ACCEPTED', caseIds: ['c-2'] });

describe('tamper-evident records: format v1, as an auditor re-implements it', () => {
  it('hashes a history line over its canonical JSON (fixed key order, ISO instants, nulls) linked to the genesis of its case', () => {
    const [line] = chainHistory('case-1', [], [received]);
    const genesis = sha256('{"format":"hanoi.petitions.case-history.prefix.v1","caseId":"case-1","entries":[]}');
    expect(line!.previousHash).toBe(genesis);
    expect(line!.hash).toBe(
      sha256(
        `{"format":"hanoi.petitions.case-history.v1","caseId":"case-1","previous":"${genesis}","at":"2026-11-18T03:04:05.678Z","action":"RECEIVED","actor":"hk-clerk-1","agencyId":"ubnd-phuong-hoan-kiem","from":null,"to":"RECEIVED","reason":"Đơn gửi qua bưu điện \\"khẩn\\"","fromAgencyId":null,"toAgencyId":"ubnd-phuong-hoan-kiem","caseIds":[]}`,
      ),
    );
    // The same line in another case links elsewhere: lines cannot be moved between cases.
    expect(chainHistory('case-2', [], [received])[0]!.hash).not.toBe(line!.hash);
  });

  it('links each appended line to the head, and a first hashed line to the lines written before chaining', () => {
    const [first] = chainHistory('case-1', [], [received]);
    const [second] = chainHistory('case-1', [first!], [accepted]);
    expect(second!.previousHash).toBe(first!.hash);
    expect(checkHistory('case-1', [first!, second!])).toEqual({ broken: null, hashed: 2 });

    // A case from before chaining: its first hashed line's previous hash covers the old lines.
    const [sealing] = chainHistory('case-1', [received], [accepted]);
    const oldLine = `{"at":"2026-11-18T03:04:05.678Z","action":"RECEIVED","actor":"hk-clerk-1","agencyId":"ubnd-phuong-hoan-kiem","from":null,"to":"RECEIVED","reason":"Đơn gửi qua bưu điện \\"khẩn\\"","fromAgencyId":null,"toAgencyId":"ubnd-phuong-hoan-kiem","caseIds":[]}`;
    expect(sealing!.previousHash).toBe(sha256(`{"format":"hanoi.petitions.case-history.prefix.v1","caseId":"case-1","entries":[${oldLine}]}`));
    expect(checkHistory('case-1', [received, sealing!])).toEqual({ broken: null, hashed: 1 });
    expect(checkHistory('case-1', [received])).toEqual({ broken: null, hashed: 0 });
  });

  it('names the first broken line: edited, removed, reordered, edited before chaining, or left unhashed after', () => {
    const lines = [...chainHistory('case-1', [], [received, accepted, { ...accepted, action: 'STARTED', from: 'ACCEPTED', to: 'IN_PROGRESS' }])];
    const edited = lines.map((line, index) => (index === 1 ? { ...line, reason: 'sửa lại' } : line));
    expect(checkHistory('case-1', edited).broken).toMatchObject({ index: 1, problem: 'hash does not match the content', found: lines[1]!.hash });
    expect(checkHistory('case-1', [lines[0]!, lines[2]!]).broken).toMatchObject({ index: 1, problem: 'previousHash does not link to the entry before', expected: lines[0]!.hash, found: lines[2]!.previousHash });
    expect(checkHistory('case-1', [lines[1]!, lines[0]!, lines[2]!]).broken).toMatchObject({ index: 0 });
    const [sealing] = chainHistory('case-1', [received], [accepted]);
    expect(checkHistory('case-1', [{ ...received, actor: 'someone-else' }, sealing!]).broken).toMatchObject({ index: 1, problem: 'previousHash does not link to the entry before' });
    expect(checkHistory('case-1', [...lines, accepted]).broken).toMatchObject({ index: 3, problem: 'entry without a hash after hashed ones' });
  });

  it('hashes the access log as one chain numbered 1, 2, 3…, after the entries written before chaining', () => {
    const read: AccessRecord = { caseId: 'case-1', caseKind: 'DENUNCIATION', subject: 'hk-handler-1', agencyId: 'ubnd-phuong-hoan-kiem', roles: ['handler'], purpose: 'Xác minh', petitionerCount: 2, access: 'IDENTITY', at };
    const old: StoredAccess = { _id: 'f3a0', ...read, at: new Date('2026-01-02T00:00:00.000Z') };
    const { access: _kind, ...withoutKind } = old;
    const prefix = accessPrefixHash([withoutKind]);
    expect(prefix).toBe(
      sha256(
        '{"format":"hanoi.petitions.identity-access.prefix.v1","entries":[{"id":"f3a0","caseId":"case-1","caseKind":"DENUNCIATION","subject":"hk-handler-1","agencyId":"ubnd-phuong-hoan-kiem","roles":["handler"],"purpose":"Xác minh","petitionerCount":2,"access":"IDENTITY","at":"2026-01-02T00:00:00.000Z"}]}',
      ),
    );
    const [first, second] = chainAccess({ seq: 0, hash: prefix }, [read, { ...read, access: 'CONTENT', petitionerCount: 0, subject: 'admin-1', roles: ['admin'] }]);
    expect(first).toMatchObject({ _id: accessId(1), seq: 1, previousHash: prefix });
    expect(first!.hash).toBe(
      sha256(
        `{"format":"hanoi.petitions.identity-access.v1","seq":1,"previous":"${prefix}","caseId":"case-1","caseKind":"DENUNCIATION","subject":"hk-handler-1","agencyId":"ubnd-phuong-hoan-kiem","roles":["handler"],"purpose":"Xác minh","petitionerCount":2,"access":"IDENTITY","at":"2026-11-18T03:04:05.678Z"}`,
      ),
    );
    expect(second).toMatchObject({ _id: 'access-000000000002', seq: 2, previousHash: first!.hash });

    const check = (entries: StoredAccess[]) => {
      const checker = accessChainChecker(prefix);
      for (const entry of entries) {
        const broken = checker.next(entry);
        if (broken) return broken;
      }
      return checker.head();
    };
    expect(check([first!, second!])).toEqual({ seq: 2, hash: second!.hash });
    expect(check([first!, { ...second!, purpose: 'tò mò' }])).toMatchObject({ id: 'access-000000000002', index: 2, problem: 'hash does not match the content' });
    expect(check([second!])).toMatchObject({ index: 1, problem: 'seq out of order (an entry is missing or repeated)', expected: '1', found: '2' });
    expect(accessChainChecker(accessPrefixHash([])).next(first!)).toMatchObject({ index: 1, problem: 'previousHash does not link to the entry before', found: prefix });
  });
});
