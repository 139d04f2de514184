import { describe, expect, it } from 'vitest';
import { buildCatalog, loadCatalog } from '../../../src/ingest/catalog/index.js';
import { discoverPeople } from '../../../src/ingest/discover/index.js';
import { discoverOrganizations } from '../../../src/ingest/discover/organizations.js';
import { catalogStages } from '../../../src/ingest/catalog-stages.js';
import { linkText } from '../../../src/ingest/link/index.js';
import { buildPageGraph } from '../../../src/ingest/pipeline.js';

const full = loadCatalog();
// The seed's spokespeople taken out of the catalog, to show discovery would find them.
const catalog = buildCatalog(
  full.entities.filter((e) => e.id !== 'person:tammy-bruce' && e.id !== 'person:dmitri-peskow'),
);

function discover(text: string) {
  const known = linkText(text, 'lead', catalog);
  return discoverPeople([{ field: 'lead', text }], catalog, known);
}

describe('discovering people the catalog does not know', () => {
  it('finds a name after a role and a genitive phrase, as in the seed', () => {
    const found = discover(
      '„Die Gespräche sind nützlich“, sagte die Sprecherin des US-Außenministeriums, Tammy Bruce, vor dem Treffen.',
    );
    expect(found.people).toEqual([
      expect.objectContaining({
        id: 'person:tammy-bruce',
        name: 'Tammy Bruce',
        role: 'Sprecherin des US-Außenministeriums',
      }),
    ]);
    expect(found.people[0]?.evidence).toMatch(/^„Die Gespräche sind nützlich“, sagte/);
  });

  it('finds a name right after a compound role, and links the bare surname later', () => {
    const found = discover(
      'Das kündigte Kremlsprecher Dmitri Peskow am Dienstag an. Peskow sagte nichts weiter.',
    );
    expect(found.people.map((p) => [p.name, p.role])).toEqual([['Dmitri Peskow', 'Kremlsprecher']]);
    expect(found.mentions.map((m) => m.surface)).toEqual(['Dmitri Peskow', 'Peskow']);
  });

  it('finds names after titles and verbs of saying, with foreign spellings', () => {
    const found = discover(
      'Die Sicherheitsexpertin Anna Zołkina warnte. Laut Prof. Jan Cichocki ist das falsch. „Ja“, sagte Maria Nowak.',
    );
    expect(found.people.map((p) => p.name)).toEqual([
      'Anna Zołkina',
      'Jan Cichocki',
      'Maria Nowak',
    ]);
  });

  it('works on sport news too', () => {
    const found = discover(
      'Der Tennisspieler Hubert Hurkacz gewann in Halle. „Ich bin glücklich“, so Hurkacz.',
    );
    expect(found.people.map((p) => p.id)).toEqual(['person:hubert-hurkacz']);
    expect(found.mentions).toHaveLength(2);
  });

  it('does not take nouns and adjectives for people', () => {
    for (const text of [
      'Die Gespräche des Polnischen Rundfunks mit der Regierung dauern an.',
      'Der Präsident Polnischen Rundfunks sagte Die Gespräche ab.',
      'Der Botschafter Russlands wurde einbestellt.',
      'Die Sprecherin der Regierung sagte am Montag nichts.',
    ]) {
      expect(discover(text).people, text).toEqual([]);
    }
  });

  it('leaves catalog people to the linker', () => {
    expect(discover('Der Präsident Wladimir Putin sagte das.').people).toEqual([]);
  });

  it("takes a town in a surname's place for the surname, in every field", () => {
    const page = [
      'Konzert in Berlin',
      '',
      '15.09.2025 19:40',
      'Am Flügel saß die Pianistin Anna Thorn aus Krakau. Thorn spielte Chopin.',
      'Anna Thorn am Flügel. Bild: Polnisches Institut',
      '',
      'IAR/kl',
    ].join('\n');
    const article = buildPageGraph({ text: page }, catalogStages(full)).articles[0];
    expect(article?.item.captions).toEqual(['Anna Thorn am Flügel.']);
    const ids = article?.mentions.map((m) => `${m.field}:${m.surface}→${m.entityId}`);
    expect(ids).toContain('lead:Anna Thorn→person:anna-thorn');
    expect(ids).toContain('lead:Krakau→city:krakau');
    expect(ids?.some((id) => id.endsWith('city:torun'))).toBe(false);
  });

  it('takes capitalised adjectives before an institution head mid-sentence for a name, not nouns before it', () => {
    const text =
      'Mit Jan Nowak, Sprecher des Nationalen Sicherheitsbüros, sprach der Polnische Rundfunk. Er sagte dem Sender Radio Wnet nichts.';
    const found = discoverOrganizations(
      [{ field: 'lead', text }],
      full,
      linkText(text, 'lead', full),
    );
    expect(found.mentions.map((m) => `${m.surface}→${m.entityId}`)).toEqual([
      'Nationalen Sicherheitsbüros→org:national-sicherheitsburo',
      'Polnische Rundfunk→org:polskie-radio',
    ]);
  });
});
