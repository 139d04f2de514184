import { buildCatalog, loadCatalog } from '../../src/ingest/catalog/index.js';
import { catalogStages } from '../../src/ingest/catalog-stages.js';
import { preloadIngestTables } from '../../src/ingest/preload.js';
import { annotatePage, type SpanSource } from '../../src/ingest/annotate.js';
import { parsePage } from '../../src/ingest/parse/index.js';
import { linkPage } from '../../src/ingest/pipeline.js';
import type { CatalogEntity, PageGraph } from '../../src/ingest/types.js';
import { SyntheticCorpus } from './pages.js';
import { syntheticPeople } from './people.js';
import { seededRandom } from './random.js';

// The generator's pages, parsed, recognised (when a NER is given) and linked by the real pipeline,
// as ingest does, in order (the corpus draws from one seeded random sequence, so page k is only
// reproducible after pages 0..k-1).

export interface SyntheticOptions {
  /** Pad articles to at least this many words (0: the corpus's own ~80-word items). */
  words?: number;
  /** The recogniser whose spans the linker reads; null: the rules alone (NER=off). */
  ner?: SpanSource | null;
  /** Read quotes and positions (QUOTES=on, the default); false: the pipeline writes none. */
  statements?: boolean;
  /** The clock the quote and position stage is timed by, in ms (wall time unless given). */
  clock?: () => number;
}

export const SYNTHETIC_OUTLET = { id: 'outlet:synthetic', name: 'Synthetische Redaktion' };

export class SyntheticPages {
  readonly entities: CatalogEntity[];
  readonly pageCount: number;
  readonly meetingCount: number;
  private readonly corpus: SyntheticCorpus;
  private readonly stages: ReturnType<typeof catalogStages>;
  private nextPage = 0;
  private readonly ner: SpanSource | null;
  /** Time spent waiting for the recogniser, in ms, over all pages so far. */
  nerMs = 0;
  /** Time spent reading quotes and positions (by `clock`), in ms, over all pages so far. */
  statementsMs = 0;

  constructor(articles: number, seed: number, options: SyntheticOptions = {}) {
    this.ner = options.ner ?? null;
    const random = seededRandom(seed);
    const base = loadCatalog();
    const countryIds = base.entities
      .filter((entity) => entity.kind === 'COUNTRY')
      .map((entity) => entity.id);
    const people = syntheticPeople(
      Math.min(5_000, Math.max(200, Math.floor(articles / 20))),
      countryIds,
      random,
    );
    const catalog = buildCatalog([...base.entities, ...people]);
    this.entities = catalog.entities;
    this.corpus = new SyntheticCorpus(catalog.entities, {
      articles,
      random,
      words: options.words ?? 0,
    });
    const stages = catalogStages(catalog, undefined, { statements: options.statements ?? true });
    // Loaded before the clock starts, as a long-running ingest has them: the figures are per page.
    preloadIngestTables(catalog);
    const extract = stages.statements;
    const clock = options.clock ?? (() => performance.now());
    this.stages = extract
      ? {
          ...stages,
          statements: (article) => {
            const started = clock();
            try {
              return extract(article);
            } finally {
              this.statementsMs += clock() - started;
            }
          },
        }
      : stages;
    this.pageCount = this.corpus.pageCount;
    this.meetingCount = this.corpus.meetings.length;
  }

  /** The next page's graph: parsed, recognised and linked, with its planned meetings and their reports. */
  async next(): Promise<PageGraph> {
    const pageNumber = this.nextPage++;
    // Drawn now, before any await, so pages keep their order even when several are in preparation.
    const page = this.corpus.page(pageNumber);
    const parsed = parsePage(page.text);
    const nerStarted = performance.now();
    const spans = this.ner ? await annotatePage(this.ner, parsed) : null;
    this.nerMs += performance.now() - nerStarted;
    const pageGraph = linkPage(parsed, { outlet: SYNTHETIC_OUTLET }, this.stages, spans);
    if (pageGraph.articles.length !== page.articleNumbers.length) {
      throw new Error(
        `Page ${pageNumber}: ${page.articleNumbers.length} items written, ${pageGraph.articles.length} parsed`,
      );
    }
    // The planned meetings replace what the extractor found, each with the page's reports of it.
    const idOf = new Map(
      page.articleNumbers.map((number, index) => [number, pageGraph.articles[index]?.id as string]),
    );
    const meetings = new Map<string, PageGraph['meetings'][number]>();
    for (const number of page.articleNumbers) {
      for (const planned of this.corpus.meetingsReportedBy(number)) {
        const { reporters: _reporters, ...meeting } = planned;
        const entry = meetings.get(planned.id) ?? { ...meeting, reports: [] };
        entry.reports.push({
          articleId: idOf.get(number) as string,
          evidence: this.corpus.meetingSentence(planned),
        });
        meetings.set(planned.id, entry);
      }
    }
    return { ...pageGraph, meetings: [...meetings.values()] };
  }
}
