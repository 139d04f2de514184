import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FLOORS } from '../../src/eval/floors.js';
import { loadEvalSet } from '../../src/eval/gold.js';
import { runEval } from '../../src/eval/run.js';
import { belowFloors } from '../../src/eval/table.js';
import { loadCatalog } from '../../src/ingest/catalog/index.js';
import { PageIngestor } from '../../src/loading/page-ingestor.js';
import { CoreNlpClient } from '../../src/ner/client.js';
import { SupervisedLocalNer } from '../../src/ner/supervisor.js';
import { projectRoot } from '../../src/project-root.js';
import { graphCounts, testRunner } from '../support/graph.js';
import { throwawayCoreNlp } from '../support/test-ner.js';

// What ingest knows, with the real German NER: the evaluation set holds its floors, and a
// recogniser that dies mid-page fails that page whole while later pages land.

describe('knowledge from the evaluation set, with the NER', () => {
  it('reaches every floor of npm run eval', async () => {
    const ner = new CoreNlpClient({ url: inject('ner').url, timeoutMs: 60_000 });
    const source = {
      annotate: (texts: string[]) => ner.annotate(texts),
      parse: (sentences: string[]) => ner.parse(sentences),
      describe: () => 'suite NER and parser',
    };
    const result = await runEval(
      loadEvalSet(join(projectRoot, 'test', 'fixtures', 'eval')),
      loadCatalog(),
      source,
    );
    expect(belowFloors(result.total, FLOORS)).toEqual([]);
    // The parser reads the parties of meetings the rules alone get wrong.
    const rulesAlone = await runEval(
      loadEvalSet(join(projectRoot, 'test', 'fixtures', 'eval')),
      loadCatalog(),
      { annotate: source.annotate, describe: () => 'suite NER without parser' },
    );
    expect(result.total['meetings precision'].hit).toBeGreaterThan(
      rulesAlone.total['meetings precision'].hit,
    );
    // The people the rules alone miss are found with the recogniser.
    expect(result.total['people: discovered recall'].hit).toBeGreaterThanOrEqual(11);
  });
});

function bigPage(items: number): string {
  const paragraph =
    'Der litauische Präsident Gitanas Nausėda traf am Montag in Warschau seinen polnischen Amtskollegen. ' +
    'Anna Wiśniewska vom Institut für Ostmitteleuropa sagte, die Gespräche seien wichtig gewesen. ';
  const lines = ['Deutsche Redaktion', ''];
  for (let i = 0; i < items; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(
      `Treffen in Warschau, Teil ${i + 1}`,
      '',
      `${day}.05.2025 ${String(i % 24).padStart(2, '0')}:15`,
      paragraph.repeat(8),
      '',
    );
  }
  return lines.join('\n');
}

describe('a recogniser that dies mid-ingest', () => {
  const lines: string[] = [];
  const throwaway = throwawayCoreNlp((line) => lines.push(line), 'news-graph-ingest-kill-ner-');
  const ner = new SupervisedLocalNer(throwaway.provider, {
    timeoutMs: 60_000,
    concurrency: 1,
    log: (line) => lines.push(line),
  });
  const ingestor = new PageIngestor(ner);

  beforeAll(async () => {
    await ner.ensureRunning();
  });
  afterAll(async () => {
    await throwaway.dispose();
  });

  it('fails that page whole, naming the NER, and the next page lands without a restart', async () => {
    const first = await ingestor.ingest(testRunner(), {
      text: bigPage(2),
      url: 'https://example.org/first',
    });
    expect(first.ok).toBe(true);
    const before = await graphCounts();

    const instance = throwaway.provider.aliveInstance();
    if (!instance) throw new Error('no running NER instance');
    const pending = ingestor.ingest(testRunner(), {
      text: bigPage(120),
      url: 'https://example.org/killed',
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(instance.pid, 'SIGKILL');
    const killed = await pending;
    expect(killed.ok).toBe(false);
    if (killed.ok) return;
    expect(killed.code).toBe('NER_UNAVAILABLE');
    expect(killed.reason).toContain(instance.url);
    expect(await graphCounts()).toEqual(before);

    const later = await ingestor.ingest(testRunner(), {
      text: bigPage(3),
      url: 'https://example.org/later',
    });
    expect(later.ok).toBe(true);
    expect(throwaway.provider.aliveInstance()?.pid).not.toBe(instance.pid);
    // The NER starts again within the test, tagger and parser models included.
  }, 180_000);
});
