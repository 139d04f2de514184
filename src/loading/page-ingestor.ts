import { writePageGraph } from '../graph/page-writer.js';
import type { QueryRunner } from '../graph/runner.js';
import type { SpanSource } from '../ingest/annotate.js';
import type { StageOptions } from '../ingest/catalog-stages.js';
import { type Catalog, loadCatalog } from '../ingest/catalog/index.js';
import type { OutletInfo } from '../ingest/pipeline.js';
import { preparePage } from '../ingest/prepare-page.js';
import { ensureCatalog, type PageOutcome } from './load-pages.js';
import { type PeopleMemory, recallPeople } from './recent-people.js';

// Ingest of single pages for a long-running server (the ingestPage mutation): the same pipeline as
// `npm run ingest`, with the catalog read from disk once and written to the graph once per process.

export interface PageSubmission {
  text: string;
  url?: string | null;
  outlet?: OutletInfo;
}

export class PageIngestor {
  private catalog: Catalog | null = null;

  /** `ner`: the recogniser every page goes through, or null to run the rules alone;
   * `memory`: how far back the graph's people are remembered for bare surnames;
   * `options`: the optional stages (QUOTES). */
  constructor(
    readonly ner: SpanSource | null = null,
    readonly memory: PeopleMemory = { days: 0, max: 1 },
    readonly options: StageOptions = {},
  ) {}

  private catalogWritten: Promise<unknown> | null = null;

  async ingest(runner: QueryRunner, submission: PageSubmission): Promise<PageOutcome> {
    this.catalog ??= loadCatalog();
    const catalog = this.catalog;
    const name = submission.url ?? 'submitted page';
    // Parse first: a page that is not one must write nothing, not even the catalog.
    const prepared = await preparePage(
      catalog,
      {
        name,
        bytes: Buffer.from(submission.text, 'utf8'),
        url: submission.url ?? null,
        outlet: submission.outlet,
      },
      this.ner,
      (page) => recallPeople(runner, page, this.memory),
      this.options,
    );
    if (!prepared.ok) return prepared;
    this.catalogWritten ??= ensureCatalog(runner, catalog).catch((error: unknown) => {
      this.catalogWritten = null; // try again with the next page
      throw error;
    });
    await this.catalogWritten;
    const report = await writePageGraph(runner, prepared.graph);
    return { name, ok: true, graph: prepared.graph, report };
  }
}
