// The GermEval 2014 NER benchmark as pages of the outlet's format, and its scoring: each sentence
// becomes one item (title line, date line, the sentence as text), ten items a page; what ingest
// and the recogniser find in an item is mapped back to the sentence's tokens and scored against the
// gold's outer level.

/** The classes scored: people, organisations, places. */
export const GERMEVAL_CLASSES = ['PER', 'ORG', 'LOC'] as const;
export type GermEvalClass = (typeof GERMEVAL_CLASSES)[number];

export interface GermEvalSentence {
  /** The source line after "#", for reports. */
  source: string;
  /** ISO date of the source ("2010-07-04"), when its header gives one. */
  date: string | null;
  tokens: string[];
  /** Outer-level BIO tags, parallel to tokens ("B-PER", "I-LOC-deriv", "O"). */
  outer: string[];
}

/** A stretch of tokens, end exclusive; label as the gold writes it ("PER", "LOC-deriv", "OTH"). */
export interface TokenSpan {
  label: string;
  start: number;
  end: number;
}

export class GermEvalFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GermEvalFormatError';
  }
}

function sourceDate(header: string): string | null {
  const iso = /\[(\d{4})-(\d{2})-(\d{2})\]/.exec(header);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const german = /(\d{2})\.(\d{2})\.(\d{4})/.exec(header);
  return german ? `${german[3]}-${german[2]}-${german[1]}` : null;
}

/** Reads the benchmark's TSV: "#\tsource\t[date]" headers, then "index\ttoken\touter\tinner" lines. */
export function readGermEval(text: string): GermEvalSentence[] {
  const sentences: GermEvalSentence[] = [];
  let current: GermEvalSentence | null = null;
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.startsWith('#\t') || line === '#') {
      current = { source: line.slice(2).trim(), date: sourceDate(line), tokens: [], outer: [] };
      sentences.push(current);
      return;
    }
    if (line.trim() === '') return;
    const [position, token, outer] = line.split('\t');
    if (!current || token === undefined || outer === undefined || !/^\d+$/.test(position ?? ''))
      throw new GermEvalFormatError(
        `line ${index + 1}: expected "index<TAB>token<TAB>outer<TAB>inner" after a "#" header`,
      );
    current.tokens.push(token);
    current.outer.push(outer);
  });
  const empty = sentences.findIndex((s) => s.tokens.length === 0);
  if (sentences.length === 0 || empty >= 0)
    throw new GermEvalFormatError(
      sentences.length === 0 ? 'no sentence found' : `sentence ${empty + 1} has no tokens`,
    );
  return sentences;
}

/** The spans of a BIO tag sequence ("B-PER I-PER O B-LOC-deriv" → PER 0–2, LOC-deriv 3–4). */
export function bioSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  tags.forEach((tag, index) => {
    const label = tag.slice(2);
    if (tag.startsWith('I-') && open && open.label === label) {
      open.end = index + 1;
      return;
    }
    open = null;
    if (tag.startsWith('B-') || tag.startsWith('I-')) {
      open = { label, start: index, end: index + 1 };
      spans.push(open);
    }
  });
  return spans;
}

