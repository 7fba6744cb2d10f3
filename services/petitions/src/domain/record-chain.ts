import { createHash } from 'node:crypto';

/**
 * Tamper-evident records (hồ sơ không thể sửa mà không để lại dấu vết): a case's history and the identity access log
 * are hash chains. Each entry stores `previousHash` (the hash of the entry before it) and `hash` (the hash of its
 * own content together with `previousHash`), so editing, removing or reordering an entry breaks every link after it.
 *
 * FORMAT v1 — what an auditor re-implements:
 *
 *   hash = lower-case hex SHA-256 of the UTF-8 bytes of a canonical JSON text
 *
 * The canonical JSON text is one object whose keys appear in exactly the order listed below, written as
 * ECMAScript's `JSON.stringify` writes it: no whitespace, strings as themselves (non-ASCII characters unescaped;
 * only `"`, `\` and control characters escaped), absent values as `null`, instants as ISO 8601 UTC strings with
 * milliseconds (`2026-11-18T03:04:05.678Z`), integers as integers. Python: `json.dumps(obj, ensure_ascii=False,
 * separators=(",", ":"))` with a dict built in this order gives the same text.
 *
 * A case history entry (`petitions.history[i]` of case `caseId`):
 *   {"format":"hanoi.petitions.case-history.v1","caseId","previous","at","action","actor","agencyId","from","to",
 *    "reason","fromAgencyId","toAgencyId","caseIds"}                                          → its `hash`
 * An identity access log entry (`identity_access_log`, one chain for the whole log, ordered by `seq` = 1, 2, 3…):
 *   {"format":"hanoi.petitions.identity-access.v1","seq","previous","caseId","caseKind","subject","agencyId",
 *    "roles","purpose","petitionerCount","access","at"}                                         → its `hash`
 * where `previous` is the entry's `previousHash`.
 *
 * Links. An entry's `previousHash` must equal the `hash` of the entry before it. Entries written before chaining
 * existed carry no hash: they form the chain's unhashed prefix, and the first hashed entry's `previousHash` is the
 * hash of that prefix (so the old entries are sealed from then on; with no old entries it is the chain's genesis):
 *   {"format":"hanoi.petitions.case-history.prefix.v1","caseId","entries":[<each old entry's fields, from "at" to
 *    "caseIds" as above, in stored order>]}
 *   {"format":"hanoi.petitions.identity-access.prefix.v1","entries":[{"id" (its _id),"caseId","caseKind",
 *    "subject","agencyId","roles","purpose","petitionerCount","access","at"} for each entry without `seq`, ordered
 *    by "at" then "id"]}
 * Once an entry is hashed every later one must be; the access log's `seq` runs 1, 2, 3… without gaps.
 */
export const chainFormat = {
  history: 'hanoi.petitions.case-history.v1',
  historyPrefix: 'hanoi.petitions.case-history.prefix.v1',
  access: 'hanoi.petitions.identity-access.v1',
  accessPrefix: 'hanoi.petitions.identity-access.prefix.v1',
} as const;

/** What a chained entry carries; both absent on entries written before chaining. */
export interface ChainLink {
  previousHash?: string;
  hash?: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Lower-case hex SHA-256 of the canonical text of `value` (its keys already in their fixed order). */
export const canonicalHash = (value: { [key: string]: Json }): string => createHash('sha256').update(JSON.stringify(value), 'utf8').digest('hex');

/** An instant as the format writes it (null stays null). */
export const instant = (value: Date | string | null | undefined): string | null => (value == null ? null : new Date(value).toISOString());

/** The first broken link of a chain: which entry, what was wrong, the value expected and the one found. */
export interface ChainBreak {
  index: number;
  problem: string;
  expected: string | null;
  found: string | null;
}

/**
 * Checks one chain: `contentHash(i, previous)` recomputes entry i's hash; `prefixHash(i)` is the hash of the
 * unhashed entries before i. Returns the first broken link, or null and how many entries were hashed.
 */
export function checkChain<E extends ChainLink>(
  entries: readonly E[],
  contentHash: (entry: E, index: number, previous: string) => string,
  prefixHash: (index: number) => string,
): { broken: ChainBreak | null; hashed: number } {
  let hashed = 0;
  for (const [index, entry] of entries.entries()) {
    if (entry.hash == null) {
      if (hashed > 0) return { broken: { index, problem: 'entry without a hash after hashed ones', expected: 'a hash', found: null }, hashed };
      continue;
    }
    const previous = hashed > 0 ? entries[index - 1]!.hash! : prefixHash(index);
    if (entry.previousHash !== previous) return { broken: { index, problem: 'previousHash does not link to the entry before', expected: previous, found: entry.previousHash ?? null }, hashed };
    const recomputed = contentHash(entry, index, previous);
    if (entry.hash !== recomputed) return { broken: { index, problem: 'hash does not match the content', expected: recomputed, found: entry.hash }, hashed };
    hashed++;
  }
  return { broken: null, hashed };
}
