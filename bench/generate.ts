import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openGraph } from '../src/cli/open-graph.js';
import { writeCatalog } from '../src/graph/catalog-writer.js';
import { writePageGraph } from '../src/graph/page-writer.js';
import { QueryRunner } from '../src/graph/runner.js';
import { loadConfig } from '../src/config.js';
import { PageWorker } from './corpus/page-worker.js';

// npm run generate -- --articles N [--seed S] [--reset] [--ner on|off] [--words W]
// A deterministic synthetic corpus (see corpus/pages.ts) through the real ingest: every page is
// parsed, recognised by the German NER (--ner on: NER_URL, else the local server, as ingest opens
// it; off by default: the rules alone) and linked by the pipeline, and written by the page writer,
// as `npm run ingest` does. --words pads each article to real length (e.g. 300) with background
// paragraphs. Reports throughput; page k+1 is prepared on a worker thread while page k is written.
// QUOTES=off leaves out the quote and position stage (to measure its cost: bench/NER.md).

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '42' },
    reset: { type: 'boolean', default: false },
    ner: { type: 'string', default: 'off' },
    words: { type: 'string', default: '0' },
  },
});
const words = Number(values.words);
const articles = Number(values.articles);
const seed = Number(values.seed);
if (
  !Number.isInteger(articles) ||
  articles < 1 ||
  articles > 2_000_000 ||
  !Number.isInteger(seed) ||
  !['on', 'off'].includes(values.ner) ||
  !Number.isInteger(words) ||
  words < 0 ||
  words > 5_000
) {
  console.error(
    'usage: npm run generate -- --articles N (1..2000000) [--seed S (integer)] [--reset] [--ner on|off] [--words W (0..5000)]',
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
  /** Of linkSeconds, the time spent waiting for the NER's answers. */
  nerSeconds: number;
  /** The NER the pages went through, or null (the rules alone). */
  ner: string | null;
  /** Words of text per article on average (title, lead, body). */
  wordsPerArticle: number;
  /** Whether quotes and positions were read (QUOTES). */
  quotes: boolean;
  /** Of linkSeconds, the quote and position stage's (wall time on the worker thread). */
  quotesSeconds: number;
  /** CPU time of this process (both threads; Neo4j and the NER not included). */
  cpuSeconds: number;
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
    const quotes = config.QUOTES === 'on';
    const pages = await PageWorker.start(articles, seed, {
      words,
      ner: values.ner === 'on',
      statements: quotes,
    });
    const { entities, pageCount, meetingCount, ner } = pages.started;
    log(ner ? `NER: ${ner}` : 'NER: off: the rules alone');
    log(quotes ? 'Quotes and positions: on' : 'Quotes and positions: off (QUOTES=off)');
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    await writeCatalog(runner, entities);

    let linkMs = 0;
    let nerMs = 0;
    let quotesMs = 0;
    let mentions = 0;
    let written = 0;
    let textWords = 0;
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
        const { page, prepareMs, nerMs: pageNerMs, statementsMs } = await pages.next();
        linkMs += prepareMs;
        quotesMs += statementsMs;
        nerMs += pageNerMs;
        // The corpus plans its meetings (stable synthetic ids): they are not merged with each other.
        const write = writePageGraph(runner, page, { mergeMeetings: false }).then(() => {
          written += page.articles.length;
          for (const article of page.articles)
            textWords += [article.item.title, article.item.lead, ...article.item.body]
              .join(' ')
              .split(/\s+/).length;
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
    const cpu = process.cpuUsage(cpuStarted);
    const report: GenerateReport = {
      articles: written,
      mentions,
      meetings: meetingCount,
      pages: pageCount,
      entities: entities.length,
      seconds,
      linkSeconds: linkMs / 1000,
      nerSeconds: nerMs / 1000,
      ner,
      wordsPerArticle: written ? Math.round(textWords / written) : 0,
      quotes,
      quotesSeconds: quotesMs / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
    };
    console.log(
      [
        `Generated ${report.articles} articles (seed ${seed}) on ${graph.uri}: ${report.mentions} mentions, ${report.meetings} meetings, ${report.entities} entities, ${report.pages} pages`,
        `in ${seconds.toFixed(1)} s: ${(report.articles / seconds).toFixed(0)} articles/s of ${report.wordsPerArticle} words, ${(report.mentions / seconds).toFixed(0)} mentions/s (parsing, ${ner ? `recognising (${report.nerSeconds.toFixed(1)} s waiting for the NER)` : 'no NER'} and linking: ${report.linkSeconds.toFixed(1)} s on a second thread, overlapped with writing)`,
        ner ? `NER: ${ner}` : 'NER: off: the rules alone',
        quotes
          ? `Quotes and positions: ${report.quotesSeconds.toFixed(1)} s of the linking; this process used ${report.cpuSeconds.toFixed(1)} s of CPU`
          : `Quotes and positions: off (QUOTES=off); this process used ${report.cpuSeconds.toFixed(1)} s of CPU`,
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