const NO_SPACE_BEFORE = /^[.,;:!?)\]%]$|^'s$/;
const NO_SPACE_AFTER = /^[([]$/;

/** The sentence as running text (spaces as a writer sets them) and each token's place in it. */
export function sentenceText(tokens: readonly string[]): {
  text: string;
  offsets: { start: number; end: number }[];
} {
  let text = '';
  let quoteOpen = false;
  let glueNext = true;
  const offsets = tokens.map((token) => {
    const isQuote = token === '"';
    const glue = glueNext || NO_SPACE_BEFORE.test(token) || (isQuote && quoteOpen);
    if (!glue) text += ' ';
    const start = text.length;
    text += token;
    glueNext = NO_SPACE_AFTER.test(token) || (isQuote && !quoteOpen);
    if (isQuote) quoteOpen = !quoteOpen;
    return { start, end: text.length };
  });
  return { text, offsets };
}

export interface GermEvalPage {
  /** The page text, in the format `npm run ingest` reads. */
  text: string;
  /** Indices (into the sentence list) of the page's items, in order. */
  sentences: number[];
}

const FALLBACK_DATE = '2010-01-01';

function dateLine(iso: string | null): string {
  const [year, month, day] = (iso ?? FALLBACK_DATE).split('-');
  return `${day}.${month}.${year} 12:00`;
}

/** Pages of `perPage` items, one sentence each, titled "Meldung N" (a title no name is in). */
export function germEvalPages(
  sentences: readonly GermEvalSentence[],
  perPage = 10,
): GermEvalPage[] {
  const pages: GermEvalPage[] = [];
  for (let first = 0; first < sentences.length; first += perPage) {
    const indices: number[] = [];
    const lines = ['GermEval 2014', ''];
    for (let i = first; i < Math.min(sentences.length, first + perPage); i++) {
      const sentence = sentences[i] as GermEvalSentence;
      lines.push(
        `Meldung ${i + 1}`,
        dateLine(sentence.date),
        sentenceText(sentence.tokens).text,
        '',
      );
      indices.push(i);
    }
    pages.push({ text: lines.join('\n'), sentences: indices });
  }
  return pages;
}

/**
 * Each token's place in `text` (the item's text as the parser kept it), found in order; null for a
 * token the parser changed or moved (then spans on it cannot match, for ingest and NER alike).
 */
export function alignTokens(
  tokens: readonly string[],
  text: string,
): ({ start: number; end: number } | null)[] {
  let cursor = 0;
  return tokens.map((token) => {
    const at = text.indexOf(token, cursor);
    if (at < 0 || text.slice(cursor, at).trim().length > 0) return null;
    cursor = at + token.length;
    return { start: at, end: cursor };
  });
}

/** The tokens a character range touches, or null when it touches none. */
export function tokensOf(
  aligned: readonly ({ start: number; end: number } | null)[],
  start: number,
  end: number,
): { start: number; end: number } | null {
  let first = -1;
  let last = -1;
  aligned.forEach((place, index) => {
    if (!place || place.end <= start || place.start >= end) return;
    if (first < 0) first = index;
    last = index;
  });
  return first < 0 ? null : { start: first, end: last + 1 };
}

export interface ClassTally {
  gold: number;
  predicted: number;
  exact: number;
  /** Gold spans some prediction of the class overlaps. */
  overlapFound: number;
  /** Predictions that overlap some gold span of the class. */
  overlapRight: number;
}

export type GermEvalScores = Record<GermEvalClass, ClassTally>;

export function emptyGermEvalScores(): GermEvalScores {
  const tally = (): ClassTally => ({
    gold: 0,
    predicted: 0,
    exact: 0,
    overlapFound: 0,
    overlapRight: 0,
  });
  return { PER: tally(), ORG: tally(), LOC: tally() };
}

const overlaps = (a: TokenSpan, b: TokenSpan) => a.start < b.end && b.start < a.end;
const same = (a: TokenSpan, b: TokenSpan) => a.start === b.start && a.end === b.end;

/**
 * Scores one sentence's predictions (token spans labelled PER/ORG/LOC) against its gold outer spans.
 * Gold PER, ORG and LOC count; OTH is no class here, so a prediction on an OTH span is wrong. A
 * `-deriv` or `-part` span ("deutschen", "FIFA-Schiedsrichter") is not a name of its own: it is not
 * to be found, and a prediction that lies only on one counts neither way.
 */
export function scoreSentence(
  gold: readonly TokenSpan[],
  predicted: readonly TokenSpan[],
  into: GermEvalScores,
): void {
  const derived = gold.filter((g) => /-?(?:deriv|part)$/.test(g.label));
  const unique = predicted.filter(
    (p, index) => predicted.findIndex((q) => q.label === p.label && same(p, q)) === index,
  );
  for (const cls of GERMEVAL_CLASSES) {
    const tally = into[cls];
    const golds = gold.filter((g) => g.label === cls);
    const predictions = unique.filter(
      (p) =>
        p.label === cls &&
        (golds.some((g) => overlaps(g, p)) || !derived.some((d) => overlaps(d, p))),
    );
    tally.gold += golds.length;
    tally.predicted += predictions.length;
    tally.exact += predictions.filter((p) => golds.some((g) => same(g, p))).length;
    tally.overlapFound += golds.filter((g) => predictions.some((p) => overlaps(g, p))).length;
    tally.overlapRight += predictions.filter((p) => golds.some((g) => overlaps(g, p))).length;
  }
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

function prf(right: number, predicted: number, found: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : right / predicted;
  const recall = gold === 0 ? 0 : found / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function exactPrf(tally: ClassTally): Prf {
  return prf(tally.exact, tally.predicted, tally.exact, tally.gold);
}

export function overlapPrf(tally: ClassTally): Prf {
  return prf(tally.overlapRight, tally.predicted, tally.overlapFound, tally.gold);
}
