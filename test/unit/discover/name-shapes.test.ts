import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/index.js';
import { catalogStages } from '../../../src/ingest/catalog-stages.js';
import { isRoleOrTitle, surnameOf } from '../../../src/ingest/discover/person-names.js';
import { parsePage } from '../../../src/ingest/parse/index.js';
import { linkPage } from '../../../src/ingest/pipeline.js';
import type { ItemSpans, NamedSpan, PageGraph } from '../../../src/ingest/types.js';

// Shapes of names beyond "given name + surname": rulers with their ordinal and title, double
// surnames joined by "vel", ranks before a name; and the Holy See as a country.

const catalog = loadCatalog();
const stages = catalogStages(catalog);

/** A one-item page; `persons` are the PERSON spans a recogniser returned (null: rules alone). */
function ingest(lead: string, persons: string[] | null): PageGraph {
  const text = `Meldung\n14.09.2025 10:00\n${lead}\n`;
  const spans: ItemSpans[] | null = persons && [
    {
      title: [],
      body: [],
      lead: persons.map((name): NamedSpan => {
        const start = lead.indexOf(name);
        if (start < 0) throw new Error(`${name} is not in ${lead}`);
        return { label: 'PERSON', start, end: start + name.length, text: name };
      }),
    },
  ];
  return linkPage(parsePage(text), {}, stages, spans);
}

const mentions = (graph: PageGraph, kind = 'PERSON') =>
  (graph.articles[0]?.mentions ?? [])
    .filter((m) => m.entityKind === kind)
    .map((m) => `${m.surface}→${m.entityId}`);
const roles = (graph: PageGraph) =>
  Object.fromEntries(graph.discoveredPeople.map((p) => [p.id, p.role]));

describe('names of rulers, ranks and double surnames', { timeout: 30_000 }, () => {
  it("keep a ruler's ordinal with its dot and take the title before it as the role", () => {
    // The recogniser's spans stop before the dot and leave the title out.
    const graph = ingest(
      'Kaiser Wilhelm II. schrieb an Zarin Katharina II., die Felipe nie traf.',
      ['Wilhelm II', 'Katharina II'],
    );
    expect(mentions(graph)).toEqual([
      'Wilhelm II.→person:wilhelm-ii',
      'Katharina II.→person:katharina-ii',
    ]);
    expect(roles(graph)).toEqual({ 'person:wilhelm-ii': 'Kaiser', 'person:katharina-ii': 'Zarin' });
  });

  it('find a ruler by shape when the recogniser misses them, and the bare given name later', () => {
    const graph = ingest(
      'In Monaco empfing Fürst Rainier III. die Gäste; danach sprach Rainier lange.',
      [],
    );
    expect(mentions(graph)).toEqual([
      'Rainier III.→person:rainier-iii',
      'Rainier→person:rainier-iii',
    ]);
    expect(roles(graph)).toEqual({ 'person:rainier-iii': 'Fürst' });
    expect(surnameOf('Juan Carlos I.')).toBe('Carlos');
    // Rules alone find the ruler too; a dictionary noun before a numbered paragraph is no ruler.
    expect(mentions(ingest('Der Großherzog Henri I. reiste ab.', null))).toEqual([
      'Henri I.→person:henri-i',
    ]);
    expect(mentions(ingest('Das regelt Artikel Absatz II. des Vertrags.', null))).toEqual([]);
  });

  it('split a noble rank before a one-word name off as the role', () => {
    expect(isRoleOrTitle('Prinz')).toBe(true);
    expect(isRoleOrTitle('Prinzessin')).toBe(true);
    const graph = ingest('Am Abend kam Prinzessin Charlotte mit Prinz Louis.', [
      'Charlotte',
      'Louis',
    ]);
    expect(mentions(graph)).toEqual(['Charlotte→person:charlotte', 'Louis→person:louis']);
    expect(roles(graph)).toEqual({ 'person:charlotte': 'Prinzessin', 'person:louis': 'Prinz' });
  });

  it('split a role after a saying verb off the name the cue finds', () => {
    const graph = ingest('„Es reicht“, sagte Oberstaatsanwältin Grete Lindqvist am Montag.', null);
    expect(mentions(graph)).toEqual(['Grete Lindqvist→person:grete-lindqvist']);
    expect(roles(graph)).toEqual({ 'person:grete-lindqvist': 'Oberstaatsanwältin' });
  });

  it('keep a double surname joined by "vel" whole', () => {
    const graph = ingest('Der Senator Piotr Zieliński vel Zielony stimmte dagegen.', [
      'Piotr Zieliński',
    ]);
    expect(mentions(graph)).toEqual([
      'Piotr Zieliński vel Zielony→person:piotr-zielinski-vel-zielony',
    ]);
  });
});

describe('the Holy See', () => {
  it('is a country by its names and its adjective', () => {
    const graph = ingest(
      'Der Nuntius des Heiligen Stuhls bestätigte, die vatikanische Delegation reise aus dem Vatikan an.',
      [],
    );
    expect(mentions(graph, 'COUNTRY')).toEqual([
      'Heiligen Stuhls→country:VA',
      'vatikanische→country:VA',
      'Vatikan→country:VA',
    ]);
  });
});
