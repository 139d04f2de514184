import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writePageGraph } from '../graph/page-writer.js';
import type { QueryRunner } from '../graph/runner.js';
import { projectRoot } from '../project-root.js';
import { buildPageGraph, type OutletInfo } from './pipeline.js';

// The seed: every page under seeds/pages/ (outlet names from seeds/pages/outlets.json).

export const seedPagesDir = join(projectRoot, 'seeds', 'pages');

export async function graphIsEmpty(runner: QueryRunner): Promise<boolean> {
  const [row] = await runner.read('admin/is-empty');
  return row?.empty === true;
}

export async function seedGraph(runner: QueryRunner, log: (line: string) => void): Promise<string> {
  const outlets = JSON.parse(readFileSync(join(seedPagesDir, 'outlets.json'), 'utf8')) as Record<string, OutletInfo>;
  const files = readdirSync(seedPagesDir).filter((file) => file.endsWith('.txt')).sort();
  let articles = 0;
  for (const file of files) {
    const graph = buildPageGraph({ text: readFileSync(join(seedPagesDir, file), 'utf8'), outlet: outlets[file] });
    const report = await writePageGraph(runner, graph);
    articles += graph.articles.length;
    log(`  ${file}: ${graph.articles.length} articles (${report.articlesNew} new)`);
  }
  return `${files.length} pages, ${articles} articles`;
}
