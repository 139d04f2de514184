import { writeCatalog } from '../graph/catalog-writer.js';
import { type PageWriteReport, writePageGraph } from '../graph/page-writer.js';
import type { QueryRunner } from '../graph/runner.js';
import type { Catalog } from './catalog/index.js';
import { catalogStages } from './catalog-stages.js';
import { PageParseError } from './parse/index.js';
import { annotatePage, type SpanSource } from './annotate.js';
import { parsePage } from './parse/index.js';
import { linkPage, type PageInput } from './pipeline.js';
import type { PageGraph } from './types.js';

// Loads pages into the graph one by one: each page in its own transaction, so a bad page fails
// alone and writes nothing, while the others land. Used by `npm run seed` and `npm run ingest`.

export interface PageSource extends Omit<PageInput, 'text'> {
  name: string;
  bytes: Buffer;
}

export type PageOutcome =
  | { name: string; ok: true; graph: PageGraph; report: PageWriteReport }
  | { name: string; ok: false; reason: string; code: PageParseError['reason'] | 'NER_UNAVAILABLE' };

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

export interface LoadTotals extends PageWriteReport {
  pagesLoaded: number;
  pagesFailed: number;
}

/** Bytes → text, refusing what is not UTF-8 text instead of guessing. */
function decode(bytes: Buffer): string {
  if (bytes.includes(0))
    throw new PageParseError('BINARY', 'the file is binary (it contains NUL bytes)');
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

export async function ensureCatalog(runner: QueryRunner, catalog: Catalog): Promise<number> {
  return writeCatalog(runner, catalog.entities);
}

export type PreparedPage = { ok: true; graph: PageGraph } | Extract<PageOutcome, { ok: false }>;

/**
 * Parses, recognises (when a recogniser is given) and links a page in memory; nothing is written.
 * A recogniser that fails fails the page with NER_UNAVAILABLE: the page is never half-read.
 */
export async function preparePage(
  catalog: Catalog,
  source: PageSource,
  ner: SpanSource | null = null,
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
  return {
    ok: true,
    graph: linkPage(
      page,
      { outlet: source.outlet, url: source.url },
      catalogStages(catalog),
      spans,
    ),
  };
}

export async function loadPage(
  runner: QueryRunner,
  catalog: Catalog,
  source: PageSource,
  ner: SpanSource | null = null,
): Promise<PageOutcome> {
  const prepared = await preparePage(catalog, source, ner);
  if (!prepared.ok) return prepared;
  const report = await writePageGraph(runner, prepared.graph);
  return { name: source.name, ok: true, graph: prepared.graph, report };
}

export function emptyTotals(): LoadTotals {
  return {
    pagesLoaded: 0,
    pagesFailed: 0,
    articlesNew: 0,
    articlesUpdated: 0,
    articlesUnchanged: 0,
    mentions: 0,
    peopleLinked: 0,
    peopleDiscovered: 0,
    organizationsDiscovered: 0,
    meetingsNew: 0,
    meetingsMerged: 0,
  };
}

export function addOutcome(totals: LoadTotals, outcome: PageOutcome): void {
  if (!outcome.ok) {
    totals.pagesFailed += 1;
    return;
  }
  totals.pagesLoaded += 1;
  for (const key of Object.keys(outcome.report) as (keyof PageWriteReport)[])
    totals[key] += outcome.report[key];
}

export function describeTotals(totals: LoadTotals): string {
  return [
    `pages: ${totals.pagesLoaded} loaded, ${totals.pagesFailed} failed`,
    `articles: ${totals.articlesNew} new, ${totals.articlesUpdated} updated, ${totals.articlesUnchanged} unchanged`,
    `mentions: ${totals.mentions}`,
    `people: ${totals.peopleLinked} linked, ${totals.peopleDiscovered} discovered`,
    `organisations discovered: ${totals.organizationsDiscovered}`,
    `meetings: ${totals.meetingsNew} new, ${totals.meetingsMerged} merged`,
  ].join('\n');
}
