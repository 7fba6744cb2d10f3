import type { HistoryEntry } from './case';
import { canonicalHash, chainFormat, checkChain, instant } from './record-chain';

/** A history line's own fields, in the format's order (see record-chain.ts). */
const content = (entry: HistoryEntry) => ({
  at: instant(entry.at),
  action: entry.action,
  actor: entry.actor,
  agencyId: entry.agencyId ?? null,
  from: entry.from ?? null,
  to: entry.to ?? null,
  reason: entry.reason ?? null,
  fromAgencyId: entry.fromAgencyId ?? null,
  toAgencyId: entry.toAgencyId ?? null,
  caseIds: [...(entry.caseIds ?? [])],
});

const entryHash = (caseId: string, entry: HistoryEntry, previous: string) => canonicalHash({ format: chainFormat.history, caseId, previous, ...content(entry) });

/** The hash the first hashed line links to: the lines written before chaining (none for a new case). */
const prefixHash = (caseId: string, unhashed: readonly HistoryEntry[]) => canonicalHash({ format: chainFormat.historyPrefix, caseId, entries: unhashed.map(content) });

/**
 * Lines appended to a case's history, each linked to the one before: the first to the current head (the last
 * line's hash, or the prefix of lines written before chaining). Computed from the history the same guarded write
 * read, so two appends can never link to the same line.
 */
export function chainHistory(caseId: string, history: readonly HistoryEntry[], added: readonly HistoryEntry[]): HistoryEntry[] {
  let previous = history.at(-1)?.hash ?? prefixHash(caseId, history);
  return added.map(({ previousHash: _previous, hash: _hash, ...line }) => {
    const hash = entryHash(caseId, line, previous);
    const linked = { ...line, previousHash: previous, hash };
    previous = hash;
    return linked;
  });
}

/** The first broken line of a case's history, if any, and how many lines are hashed. */
export const checkHistory = (caseId: string, history: readonly HistoryEntry[]) =>
  checkChain(
    history,
    (entry, _index, previous) => entryHash(caseId, entry, previous),
    (index) => prefixHash(caseId, history.slice(0, index)),
  );
