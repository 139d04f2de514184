import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import cliProgress from 'cli-progress';
import { QueryRunner } from '../graph/runner.js';
import { loadCatalog } from '../ingest/catalog/index.js';
import {
  addOutcome,
  describeTotals,
  emptyTotals,
  ensureCatalog,
  loadPage,
} from '../loading/load-pages.js';
import { peopleMemory } from '../loading/recent-people.js';
import { NoNeo4jProviderError } from '../local-neo4j/index.js';
import { NoNerProviderError, openNer } from '../ner/index.js';
import { ConfigError, loadConfig } from '../config.js';
import { openGraph } from './open-graph.js';

// npm run ingest -- <file|dir>... [--outlet NAME] [--url URL]
// Loads pages (a folder: every file in it, recursively), one transaction per page. A file that is
// not a page is named with its reason and writes nothing; the others still load; exit code 1 then.

const USAGE = 'usage: npm run ingest -- <file|dir>... [--outlet "Outlet name"] [--url https://…]';

interface Arguments {
  paths: string[];
  outlet?: string;
  url?: string;
}

function parseArguments(argv: string[]): Arguments {
  const args: Arguments = { paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--outlet' || arg === '--url') {
      const value = argv[++i];
      if (!value) throw new UsageError(`${arg} needs a value`);
      if (arg === '--outlet') args.outlet = value;
      else args.url = value;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      args.paths.push(arg);
    }
  }
  if (args.paths.length === 0) throw new UsageError('name at least one file or folder');
  return args;
}

class UsageError extends Error {}

function expand(path: string): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return [path]; // reported as unreadable below
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => expand(join(path, name)));
}

async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2));
  const files = args.paths.flatMap(expand);
  const config = loadConfig();
  const log = (line: string) => console.error(line);
  const graph = await openGraph(config, log);
  try {
    const runner = new QueryRunner(graph.driver, config.NEO4J_DATABASE);
    const catalog = loadCatalog();
    await ensureCatalog(runner, catalog);
    const { ner } = await openNer(config, log);
    const nerLine = ner ? `NER: ${ner.describe()}` : 'NER: off (NER=off): the rules alone';

    const bar = process.stderr.isTTY
      ? new cliProgress.SingleBar(
          {
            format: 'ingest [{bar}] {value}/{total} pages | {file}',
            hideCursor: true,
            stream: process.stderr,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
    bar?.start(files.length, 0, { file: '' });
    const totals = emptyTotals();
    const failures: string[] = [];
    for (const [index, file] of files.entries()) {
      bar?.update(index, { file: basename(file) });
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        failures.push(
          `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        );
        totals.pagesFailed += 1;
        continue;
      }
      const outcome = await loadPage(
        runner,
        catalog,
        {
          name: file,
          bytes,
          outlet: args.outlet ? { name: args.outlet } : undefined,
          url: args.url ?? null,
        },
        ner,
        peopleMemory(config),
        { statements: config.QUOTES === 'on' },
      );
      addOutcome(totals, outcome);
      if (!outcome.ok) failures.push(`${file}: ${outcome.reason}`);
      else if (!bar) log(`${file}: ${outcome.graph.articles.length} articles`);
    }
    bar?.update(files.length, { file: 'done' });
    bar?.stop();

    console.log(`${describeTotals(totals)}\n${nerLine}`);
    for (const failure of failures) console.error(`not loaded: ${failure}`);
    return failures.length > 0 ? 1 : 0;
  } finally {
    await graph.driver.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
    else if (
      error instanceof ConfigError ||
      error instanceof NoNeo4jProviderError ||
      error instanceof NoNerProviderError
    ) {
      console.error(error.message);
    } else console.error(error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
