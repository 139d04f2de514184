import { describe, expect, it } from 'vitest';
import { linkLeadWithSpans } from '../../support/lead-spans.js';
import { loadCatalog } from '../../../src/ingest/catalog/index.js';
import { catalogStages } from '../../../src/ingest/catalog-stages.js';
import type { SpanLabel } from '../../../src/ingest/types.js';

const stages = catalogStages(loadCatalog());

/** A one-item page whose lead carries the given recogniser spans. */
function organizations(lead: string, spans: [SpanLabel, string][]) {
  const graph = linkLeadWithSpans(stages, lead, spans);
  return {
    mentions: (graph.articles[0]?.mentions ?? [])
      .filter((m) => m.entityKind === 'ORGANIZATION')
      .map((m) => `${m.surface}→${m.entityId}`),
    discovered: graph.discoveredOrganizations.map((o) => o.name),
  };
}

describe("the recogniser's ORGANIZATION spans", { timeout: 30_000 }, () => {
  it('keep a one-word name no dictionary holds, an acronym, a party named by an adjective', () => {
    const found = organizations(
      'Rosatom und die Grünen stritten mit der Regierung über den Plan.',
      [
        ['ORGANIZATION', 'Rosatom'],
        ['ORGANIZATION', 'Grünen'],
        ['ORGANIZATION', 'Regierung'],
      ],
    );
    expect(found.discovered).toEqual(['Rosatom', 'Grünen']);
  });

  it('keep a medium named in quotes, and a club after "beim"', () => {
    const found = organizations('Das sagte er dem „Spiegel“ nach dem Spiel beim SSV Reutlingen.', [
      ['ORGANIZATION', 'Spiegel'],
      ['ORGANIZATION', 'SSV Reutlingen'],
    ]);
    expect(found.discovered).toEqual(['Spiegel', 'SSV Reutlingen']);
  });

  it('link an acronym to its long form in the same article', () => {
    const found = organizations(
      'Der Bundesverband deutscher Banken (BdB) warnte. Der BdB sieht Risiken.',
      [
        ['ORGANIZATION', 'Bundesverband deutscher Banken'],
        ['ORGANIZATION', 'BdB'],
      ],
    );
    expect(found.discovered).toEqual(['Bundesverband deutscher Banken']);
    expect(new Set(found.mentions.map((m) => m.split('→')[1]))).toEqual(
      new Set(['org:bundesverband-deutsch-bank']),
    );
    expect(found.mentions).toEqual([
      'Bundesverband deutscher Banken→org:bundesverband-deutsch-bank',
      'BdB→org:bundesverband-deutsch-bank',
    ]);
  });

  it('take the longer name the recogniser gives over an institution the rules cut short', () => {
    const found = organizations(
      'Das Bayerische Staatsministerium für Unterricht und Kultus lehnte ab.',
      [['ORGANIZATION', 'Bayerische Staatsministerium für Unterricht und Kultus']],
    );
    expect(found.discovered).toEqual(['Bayerische Staatsministerium für Unterricht und Kultus']);
  });
});

