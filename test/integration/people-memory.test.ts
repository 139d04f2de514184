import { describe, expect, inject, it } from 'vitest';
import type { SpanSource } from '../../src/ingest/annotate.js';
import { loadCatalog } from '../../src/ingest/catalog/index.js';
import { loadPage } from '../../src/loading/load-pages.js';
import { CoreNlpClient } from '../../src/ner/client.js';
import { testRunner } from '../support/graph.js';

// The graph remembers people: a bare surname on a new page is the person the graph's recent
// articles named in full, read from Neo4j before the page is linked; with the suite's real NER.

const catalog = loadCatalog();

function ner(): SpanSource {
  const client = new CoreNlpClient({ url: inject('ner').url, timeoutMs: 60_000 });
  return { annotate: (texts) => client.annotate(texts), describe: () => 'suite NER' };
}

/** A one-item page of the outlet's shape, dated `dateLine` ("DD.MM.YYYY HH:MM"). */
function page(title: string, dateLine: string, lead: string) {
  return { name: title, bytes: Buffer.from(`${title}\n${dateLine}\n${lead}\n`, 'utf8') };
}

async function peopleOf(
  title: string,
  dateLine: string,
  lead: string,
  memory = { days: 30, max: 1000 },
) {
  const outcome = await loadPage(testRunner(), catalog, page(title, dateLine, lead), ner(), memory);
  if (!outcome.ok) throw new Error(outcome.reason);
  return (outcome.graph.articles[0]?.mentions ?? [])
    .filter((m) => m.entityKind === 'PERSON')
    .map((m) => `${m.surface}→${m.entityId}`);
}

describe('the graph remembers people for bare surnames', () => {
  it("reads today's bare surname as yesterday's full name, within the window only", async () => {
    expect(
      await peopleOf(
        'Hafen in Danzig',
        '01.05.2025 10:00',
        'Die Bürgermeisterin von Danzig, Agnieszka Wróblewska, hat am Montag den Hafen besucht.',
      ),
    ).toEqual(['Agnieszka Wróblewska→person:agnieszka-wroblewska']);
    const nextDay = 'Wróblewska kündigte am Dienstag in Danzig neue Investitionen an.';
    expect(await peopleOf('Investitionen in Danzig', '02.05.2025 09:00', nextDay)).toEqual([
      'Wróblewska→person:agnieszka-wroblewska',
    ]);
    // Without memory, or weeks past the window, the surname stands alone.
    expect(
      await peopleOf('Investitionen in Danzig', '02.05.2025 09:00', nextDay, { days: 0, max: 1 }),
    ).toEqual(['Wróblewska→person:wroblewska']);
    expect(await peopleOf('Neue Investitionen', '20.06.2025 09:00', nextDay)).toEqual([
      'Wróblewska→person:wroblewska',
    ]);
  });
});
