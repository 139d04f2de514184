import { parsePage } from '../../src/ingest/parse/index.js';
import { type LinkStages, linkPage } from '../../src/ingest/pipeline.js';
import type { ItemSpans, NamedSpan, PageGraph, SpanLabel } from '../../src/ingest/types.js';

/** A one-item page whose lead carries the given recogniser spans, linked by `stages`. */
export function linkLeadWithSpans(
  stages: LinkStages,
  lead: string,
  spans: readonly [SpanLabel, string][],
): PageGraph {
  const page = parsePage(`Meldung\n05.05.2025 10:00\n${lead}\n`);
  const itemSpans: ItemSpans = {
    title: [],
    body: [],
    lead: spans.map(([label, name]): NamedSpan => {
      const start = lead.indexOf(name);
      if (start < 0) throw new Error(`${name} is not in ${lead}`);
      return { label, start, end: start + name.length, text: name };
    }),
  };
  return linkPage(page, {}, stages, [itemSpans]);
}
