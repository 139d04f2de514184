import type { Catalog } from './catalog/index.js';
import { catalogStages, type StageOptions } from './catalog-stages.js';
import { annotatePage, type SpanSource } from './annotate.js';
import { PageParseError, parsePage } from './parse/index.js';
import { linkPage, type PageInput } from './pipeline.js';
import type { KnownPerson, PageGraph, ParsedPage } from './types.js';

// One page from bytes to its linked graph, in memory: parse, recognise (when a recogniser is
// given), link. Nothing here touches the database; src/loading writes what this returns.

export interface PageSource extends Omit<PageInput, 'text'> {
  name: string;
  bytes: Buffer;
}

/** Why a page was refused: what the parser or the recogniser said, and a code for callers. */
export interface PageFailure {
  name: string;
  ok: false;
  reason: string;
  code: PageParseError['reason'] | 'NER_UNAVAILABLE';
}

/** The recogniser failed while this page was read: the page fails whole, nothing of it written. */
export class NerFailedError extends Error {
  constructor(
    readonly page: string,
    cause: unknown,
  ) {
    super(`${page}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'NerFailedError';
  }
}

/** Bytes → text, refusing what is not UTF-8 text instead of guessing. */
function decode(bytes: Buffer): string {
  if (bytes.includes(0))
    throw new PageParseError('BINARY', 'the file is binary (it contains NUL bytes)');
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

export type PreparedPage = { ok: true; graph: PageGraph } | PageFailure;

/** The people recent articles named, for a page once parsed (src/loading reads them from the graph). */
export type RecallPeople = (page: ParsedPage) => Promise<readonly KnownPerson[]>;

/**
 * Parses, recognises (when a recogniser is given) and links a page in memory; nothing is written.
 * A recogniser that fails fails the page with NER_UNAVAILABLE: the page is never half-read.
 */
export async function preparePage(
  catalog: Catalog,
  source: PageSource,
  ner: SpanSource | null = null,
  recall: RecallPeople | null = null,
  options: StageOptions = {},
): Promise<PreparedPage> {
  let page: ReturnType<typeof parsePage>;
  try {
    page = parsePage(decode(source.bytes));
  } catch (error) {
    if (error instanceof PageParseError) {
      return { name: source.name, ok: false, reason: error.message, code: error.reason };
    }
    throw error;
  }
  let spans = null;
  if (ner) {
    try {
      spans = await annotatePage(ner, page);
    } catch (error) {
      return {
        name: source.name,
        ok: false,
        reason: new NerFailedError(source.name, error).message,
        code: 'NER_UNAVAILABLE',
      };
    }
  }
  const remembered = recall ? await recall(page) : [];
  return {
    ok: true,
    graph: linkPage(
      page,
      {
        outlet: source.outlet,
        url: source.url,
        recentPeople: [...remembered, ...(source.recentPeople ?? [])],
      },
      catalogStages(catalog, undefined, options),
      spans,
    ),
  };
}
