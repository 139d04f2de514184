import { describe, expect, it } from 'vitest';
import { buildCatalog, loadCatalog } from '../../../src/ingest/catalog/index.js';
import { captionText, linkArticle, linkText } from '../../../src/ingest/link/index.js';
import type { CatalogEntity } from '../../../src/ingest/types.js';

const catalog = loadCatalog();
const links = (text: string) =>
  linkText(text, 'lead', catalog).map((m) => `${m.surface}→${m.entityId}/${m.kind}`);

describe('linking rules, on texts unlike the seed', () => {
  it('sees through German inflection of names and adjectives', () => {
    expect(links('Putins Sprecher lobte Trumps Plan und Russlands Wirtschaft.')).toEqual([
      'Putins→person:wladimir-putin/NAME',
      'Trumps→person:donald-trump/NAME',
      'Russlands→country:RU/NAME',
    ]);
    expect(links('Die französischen Winzer und ein polnischer Spediteur klagen.')).toEqual([
      'französischen→country:FR/ADJECTIVE',
      'polnischer→country:PL/ADJECTIVE',
    ]);
  });

  it('tells a capital as a place from a capital acting for its state', () => {
    expect(links('Der Gipfel findet in Berlin statt.')).toEqual(['Berlin→city:berlin/NAME']);
    expect(links('Berlin lehnt den Vorschlag ab.')).toEqual([
      'Berlin→city:berlin/NAME',
      'Berlin→country:DE/METONYM',
    ]);
    expect(links('Das Weiße Haus schweigt.')).toEqual(['Weiße Haus→country:US/METONYM']);
  });

  it('prefers the longest match and matches whole words only', () => {
    expect(links('Die Vereinigten Staaten von Amerika und New York.')).toEqual([
      'Vereinigten Staaten von Amerika→country:US/NAME',
      'New York→city:new-york/NAME',
    ]);
    expect(links('Irantext und Polenta sind keine Länder.')).toEqual([]);
  });

  it('finds names inside hyphenated compounds', () => {
    expect(links('Die NATO-Staaten und das US-Außenministerium.')).toEqual([
      'NATO→org:nato/NAME',
      'US→country:US/NAME',
    ]);
  });

  it('matches spellings with and without diacritics', () => {
    expect(links('Erdoğan und Erdogan, İmamoğlu und Imamoglu.')).toEqual([
      'Erdoğan→person:recep-tayyip-erdogan/NAME',
      'Erdogan→person:recep-tayyip-erdogan/NAME',
      'İmamoğlu→person:ekrem-imamoglu/NAME',
      'Imamoglu→person:ekrem-imamoglu/NAME',
    ]);
  });

  it('gives the sentence of each mention, not split after an ordinal date', () => {
    const [mention] = linkText(
      'Am 18. Februar trafen sich beide in Riad. Danach nichts.',
      'body',
      catalog,
    );
    expect(mention?.sentence).toBe('Am 18. Februar trafen sich beide in Riad.');
  });

  it('tells apart people who share a first name, in the genitive too, and keeps a lone first name unlinked', () => {
    const person = (id: string, name: string): CatalogEntity => ({
      id,
      kind: 'PERSON',
      name,
      nameDe: name,
      nameEn: name,
      aliases: [],
    });
    const crowded = buildCatalog([
      ...loadCatalog().entities,
      ...Array.from({ length: 50 }, (_, i) => person(`person:anna-${i}`, `Anna Nachname${i}`)),
      person('person:anna-maria', 'Anna Maria Weber'),
      person('person:maria', 'Maria'),
    ]);
    const crowdedLinks = (text: string) =>
      linkText(text, 'lead', crowded).map((m) => `${m.surface}→${m.entityId}`);
    expect(crowdedLinks('Anna Nachname7 traf Anna Nachname42s Team.')).toEqual([
      'Anna Nachname7→person:anna-7',
      'Anna Nachname42s→person:anna-42',
    ]);
    expect(crowdedLinks('Anna Maria Weber und Anna Maria sprachen; Anna schwieg.')).toEqual([
      'Anna Maria Weber→person:anna-maria',
      'Maria→person:maria',
    ]);
  });

  it('refuses a catalog whose facts point nowhere', () => {
    const person: CatalogEntity = {
      id: 'person:x-y',
      kind: 'PERSON',
      name: 'X Y',
      nameDe: 'X Y',
      nameEn: 'X Y',
      aliases: [],
      countryId: 'country:ZZ',
    };
    expect(() => buildCatalog([person])).toThrow(/country:ZZ, which does not exist/);
  });

  it('does not take a town inside the name of a building, a street or a square for the town', () => {
    expect(links('Der Empfang vor dem Schloss Bellevue in Berlin.')).toEqual([
      'Berlin→city:berlin/NAME',
    ]);
    expect(links('Sie wohnen im Hotel Bristol und treffen sich am Warschau-Platz.')).toEqual([]);
    // A district or a hyphenated compound that is no building stays the city.
    expect(links('Der Flug nach Berlin-Tegel.')).toEqual(['Berlin→city:berlin/NAME']);
  });

  it('links captions as a field of their own, offsets into the captions joined by a blank line', () => {
    const captions = ['Abgeordnete in Kaunas.', 'Der Hafen von Stettin.'];
    const mentions = linkArticle(
      { title: 'Titel', lead: 'Kein Ort.', body: [], captions },
      catalog,
    );
    const joined = captionText(captions);
    expect(mentions.map((m) => [m.field, joined.slice(m.start, m.end), m.entityId])).toEqual([
      ['caption', 'Kaunas', 'city:kaunas'],
      ['caption', 'Stettin', 'city:szczecin'],
    ]);
  });
});
