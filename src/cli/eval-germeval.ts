import { readFileSync } from 'node:fs';
import { GERMEVAL_FLOORS, GERMEVAL_SLICE, GERMEVAL_SLICE_FLOORS } from '../eval/germeval-floors.js';
import { GermEvalFormatError, readGermEval } from '../eval/germeval.js';
import {
  cachedSpans,
  formatGermEvalTable,
  germEvalBelowFloors,
  runGermEval,
} from '../eval/germeval-run.js';
import { loadCatalog } from '../ingest/catalog/index.js';
import { NoNerProviderError, openNer } from '../ner/index.js';
import { ConfigError, loadConfig } from '../config.js';

// npm run eval:germeval -- <NER-de-dev.tsv> [--limit N] [--ner-cache file.json] [--misses]
// Scores ingest on the GermEval 2014 sentences (as pages of ten one-sentence items) beside the
// CoreNLP NER alone, prints one table, and exits 1 below the floors (the whole file, or the test's
// slice when --limit is that slice).

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const limitText = option(args, '--limit');
  const cacheFile = option(args, '--ner-cache');
  const values = new Set([limitText, cacheFile]);
  const file = args.find((arg) => !arg.startsWith('--') && !values.has(arg));
  if (!file) {
    console.error(
      'usage: npm run eval:germeval -- <NER-de-dev.tsv> [--limit N] [--ner-cache file] [--misses]',
    );
    return 2;
  }
  const limit = limitText === undefined ? undefined : Number(limitText);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    console.error(`--limit takes a positive whole number, not "${limitText}"`);
    return 2;
  }
  const config = loadConfig();
  const { ner } = await openNer(config, (line) => console.error(line));
  if (!ner) {
    console.error('The benchmark compares ingest with the NER: set NER_URL or leave NER on.');
    return 2;
  }
  const source = cacheFile ? cachedSpans(ner, cacheFile) : null;
  const sentences = readGermEval(readFileSync(file, 'utf8')).slice(0, limit);
  console.log(`NER: ${(source ?? ner).describe()}; ${sentences.length} sentences`);
  const run = await runGermEval(sentences, loadCatalog(), source ?? ner, {
    progress: (done) => {
      if ((done + 1) % 500 < 10) console.error(`… ${done + 1} sentences`);
    },
  });
  source?.save();
  console.log(formatGermEvalTable(run));
  if (run.unaligned > 0)
    console.log(`${run.unaligned} sentences not kept whole in their item's lead by the parser`);
  if (args.includes('--misses'))
    for (const miss of run.misses)
      console.log(
        `${miss.sentence + 1}\t${miss.system}\t${miss.kind}\t${miss.label}\t${miss.text}`,
      );
  const floors =
    limit === undefined ? GERMEVAL_FLOORS : limit === GERMEVAL_SLICE ? GERMEVAL_SLICE_FLOORS : null;
  const below = floors ? germEvalBelowFloors(run.ingest, floors) : [];
  for (const line of below) console.error(`below the floor: ${line}`);
  return below.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof ConfigError ||
      error instanceof NoNerProviderError ||
      error instanceof GermEvalFormatError
    )
      console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
