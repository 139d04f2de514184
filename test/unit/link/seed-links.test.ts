import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/index.js';
import { catalogStages } from '../../../src/ingest/catalog-stages.js';
import { buildPageGraph } from '../../../src/ingest/pipeline.js';
import { projectRoot } from '../../../src/project-root.js';

const text = readFileSync(join(projectRoot, 'seeds/pages/deutsche-redaktion-2025-04.txt'), 'utf8');
const graph = buildPageGraph({ text }, catalogStages(loadCatalog()));
const byDate = (dateLine: string) => {
  const article = graph.articles.find((a) => a.item.publishedAtText === dateLine);
  if (!article) throw new Error(`no article ${dateLine}`);
  return new Set(article.mentions.map((m) => m.entityId));
};

describe('linking the seed page', () => {
  it('links each person to the right articles', () => {
    const expected: Record<string, string[]> = {
      '11.04.2025 00:10': ['person:donald-trump', 'person:wladimir-putin', 'person:tammy-bruce'],
      '24.02.2025 23:30': ['person:radoslaw-sikorski'],
      '03.03.2025 17:00': ['person:alexander-darchijew'],
      '24.03.2025 06:00': ['person:ekrem-imamoglu', 'person:recep-tayyip-erdogan'],
      '09.04.2025 06:00': ['person:dmitri-peskow'],
    };
    for (const [dateLine, people] of Object.entries(expected)) {
      const linkedPeople = [...byDate(dateLine)].filter((id) => id.startsWith('person:')).sort();
      expect(linkedPeople, dateLine).toEqual([...people].sort());
    }
  });

  it('links countries, cities (Riad to Saudi Arabia) and organizations', () => {
    const all = new Set(graph.articles.flatMap((a) => a.mentions.map((m) => m.entityId)));
    for (const id of ['country:RU', 'country:US', 'country:UA', 'country:TR', 'country:PL'])
      expect(all).toContain(id);
    for (const id of ['city:istanbul', 'city:riad', 'city:moskau', 'city:washington'])
      expect(all).toContain(id);
    for (const id of ['org:ria', 'org:cnn', 'org:uno']) expect(all).toContain(id);
    expect(loadCatalog().byId.get('city:riad')?.countryId).toBe('country:SA');
  });

  it('records surface, offsets, sentence and kind for each mention', () => {
    const first = graph.articles[0];
    const body = first?.item.body.join('\n\n') ?? '';
    const moskaus = first?.mentions.find(
      (m) => m.surface === 'Moskaus' && m.entityId === 'country:RU',
    );
    expect(moskaus).toMatchObject({ field: 'body', kind: 'METONYM' });
    expect(body.slice(moskaus?.start, moskaus?.end)).toBe('Moskaus');
    expect(moskaus?.sentence).toBe(
      'Washington habe trotzdem Einwände gegen Moskaus Politik, Amerikanern zu verbieten, lokales Personal in seinen Einrichtungen einzustellen.',
    );
    const adjective = first?.mentions.find((m) => m.surface === 'russischen' && m.field === 'lead');
    expect(adjective).toMatchObject({ entityId: 'country:RU', kind: 'ADJECTIVE' });
    const kreml = first?.mentions.find((m) => m.surface === 'Kreml');
    expect(kreml).toMatchObject({ entityId: 'country:RU', kind: 'METONYM' });
    for (const mention of first?.mentions ?? []) {
      const fieldText =
        mention.field === 'title'
          ? first?.item.title
          : mention.field === 'lead'
            ? first?.item.lead
            : body;
      expect(fieldText?.slice(mention.start, mention.end)).toBe(mention.surface);
      expect(mention.sentence).toContain(mention.surface);
    }
  });
});
