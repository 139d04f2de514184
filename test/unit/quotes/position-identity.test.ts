import { describe, expect, it } from 'vitest';
import { buildCatalog, loadCatalog } from '../../../src/ingest/catalog/index.js';
import { catalogStages } from '../../../src/ingest/catalog-stages.js';
import { buildPageGraph } from '../../../src/ingest/pipeline.js';
import { catalogPositions } from '../../../src/ingest/quotes/index.js';
import type { CatalogEntity, ExtractedPosition } from '../../../src/ingest/types.js';

// A curated post and an article's report of the same office are one Position: same holder, same
// title, no other country, and the catalog's organisation, or one the curated role names when the
// catalog knows the country alone. Anything else stays a Position of its own.

// A curated person the catalog gives no organisation, only a role text and a country, as it gives
// Tammy Bruce; made up, so the rule is seen on a second wording.
const ANNA: CatalogEntity = {
  id: 'person:anna-beispiel',
  kind: 'PERSON',
  name: 'Anna Beispiel',
  nameDe: 'Anna Beispiel',
  nameEn: 'Anna Beispiel',
  aliases: [],
  role: 'Sprecherin des französischen Außenministeriums',
  countryId: 'country:FR',
};
const catalog = buildCatalog([...loadCatalog().entities, ANNA]);
const stages = catalogStages(catalog);
const curated = catalogPositions(catalog.entities);

function reported(sentence: string, personId: string): ExtractedPosition {
  const text = [
    'Deutsche Redaktion',
    '',
    'Erklärung',
    '',
    `12.06.2025 14:20\n${sentence}`,
    '',
    sentence,
    '',
    'IAR/ps',
    '',
  ].join('\n');
  const found = (buildPageGraph({ text }, stages).positions ?? []).filter(
    (p) => p.personId === personId,
  );
  expect(found).toHaveLength(1);
  return found[0] as ExtractedPosition;
}

const catalogId = (personId: string) => curated.find((p) => p.personId === personId)?.id;

describe('one Position for a curated post and its report', () => {
  it('joins the organisation a report names to the curated post whose role names it', () => {
    const bruce = reported(
      '„Die Gespräche betreffen nur die Botschaften“, sagte die Sprecherin des US-Außenministeriums, Tammy Bruce, vor dem Treffen.',
      'person:tammy-bruce',
    );
    expect(curated.find((p) => p.personId === 'person:tammy-bruce')).toMatchObject({
      title: 'Sprecherin',
      organizationId: null,
      countryId: 'country:US',
    });
    expect(bruce.organizationId).not.toBeNull();
    expect(bruce).toMatchObject({ title: 'Sprecherin', countryId: 'country:US' });
    expect(bruce.id).toBe(catalogId('person:tammy-bruce'));
  });

  it('does the same for another holder, title and country-adjective institution', () => {
    const anna = reported(
      'Das sagte die Sprecherin des französischen Außenministeriums, Anna Beispiel, in Paris.',
      ANNA.id,
    );
    expect(anna.organizationId).not.toBeNull();
    expect(anna.countryId).toBe('country:FR');
    expect(anna.id).toBe(catalogId(ANNA.id));
  });

  it('takes a compound of the curated title for it when its first part is a place the role names or the federal state', () => {
    const peskow = reported(
      'Das sagte Kremlsprecher Dmitri Peskow in Moskau.',
      'person:dmitri-peskow',
    );
    expect(peskow.title).toBe('Kremlsprecher');
    expect(peskow.id).toBe(catalogId('person:dmitri-peskow'));
    const wadephul = reported(
      'Bundesaußenminister Johann Wadephul reiste nach Kiew.',
      'person:johann-wadephul',
    );
    expect(wadephul.title).toBe('Bundesaußenminister');
    expect(wadephul.id).toBe(catalogId('person:johann-wadephul'));
    const merz = reported('Kanzler Friedrich Merz reiste nach Kiew.', 'person:friedrich-merz');
    expect(merz.title).toBe('Kanzler');
    expect(merz.id).toBe(catalogId('person:friedrich-merz'));
  });

  it('keeps the catalog’s organisation as the one to match when it has one', () => {
    const sikorski = reported(
      'Der polnische Außenminister Radosław Sikorski besuchte Kiew.',
      'person:radoslaw-sikorski',
    );
    expect(sikorski.organizationId).toBe('org:msz');
    expect(sikorski.id).toBe(catalogId('person:radoslaw-sikorski'));
  });
});

describe('another office stays its own Position', () => {
  it('when the report names an organisation the curated role does not', () => {
    const nato = reported(
      'Das sagte die Sprecherin der NATO, Tammy Bruce, in Brüssel.',
      'person:tammy-bruce',
    );
    expect(nato.organizationId).toBe('org:nato');
    expect(nato.id).not.toBe(catalogId('person:tammy-bruce'));
  });

  it('when the report gives another country', () => {
    const polish = reported(
      'Das sagte die Sprecherin des polnischen Außenministeriums, Anna Beispiel, in Warschau.',
      ANNA.id,
    );
    expect(polish.countryId).toBe('country:PL');
    expect(polish.id).not.toBe(catalogId(ANNA.id));
  });

  it('when a compound’s first part is no place the role names', () => {
    const government = reported('Das sagte Regierungssprecherin Anna Beispiel in Paris.', ANNA.id);
    expect(government.title).toBe('Regierungssprecherin');
    expect(government.id).not.toBe(catalogId(ANNA.id));
    const vice = reported('Vizekanzler Friedrich Merz reiste nach Kiew.', 'person:friedrich-merz');
    expect(vice.title).toBe('Vizekanzler');
    expect(vice.id).not.toBe(catalogId('person:friedrich-merz'));
  });

  it('when the report gives another title', () => {
    const envoy = reported(
      'Das sagte die Botschafterin Frankreichs, Anna Beispiel, in Paris.',
      ANNA.id,
    );
    expect(envoy.title).toBe('Botschafterin');
    expect(envoy.id).not.toBe(catalogId(ANNA.id));
  });
});
