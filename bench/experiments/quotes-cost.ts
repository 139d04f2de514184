import { parseArgs } from 'node:util';
import { SyntheticPages } from '../corpus/synthetic-pages.js';

// npm run bench:quotes-cost -- [--articles N] [--words W] [--rounds R]
// The CPU time of the quote and position stage against the whole of preparing the same articles
// (parse, link, meetings, quotes), on this one thread, the rules alone: less sensitive to a busy
// machine than throughput. Rounds alternate the stage on and off over the same seeded articles;
// the medians are printed. The write (packing and Neo4j) is not in it: bench/NER.md adds it from
// `npm run generate`.

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    words: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '42' },
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

async function main(): Promise<void> {
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
