import { describe, expect, it } from 'vitest';
import { POPULATION_THRESHOLD, cldrGermanExonyms } from '../../../src/ingest/catalog/gazetteer.js';
import { loadCatalog } from '../../../src/ingest/catalog/index.js';
import { linkText } from '../../../src/ingest/link/index.js';

const catalog = loadCatalog();
const cities = catalog.entities.filter((entity) => entity.kind === 'CITY');
const links = (text: string) =>
  linkText(text, 'body', catalog).map((m) => `${m.surface}→${m.entityId}`);
const byName = (name: string) => cities.find((city) => city.name === name);

describe('the gazetteer', () => {
  it('resolves a German exonym to the city, its country and coordinates', () => {
    expect(links('Die Delegation reiste nach Warschau.')).toEqual(['Warschau→city:warschau']);
    const warschau = catalog.byId.get('city:warschau');
    expect(warschau).toMatchObject({ nameEn: 'Warsaw', countryId: 'country:PL' });
    expect(warschau?.latitude).toBeCloseTo(52.23, 1);
    expect(warschau?.longitude).toBeCloseTo(21.01, 1);
    expect(warschau?.population).toBeGreaterThan(1_000_000);
  });

  it('gives gazetteer cities CLDR German names, the GeoNames name as an alias', () => {
    expect(cldrGermanExonyms().get('Warsaw')).toBe('Warschau');
    const lissabon = byName('Lissabon');
    expect(lissabon).toMatchObject({
      id: 'city:lissabon',
      nameEn: 'Lisbon',
      countryId: 'country:PT',
    });
    expect(lissabon?.aliases).toContain('Lisbon');
    expect(links('Der Gipfel in Lissabon und ein Treffen in Lisbon.')).toEqual([
      'Lissabon→city:lissabon',
      'Lisbon→city:lissabon',
    ]);
  });

  it('keeps towns of the neighbourhood, big cities elsewhere, capitals always, no city districts', () => {
    expect(byName('Białystok')).toMatchObject({ countryId: 'country:PL' });
    expect(links('Proteste in Białystok und Bialystok.')).toEqual([
      'Białystok→city:bialystok',
      'Bialystok→city:bialystok',
    ]);
    for (const city of cities) {
      expect(typeof city.latitude === 'number' && typeof city.longitude === 'number', city.id).toBe(
        true,
      );
      expect(typeof city.population, city.id).toBe('number');
    }
    expect(
      cities
        .filter((c) => c.countryId === 'country:US')
        .every((c) => (c.population ?? 0) >= POPULATION_THRESHOLD || c.id === 'city:washington'),
    ).toBe(true);
    expect(byName('Vaduz')).toMatchObject({ countryId: 'country:LI' });
    expect(cities.some((c) => c.nameEn === 'Mokotów' || c.nameEn === 'Włochy')).toBe(false);
  });

  it('keeps ids stable and unique, curated ones as they were', () => {
    expect(new Set(cities.map((c) => c.id)).size).toBe(cities.length);
    for (const id of ['city:istanbul', 'city:kiew', 'city:bruessel', 'city:halle', 'city:danzig'])
      expect(catalog.byId.has(id), id).toBe(true);
    expect(cities.length).toBeGreaterThan(5000);
  });

  it('does not link a city by a bare name that is a German word', () => {
    expect(catalog.byId.get('city:essen')?.guardedNames).toEqual(['Essen']);
    expect(links('Das Essen war kalt, die Gäste gingen.')).toEqual([]);
    expect(links('Am Hof des Königs.')).toEqual([]);
    // The decision: a guarded name stays unlinked after "in" as well; the city is in the graph, not linked alone.
    expect(links('Die Konferenz findet in Essen statt.')).toEqual([]);
  });

  it('leaves curated cities unguarded, and keeps a metonym city acting for its state', () => {
    expect(links('Halle und in Rom')).toEqual(['Halle→city:halle', 'Rom→city:rom']);
    expect(links('Madrid lehnt ab.')).toEqual(['Madrid→city:madrid', 'Madrid→country:ES']);
  });

  it('knows German exonyms from GeoNames alternate names, and takes no German word or other place from them', () => {
    expect(links('Weitere Treffen in Posen, Stettin, Kattowitz und Mailand.')).toEqual([
      'Posen→city:poznan',
      'Stettin→city:szczecin',
      'Kattowitz→city:katowice',
      'Mailand→city:milan',
    ]);
    expect(catalog.byId.get('city:zaporizhia')?.aliases).toContain('Saporischschja');
    // Alternates in other spellings ("Poznań" is the name), codes and stubs ("POZ") are not aliases.
    expect(
      catalog.byId.get('city:poznan')?.aliases.some((a) => a === 'POZ' || /[ńłś]/.test(a)),
    ).toBe(false);
    // A name of one gazetteer city never becomes another's alias: Lublin stays Lublin.
    expect(links('Gespräche in Lublin.')).toEqual(['Lublin→city:lublin']);
  });
});
