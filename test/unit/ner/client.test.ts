import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CoreNlpClient, planBatches, SEPARATOR, spansFromAnswer } from '../../../src/ner/client.js';
import { findFreePort } from '../../../src/local-services/ports.js';
import { NerUnavailableError } from '../../../src/ner/types.js';

// Batching, offset mapping and failure handling of the CoreNLP client. The transport tests use a
// small local HTTP server that misbehaves on purpose; the real CoreNLP is tested in test/integration/ner.test.ts.

/**
 * A CoreNLP-shaped CoNLL answer for `body`: its tokens (words and single signs: start, end, label), those
 * inside a given substring (first occurrence after `from`) labelled, a blank line after each ".".
 */
function answerFor(body: string, mentions: { ner: string; text: string; from?: number }[]): string {
  const labelled = mentions.map(({ ner, text, from }) => {
    const begin = body.indexOf(text, from ?? 0);
    if (begin < 0) throw new Error(`"${text}" not in body`);
    return { ner, begin, end: begin + text.length };
  });
  const rows: string[] = [];
  for (const token of body.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) {
    const start = token.index as number;
    const end = start + token[0].length;
    const label = labelled.find((m) => start >= m.begin && end <= m.end)?.ner ?? 'O';
    rows.push(`${start}\t${end}\t${label}`);
    if (token[0] === '.') rows.push('');
  }
  return `${rows.join('\n')}\n`;
}

describe('planBatches', () => {
  it('joins texts in order with the separator and records where each starts', () => {
    const texts = ['Erster Text.', 'Zweiter.', 'Dritter Text hier.'];
    const [batch, ...rest] = planBatches(texts, 1_000);
    expect(rest).toEqual([]);
    expect(batch?.body).toBe(texts.join(SEPARATOR));
    expect(batch?.indices).toEqual([0, 1, 2]);
    batch?.starts.forEach((start, i) => {
      expect(batch.body.slice(start, start + (texts[i] as string).length)).toBe(texts[i]);
    });
  });

  it('splits at the size bound, keeps a single long text whole, skips blank texts', () => {
    const texts = ['a'.repeat(40), 'b'.repeat(40), '  ', 'c'.repeat(150), 'd'.repeat(10)];
    const batches = planBatches(texts, 100);
    expect(batches.map((batch) => batch.indices)).toEqual([[0, 1], [3], [4]]);
    for (const batch of batches)
      if (batch.indices.length > 1) expect(batch.body.length).toBeLessThanOrEqual(100);
  });
});

