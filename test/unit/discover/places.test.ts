import { describe, expect, it } from 'vitest';
import { linkLeadWithSpans } from '../../support/lead-spans.js';
import { loadCatalog } from '../../../src/ingest/catalog/index.js';
import { catalogStages } from '../../../src/ingest/catalog-stages.js';
import { placeSupport } from '../../../src/ingest/discover/places.js';
import type { SpanLabel } from '../../../src/ingest/types.js';

const catalog = loadCatalog();
const stages = catalogStages(catalog);

/** What ingest keeps of a one-item lead that carries the given recogniser spans. */
function ingest(lead: string, spans: [SpanLabel, string][]) {
  const graph = linkLeadWithSpans(stages, lead, spans);
  return {
    regions: (graph.articles[0]?.mentions ?? [])
      .filter((m) => m.field === 'lead' && m.entityKind === 'REGION')
      .map((m) => `${m.surface}→${m.entityId}`),
    discovered: (graph.discoveredPlaces ?? []).map((p) => p.name),
  };
}

describe("the recogniser's LOCATION spans outside the catalog", { timeout: 60_000 }, () => {
  it('are kept when the gazetteer knows a town of that name', () => {
    expect(placeSupport('Biblis', catalog)).toBe('a populated place of the gazetteer');
    const found = ingest('Der Unfall geschah bei Biblis.', [['LOCATION', 'Biblis']]);
    expect(found.discovered).toEqual(['Biblis']);
    expect(found.regions).toEqual(['Biblis→region:biblis']);
  });

  it('are kept when their shape says place: a street, a lake, a compass part of a known place', () => {
    expect(placeSupport('Schwanitzstraße', catalog)).toBe('a place by its shape');
    expect(placeSupport('Marbachsee', catalog)).toBe('a place by its shape');
    expect(placeSupport('Nordhessen', catalog)).toBe('a part of a known place');
    expect(placeSupport('Süditaliens', catalog)).toBe('a part of a known place');
    const found = ingest('In der Schwanitzstraße und in Nordhessen wurde gefeiert.', [
      ['LOCATION', 'Schwanitzstraße'],
      ['LOCATION', 'Nordhessen'],
    ]);
    expect(found.discovered).toEqual(['Schwanitzstraße', 'Nordhessen']);
  });

  it('are kept as the recogniser read them when no German word speaks against it', () => {
    expect(placeSupport('Xqzvlor', catalog, 'in')).toBe(
      'named by the recogniser, and no German word',
    );
    expect(placeSupport('Gubener Straße', catalog, 'der')).toBe('a place by its shape');
    const found = ingest('Die Fähre fährt von Xqzvlor über die Saône.', [
      ['LOCATION', 'Xqzvlor'],
      ['LOCATION', 'Saône'],
    ]);
    expect(found.discovered).toEqual(['Xqzvlor', 'Saône']);
  });

  it('are dropped when a word says otherwise: a common noun, a direction, a company, a person', () => {
    // Norden is a town in East Frisia, but not as a direction.
    expect(placeSupport('Norden', catalog, 'im')).toBeNull();
    expect(placeSupport('Südwestens', catalog, 'des')).toBeNull();
    expect(placeSupport('Namen', catalog)).toBeNull();
    expect(placeSupport('Ferien', catalog, 'den')).toBeNull();
    expect(placeSupport('Qworvex', catalog, 'Spielzeughersteller')).toBeNull();
    const found = ingest(
      'Im Norden gab es im Namen der Stadt Proteste gegen Baldur von Qworvex. Qworvexs Anhänger blieben.',
      [
        ['LOCATION', 'Norden'],
        ['LOCATION', 'Namen'],
        ['PERSON', 'Baldur von Qworvex'],
        ['LOCATION', 'Qworvexs'],
      ],
    );
    expect(found).toEqual({ regions: [], discovered: [] });
  });

  it('take a catalog town named by a German word only where the recogniser or a preposition of place says name', () => {
    const cities = (lead: string, spans: [SpanLabel, string][]) =>
      (linkLeadWithSpans(stages, lead, spans).articles[0]?.mentions ?? [])
        .filter((m) => m.field === 'lead' && m.entityKind === 'CITY')
        .map((m) => `${m.surface}→${m.entityId}`);
    // "Namen" is Namur's German name, "Wetter" a town on the Ruhr, "Norden" one in East Frisia.
    expect(
      cities('Im Namen der Partei sprach er bei schlechtem Wetter von Norden aus.', []),
    ).toEqual([]);
    // "Posen" is also the plural of "Pose": after "in" it is Poznań, marked or not.
    expect(cities('Der Zug fährt in Posen ab.', [])).toEqual(['Posen→city:poznan']);
    expect(cities('Posen wächst.', [['LOCATION', 'Posen']])).toEqual(['Posen→city:poznan']);
  });

  it('take a longer place the recogniser named over the catalog place inside it', () => {
    const found = ingest('Die Prozession zog von der Westminster Hall über den Hudson River.', [
      ['LOCATION', 'Westminster Hall'],
      ['LOCATION', 'Hudson River'],
    ]);
    expect(found.discovered).toEqual(['Westminster Hall', 'Hudson River']);
    const cities = (
      linkLeadWithSpans(stages, 'Sie kam aus Westminster.', [['LOCATION', 'Westminster']])
        .articles[0]?.mentions ?? []
    )
      .filter((m) => m.entityKind === 'CITY')
      .map((m) => m.surface);
    expect(cities).toEqual(['Westminster']);
  });

  it('give a company, not a place, where the noun before says company or label', () => {
    const graph = linkLeadWithSpans(stages, 'Der Spielzeughersteller Qworvex liegt vor Xqzvlor.', [
      ['LOCATION', 'Qworvex'],
      ['LOCATION', 'Xqzvlor'],
    ]);
    expect(graph.discoveredOrganizations.map((o) => o.name)).toEqual(['Qworvex']);
    expect((graph.discoveredPlaces ?? []).map((p) => p.name)).toEqual(['Xqzvlor']);
  });

  it('give the institution a place names: a university, a power plant, a club and its year', () => {
    const graph = linkLeadWithSpans(
      stages,
      'Die Universität Krakau forscht am Kraftwerk Xqzvlor, und Bochum 48 gewann, in der Neuendorfer Straße 90c.',
      [
        ['LOCATION', 'Krakau'],
        ['LOCATION', 'Xqzvlor'],
        ['LOCATION', 'Bochum'],
        ['LOCATION', 'Neuendorfer Straße'],
      ],
    );
    const mentions = (graph.articles[0]?.mentions ?? []).map((m) => `${m.entityKind}:${m.surface}`);
    expect(graph.discoveredOrganizations.map((o) => o.name)).toEqual([
      'Universität Krakau',
      'Kraftwerk Xqzvlor',
      'Bochum 48',
    ]);
    // The university's town stays linked; the club's is no mention of the town.
    expect(mentions).toContain('CITY:Krakau');
    expect(mentions).not.toContain('CITY:Bochum');
    expect((graph.discoveredPlaces ?? []).map((p) => p.name)).toEqual(['Neuendorfer Straße']);
  });

  it('know a road by its number', () => {
    expect(placeSupport('A 7', catalog, 'der')).toBe('a road by its shape');
    expect(placeSupport('B27', catalog, 'die')).toBe('a road by its shape');
    expect(placeSupport('C 7', catalog, 'der')).toBeNull();
  });

  it('leave what the catalog links to the catalog', () => {
    const found = ingest('Angriffe auf die Krim.', [['LOCATION', 'Krim']]);
    expect(found).toEqual({ regions: ['Krim→region:krim'], discovered: [] });
  });
});
