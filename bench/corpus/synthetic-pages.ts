import { buildCatalog, loadCatalog } from '../../src/ingest/catalog/index.js';
import { catalogStages } from '../../src/ingest/catalog-stages.js';
import { buildPageGraph } from '../../src/ingest/pipeline.js';
import type { CatalogEntity, PageGraph } from '../../src/ingest/types.js';
import { SyntheticCorpus } from './pages.js';
import { syntheticPeople } from './people.js';
import { seededRandom } from './random.js';

// The generator's pages, parsed and linked by the real pipeline, in order (the corpus draws from
// one seeded random sequence, so page k is only reproducible after pages 0..k-1).

export const SYNTHETIC_OUTLET = { id: 'outlet:synthetic', name: 'Synthetische Redaktion' };

export class SyntheticPages {
  readonly entities: CatalogEntity[];
  readonly pageCount: number;
  readonly meetingCount: number;
  private readonly corpus: SyntheticCorpus;
  private readonly stages: ReturnType<typeof catalogStages>;
  private nextPage = 0;

  constructor(articles: number, seed: number) {
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
    this.corpus = new SyntheticCorpus(catalog.entities, { articles, random });
    this.stages = catalogStages(catalog);
    this.pageCount = this.corpus.pageCount;
    this.meetingCount = this.corpus.meetings.length;
  }

  /** The next page's graph: parsed and linked, with its planned meetings and their reports. */
  next(): PageGraph {
    const pageNumber = this.nextPage++;
    const page = this.corpus.page(pageNumber);
    const pageGraph = buildPageGraph({ text: page.text, outlet: SYNTHETIC_OUTLET }, this.stages);
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
    return { ...pageGraph, discoveredPeople: [], meetings: [...meetings.values()] };
  }
}
