import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CoreNlpClient } from '../../src/ner/client.js';
import { SupervisedLocalNer } from '../../src/ner/supervisor.js';
import { type NerSpan, NerUnavailableError } from '../../src/ner/types.js';
import { tableRanges, within } from '../../src/ingest/meetings/structure.js';
import { throwawayCoreNlp } from '../support/test-ner.js';

// The German NER against a real CoreNLP server (the suite's, from global-setup), and the local
// provider's recovery when its server is killed mid-request.

const texts = [
  'Der litauische Präsident Gitanas Nausėda traf am Montag in Warschau seinen polnischen Amtskollegen.',
  'Anna Wiśniewska vom Institut für Ostmitteleuropa in Lublin sagte, die Lage sei „sehr ernst“.',
  'Das Treffen\u00a0fand in Krakau statt 🇵🇱, berichtete der Sender.',
  'Ärger über Jürgen Müller: Die Universität Wrocław prüft seinen Fall.',
];

function find(spans: NerSpan[] | undefined, label: string, text: string): NerSpan | undefined {
  return spans?.find((span) => span.label === label && span.text === text);
}

describe('CoreNLP German NER', () => {
  const client = new CoreNlpClient({ url: inject('ner').url, timeoutMs: 30_000 });

  it('finds a person after a role, an organisation and places, with offsets into each text', async () => {
    const spans = await client.annotate(texts);
    expect(spans).toHaveLength(texts.length);
    expect(find(spans[0], 'PERSON', 'Gitanas Nausėda')).toMatchObject({ start: 25, end: 40 });
    expect(find(spans[0], 'LOCATION', 'Warschau')).toBeDefined();
    expect(find(spans[1], 'PERSON', 'Anna Wiśniewska')).toMatchObject({ start: 0 });
    expect(find(spans[1], 'ORGANIZATION', 'Institut für Ostmitteleuropa')).toBeDefined();
    expect(find(spans[1], 'LOCATION', 'Lublin')).toBeDefined();
    expect(find(spans[2], 'LOCATION', 'Krakau')).toBeDefined();
    expect(find(spans[3], 'PERSON', 'Jürgen Müller')).toBeDefined();
    spans.forEach((list, i) => {
      for (const span of list)
        expect((texts[i] as string).slice(span.start, span.end)).toBe(span.text);
    });
  });

  it('gives the same spans batched as one text at a time, also when the batch is split into several requests', async () => {
    const alone = await Promise.all(texts.map(async (text) => (await client.annotate([text]))[0]));
    const many = [...texts, ...texts, ...texts];
    const split = new CoreNlpClient({
      url: inject('ner').url,
      timeoutMs: 30_000,
      maxRequestChars: 250,
    });
    const batched = await split.annotate(many);
    expect(batched).toEqual([...alone, ...alone, ...alone]);
  });

  it('answers an empty text with no spans and keeps the order around it', async () => {
    const spans = await client.annotate(['', texts[0] as string, '   ']);
    expect(spans[0]).toEqual([]);
    expect(find(spans[1], 'PERSON', 'Gitanas Nausėda')).toBeDefined();
    expect(spans[2]).toEqual([]);
  });
});

describe('CoreNLP German tagger and dependency parser', () => {
  const sentences = [
    'Bereits am Sonntag hatte der Sprecher des Präsidenten, Jan Kowal, erklärt, Nowak habe Lind zu einem Treffen in Riga eingeladen.',
    'Nowak und Lind telefonierten am Montag über Russlands Krieg.',
  ];

  it('parses each sentence, split into requests or not, with offsets into it', async () => {
    const whole = new CoreNlpClient({ url: inject('ner').url, timeoutMs: 60_000 });
    const split = new CoreNlpClient({
      url: inject('ner').url,
      timeoutMs: 60_000,
      maxRequestChars: 80,
    });
    const [parses, splitParses] = await Promise.all([
      whole.parse(sentences),
      split.parse(sentences),
    ]);
    expect(splitParses).toEqual(parses);
    parses.forEach((tokens, index) => {
      const sentence = sentences[index] as string;
      expect(tokens.filter((t) => t.rel === 'root')).toHaveLength(1);
      for (const [k, token] of tokens.entries()) {
        expect(token.head).toBeLessThan(tokens.length);
        // "am" comes back as two words, "an" and "dem", on the same characters.
        const sharesItsCharacters = [tokens[k - 1], tokens[k + 1]].some(
          (other) => other?.start === token.start,
        );
        if (!sharesItsCharacters) expect(sentence.slice(token.start, token.end)).toBe(token.text);
      }
    });
  });

  it('keeps who announced a meeting and its topic out of the meeting’s clause', async () => {
    const client = new CoreNlpClient({ url: inject('ner').url, timeoutMs: 60_000 });
    const [announced, topic] = await client.parse(sentences);
    const at = (sentence: string, word: string) => sentence.indexOf(word);
    const first = sentences[0] as string;
    // The sentence's two cues, as the extractor reads them: the invitation and the meeting.
    const table = ['eingeladen', 'Treffen'].flatMap(
      (cue) => tableRanges(announced ?? [], at(first, cue)) ?? [],
    );
    const seated = (sentence: string, ranges: typeof table, word: string) =>
      within(ranges, at(sentence, word), at(sentence, word) + word.length);
    expect(seated(first, table, 'Nowak')).toBe(true);
    expect(seated(first, table, 'Lind')).toBe(true);
    expect(seated(first, table, 'Kowal')).toBe(false);
    const second = sentences[1] as string;
    const call = tableRanges(topic ?? [], at(second, 'telefonierten')) ?? [];
    expect(seated(second, call, 'Nowak')).toBe(true);
    expect(seated(second, call, 'Russlands')).toBe(false);
  });
});

describe('the local provider when its server dies', () => {
  const lines: string[] = [];
  const throwaway = throwawayCoreNlp((line) => lines.push(line), 'news-graph-kill-ner-');
  const ner = new SupervisedLocalNer(throwaway.provider, {
    timeoutMs: 60_000,
    concurrency: 1,
    log: (line) => lines.push(line),
  });

  beforeAll(async () => {
    await ner.ensureRunning();
  });
  afterAll(async () => {
    await throwaway.dispose();
  });

  it('fails the call during which it was killed, naming the NER, and the next call starts it again', async () => {
    const [first] = await ner.annotate([texts[0] as string]);
    expect(find(first, 'PERSON', 'Gitanas Nausėda')).toBeDefined();
    const before = throwaway.provider.aliveInstance();
    if (!before) throw new Error('no running instance');

    // Enough text to keep the server busy for a while, then kill -9 while it works.
    const big = Array.from({ length: 1500 }, (_, i) => `${texts[i % texts.length]} Absatz ${i}.`);
    const pending = ner.annotate(big).then(
      () => null,
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(before.pid, 'SIGKILL');
    const error = await pending;
    expect(error).toBeInstanceOf(NerUnavailableError);
    expect((error as NerUnavailableError).message).toContain(before.url);
    expect((error as NerUnavailableError).message).toMatch(/^NER at /);

    const [again] = await ner.annotate([texts[1] as string]);
    expect(find(again, 'ORGANIZATION', 'Institut für Ostmitteleuropa')).toBeDefined();
    const after = throwaway.provider.aliveInstance();
    expect(after?.pid).not.toBe(before.pid);
  });
});
