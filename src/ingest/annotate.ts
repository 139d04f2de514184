import { itemTexts } from './pipeline.js';
import type { ItemSpans, NamedSpan, ParsedPage } from './types.js';

// The recogniser reads a page's texts in one batch; its spans come back per item and field.

/** Anything that turns texts into spans, one list per text (the NER client is one). */
export interface SpanSource {
  annotate(texts: string[]): Promise<NamedSpan[][]>;
  /** Where it runs, for reports. */
  describe(): string;
}

export async function annotatePage(source: SpanSource, page: ParsedPage): Promise<ItemSpans[]> {
  const texts = page.items.flatMap(itemTexts);
  const spans = await source.annotate(texts);
  if (spans.length !== texts.length)
    throw new Error(`the recogniser answered ${spans.length} texts for ${texts.length}`);
  return page.items.map((_, index) => ({
    title: spans[index * 3] ?? [],
    lead: spans[index * 3 + 1] ?? [],
    body: spans[index * 3 + 2] ?? [],
  }));
}
