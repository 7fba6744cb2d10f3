import { foldVietnamese } from '@hanoi/platform';

/**
 * Trùng đơn — likely duplicates by text. Vietnamese words are written as separate syllables ("xây dựng",
 * "rác thải"), so a case's text is compared as the set of its folded syllables plus syllable pairs: the pairs
 * keep compound words together, the single syllables tolerate a word inserted or changed. The score is the
 * Jaccard index of the two sets (shared / all), accent- and case-insensitive.
 */
export const similarityThreshold = 0.5;
/** Only the beginning of long descriptions is compared (the gist of a case is in its first paragraphs). */
export const comparedCharacters = 2_000;

export function shingles(text: string): Set<string> {
  const syllables = foldVietnamese(text.slice(0, comparedCharacters))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const set = new Set<string>(syllables);
  for (let index = 0; index + 1 < syllables.length; index++) set.add(`${syllables[index]} ${syllables[index + 1]}`);
  return set;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Similarity of two texts in [0, 1]. */
export const textSimilarity = (a: string, b: string) => jaccard(shingles(a), shingles(b));
