import { asciiKey, hasNonAsciiLetters, looksDegraded } from './degraded.js';

// Pages repeat paragraphs: verbatim, as a longer paragraph that contains an earlier one, or as a
// copy that lost its umlauts. We keep one copy of each text, the most complete and intact one, at
// the place where the text first appeared.

const MIN_CONTAINED_LENGTH = 40; // shorter texts ("Ja.") may legitimately recur inside others

interface Kept {
  text: string;
  key: string;
  ascii: string;
  /** Has letters outside ASCII (an intact German text usually does; a degraded copy has none). */
  nonAscii: boolean;
}

function comparable(text: string): string {
  return text
    .replace(/[„“”«»"]/g, '"')
    .replace(/[‚‘’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function covers(outer: Kept, inner: Kept): boolean {
  if (outer.key === inner.key) return true;
  if (inner.key.length < MIN_CONTAINED_LENGTH) return false;
  if (outer.key.includes(inner.key)) return true;
  // An ASCII-only inner copy is covered by a text that has the same letters plus non-ASCII ones.
  return !inner.nonAscii && outer.nonAscii && outer.ascii.includes(inner.ascii);
}

export interface DedupedParagraphs {
  paragraphs: string[];
  /** A kept paragraph lost its non-ASCII letters and no intact copy exists. */
  degraded: boolean;
}

export function dedupeParagraphs(paragraphs: readonly string[]): DedupedParagraphs {
  const kept: Kept[] = [];
  for (const text of paragraphs) {
    const key = comparable(text);
    const candidate: Kept = { text, key, ascii: asciiKey(key), nonAscii: hasNonAsciiLetters(text) };
    if (kept.some((existing) => covers(existing, candidate))) continue;
    const covered = kept.flatMap((existing, index) => (covers(candidate, existing) ? [index] : []));
    if (covered.length === 0) {
      kept.push(candidate);
      continue;
    }
    const [first, ...rest] = covered;
    kept[first as number] = candidate;
    for (const index of rest.reverse()) kept.splice(index, 1);
  }
  return {
    paragraphs: kept.map((entry) => entry.text),
    degraded: kept.some((entry) => looksDegraded(entry.text)),
  };
}
