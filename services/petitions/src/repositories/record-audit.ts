import type { Connection } from 'mongoose';
import type { HistoryEntry } from '../domain/case';
import { accessChainChecker, accessPrefixHash, type StoredAccess } from '../domain/access-chain';
import { checkHistory } from '../domain/history-chain';
import type { ChainBreak } from '../domain/record-chain';

/** A case whose history chain is broken: its first broken line. */
export interface CaseBreak extends ChainBreak {
  caseId: string;
  action: string | null;
  at: Date | null;
}

export interface RecordAudit {
  cases: {
    checked: number;
    /** History lines whose links were verified. */
    hashedLines: number;
    /** Cases whose every line predates chaining (nothing to verify yet). */
    unhashedCases: number;
    broken: CaseBreak[];
  };
  accessLog: {
    /** Entries written before chaining (sealed by the first chained entry's link). */
    unhashed: number;
    /** The last entry verified: removing entries from the end leaves a valid chain, so compare it with a copy kept elsewhere. */
    head: { seq: number; hash: string };
    broken: (ChainBreak & { id: string }) | null;
  };
}

/** Called every `progressEvery` records (and at the end of each part) with what was read so far. */
export type AuditProgress = (part: 'cases' | 'access log', done: number, total: number) => void;

const progressEvery = 1_000;

/**
 * Walks every case's history chain and the identity access log's chain (record-chain.ts) in the petitions database,
 * streaming (a database of 100,000 cases is never held at once), and reports the first broken link of each broken
 * case and of the log. Read-only.
 */
export async function auditRecords(connection: Connection, progress: AuditProgress = () => undefined): Promise<RecordAudit> {
  const db = connection.db!;
  const cases: RecordAudit['cases'] = { checked: 0, hashedLines: 0, unhashedCases: 0, broken: [] };
  const petitions = db.collection<{ _id: string; history?: HistoryEntry[] }>('petitions');
  const totalCases = await petitions.estimatedDocumentCount();
  for await (const doc of petitions.find({}, { projection: { history: 1 } }).batchSize(progressEvery)) {
    const history = doc.history ?? [];
    const { broken, hashed } = checkHistory(doc._id, history);
    cases.hashedLines += hashed;
    if (broken) cases.broken.push({ caseId: doc._id, action: history[broken.index]?.action ?? null, at: history[broken.index]?.at ?? null, ...broken });
    else if (hashed === 0) cases.unhashedCases++;
    if (++cases.checked % progressEvery === 0) progress('cases', cases.checked, totalCases);
  }
  progress('cases', cases.checked, totalCases);

  const log = db.collection<StoredAccess>('identity_access_log');
  const unhashed = await log.find({ seq: { $exists: false } }).toArray();
  const totalAccess = await log.estimatedDocumentCount();
  const checker = accessChainChecker(accessPrefixHash(unhashed));
  let broken: RecordAudit['accessLog']['broken'] = null;
  let read = unhashed.length;
  for await (const entry of log.find({ seq: { $exists: true } }).sort({ seq: 1, _id: 1 }).batchSize(progressEvery)) {
    broken = checker.next(entry);
    if (broken) break;
    if (++read % progressEvery === 0) progress('access log', read, totalAccess);
  }
  progress('access log', read, totalAccess);
  return { cases, accessLog: { unhashed: unhashed.length, head: checker.head(), broken } };
}
