import { rememberRecentTexts } from '../recent-texts.js';

// Sentence spans for evidence. Intl.Segmenter splits after ordinal dates ("am 18. Februar") and
// abbreviations ("Prof. Nowak"); such splits are merged back.

export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });
const ABBREVIATIONS =
  /(?:^|\s)(?:Dr|Prof|St|Nr|bzw|ca|vgl|z\.B|u\.a|d\.h|Mio|Mrd|Abs|Art|Jh|Hl|Gen|Sen|Abg)\.\s*$/;
const ORDINAL = /(?:^|\s)\d{1,2}\.\s*$/;
const MONTH_START =
  /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahrhundert|Jahrestag)\b/;

// The linker, people discovery, quotes and meeting extraction all ask for the same texts' sentences,
// the page's annotation first for all of its texts, then each article's stages for its own.
export const sentenceSpans: (text: string) => readonly Span[] = rememberRecentTexts(
  4096,
  segmentSentences,
);

function segmentSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const segment of segmenter.segment(text)) {
    const start = segment.index;
    const end = start + segment.segment.length;
    const previous = spans.at(-1);
    if (previous) {
      const before = text.slice(previous.start, previous.end);
      const next = segment.segment;
      if (ABBREVIATIONS.test(before) || (ORDINAL.test(before) && MONTH_START.test(next))) {
        previous.end = end;
        continue;
      }
    }
    spans.push({ start, end });
  }
  return spans;
}

/** The trimmed sentence around an offset. */
export function sentenceAt(text: string, spans: readonly Span[], offset: number): string {
  const span = spans.find((candidate) => offset >= candidate.start && offset < candidate.end);
  return span ? text.slice(span.start, span.end).trim() : text.trim();
}
