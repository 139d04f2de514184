import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openGraph } from '../../src/cli/open-graph.js';
import { loadConfig } from '../../src/config.js';
import { writeCatalog } from '../../src/graph/catalog-writer.js';
import { writePageGraph } from '../../src/graph/page-writer.js';
import { QueryRunner } from '../../src/graph/runner.js';
import type { PageGraph } from '../../src/ingest/types.js';
import { instanceDir } from '../../src/local-neo4j/paths.js';
import { SyntheticPages } from '../corpus/synthetic-pages.js';

// npm run bench:quotes-cost -- [--articles N] [--words W] [--rounds R] [--write | --whole]
// The CPU time of the quote and position stage against the whole of preparing the same articles
// (parse, link, meetings, quotes), on this one thread, the rules alone: less sensitive to a busy
// machine than throughput. Rounds alternate the stage on and off over the same seeded articles;
// the medians are printed.
// --write: the write instead. The pages are prepared once (with the stage), then written to an
// emptied graph in alternating rounds with and without their quotes and positions, as
// `npm run generate` writes them (two pages in flight); this process's CPU and the local Neo4j's
// (from /proc, its pid from the local instance or --neo4j-pid) are measured around the writes.
// --whole: both: each round prepares its pages (on this thread, the stage on or off) and writes
// them; the rounds' ratio is the ingest's, with no worker thread (less noisy than generate's pairs
// on a shared machine, where consecutive runs of the same command differ by a third).

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    words: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '42' },
    write: { type: 'boolean', default: false },
    whole: { type: 'boolean', default: false },
    'neo4j-pid': { type: 'string' },
  },
});
const articles = Number(values.articles);
const words = Number(values.words);
const rounds = Number(values.rounds);
const seed = Number(values.seed);

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

interface Round {
  prepareMs: number;
  stageMs: number;
  quotes: number;
  positions: number;
}

async function round(statements: boolean): Promise<Round> {
  const pages = new SyntheticPages(articles, seed, { words, statements, clock: cpuMs });
  let prepareMs = 0;
  let quotes = 0;
  let positions = 0;
  for (let page = 0; page < pages.pageCount; page++) {
    const started = cpuMs();
    const graph = await pages.next();
    prepareMs += cpuMs() - started;
    quotes += graph.quotes?.length ?? 0;
    positions += graph.positions?.length ?? 0;
  }
  return { prepareMs, stageMs: pages.statementsMs, quotes, positions };
}

/** CPU seconds a process has used so far (user and system, from /proc/<pid>/stat). */
function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100; // USER_HZ, which Linux fixes at 100 for /proc
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

interface WriteRound {
  writerMs: number;
  neo4jMs: number;
}

