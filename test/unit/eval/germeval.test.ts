import { describe, expect, it } from 'vitest';
import {
  alignTokens,
  bioSpans,
  emptyGermEvalScores,
  exactPrf,
  GermEvalFormatError,
  germEvalPages,
  overlapPrf,
  readGermEval,
  scoreSentence,
  sentenceText,
  tokensOf,
} from '../../../src/eval/germeval.js';
import { parsePage } from '../../../src/ingest/parse/index.js';

const TSV = [
  '#\thttp://example.org/a\t[2010-07-04]',
  '1\tKanzlerin\tO\tO',
  '2\tAngela\tB-PER\tO',
  '3\tMerkel\tI-PER\tO',
  '4\tsprach\tO\tO',
  '5\tin\tO\tO',
  '6\tBerlin\tB-LOC\tO',
  '7\t(\tO\tO',
  '8\t"\tO\tO',
  '9\tdeutschen\tB-LOCderiv\tO',
  '10\t"\tO\tO',
  '11\t)\tO\tO',
  '12\t.\tO\tO',
  '',
  '#\tswr.de vom 20.10.2005',
  '1\tDie\tO\tO',
  '2\tFIFA-Schiedsrichter\tB-ORGpart\tO',
  '3\tpfiffen\tO\tO',
  '',
].join('\n');

describe('the GermEval 2014 reader', () => {
  it('reads sentences with their outer tags and source dates', () => {
    const sentences = readGermEval(TSV);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]?.date).toBe('2010-07-04');
    expect(sentences[1]?.date).toBe('2005-10-20');
    expect(bioSpans(sentences[0]?.outer ?? [])).toEqual([
      { label: 'PER', start: 1, end: 3 },
      { label: 'LOC', start: 5, end: 6 },
      { label: 'LOCderiv', start: 8, end: 9 },
    ]);
  });

  it('refuses a token line before any header, naming the line', () => {
    expect(() => readGermEval('1\tBerlin\tB-LOC\tO\n')).toThrow(GermEvalFormatError);
    expect(() => readGermEval('1\tBerlin\tB-LOC\tO\n')).toThrow(/line 1/);
  });

  it('sets spaces as a writer would and knows where each token is', () => {
    const tokens = readGermEval(TSV)[0]?.tokens ?? [];
    const { text, offsets } = sentenceText(tokens);
    expect(text).toBe('Kanzlerin Angela Merkel sprach in Berlin ("deutschen").');
    offsets.forEach((place, index) => {
      expect(text.slice(place.start, place.end)).toBe(tokens[index]);
    });
  });

  it('makes pages the parser reads back into one item per sentence, text intact', () => {
    const sentences = readGermEval(TSV);
    const [page] = germEvalPages(sentences, 10);
    const parsed = parsePage(page?.text ?? '');
    expect(parsed.items).toHaveLength(2);
    expect(parsed.items[0]?.lead).toBe(sentenceText(sentences[0]?.tokens ?? []).text);
    expect(parsed.items[1]?.publishedAtText).toBe('20.10.2005 12:00');
    const aligned = alignTokens(sentences[0]?.tokens ?? [], parsed.items[0]?.lead ?? '');
    expect(aligned.every((place) => place !== null)).toBe(true);
    expect(tokensOf(aligned, 10, 23)).toEqual({ start: 1, end: 3 });
  });
});

describe('GermEval scoring', () => {
  const gold = bioSpans(readGermEval(TSV)[0]?.outer ?? []);

  it('counts exact spans and overlaps per class', () => {
    const scores = emptyGermEvalScores();
    scoreSentence(
      gold,
      [
        { label: 'PER', start: 2, end: 3 }, // "Merkel" alone: overlap, not exact
        { label: 'LOC', start: 5, end: 6 }, // exact
        { label: 'ORG', start: 0, end: 1 }, // wrong
      ],
      scores,
    );
    expect(exactPrf(scores.PER)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(overlapPrf(scores.PER).recall).toBe(1);
    expect(exactPrf(scores.LOC)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(scores.ORG).toMatchObject({ gold: 0, predicted: 1, exact: 0 });
  });

  it('neither rewards nor punishes a prediction lying only on a deriv span', () => {
    const scores = emptyGermEvalScores();
    scoreSentence(gold, [{ label: 'LOC', start: 8, end: 9 }], scores);
    expect(scores.LOC).toMatchObject({ gold: 1, predicted: 0, exact: 0 });
  });
});
