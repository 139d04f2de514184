import { describe, expect, it } from 'vitest';
import { SyntheticCorpus } from '../../../bench/corpus/pages.js';
import { SyntheticPages } from '../../../bench/corpus/synthetic-pages.js';
import { syntheticPeople } from '../../../bench/corpus/people.js';
import { seededRandom, zipfSampler } from '../../../bench/corpus/random.js';
import { buildCatalog, loadCatalog } from '../../../src/ingest/catalog/index.js';
import { catalogStages } from '../../../src/ingest/catalog-stages.js';
import { buildPageGraph } from '../../../src/ingest/pipeline.js';

function corpus(seed: number, articles = 400) {
  const random = seededRandom(seed);
  const base = loadCatalog();
  const countries = base.entities
    .filter((entity) => entity.kind === 'COUNTRY')
    .map((entity) => entity.id);
  const catalog = buildCatalog([...base.entities, ...syntheticPeople(200, countries, random)]);
  return {
    catalog,
    corpus: new SyntheticCorpus(catalog.entities, { articles, random, itemsPerPage: 50 }),
  };
}

// The first test to link loads the whole catalog (cities and regions): seconds on a busy machine.
describe('synthetic corpus', { timeout: 30_000 }, () => {
  it('is deterministic: the same seed gives the same pages and meetings, another seed others', {
    timeout: 30_000,
  }, () => {
    const a = corpus(7);
    const b = corpus(7);
    const c = corpus(8);
    expect(a.corpus.page(3).text).toBe(b.corpus.page(3).text);
    expect(a.corpus.meetings).toEqual(b.corpus.meetings);
    expect(a.corpus.page(3).text).not.toBe(c.corpus.page(3).text);
  });

  it('samples with Zipf popularity: the first ranks dominate, the tail still appears', () => {
    const items = Array.from({ length: 1000 }, (_, index) => index);
    const sample = zipfSampler(items, 1.07, seededRandom(1));
    const counts = new Map<number, number>();
    for (let draw = 0; draw < 50_000; draw++) {
      const item = sample();
      counts.set(item, (counts.get(item) ?? 0) + 1);
    }
    expect(counts.get(0) ?? 0).toBeGreaterThan((counts.get(9) ?? 0) * 5);
    expect(counts.get(9) ?? 0).toBeGreaterThan((counts.get(99) ?? 0) * 5);
    expect([...counts.keys()].filter((item) => item >= 500).length).toBeGreaterThan(100);
  });

  it('plans meetings of 2-4 participants reported by 1-5 articles', () => {
    const { corpus: planned } = corpus(3, 2_000);
    expect(planned.meetings.length).toBeGreaterThan(70);
    expect(planned.meetings.length).toBeLessThanOrEqual(80);
    for (const meeting of planned.meetings) {
      expect(meeting.participantIds.length).toBeGreaterThanOrEqual(2);
      expect(meeting.participantIds.length).toBeLessThanOrEqual(4);
      expect(meeting.reporters.length).toBeGreaterThanOrEqual(1);
      expect(meeting.reporters.length).toBeLessThanOrEqual(5);
    }
  });

  it('pages name no entity the writer would not write: every link, speaker and holder has its node', async () => {
    // Padded, as generate pads: the background paragraphs name people only discovery finds.
    const pages = new SyntheticPages(200, 7, { words: 300 });
    const graph = await pages.next();
    const written = new Set([
      ...pages.entities.map((entity) => entity.id),
      ...graph.discoveredPeople.map((person) => person.id),
      ...graph.discoveredOrganizations.map((organization) => organization.id),
      ...(graph.discoveredPlaces ?? []).map((place) => place.id),
    ]);
    expect(graph.discoveredPeople.length).toBeGreaterThan(0);
    const named = [
      ...graph.articles.flatMap((article) => article.mentions.map((mention) => mention.entityId)),
      ...(graph.quotes ?? []).flatMap((quote) => (quote.speakerId ? [quote.speakerId] : [])),
      ...(graph.positions ?? []).map((position) => position.personId),
    ];
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((id) => !written.has(id))).toEqual([]);
  });

  it('pages go through the real parser and linker: every item an article naming 3-15 entities', () => {
    const { catalog, corpus: generated } = corpus(5);
    const page = generated.page(1);
    const graph = buildPageGraph(
      { text: page.text, outlet: { name: 'Synthetische Redaktion' } },
      catalogStages(catalog),
    );
    expect(graph.articles).toHaveLength(page.articleNumbers.length);
    for (const article of graph.articles) {
      const entities = new Set(article.mentions.map((mention) => mention.entityId));
      expect(entities.size).toBeGreaterThanOrEqual(1);
      expect(entities.size).toBeLessThanOrEqual(15);
      expect(article.mentions.length).toBeGreaterThanOrEqual(3);
    }
  });
});
