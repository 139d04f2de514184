import { describe, expect, inject, it } from 'vitest';
import type { SpanSource } from '../../src/ingest/annotate.js';
import { loadCatalog } from '../../src/ingest/catalog/index.js';
import { loadPage } from '../../src/loading/load-pages.js';
import { CoreNlpClient } from '../../src/ner/client.js';
import { testRunner } from '../support/graph.js';

// A person known by surname alone becomes the person a later article names in full, in Cypher at
// write time, with their mentions and quotes; namesakes whose role, countries or first names
// differ are left apart. With the suite's real NER and Neo4j.

const catalog = loadCatalog();
const memory = { days: 30, max: 1000 };

function ner(): SpanSource {
  const client = new CoreNlpClient({ url: inject('ner').url, timeoutMs: 60_000 });
  return { annotate: (texts) => client.annotate(texts), describe: () => 'suite NER' };
}

/** A page of one-line items: [title, "DD.MM.YYYY HH:MM", lead]. */
async function load(...items: [string, string, string][]) {
  const text = items
    .map(([title, dateLine, lead]) => `${title}\n${dateLine}\n${lead}\n`)
    .join('\n');
  const outcome = await loadPage(
    testRunner(),
    catalog,
    { name: items[0]?.[0] ?? 'page', bytes: Buffer.from(text, 'utf8') },
    ner(),
    memory,
  );
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}

async function people(...ids: string[]) {
  const rows = await testRunner().read('test/cypher/person-links', { ids });
  return Object.fromEntries(
    rows.map((row) => [
      String(row.id),
      { dateLines: row.dateLines, surfaces: row.surfaces, quotes: Number(row.quotes) },
    ]),
  );
}

const bishopBySurname: [string, string, string] = [
  'Predigt in Wien',
  '02.03.2025 11:00',
  '„Wir brauchen Frieden in Europa“, sagte Bischof Berger am Sonntag in Wien, der Hauptstadt Österreichs.',
];

describe('people known by surname alone', () => {
  it('are merged into the full name a later article gives them, and not into a namesake of another role', async () => {
    await load(bishopBySurname);
    expect(Object.keys(await people('person:berger'))).toEqual(['person:berger']);
    const before = (await people('person:berger'))['person:berger'];
    expect(before?.quotes).toBe(1);

    // Months later: a coach of that surname in Poland is someone else.
    const coach = await load([
      'Finale in Warschau',
      '15.05.2025 20:00',
      'Trainer Thomas Berger gewann mit seiner Mannschaft in Warschau das Finale gegen Polens Meister.',
    ]);
    expect(coach.report.peopleMerged).toBe(0);
    expect(Object.keys(await people('person:berger', 'person:thomas-berger'))).toEqual([
      'person:berger',
      'person:thomas-berger',
    ]);

    // A bishop of that name in Vienna is him.
    const bishop = await load([
      'Friedensgebet',
      '20.05.2025 18:00',
      'Bischof Karl Berger sprach in Wien über den Frieden in Österreich.',
    ]);
    expect(bishop.report.peopleMerged).toBe(1);
    const after = await people('person:berger', 'person:karl-berger', 'person:thomas-berger');
    expect(Object.keys(after)).toEqual(['person:karl-berger', 'person:thomas-berger']);
    expect(after['person:karl-berger']).toEqual({
      dateLines: ['02.03.2025 11:00', '20.05.2025 18:00'],
      surfaces: ['Berger', 'Karl Berger'],
      quotes: 1,
    });
    expect(after['person:thomas-berger']?.dateLines).toEqual(['15.05.2025 20:00']);

    // Loading the first article again merges its surname again: the graph stays as it was.
    const again = await load(bishopBySurname);
    expect(again.report.peopleMerged).toBe(1);
    expect(await people('person:berger', 'person:karl-berger', 'person:thomas-berger')).toEqual(
      after,
    );
  });

  it('are merged whole or not at all: a link the merge cannot move fails the page, which writes nothing', async () => {
    await load([
      'Chor in Graz',
      '05.06.2025 19:00',
      '„Musik verbindet“, sagte Kantorin Hofstätter am Abend in Graz in Österreich.',
    ]);
    expect(Object.keys(await people('person:hofstaetter'))).toEqual(['person:hofstaetter']);
    await testRunner().write('test/cypher/link-person-to-probe', { id: 'person:hofstaetter' });
    await expect(
      load([
        'Konzert in Graz',
        '08.06.2025 19:00',
        'Kantorin Maria Hofstätter leitete in Graz in Österreich das Konzert.',
      ]),
    ).rejects.toThrow(/still has relationships/);
    expect(Object.keys(await people('person:hofstaetter', 'person:maria-hofstaetter'))).toEqual([
      'person:hofstaetter',
    ]);
    const [row] = await testRunner().read('test/cypher/count-articles-titled', {
      title: 'Konzert in Graz',
    });
    expect(Number(row?.articles)).toBe(0);
  });

  it('stay apart when two full names of the surname fit', async () => {
    await load([
      'Haushalt',
      '03.04.2025 09:00',
      'Die Regierung muss sparen, sagte Nowicka am Donnerstag in Warschau.',
    ]);
    const twoNamesakes = await load(
      [
        'Sejm',
        '10.04.2025 09:00',
        'Die Abgeordnete Ewa Nowicka sprach am Mittwoch im Sejm in Warschau über den Haushalt Polens.',
      ],
      [
        'Senat',
        '10.04.2025 12:00',
        'Die Senatorin Anna Nowicka kritisierte in Warschau den Haushalt Polens.',
      ],
    );
    expect(twoNamesakes.report.peopleMerged).toBe(0);
    expect(
      Object.keys(await people('person:nowicka', 'person:ewa-nowicka', 'person:anna-nowicka')),
    ).toEqual(['person:anna-nowicka', 'person:ewa-nowicka', 'person:nowicka']);
  });
});