describe('spansFromAnswer', () => {
  const texts = [
    'Der litauische Präsident Gitanas\u00a0Nausėda traf „Andrzej Duda“ in Warschau.',
    '😀🇵🇱 Anna Wiśniewska vom Institut für Ostmitteleuropa sprach in Lublin.',
    'Ohne Namen.',
    'Ärger in Köln: Jürgen Weiß 𝔊 und Özlem Çelik.',
  ];

  it('maps batch offsets back to each text, in UTF-16 units, across NBSP, quotes, emoji, astral letters and umlauts', () => {
    const [batch] = planBatches(texts, 10_000);
    if (!batch) throw new Error('no batch');
    const second = batch.starts[1] as number;
    const fourth = batch.starts[3] as number;
    const answer = answerFor(batch.body, [
      { ner: 'PERSON', text: 'Gitanas\u00a0Nausėda' },
      { ner: 'PERSON', text: 'Andrzej Duda' },
      { ner: 'LOCATION', text: 'Warschau' },
      { ner: 'PERSON', text: 'Anna Wiśniewska', from: second },
      { ner: 'ORGANIZATION', text: 'Institut für Ostmitteleuropa', from: second },
      { ner: 'LOCATION', text: 'Köln', from: fourth },
      { ner: 'PERSON', text: 'Özlem Çelik', from: fourth },
    ]);
    const spans = spansFromAnswer(batch, texts, answer);
    expect(spans.get(0)).toEqual([
      { label: 'PERSON', start: 25, end: 40, text: 'Gitanas\u00a0Nausėda' },
      { label: 'PERSON', start: 47, end: 59, text: 'Andrzej Duda' },
      { label: 'LOCATION', start: 64, end: 72, text: 'Warschau' },
    ]);
    // The emoji and flag are surrogate pairs: 6 UTF-16 units before the space.
    expect(spans.get(1)?.map((span) => [span.start, span.text])).toEqual([
      [7, 'Anna Wiśniewska'],
      [27, 'Institut für Ostmitteleuropa'],
    ]);
    expect(spans.get(2)).toEqual([]);
    expect(spans.get(3)?.map((span) => span.text)).toEqual(['Köln', 'Özlem Çelik']);
    for (const [index, list] of spans) {
      for (const span of list)
        expect((texts[index] as string).slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('drops labels outside the four classes and ends a mention at a sentence break', () => {
    const pair = ['Text eins endet mit Berlin', 'Paris beginnt'];
    const [batch] = planBatches(pair, 1_000);
    if (!batch) throw new Error('no batch');
    const berlin = batch.body.indexOf('Berlin');
    const paris = batch.body.indexOf('Paris');
    // "Text" as a date, then Berlin and Paris as two sentences' places (the blank line between them
    // is the separator), then two adjacent Paris tokens of one label in one sentence: one mention.
    const answer = [
      '0\t4\tDATE',
      `${berlin}\t${berlin + 6}\tLOCATION`,
      '',
      `${paris}\t${paris + 5}\tLOCATION`,
      `${paris + 6}\t${paris + 13}\tO`,
      '',
    ].join('\n');
    const spans = spansFromAnswer(batch, pair, answer);
    expect(spans.get(0)).toEqual([{ label: 'LOCATION', start: 20, end: 26, text: 'Berlin' }]);
    expect(spans.get(1)).toEqual([{ label: 'LOCATION', start: 0, end: 5, text: 'Paris' }]);
  });

  it('rejects an answer whose offsets do not fit the text sent', () => {
    const [batch] = planBatches(['kurz'], 100);
    if (!batch) throw new Error('no batch');
    expect(() => spansFromAnswer(batch, ['kurz'], '2\t50\tPERSON\n')).toThrow(/outside/);
    expect(() => spansFromAnswer(batch, ['kurz'], '{"sentences": []}')).toThrow(/no token table/);
    expect(() => spansFromAnswer(batch, ['kurz'], '0\t4\tO\nkaputt\n')).toThrow(/no columns/);
    expect(() => spansFromAnswer(batch, ['kurz'], '0\t4\tO\n1\tx\tPERSON\n')).toThrow(
      /not a character offset/,
    );
  });

  it('joins a run of tokens of one label, and the same label after an O is a new mention', () => {
    const text = 'Anna Maria Weber und Jan Kowalski.';
    const [batch] = planBatches([text], 100);
    if (!batch) throw new Error('no batch');
    const answer = answerFor(text, [
      { ner: 'PERSON', text: 'Anna Maria Weber' },
      { ner: 'PERSON', text: 'Jan Kowalski' },
    ]);
    expect(
      spansFromAnswer(batch, [text], answer)
        .get(0)
        ?.map((span) => span.text),
    ).toEqual(['Anna Maria Weber', 'Jan Kowalski']);
  });
});

describe('CoreNlpClient transport', () => {
  let server: Server | null = null;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = null;
  });

  async function serve(
    handler: Parameters<typeof createServer>[1],
  ): Promise<{ url: string; bodies: string[] }> {
    const bodies: string[] = [];
    server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        bodies.push(body);
        handler?.(Object.assign(request, { body }), response);
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server?.address() as AddressInfo;
    return { url: `http://127.0.0.1:${address.port}`, bodies };
  }

  async function failure(promise: Promise<unknown>): Promise<NerUnavailableError> {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(NerUnavailableError);
    return error as NerUnavailableError;
  }

  it('sends several requests for a batch above the size bound and returns spans per text in order', async () => {
    const { url, bodies } = await serve((request, response) => {
      const body = (request as unknown as { body: string }).body;
      response.end(
        answerFor(
          body,
          [...body.matchAll(/Name\d+/g)].map((m) => ({ ner: 'PERSON', text: m[0], from: m.index })),
        ),
      );
    });
    const client = new CoreNlpClient({ url, timeoutMs: 5_000, maxRequestChars: 60 });
    const texts = Array.from({ length: 7 }, (_, i) => `Hier spricht Name${i} heute.`);
    const spans = await client.annotate(texts);
    expect(bodies.length).toBeGreaterThan(1);
    expect(spans.map((list) => list.map((span) => span.text))).toEqual(
      texts.map((_, i) => [`Name${i}`]),
    );
  });

  it('names the URL and "refused" when nothing listens', async () => {
    const url = `http://127.0.0.1:${await findFreePort()}`;
    const error = await failure(new CoreNlpClient({ url, timeoutMs: 2_000 }).annotate(['Text.']));
    expect(error.failure).toBe('refused');
    expect(error.message).toContain(url);
  });

  it('times out a server that does not answer', async () => {
    const { url } = await serve(() => {});
    const error = await failure(new CoreNlpClient({ url, timeoutMs: 300 }).annotate(['Text.']));
    expect(error.failure).toBe('timeout');
  });

  it('reports HTTP errors and answers that are no token table', async () => {
    const { url } = await serve((request, response) => {
      const body = (request as unknown as { body: string }).body;
      if (body.startsWith('500')) {
        response.statusCode = 500;
        response.end('CoreNLP request timed out');
      } else response.end('<html>not json</html>');
    });
    const client = new CoreNlpClient({ url, timeoutMs: 2_000 });
    const status = await failure(client.annotate(['500 bitte']));
    expect(status.failure).toBe('http-status');
    expect(status.message).toMatch(/HTTP 500/);
    expect((await failure(client.annotate(['anders']))).failure).toBe('bad-answer');
  });

  it('retries once after a connection reset, and no more', async () => {
    let requests = 0;
    let resetsLeft = 1;
    const { url } = await serve((request, response) => {
      requests++;
      if (resetsLeft-- > 0) request.socket.destroy();
      else response.end('');
    });
    const client = new CoreNlpClient({ url, timeoutMs: 2_000 });
    expect(await client.annotate(['Eins.'])).toEqual([[]]);
    expect(requests).toBe(2);

    requests = 0;
    resetsLeft = 10;
    const error = await failure(client.annotate(['Zwei.']));
    expect(error.failure).toBe('reset');
    expect(requests).toBe(2);
  });
});