describe('institutions by head noun', { timeout: 30_000 }, () => {
  it('need a complement that names someone', () => {
    expect(
      organizations('Ein Sprecher der Kanzlei des Präsidenten sagte das.', []).discovered,
    ).toEqual(['Kanzlei des Präsidenten']);
    expect(organizations('Die Bewegung der Kulisse war zu sehen.', []).discovered).toEqual([]);
    expect(
      organizations('Eine Gruppe von Kohlenstoffverbindungen entsteht.', []).discovered,
    ).toEqual([]);
  });

  it('keep a company the gazetteer knows as a town, a name in lower case, and a catalog name inside a longer one', () => {
    const found = organizations(
      'Der Versuch von Toyota scheiterte, meldete n-tv nach einem Bericht der Financial Times Deutschland.',
      [
        ['ORGANIZATION', 'Toyota'],
        ['ORGANIZATION', 'n-tv'],
        ['ORGANIZATION', 'Financial Times Deutschland'],
      ],
    );
    expect(found.discovered).toEqual(['Toyota', 'n-tv', 'Financial Times Deutschland']);
    const town = organizations('Die Fabrik steht in Toyota.', [['ORGANIZATION', 'Toyota']]);
    expect(town.discovered).toEqual([]);
  });

  it('keep a dictionary noun as a name only where no determiner makes it a common noun', () => {
    expect(
      organizations('Boeing baute den Vorsprung vor Airbus aus.', [
        ['ORGANIZATION', 'Boeing'],
        ['ORGANIZATION', 'Airbus'],
      ]).discovered,
    ).toEqual(['Boeing', 'Airbus']);
    expect(
      organizations('Er kaufte einen Airbus für seine Flotte.', [['ORGANIZATION', 'Airbus']])
        .discovered,
    ).toEqual([]);
  });

  it('give a person, not an organisation, when a compound role stands before a full name', () => {
    const graph = linkLeadWithSpans(
      stages,
      'Das teilte Sejmmarschall Włodzimierz Czarzasty mit. Der Vertrag mit General Motors steht.',
      [
        ['ORGANIZATION', 'Sejmmarschall Włodzimierz Czarzasty'],
        ['ORGANIZATION', 'General Motors'],
      ],
    );
    expect(graph.discoveredOrganizations.map((o) => o.name)).toEqual(['General Motors']);
    expect(graph.discoveredPeople.map((p) => [p.name, p.role])).toEqual([
      ['Włodzimierz Czarzasty', 'Sejmmarschall'],
    ]);
  });

  it('leave games and leagues: events, not organisations', () => {
    const found = organizations(
      'Er zieht sich von den Olympischen Spielen zurück und spielt in der Bundesliga.',
      [
        ['ORGANIZATION', 'Olympischen Spielen'],
        ['ORGANIZATION', 'Bundesliga'],
      ],
    );
    expect(found.discovered).toEqual([]);
  });

  it("leave an acronym that shortens the common noun before it, keep one that shortens a company's name", () => {
    const found = organizations(
      'Es entweicht Kohlenwasserstoff (KW), sagte die Firma Qworvex (QX).',
      [
        ['ORGANIZATION', 'KW'],
        ['ORGANIZATION', 'Qworvex'],
        ['ORGANIZATION', 'QX'],
      ],
    );
    expect(found.discovered).toEqual(['Qworvex', 'QX']);
  });

  it('leave a church named after a saint', () => {
    expect(
      organizations('Die St. Michaelskapelle wurde renoviert.', [
        ['ORGANIZATION', 'St. Michaelskapelle'],
      ]).discovered,
    ).toEqual([]);
  });

  it('split names the recogniser joined: a move from one team to another, agencies with slashes', () => {
    expect(
      organizations('Er wechselte von Honda zu Aprilia.', [['ORGANIZATION', 'Honda zu Aprilia']])
        .discovered,
    ).toEqual(['Honda', 'Aprilia']);
    expect(
      organizations('Das meldeten AFP/SID/Miguel am Abend.', [['ORGANIZATION', 'AFP/SID/Miguel']])
        .mentions,
    ).toEqual(['AFP→org:afp', 'SID→org:sid']);
  });

  it('are a person when a name no dictionary holds stands in apposition to a role', () => {
    const graph = linkLeadWithSpans(
      stages,
      'Der Leiter des Nationalen Sicherheitsbüros, Bogdan Wierzchowski, und die Zeitung, Gazeta Wyborcza, widersprachen.',
      [
        ['ORGANIZATION', 'Bogdan Wierzchowski'],
        ['ORGANIZATION', 'Gazeta Wyborcza'],
      ],
    );
    const mentions = graph.articles[0]?.mentions ?? [];
    expect(
      mentions.filter((m) => m.surface === 'Bogdan Wierzchowski').map((m) => m.entityKind),
    ).toEqual(['PERSON']);
    expect(
      mentions.filter((m) => m.surface === 'Gazeta Wyborcza').map((m) => m.entityKind),
    ).toEqual(['ORGANIZATION']);
  });

  it('name nobody with a single letter read as a person ("auf X.")', () => {
    const graph = linkLeadWithSpans(stages, 'Das schrieb der Minister am Abend auf X.', [
      ['PERSON', 'X.'],
    ]);
    expect(graph.articles[0]?.mentions.filter((m) => m.entityKind === 'PERSON')).toEqual([]);
    expect(graph.discoveredPeople).toEqual([]);
  });
});
