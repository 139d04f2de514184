import { describe, expect, it } from 'vitest';
import { annotatePage, type SpanSource } from '../../../src/ingest/annotate.js';
import { parsePage } from '../../../src/ingest/parse/index.js';
import type { NamedSpan, ParsedToken } from '../../../src/ingest/types.js';

// A recogniser that marks every capitalised word after the first of a sentence as a person, and a
// parser that records what it was asked: enough to see which sentences reach the parser.
function recordingSource(): SpanSource & { parsed: string[] } {
  const parsed: string[] = [];
  return {
    parsed,
    async annotate(texts) {
      return texts.map((text) =>
        [...text.matchAll(/(?<=\s)(?:Nowak|Kowalski|Vilnius)\b/gu)].map(
          (match): NamedSpan => ({
            label: 'PERSON',
            start: match.index,
            end: match.index + match[0].length,
            text: match[0],
          }),
        ),
      );
    },
    async parse(sentences) {
      parsed.push(...sentences);
      return sentences.map((): ParsedToken[] => []);
    },
    describe: () => 'recording source',
  };
}

const PAGE = `Deutsche Redaktion

Außenminister trifft Amtskollegen
07.05.2025 10:15
Am Montag traf Außenminister Nowak in Warschau seinen Amtskollegen Kowalski. Die Verhandlungen über den Haushalt dauern an. Das Treffen mit Kowalski fand im Außenministerium statt. Kowalski lobte die Gastfreundschaft in Vilnius.

Deutsche Redaktion
`;

describe('annotatePage', () => {
  it('parses only the sentences with a meeting word and two names the NER found', async () => {
    const source = recordingSource();
    const items = await annotatePage(source, parsePage(PAGE));
    expect(source.parsed.map((s) => s.trim())).toEqual([
      'Am Montag traf Außenminister Nowak in Warschau seinen Amtskollegen Kowalski.',
    ]);
    // Each parse comes back on its item, where its sentence stands.
    const parses = items.flatMap((item) => item.parses ?? []);
    expect(parses).toHaveLength(1);
    expect(parses[0]).toMatchObject({ field: 'lead', start: 0 });
  });

  it('sends nothing to the parser when no meeting sentence names anyone', async () => {
    const source = recordingSource();
    await annotatePage(
      source,
      parsePage(PAGE.replace(/Nowak|Kowalski/g, 'er').replace('Vilnius', 'Litauen')),
    );
    expect(source.parsed).toEqual([]);
  });
});
