import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeMeetings } from '../graph/page-writer.js';
import type { QueryRunner } from '../graph/runner.js';
import { projectRoot } from '../project-root.js';
import type { SpanSource } from '../ingest/annotate.js';
import { loadCatalog } from '../ingest/catalog/index.js';
import { curatedToExtracted, loadCuratedMeetings } from '../ingest/meetings/curated-meetings.js';
import type { OutletInfo } from '../ingest/pipeline.js';
import { addOutcome, describeTotals, emptyTotals, ensureCatalog, loadPage } from './load-pages.js';

// The seed: the entity catalog, every page under seeds/pages/ (outlets named in
// seeds/pages/outlets.json), then the curated meetings of seeds/meetings.json. Idempotent.

export const seedPagesDir = join(projectRoot, 'seeds', 'pages');

export async function graphIsEmpty(runner: QueryRunner): Promise<boolean> {
  const [row] = await runner.read('admin/is-empty');
  return row?.empty === true;
}

export async function seedGraph(
  runner: QueryRunner,
  log: (line: string) => void,
  ner: SpanSource | null = null,
): Promise<string> {
  const catalog = loadCatalog();
  log(`  catalog: ${await ensureCatalog(runner, catalog)} entities`);
  const outlets = JSON.parse(readFileSync(join(seedPagesDir, 'outlets.json'), 'utf8')) as Record<
    string,
    OutletInfo
  >;
  const totals = emptyTotals();
  const articleByDateLine = new Map<string, string>();
  for (const file of readdirSync(seedPagesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const outcome = await loadPage(
      runner,
      catalog,
      {
        name: file,
        bytes: readFileSync(join(seedPagesDir, file)),
        outlet: outlets[file],
      },
      ner,
    );
    addOutcome(totals, outcome);
    if (!outcome.ok) throw new Error(`Seed page ${file} is not a page: ${outcome.reason}`);
    for (const article of outcome.graph.articles)
      articleByDateLine.set(article.item.publishedAtText, article.id);
  }
  const curated = loadCuratedMeetings().map((meeting) =>
    curatedToExtracted(meeting, (line) => articleByDateLine.get(line)),
  );
  await writeMeetings(runner, curated);
  log(`  curated meetings: ${curated.length}`);
  return describeTotals(totals).replace(/\n/g, '; ');
}
