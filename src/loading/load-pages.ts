import { loadConfig } from '../config.js';
import { writeCatalog } from '../graph/catalog-writer.js';
import { type PageWriteReport, writePageGraph } from '../graph/page-writer.js';
import type { QueryRunner } from '../graph/runner.js';
import type { SpanSource } from '../ingest/annotate.js';
import type { StageOptions } from '../ingest/catalog-stages.js';
import type { Catalog } from '../ingest/catalog/index.js';
import { type PageFailure, type PageSource, preparePage } from '../ingest/prepare-page.js';
import type { PageGraph } from '../ingest/types.js';
import { type PeopleMemory, peopleMemory, recallPeople } from './recent-people.js';

// Loads pages into the graph one by one: each page in its own transaction, so a bad page fails
// alone and writes nothing, while the others land. Used by `npm run seed` and `npm run ingest`.

export type PageOutcome =
  | { name: string; ok: true; graph: PageGraph; report: PageWriteReport }
  | PageFailure;

export interface LoadTotals extends PageWriteReport {
  pagesLoaded: number;
  pagesFailed: number;
}

export async function ensureCatalog(runner: QueryRunner, catalog: Catalog): Promise<number> {
  return writeCatalog(runner, catalog.entities);
}

export async function loadPage(
  runner: QueryRunner,
  catalog: Catalog,
  source: PageSource,
  ner: SpanSource | null = null,
  memory: PeopleMemory = peopleMemory(loadConfig()),
  options: StageOptions = {},
): Promise<PageOutcome> {
  const prepared = await preparePage(
    catalog,
    source,
    ner,
    (page) => recallPeople(runner, page, memory),
    options,
  );
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
    peopleMerged: 0,
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
    `people: ${totals.peopleLinked} linked, ${totals.peopleDiscovered} discovered, ${totals.peopleMerged} known by surname merged into a full name`,
    `organisations discovered: ${totals.organizationsDiscovered}`,
    `meetings: ${totals.meetingsNew} new, ${totals.meetingsMerged} merged`,
  ].join('\n');
}
