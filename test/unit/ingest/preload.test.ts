import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/index.js';
import { catalogByKey } from '../../../src/ingest/discover/spans.js';
import { dictionaryFor } from '../../../src/ingest/link/dictionary.js';
import { preloadIngestTables } from '../../../src/ingest/preload.js';

describe('preloadIngestTables', () => {
  it('builds the tables the stages read, once per catalog', () => {
    const catalog = loadCatalog();
    const entries = preloadIngestTables(catalog);
    // The lexicon alone holds tens of thousands of nouns; the catalog's keys are in it too.
    expect(entries).toBeGreaterThan(100_000);
    const keys = catalogByKey(catalog);
    const dictionary = dictionaryFor(catalog);
    preloadIngestTables(catalog);
    expect(catalogByKey(catalog)).toBe(keys);
    expect(dictionaryFor(catalog)).toBe(dictionary);
    expect(keys.size).toBeGreaterThan(catalog.entities.length / 2);
  }, 60_000);
});
