import { canonicalHash, chainFormat, instant, type ChainBreak, type ChainLink } from './record-chain';

/** What was read: petitioners' identities, or a denunciation's content by an administrator (need-to-know override). */
export type AccessKind = 'IDENTITY' | 'CONTENT';

/** One read as the workflows record it. */
export interface AccessRecord {
  caseId: string;
  caseKind: string;
  /** Who read (token subject), for which agency, with which roles. */
  subject: string;
  agencyId: string;
  roles: string[];
  purpose: string;
  /** How many petitioners the read returned (0 for a content read). */
  petitionerCount: number;
  access: AccessKind;
  at: Date;
}

/**
 * One read as stored: its place in the log's single chain (`seq` 1, 2, 3…, also its `_id`, so two appends can never
 * take the same place) and its links. Entries written before chaining have neither `seq` nor links nor `access`.
 */
export interface StoredAccess extends Omit<AccessRecord, 'access'>, ChainLink {
  _id: string;
  seq?: number;
  access?: AccessKind;
}

/** The `_id` of the entry at `seq`: the unique index on `_id` is what orders concurrent appends. */
export const accessId = (seq: number) => `access-${String(seq).padStart(12, '0')}`;

/** An entry's own fields, in the format's order (see record-chain.ts). */
const content = (entry: Omit<StoredAccess, '_id'>) => ({
  caseId: entry.caseId,
  caseKind: entry.caseKind,
  subject: entry.subject,
  agencyId: entry.agencyId,
  roles: [...entry.roles],
  purpose: entry.purpose,
  petitionerCount: entry.petitionerCount,
  access: entry.access ?? 'IDENTITY',
  at: instant(entry.at),
});

export const accessEntryHash = (seq: number, previous: string, entry: Omit<StoredAccess, '_id'>) =>
  canonicalHash({ format: chainFormat.access, seq, previous, ...content(entry) });

/** The hash entry 1 links to: the entries written before chaining, ordered by `at` then `_id` (code-unit order). */
export function accessPrefixHash(unhashed: readonly StoredAccess[]): string {
  const ordered = [...unhashed].sort((a, b) => a.at.getTime() - b.at.getTime() || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  return canonicalHash({ format: chainFormat.accessPrefix, entries: ordered.map((entry) => ({ id: entry._id, ...content(entry) })) });
}

/** `records` as the entries after `head` (the last stored: its seq and hash), each linked to the one before. */
export function chainAccess(head: { seq: number; hash: string }, records: readonly AccessRecord[]): StoredAccess[] {
  let previous = head.hash;
  return records.map((record, index) => {
    const seq = head.seq + index + 1;
    const hash = accessEntryHash(seq, previous, record);
    const entry = { _id: accessId(seq), seq, ...record, previousHash: previous, hash };
    previous = hash;
    return entry;
  });
}

/**
 * Checks the log's chain one entry at a time, in `seq` order (it may be too large to hold): `next` returns the
 * break an entry makes (seq out of order or missing, a link or a hash that does not match), else null; the walk
 * stops at the first.
 */
export function accessChainChecker(prefixHash: string) {
  let head = { seq: 0, hash: prefixHash };
  return {
    next(entry: StoredAccess): (ChainBreak & { id: string }) | null {
      const index = head.seq + 1;
      const broken = (problem: string, expected: string, found: string | null) => ({ id: entry._id, index, problem, expected, found });
      if (entry.seq !== index) return broken('seq out of order (an entry is missing or repeated)', String(index), String(entry.seq));
      if (entry.previousHash !== head.hash) return broken('previousHash does not link to the entry before', head.hash, entry.previousHash ?? null);
      const recomputed = accessEntryHash(index, head.hash, entry);
      if (entry.hash !== recomputed) return broken('hash does not match the content', recomputed, entry.hash ?? null);
      head = { seq: index, hash: recomputed };
      return null;
    },
    /** The last entry found linked (seq 0 and the prefix hash before any): an auditor keeps it to detect a cut tail. */
    head: () => head,
  };
}
