import { describe, expect, it } from 'vitest';
import { localNerProblem, openNer } from '../../../src/ner/index.js';
import { NerUnavailableError } from '../../../src/ner/types.js';
import { findFreePort } from '../../../src/local-services/ports.js';
import { loadConfig } from '../../../src/config.js';

describe('NER configuration', () => {
  it('defaults to on, local, a 2g heap, 2 threads and a 30 s timeout', () => {
    const config = loadConfig({});
    expect([
      config.NER,
      config.NER_URL,
      config.NER_LOCAL_HEAP,
      config.NER_LOCAL_THREADS,
      config.NER_TIMEOUT_MS,
    ]).toEqual(['on', undefined, '2g', 2, 30_000]);
  });

  it('names bad NER variables', () => {
    expect(() => loadConfig({ NER: 'maybe' })).toThrow(/NER:/);
    expect(() => loadConfig({ NER_URL: 'corenlp:9000' })).toThrow(/NER_URL/);
    expect(() => loadConfig({ NER_LOCAL_HEAP: 'lots' })).toThrow(/NER_LOCAL_HEAP/);
    expect(() => loadConfig({ NER_TIMEOUT_MS: '5' })).toThrow(/NER_TIMEOUT_MS/);
  });
});

describe('openNer', () => {
  it('gives no NER with NER=off', async () => {
    const opened = await openNer(loadConfig({ NER: 'off' }), () => {});
    expect(opened.ner).toBeNull();
  });

  it('uses NER_URL as it is, starting nothing, and reports its failures', async () => {
    const url = `http://127.0.0.1:${await findFreePort()}`;
    const lines: string[] = [];
    const { ner } = await openNer(loadConfig({ NER_URL: url, NER_TIMEOUT_MS: '2000' }), (line) =>
      lines.push(line),
    );
    expect(ner?.describe()).toContain(url);
    const error = await ner
      ?.annotate(['Angela Merkel besuchte Berlin.'])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NerUnavailableError);
    expect((error as NerUnavailableError).failure).toBe('refused');
    expect(lines).toEqual([]);
  });
});

describe('localNerProblem', () => {
  it('says what to install, and that NER=off runs the rules alone', () => {
    const noJdk = localNerProblem({ jdk: false, maven: true, jarsPresent: false });
    expect(noJdk).toMatch(/JDK 17 or 21/);
    expect(noJdk).toMatch(/NER_URL/);
    expect(noJdk).toMatch(/NER=off/);
    expect(localNerProblem({ jdk: true, maven: false, jarsPresent: false })).toMatch(/Maven/);
    expect(localNerProblem({ jdk: true, maven: false, jarsPresent: true })).toBeNull();
    expect(localNerProblem({ jdk: true, maven: true, jarsPresent: false })).toBeNull();
  });
});
