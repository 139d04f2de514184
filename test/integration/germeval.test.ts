import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readGermEval } from '../../src/eval/germeval.js';
import { GERMEVAL_SLICE, GERMEVAL_SLICE_FLOORS } from '../../src/eval/germeval-floors.js';
import { germEvalBelowFloors, runGermEval } from '../../src/eval/germeval-run.js';
import { loadCatalog } from '../../src/ingest/catalog/index.js';
import { CoreNlpClient } from '../../src/ner/client.js';
import { projectRoot } from '../../src/project-root.js';

// People, organisations and places in German text the project was not tuned for: the first 200
// sentences of the GermEval 2014 development split, through ingest with the suite's real NER.

describe('the GermEval 2014 slice, with the NER', () => {
  it('reaches the slice floors of the benchmark', async () => {
    const ner = new CoreNlpClient({ url: inject('ner').url, timeoutMs: 60_000 });
    const file = join(projectRoot, 'test', 'fixtures', 'germeval', 'NER-de-dev-200.tsv');
    const sentences = readGermEval(readFileSync(file, 'utf8'));
    expect(sentences).toHaveLength(GERMEVAL_SLICE);
    const run = await runGermEval(sentences, loadCatalog(), {
      annotate: (texts) => ner.annotate(texts),
      describe: () => 'suite NER',
    });
    expect(run.unaligned).toBeLessThanOrEqual(2);
    expect(germEvalBelowFloors(run.ingest, GERMEVAL_SLICE_FLOORS)).toEqual([]);
  });
});
