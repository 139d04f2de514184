import { sentenceSpans, type Span } from '../link/sentences.js';
import { mayAttribute, SPEECH_WORD_FORMS, type Token, tokenize } from './words.js';

// A field's words for its quotes and positions, both of which read them sentence by sentence.
// Most sentences of an article need neither (no name, no verb of saying): they are tokenized only
// when first asked for, and a scan of the whole field tells which may hold an attribution. Made per
// article and dropped with it: kept longer, the words would outlive the young generation.

// Letters and digits of the Latin scripts; a word bounded by any other character still counts,
// so the scan may only say yes too often, and the tokens decide.
const LATIN = 'A-Za-z0-9\\u00C0-\\u024F';
const ATTRIBUTION_SCAN = new RegExp(
  `(?<![${LATIN}])(?:${SPEECH_WORD_FORMS.join('|')})(?![${LATIN}])|:`,
  'g',
);

export class FieldWords {
  readonly sentences: readonly Span[];
  private readonly tokens: (readonly Token[] | undefined)[];
  private attributionAt: number[] | null = null;

  constructor(readonly text: string) {
    this.sentences = sentenceSpans(text);
    this.tokens = new Array(this.sentences.length);
  }

  /** The tokens of sentence i, with offsets into the field. */
  sentence(index: number): readonly Token[] {
    let tokens = this.tokens[index];
    if (tokens === undefined) {
      const span = this.sentences[index] as Span;
      tokens = tokenize(this.text.slice(span.start, span.end), span.start);
      this.tokens[index] = tokens;
    }
    return tokens;
  }

  /** The tokens inside [start, end) of the field. */
  tokensIn(start: number, end: number): Token[] {
    const found: Token[] = [];
    for (let i = this.sentenceAfter(start); i < this.sentences.length; i += 1) {
      if ((this.sentences[i] as Span).start >= end) break;
      for (const token of this.sentence(i))
        if (token.start >= start && token.end <= end) found.push(token);
    }
    return found;
  }

  /** Whether [start, end) may hold an attribution: a verb of saying, "zufolge", "laut", a colon. */
  mayAttribute(start: number, end: number): boolean {
    return this.scanFindsAttribution(start, end) && mayAttribute(this.tokensIn(start, end));
  }

  /** The scan's answer alone: it may say yes too often (see LATIN), never too rarely. */
  scanFindsAttribution(start: number, end: number): boolean {
    if (this.attributionAt === null) {
      this.attributionAt = [];
      ATTRIBUTION_SCAN.lastIndex = 0;
      for (
        let match = ATTRIBUTION_SCAN.exec(this.text);
        match;
        match = ATTRIBUTION_SCAN.exec(this.text)
      )
        this.attributionAt.push(match.index);
    }
    const at = this.attributionAt;
    const first = firstIndex(at.length, (i) => (at[i] as number) >= start);
    return first < at.length && (at[first] as number) < end;
  }

  /** The index of the first sentence ending after `offset`. */
  private sentenceAfter(offset: number): number {
    return firstIndex(this.sentences.length, (i) => (this.sentences[i] as Span).end > offset);
  }
}

/** The first index below `length` where `reached` holds, for a `reached` false then true. */
function firstIndex(length: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (reached(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
