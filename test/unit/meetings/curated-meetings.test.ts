import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/index.js';
import { catalogStages } from '../../../src/ingest/catalog-stages.js';
import {
  extractedToCurated,
  loadCuratedMeetings,
} from '../../../src/ingest/meetings/curated-meetings.js';
import { buildPageGraph } from '../../../src/ingest/pipeline.js';
import { projectRoot } from '../../../src/project-root.js';

// The catalog (with the gazetteer) loads once per file, outside the test's time limit.
const catalog = loadCatalog();

describe('meetings of the seed page', () => {
  it('reproduce the curated meetings in seeds/meetings.json', () => {
    const text = readFileSync(
      join(projectRoot, 'seeds/pages/deutsche-redaktion-2025-04.txt'),
      'utf8',
    );
    const graph = buildPageGraph({ text }, catalogStages(catalog));
    const dateLine = new Map(graph.articles.map((a) => [a.id, a.item.publishedAtText]));
    const extracted = graph.meetings
      .map((meeting) => extractedToCurated(meeting, (id) => dateLine.get(id) ?? id))
      .sort((a, b) => String(a.date).localeCompare(String(b.date)));
    expect(extracted).toEqual(loadCuratedMeetings());
  });
});
