import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openGraph } from '../src/cli/open-graph.js';
import { writeCatalog } from '../src/graph/catalog-writer.js';
import { writePageGraph } from '../src/graph/page-writer.js';
import { QueryRunner } from '../src/graph/runner.js';
import { loadConfig } from '../src/config.js';
import { PageWorker } from './corpus/page-worker.js';

// npm run generate -- --articles N [--seed S] [--reset]
// A deterministic synthetic corpus (see corpus/pages.ts) through the real ingest: every page is
// parsed and linked by the pipeline and written by the page writer, as `npm run ingest` does.
// Reports throughput; page k+1 is parsed and linked on a worker thread while page k is written.

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
    const pages = await PageWorker.start(articles, seed);
    const { entities, pageCount, meetingCount } = pages.started;
    const started = performance.now();
    await writeCatalog(runner, entities);

    let linkMs = 0;
    let mentions = 0;
    let written = 0;
    const bar = new cliProgress.SingleBar(
      {
        format: 'generate |{bar}| {value}/{total} articles | {rate} articles/s',
        stream: process.stderr,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(articles, 0, { rate: 0 });
    try {
      // Two pages in flight: the next page's statements are packed and sent while Neo4j runs the
      // last page's (its transaction then waits for the outlet's lock, so pages still land one at
      // a time and in order). With one, this thread and Neo4j took turns.
      let previous: Promise<void> = Promise.resolve();
      for (let pageNumber = 0; pageNumber < pageCount; pageNumber++) {
        const { page, prepareMs } = await pages.next();
        linkMs += prepareMs;
        // The corpus plans its meetings (stable synthetic ids): they are not merged with each other.
        const write = writePageGraph(runner, page, { mergeMeetings: false }).then(() => {
          written += page.articles.length;
          mentions += page.articles.reduce((sum, article) => sum + article.mentions.length, 0);
          bar.update(written, {
            rate: Math.round(written / ((performance.now() - started) / 1000)),
          });
        });
        // Awaited on the next turn; until then a failure must not count as unhandled.
        write.catch(() => {});
        await previous;
        previous = write;
      }
      await previous;
    } finally {
      await pages.stop();
    }
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    const report: GenerateReport = {
      articles: written,
      mentions,
      meetings: meetingCount,
      pages: pageCount,
      entities: entities.length,
      seconds,
      linkSeconds: linkMs / 1000,
    };
    console.log(
      [
        `Generated ${report.articles} articles (seed ${seed}) on ${graph.uri}: ${report.mentions} mentions, ${report.meetings} meetings, ${report.entities} entities, ${report.pages} pages`,
        `in ${seconds.toFixed(1)} s: ${(report.articles / seconds).toFixed(0)} articles/s, ${(report.mentions / seconds).toFixed(0)} mentions/s (parsing and linking: ${report.linkSeconds.toFixed(1)} s on a second thread, overlapped with writing)`,
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
