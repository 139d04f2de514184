import type { ParsedToken } from '../types.js';

// Who can be at a meeting's table, read from the sentence's dependency parse: the clause of the
// meeting's predicate (verb or noun), without the clauses hanging off it (what someone said or
// announced, relative clauses) and without topics ("über Russlands Krieg", "wegen der Grenze").
// What the parser gets wrong is caught by the caller: a sentence whose parse has no verb (a title
// fragment) or where the cue stands on no token is read by the rules.

/** Relations that open a clause of their own: a predicate climbs no further than one. */
const CLAUSE = new Set(['root', 'ccomp', 'parataxis', 'advcl', 'acl', 'acl:relcl', 'csubj']);
/** Clauses hanging off the meeting's clause: their people report, announce or comment. */
const OTHER_CLAUSE = new Set([
  'ccomp',
  'parataxis',
  'advcl',
  'acl',
  'acl:relcl',
  'csubj',
  'dislocated',
]);
/** A prepositional phrase with one of these is the topic, not a party. */
const TOPIC_CASE = new Set([
  'über',
  'um',
  'wegen',
  'bezüglich',
  'hinsichtlich',
  'betreffend',
  'angesichts',
  'zugunsten',
]);

export interface CharRange {
  start: number;
  end: number;
}

function childrenOf(tokens: readonly ParsedToken[]): number[][] {
  const children: number[][] = tokens.map(() => []);
  tokens.forEach((token, index) => {
    if (token.head >= 0) children[token.head]?.push(index);
  });
  return children;
}

function isTopic(index: number, tokens: readonly ParsedToken[], children: number[][]): boolean {
  const rel = tokens[index]?.rel ?? '';
  if (!rel.startsWith('obl') && !rel.startsWith('nmod')) return false;
  return (children[index] ?? []).some(
    (child) =>
      tokens[child]?.rel === 'case' && TOPIC_CASE.has((tokens[child]?.text ?? '').toLowerCase()),
  );
}

/** Relations by which a meeting noun is an argument of its clause ("Gespräche … finden statt",
 * "führte Gespräche mit …"); a noun in an adjunct ("Nach Gesprächen in Berlin stellt sich …")
 * has only its own phrase for parties. */
const NOUN_ARGUMENT = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'root', 'appos', 'conj']);

/** The head of the clause a token belongs to. */
function clauseHead(index: number, tokens: readonly ParsedToken[]): number {
  let current = index;
  for (let steps = 0; steps < tokens.length; steps++) {
    const token = tokens[current];
    if (!token || CLAUSE.has(token.rel) || token.head < 0) return current;
    current = token.head;
  }
  return current;
}

/**
 * The stretches of the sentence (offsets into it) that belong to the clause of the meeting
 * predicate at `cueOffset`: where its parties can be named. Null when no token stands there.
 */
export function tableRanges(tokens: readonly ParsedToken[], cueOffset: number): CharRange[] | null {
  const predicate = tokens.findIndex((t) => t.start <= cueOffset && cueOffset < t.end);
  if (predicate < 0 || !tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  const children = childrenOf(tokens);
  const token = tokens[predicate] as ParsedToken;
  const nounInAdjunct =
    (token.pos === 'NOUN' || token.pos === 'PROPN') && !NOUN_ARGUMENT.has(token.rel);
  const head = nounInAdjunct ? predicate : clauseHead(predicate, tokens);
  const ranges: CharRange[] = [];
  const stack = [head];
  while (stack.length > 0) {
    const index = stack.pop() as number;
    const token = tokens[index];
    if (!token) continue;
    ranges.push({ start: token.start, end: token.end });
    for (const child of children[index] ?? []) {
      const rel = tokens[child]?.rel ?? '';
      if (OTHER_CLAUSE.has(rel) || isTopic(child, tokens, children)) continue;
      stack.push(child);
    }
  }
  return ranges;
}

/** Whether a stretch of the sentence overlaps the ranges. */
export function within(ranges: readonly CharRange[], start: number, end: number): boolean {
  return ranges.some((range) => range.start < end && start < range.end);
}
