import { join } from 'node:path';
import { loadEvalSet } from '../eval/gold.js';
import { FLOORS, RULES_ONLY_FLOORS } from '../eval/floors.js';
import { runEval } from '../eval/run.js';
import { belowFloors, formatTable } from '../eval/table.js';
import { loadCatalog } from '../ingest/catalog/index.js';
import { NoNerProviderError, openNer } from '../ner/index.js';
import { projectRoot } from '../project-root.js';
import { ConfigError, loadConfig } from '../config.js';

// npm run eval [-- <dir>] [--misses]: scores ingest against the hand-made gold of an evaluation set
// (default test/fixtures/eval/), prints a table per file and in total, and exits 1 below the floors.

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const showMisses = args.includes('--misses');
  const dir =
    args.find((arg) => !arg.startsWith('--')) ?? join(projectRoot, 'test', 'fixtures', 'eval');
  const config = loadConfig();
  const log = (line: string) => console.error(line);
  const { ner } = await openNer(config, log);
  console.log(ner ? `NER: ${ner.describe()}` : 'NER: off (NER=off): the rules alone');
  const result = await runEval(loadEvalSet(dir), loadCatalog(), ner);
  const floors = ner ? FLOORS : RULES_ONLY_FLOORS;
  const columns = [
    ...result.files.map((f) => ({ name: f.file.replace(/\.txt$/, ''), scores: f.scores })),
    { name: 'total', scores: result.total },
  ];
  console.log(formatTable(columns, floors));
  if (showMisses) {
    for (const file of result.files) {
      for (const item of file.items)
        for (const miss of item.result.misses)
          console.log(`${file.file} · ${item.title.slice(0, 40)} · ${miss}`);
    }
  }
  const below = belowFloors(result.total, floors);
  for (const line of below) console.error(`below the floor: ${line}`);
  return below.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof NoNerProviderError)
      console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
