import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/index.js';
import { linkText } from '../../../src/ingest/link/index.js';

const catalog = loadCatalog();
const links = (text: string) =>
  linkText(text, 'body', catalog)
    .filter((m) => m.entityKind === 'ORGANIZATION')
    .map((m) => `${m.surface}→${m.entityId}`);

describe('the organisations of the outlet’s neighbourhood', () => {
  it('links parliaments, agencies, broadcasters, institutes and parties as the press writes them', () => {
    expect(links('Der Sejm und der Deutsche Bundestag stimmten zu, meldeten PAP und IAR.')).toEqual(
      ['Sejm→org:sejm', 'Deutsche Bundestag→org:bundestag', 'PAP→org:pap', 'IAR→org:iar'],
    );
    expect(
      links(
        'Ein Experte des Zentrums für Oststudien sagte der Deutschen Welle und dem ZDF, die PiS und die AfD …',
      ),
    ).toEqual([
      'Zentrums für Oststudien→org:osw',
      'Deutschen Welle→org:deutsche-welle',
      'ZDF→org:zdf',
      'PiS→org:pis',
      'AfD→org:afd',
    ]);
    expect(
      links('Im Europäischen Parlament und beim Europäischen Gerichtshof für Menschenrechte.'),
    ).toEqual([
      'Europäischen Parlament→org:europaeisches-parlament',
      'Europäischen Gerichtshof für Menschenrechte→org:egmr',
    ]);
  });

  it('takes acronyms that are also words or syllables only in capitals, and a guarded name never alone', () => {
    expect(links('Laut AP führt die PO, die KO liegt zurück.')).toEqual([
      'AP→org:ap',
      'PO→org:po',
      'KO→org:ko',
    ]);
    expect(links('Die Po-Ebene, ein Ap-Termin und der K.o. in der Runde.')).toEqual([]);
    expect(links('Der Senat in Berlin tagte; der Senat der Republik Polen auch.')).toEqual([
      'Senat der Republik Polen→org:senat-pl',
    ]);
  });

  it('gives every organisation a country that exists and records Wikidata items as Q-ids', () => {
    const orgs = catalog.entities.filter((e) => e.kind === 'ORGANIZATION');
    expect(orgs.length).toBeGreaterThan(120);
    expect(catalog.byId.get('org:nato')?.wikidataId).toBe('Q7184');
    for (const org of orgs) if (org.wikidataId) expect(org.wikidataId).toMatch(/^Q[1-9]\d*$/);
    expect(catalog.byId.get('country:PL')?.wikidataId).toBe('Q36');
    expect(catalog.byId.get('city:warschau')?.wikidataId).toBe('Q270');
    expect(catalog.byId.get('person:donald-tusk')?.wikidataId).toBe('Q946');
  });
});