/** --write and --whole: rounds that write to an emptied graph, with and without the stage. */
async function writeRounds(whole: boolean): Promise<void> {
  const config = loadConfig();
  const pid = Number(
    values['neo4j-pid'] ??
      readFileSync(
        join(instanceDir(config.NEO4J_LOCAL_DIR, 'default'), 'run', 'neo4j.pid'),
        'utf8',
      ),
  );
  const source = new SyntheticPages(articles, seed, { words, statements: true });
  const entities = source.entities;
  // --write: the pages prepared once, written with and without their quotes and positions.
  const prepared: PageGraph[] = [];
  if (!whole)
    for (let page = 0; page < source.pageCount; page++) prepared.push(await source.next());
  const without = prepared.map((page) => ({ ...page, quotes: undefined, positions: undefined }));
  async function* pagesOf(statements: boolean): AsyncGenerator<PageGraph> {
    if (!whole) {
      yield* statements ? prepared : without;
      return;
    }
    const pages = new SyntheticPages(articles, seed, { words, statements });
    for (let page = 0; page < pages.pageCount; page++) yield await pages.next();
  }
  const graph = await openGraph(config, (line) => console.error(line));
  const runner = new QueryRunner(graph.driver, config.NEO4J_DATABASE, 600_000);
  const writeAll = async (statements: boolean): Promise<WriteRound> => {
    await runner.autoCommit('admin/delete-all-relationships');
    await runner.autoCommit('admin/delete-all');
    await writeCatalog(runner, entities);
    const writerStarted = cpuMs();
    const neo4jStarted = processCpuSeconds(pid);
    let previous: Promise<unknown> = Promise.resolve();
    for await (const page of pagesOf(statements)) {
      const write = writePageGraph(runner, page, { mergeMeetings: false });
      write.catch(() => {});
      await previous;
      previous = write;
    }
    await previous;
    return {
      writerMs: cpuMs() - writerStarted,
      neo4jMs: (processCpuSeconds(pid) - neo4jStarted) * 1000,
    };
  };
  try {
    await writeAll(true);
    await writeAll(false);
    const on: WriteRound[] = [];
    const off: WriteRound[] = [];
    for (let i = 0; i < rounds; i++) {
      // The order alternates, so a round's share of the other's garbage evens out.
      if (i % 2 === 0) {
        on.push(await writeAll(true));
        off.push(await writeAll(false));
      } else {
        off.push(await writeAll(false));
        on.push(await writeAll(true));
      }
      console.error(
        `round ${i + 1}: with quotes and positions ${on.at(-1)?.writerMs.toFixed(0)} ms here, ${on.at(-1)?.neo4jMs.toFixed(0)} ms Neo4j; without ${off.at(-1)?.writerMs.toFixed(0)} ms, ${off.at(-1)?.neo4jMs.toFixed(0)} ms`,
      );
    }
    const perThousand = (ms: number) => ms / articles;
    const medians = (rs: WriteRound[]) => ({
      writer: median(rs.map((r) => r.writerMs)),
      neo4j: median(rs.map((r) => r.neo4jMs)),
      together: median(rs.map((r) => r.writerMs + r.neo4jMs)),
    });
    const withStage = medians(on);
    const withoutStage = medians(off);
    const row = (name: string, m: ReturnType<typeof medians>) =>
      `  ${name}: this process ${perThousand(m.writer).toFixed(2)} s, Neo4j ${perThousand(m.neo4j).toFixed(2)} s, together ${perThousand(m.together).toFixed(2)} s`;
    const what = whole ? 'Preparing (on this thread) and writing' : 'Writing';
    console.log(
      [
        `${what} ${articles} articles of ~${words} words, ${rounds} rounds each, medians of CPU seconds per 1,000 articles:`,
        row('with quotes and positions', withStage),
        row('without                  ', withoutStage),
        `  the stage's share: +${((100 * (withStage.together - withoutStage.together)) / withoutStage.together).toFixed(1)} % (medians of the rounds' sums)`,
      ].join('\n'),
    );
    console.log(`QUOTES_WRITE_COST ${JSON.stringify({ whole, articles, words, rounds, on, off })}`);
  } finally {
    await graph.driver.close();
  }
}

async function main(): Promise<void> {
  if (values.write || values.whole) return writeRounds(values.whole === true);
  // One round of each first, unmeasured: the JIT warms on the same code the measured rounds run.
  await round(true);
  await round(false);
  const on: Round[] = [];
  const off: Round[] = [];
  for (let i = 0; i < rounds; i++) {
    on.push(await round(true));
    off.push(await round(false));
    console.error(
      `round ${i + 1}: stage on ${on.at(-1)?.prepareMs.toFixed(0)} ms (of it the stage ${on.at(-1)?.stageMs.toFixed(0)} ms), off ${off.at(-1)?.prepareMs.toFixed(0)} ms`,
    );
  }
  const prepareOn = median(on.map((r) => r.prepareMs));
  const prepareOff = median(off.map((r) => r.prepareMs));
  const stage = median(on.map((r) => r.stageMs));
  const first = on[0] as Round;
  console.log(
    [
      `${articles} articles of ~${words} words, the rules alone, ${rounds} rounds each, medians of this thread's CPU time:`,
      `  preparing with quotes and positions: ${prepareOn.toFixed(0)} ms (${(prepareOn / articles).toFixed(2)} ms/article)`,
      `  preparing without:                    ${prepareOff.toFixed(0)} ms (${(prepareOff / articles).toFixed(2)} ms/article)`,
      `  the stage itself:                     ${stage.toFixed(0)} ms (${(stage / articles).toFixed(2)} ms/article), ${((100 * stage) / prepareOn).toFixed(1)} % of preparing`,
      `  found: ${first.quotes} quotes, ${first.positions} position reports`,
    ].join('\n'),
  );
  console.log(
    `QUOTES_COST ${JSON.stringify({ articles, words, rounds, prepareOn, prepareOff, stage, quotes: first.quotes, positions: first.positions, on, off })}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
