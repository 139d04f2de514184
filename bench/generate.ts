import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openGraph } from '../src/cli/open-graph.js';
import { writeCatalog } from '../src/graph/catalog-writer.js';
import { writePageGraph } from '../src/graph/page-writer.js';
import { QueryRunner } from '../src/graph/runner.js';
import { buildCatalog, loadCatalog } from '../src/ingest/catalog/index.js';
import { catalogStages } from '../src/ingest/catalog-stages.js';
import { buildPageGraph } from '../src/ingest/pipeline.js';
import type { PageGraph } from '../src/ingest/types.js';
import { loadConfig } from '../src/server/config.js';
import { SyntheticCorpus } from './corpus/pages.js';
import { syntheticPeople } from './corpus/people.js';
import { seededRandom } from './corpus/random.js';

// npm run generate -- --articles N [--seed S] [--reset]
// A deterministic synthetic corpus (see corpus/pages.ts) through the real ingest: every page is
// parsed and linked by the pipeline and written by the page writer, as `npm run ingest` does.
// Reports throughput; writing page k overlaps with linking page k+1.

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '42' },
    reset: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
if (
  !Number.isInteger(articles) ||
  articles < 1 ||
  articles > 2_000_000 ||
  !Number.isInteger(seed)
) {
  console.error(
    'usage: npm run generate -- --articles N (1..2000000) [--seed S (integer)] [--reset]',
  );
  process.exit(2);
}

export interface GenerateReport {
  articles: number;
  mentions: number;
  meetings: number;
  pages: number;
  entities: number;
  seconds: number;
  linkSeconds: number;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => console.error(line);
  const graph = await openGraph(config, log);
  const runner = new QueryRunner(graph.driver, config.NEO4J_DATABASE, 600_000);
  try {
    const [empty] = await runner.read('admin/is-empty');
    if (empty?.empty !== true) {
      if (!values.reset)
        throw new Error('The graph is not empty: pass --reset to delete everything in it first.');
      log('Deleting the graph …');
      await runner.autoCommit('admin/delete-all-relationships');
      await runner.autoCommit('admin/delete-all');
    }
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
    const corpus = new SyntheticCorpus(catalog.entities, { articles, random });
    const stages = catalogStages(catalog);
    const started = performance.now();
    await writeCatalog(runner, catalog.entities);

    let linkMs = 0;
    let mentions = 0;
    let written = 0;
    const prepare = (pageNumber: number): PageGraph => {
      const linkStarted = performance.now();
      const page = corpus.page(pageNumber);
      const pageGraph = buildPageGraph(
        { text: page.text, outlet: { id: 'outlet:synthetic', name: 'Synthetische Redaktion' } },
        stages,
      );
      if (pageGraph.articles.length !== page.articleNumbers.length) {
        throw new Error(
          `Page ${pageNumber}: ${page.articleNumbers.length} items written, ${pageGraph.articles.length} parsed`,
        );
      }
      // The planned meetings replace what the extractor found, each with the page's reports of it.
      const idOf = new Map(
        page.articleNumbers.map((number, index) => [
          number,
          pageGraph.articles[index]?.id as string,
        ]),
      );
      const meetings = new Map<string, PageGraph['meetings'][number]>();
      for (const number of page.articleNumbers) {
        for (const planned of corpus.meetingsReportedBy(number)) {
          const { reporters: _reporters, ...meeting } = planned;
          const entry = meetings.get(planned.id) ?? { ...meeting, reports: [] };
          entry.reports.push({
            articleId: idOf.get(number) as string,
            evidence: corpus.meetingSentence(planned),
          });
          meetings.set(planned.id, entry);
        }
      }
      linkMs += performance.now() - linkStarted;
      return { ...pageGraph, discoveredPeople: [], meetings: [...meetings.values()] };
    };

    const bar = new cliProgress.SingleBar(
      {
        format: 'generate |{bar}| {value}/{total} articles | {rate} articles/s',
        stream: process.stderr,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(articles, 0, { rate: 0 });
    let next = prepare(0);
    for (let pageNumber = 0; pageNumber < corpus.pageCount; pageNumber++) {
      const current = next;
      const writing = writePageGraph(runner, current);
      if (pageNumber + 1 < corpus.pageCount) next = prepare(pageNumber + 1);
      await writing;
      written += current.articles.length;
      mentions += current.articles.reduce((sum, article) => sum + article.mentions.length, 0);
      bar.update(written, { rate: Math.round(written / ((performance.now() - started) / 1000)) });
    }
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    const report: GenerateReport = {
      articles: written,
      mentions,
      meetings: corpus.meetings.length,
      pages: corpus.pageCount,
      entities: catalog.entities.length,
      seconds,
      linkSeconds: linkMs / 1000,
    };
    console.log(
      [
        `Generated ${report.articles} articles (seed ${seed}) on ${graph.uri}: ${report.mentions} mentions, ${report.meetings} meetings, ${report.entities} entities, ${report.pages} pages`,
        `in ${seconds.toFixed(1)} s: ${(report.articles / seconds).toFixed(0)} articles/s, ${(report.mentions / seconds).toFixed(0)} mentions/s (parsing and linking ${report.linkSeconds.toFixed(1)} s of it, overlapped with writing)`,
      ].join('\n'),
    );
    console.log(`GENERATE_REPORT ${JSON.stringify(report)}`);
  } finally {
    await graph.driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
