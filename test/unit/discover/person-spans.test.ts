import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/index.js';
import { catalogStages } from '../../../src/ingest/catalog-stages.js';
import { spanWords, splitPersonSpan } from '../../../src/ingest/discover/person-names.js';
import { parsePage } from '../../../src/ingest/parse/index.js';
import { type PageInput, linkPage } from '../../../src/ingest/pipeline.js';
import type { ItemSpans, KnownPerson, NamedSpan, PageGraph } from '../../../src/ingest/types.js';

const catalog = loadCatalog();
const stages = catalogStages(catalog);

function split(text: string) {
  const parts = splitPersonSpan(spanWords(text, 0, text.length), text);
  return parts && { role: parts.role, name: parts.name.map((w) => w.text).join(' ') };
}

/** One-item pages whose lead carries the given PERSON spans, as the recogniser would return them. */
function ingest(
  leads: string[],
  persons: string[][],
  input: Omit<PageInput, 'text'> = {},
): PageGraph {
  const text = leads
    .map((lead, i) => `Meldung ${i + 1}\n0${i + 1}.05.2025 10:00\n${lead}\n`)
    .join('\n');
  const spans: ItemSpans[] = leads.map((lead, i) => ({
    title: [],
    body: [],
    lead: (persons[i] ?? []).map((name): NamedSpan => {
      const start = lead.indexOf(name);
      if (start < 0) throw new Error(`${name} is not in ${lead}`);
      return { label: 'PERSON', start, end: start + name.length, text: name };
    }),
  }));
  return linkPage(parsePage(text), input, stages, spans);
}

const people = (graph: PageGraph, article: number) =>
  (graph.articles[article]?.mentions ?? [])
    .filter((m) => m.entityKind === 'PERSON')
    .map((m) => `${m.surface}→${m.entityId}`);

describe("the recogniser's PERSON spans", { timeout: 30_000 }, () => {
  it('split titles and roles off by shape and dictionary, not by a list', () => {
    expect(split('Kuratorin Dr. Anna Richter')).toEqual({
      role: 'Kuratorin Dr.',
      name: 'Anna Richter',
    });
    expect(split('Bischof Karl-Heinz Wolf')?.name).toBe('Karl-Heinz Wolf');
    expect(split('Verbandsdirektor Peter Schmid')?.name).toBe('Peter Schmid');
    expect(split('Borussia-Manager Peter Pander')?.name).toBe('Peter Pander');
    expect(split('Giacomo della Porta')?.name).toBe('Giacomo della Porta');
    // A given name that is also a noun stays when no full name follows.
    expect(split('Wolf Wondratschek')?.name).toBe('Wolf Wondratschek');
  });

  it('are no person when they are a noun phrase or a title of a work', () => {
    expect(split('Großes Theater')).toBeNull();
    expect(split("Droits d'Enregistrement et de Reproduction")).toBeNull();
    expect(split('Neue Zeit')).toBeNull();
  });

  it('keep a one-word name, unless grammar makes it a common noun', () => {
    const graph = ingest(
      [
        'Das Tor schoss Kowalczyk in der zweiten Halbzeit.',
        'Im Wald stand ein Müller vor der Mühle.',
      ],
      [['Kowalczyk'], ['Müller']],
    );
    expect(people(graph, 0)).toEqual(['Kowalczyk→person:kowalczyk']);
    expect(people(graph, 1)).toEqual([]);
  });

  it("read a bare surname as the article's full name, then a recent article's", () => {
    const graph = ingest(
      [
        'Der Abgeordnete Jan Kowalczyk stimmte dagegen. Kowalczyk sagte, er bleibe dabei.',
        'Am Dienstag stimmte Kowalczyk erneut dagegen.',
      ],
      [['Jan Kowalczyk', 'Kowalczyk'], ['Kowalczyk']],
    );
    expect(people(graph, 0)).toEqual([
      'Jan Kowalczyk→person:jan-kowalczyk',
      'Kowalczyk→person:jan-kowalczyk',
    ]);
    expect(people(graph, 1)).toEqual(['Kowalczyk→person:jan-kowalczyk']);
  });
});

describe('entity resolution of bare surnames across articles', { timeout: 30_000 }, () => {
  const trainer: KnownPerson = {
    id: 'person:thomas-berger',
    name: 'Thomas Berger',
    role: 'Trainer',
    countryIds: ['country:AT'],
  };

  it('does not merge two people of one surname whose contexts differ', () => {
    const otherRole = ingest(['Bischof Berger sagte am Sonntag in Rom, er bete.'], [['Berger']], {
      recentPeople: [trainer],
    });
    expect(people(otherRole, 0)).toEqual(['Berger→person:berger']);
    const otherCountry = ingest(
      ['In Polen sagte Berger, die Regierung in Warschau müsse handeln.'],
      [['Berger']],
      { recentPeople: [trainer] },
    );
    expect(people(otherCountry, 0)).toEqual(['Berger→person:berger']);
  });

  it('merges them when the context fits, and not when two namesakes are recent', () => {
    const same = ingest(['Bundestrainer Berger sagte, Österreich sei bereit.'], [['Berger']], {
      recentPeople: [trainer],
    });
    expect(people(same, 0)).toEqual(['Berger→person:thomas-berger']);
    const two = ingest(['Berger sagte, er sei bereit.'], [['Berger']], {
      recentPeople: [trainer, { ...trainer, id: 'person:anna-berger', name: 'Anna Berger' }],
    });
    expect(people(two, 0)).toEqual(['Berger→person:berger']);
  });
});
