import { sentenceSpans } from './link/sentences.js';
import { meetingKind } from './meetings/extract.js';
import { itemTexts } from './pipeline.js';
import type {
  ArticleField,
  ItemSpans,
  NamedSpan,
  ParsedPage,
  ParsedToken,
  SentenceParse,
} from './types.js';

// The recogniser reads a page's texts in one batch; its spans come back per item and field. Where it
// also parses, the sentences that may report a meeting (a meeting word and two names the NER found
// in them) are parsed in one more request for the page: the parser costs several times the NER per
// word, most sentences with a meeting word name nobody ("Die Verhandlungen dauern an"), and where
// one name stands alone the parse has no parties to choose between (the rules read it).

/** Anything that turns texts into spans, one list per text (the NER client is one). */
export interface SpanSource {
  annotate(texts: string[]): Promise<NamedSpan[][]>;
  /** Dependency parses, one per sentence; absent when no parser runs. */
  parse?(sentences: string[]): Promise<ParsedToken[][]>;
  /** Where it runs, for reports. */
  describe(): string;
}

const FIELDS: ArticleField[] = ['title', 'lead', 'body'];

interface Candidate {
  item: number;
  field: ArticleField;
  start: number;
  text: string;
}

/** The sentences of a page that may report a meeting, with where they stand. */
export function meetingCandidates(page: ParsedPage): Candidate[] {
  return page.items.flatMap((item, index) => {
    const texts = itemTexts(item);
    return FIELDS.flatMap((field, f) => {
      const text = texts[f] as string;
      return sentenceSpans(text)
        .map((span) => ({
          item: index,
          field,
          start: span.start,
          text: text.slice(span.start, span.end),
        }))
        .filter((sentence) => meetingKind(sentence.text) !== null);
    });
  });
}

/** How many names the NER must find in a candidate sentence before it is parsed. */
export const NAMES_TO_PARSE = 2;

function namesIn(spans: readonly NamedSpan[], candidate: Candidate): number {
  const end = candidate.start + candidate.text.length;
  return spans.filter((span) => span.start >= candidate.start && span.end <= end).length;
}

export async function annotatePage(source: SpanSource, page: ParsedPage): Promise<ItemSpans[]> {
  const texts = page.items.flatMap(itemTexts);
  const spans = await source.annotate(texts);
  if (spans.length !== texts.length)
    throw new Error(`the recogniser answered ${spans.length} texts for ${texts.length}`);
  const candidates = source.parse
    ? meetingCandidates(page).filter(
        (candidate) =>
          namesIn(spans[candidate.item * 3 + FIELDS.indexOf(candidate.field)] ?? [], candidate) >=
          NAMES_TO_PARSE,
      )
    : [];
  const parsed =
    candidates.length > 0 && source.parse
      ? await source.parse(candidates.map((c) => c.text))
      : null;
  if (parsed && parsed.length !== candidates.length)
    throw new Error(`the parser answered ${parsed.length} sentences for ${candidates.length}`);
  return page.items.map((_, index) => {
    const item: ItemSpans = {
      title: spans[index * 3] ?? [],
      lead: spans[index * 3 + 1] ?? [],
      body: spans[index * 3 + 2] ?? [],
    };
    if (parsed) {
      item.parses = candidates.flatMap((candidate, c): SentenceParse[] =>
        candidate.item === index
          ? [{ field: candidate.field, start: candidate.start, tokens: parsed[c] ?? [] }]
          : [],
      );
    }
    return item;
  });
}
