import { describe, expect, it } from 'vitest';
import { linkLeadWithSpans } from '../../support/lead-spans.js';
import { loadCatalog } from '../../../src/ingest/catalog/index.js';
import { readAdminRegions, shortRegionName } from '../../../src/ingest/catalog/regions.js';
import { catalogStages } from '../../../src/ingest/catalog-stages.js';
import { linkText } from '../../../src/ingest/link/index.js';
import type { SpanLabel } from '../../../src/ingest/types.js';

const catalog = loadCatalog();
const stages = catalogStages(catalog);
const links = (text: string) =>
  linkText(text, 'body', catalog)
    .filter((m) => m.kind === 'NAME')
    .map((m) => `${m.surface}→${m.entityId}`);

/** What ingest links in a one-item lead that carries the given recogniser spans. */
function linkedWithSpans(lead: string, spans: [SpanLabel, string][]): string[] {
  const graph = linkLeadWithSpans(stages, lead, spans);
  return (graph.articles[0]?.mentions ?? [])
    .filter((m) => m.field === 'lead' && m.kind === 'NAME')
    .map((m) => `${m.surface}→${m.entityId}`);
}

describe('regions in the catalog', { timeout: 60_000 }, () => {
  it('holds the first-level divisions of the data with German names, country and coordinates', () => {
    expect(readAdminRegions().length).toBeGreaterThan(3000);
    const bayern = catalog.byId.get('region:bayern');
    expect(bayern).toMatchObject({
      kind: 'REGION',
      name: 'Bayern',
      nameEn: 'Bavaria',
      regionKind: 'ADMINISTRATIVE',
      countryId: 'country:DE',
    });
    // Its places' median lies in Bavaria, between Munich and Nuremberg.
    expect(bayern?.latitude).toBeGreaterThan(47.3);
    expect(bayern?.latitude).toBeLessThan(50.6);
    expect(bayern?.longitude).toBeGreaterThan(9);
    expect(bayern?.longitude).toBeLessThan(13.9);
    expect(catalog.byId.get('region:masowien')).toMatchObject({
      countryId: 'country:PL',
      aliases: expect.arrayContaining(['Woiwodschaft Masowien']),
    });
  });

  it('names a division by its proper name without the word for its sort', () => {
    expect(shortRegionName('Oblast Donezk')).toBe('Donezk');
    expect(shortRegionName('Woiwodschaft Ermland-Masuren')).toBe('Ermland-Masuren');
    expect(shortRegionName('Autonome Republik Krim')).toBe('Krim');
    expect(shortRegionName('Kanton St. Gallen')).toBe('St. Gallen');
    expect(shortRegionName('Mecklenburg-Vorpommern')).toBe('Mecklenburg-Vorpommern');
  });

  it('takes the curated kind and names for a division the data holds, and adds regions it lacks', () => {
    const krim = catalog.byId.get('region:krim');
    expect(krim).toMatchObject({ regionKind: 'DISPUTED', countryId: 'country:UA' });
    // Coordinates from the division the curated entry names.
    expect(krim?.latitude).toBeCloseTo(45, 0);
    expect(krim?.aliases).toContain('Autonome Republik Krim');
    expect(catalog.byId.get('region:donbass')).toMatchObject({ regionKind: 'HISTORICAL' });
    expect(catalog.byId.get('region:gazastreifen')).toMatchObject({ countryId: 'country:PS' });
    // No second region for a division a curated entry stands for.
    const crimeas = catalog.entities.filter(
      (e) => e.kind === 'REGION' && e.aliases.includes('Autonome Republik Krim'),
    );
    expect(crimeas.map((e) => e.id)).toEqual(['region:krim']);
  });

  it('leaves a city state to its city', () => {
    expect(catalog.entities.some((e) => e.kind === 'REGION' && e.name === 'Berlin')).toBe(false);
    expect(links('Der Senat in Berlin tagte.')).toEqual(['Berlin→city:berlin']);
  });
});

describe('linking regions', { timeout: 60_000 }, () => {
  it('links states, disputed areas and historical regions, also in the genitive', () => {
    expect(
      links(
        'Bayerns Regierung, die Krim und der Donbass, Angriffe im Gazastreifen und im Westjordanland, Masowien und Böhmen.',
      ),
    ).toEqual([
      'Bayerns→region:bayern',
      'Krim→region:krim',
      'Donbass→region:donbass',
      'Gazastreifen→region:gazastreifen',
      'Westjordanland→region:westjordanland',
      'Masowien→region:masowien',
      'Böhmen→region:boehmen',
    ]);
  });

  it('gives a name a region shares with a city to the city, the region its full name', () => {
    expect(
      links('In Kaliningrad und im Gebiet Kaliningrad; in der Oblast Odessa und in Odessa.'),
    ).toEqual([
      'Kaliningrad→city:kaliningrad',
      'Gebiet Kaliningrad→region:kaliningrad',
      'Oblast Odessa→region:odessa',
      'Odessa→city:odessa',
    ]);
    expect(catalog.byId.get('region:odessa')?.guardedNames).toContain('Odessa');
  });

  it('tells the historical region from the division of the same name by the full name', () => {
    expect(links('Schlesien ist größer als die Woiwodschaft Schlesien.')).toEqual([
      'Schlesien→region:schlesien',
      'Woiwodschaft Schlesien→region:schlesien-pl',
    ]);
  });

  it('does not read a person’s name as the region named like it', () => {
    // Oblast Wladimir shares its name with a catalog person's first name.
    expect(catalog.byId.get('region:wladimir')?.guardedNames).toContain('Wladimir');
    expect(links('Wladimir Putin sprach. Danach sprach Wladimir.')).not.toContain(
      'Wladimir→region:wladimir',
    );
    expect(links('In der Oblast Wladimir brannte es.')).toEqual([
      'Oblast Wladimir→region:wladimir',
    ]);
  });

  it("links the recogniser's LOCATION spans to regions, and a region-named city to the city", () => {
    expect(
      linkedWithSpans('Der Ministerpräsident von Bayern besuchte Donezk und die Krim.', [
        ['LOCATION', 'Bayern'],
        ['LOCATION', 'Donezk'],
        ['LOCATION', 'Krim'],
      ]).sort(),
    ).toEqual(['Bayern→region:bayern', 'Donezk→city:donetsk', 'Krim→region:krim']);
  });

  it('keeps a German word that names a region unlinked alone', () => {
    // The Swiss canton of Jura, and the German word for law studies.
    expect(catalog.byId.get('region:jura')?.guardedNames).toContain('Jura');
    expect(links('Sie studierte Jura in Bern.')).toEqual(['Bern→city:bern']);
    expect(links('Im Kanton Jura wurde gewählt.')).toEqual(['Kanton Jura→region:jura']);
  });
});
