import { describe, expect, it } from 'vitest';
import { positionRows, quoteRows } from '../../../src/graph/page-writer.js';
import type { ExtractedPosition, ExtractedQuote } from '../../../src/ingest/types.js';

// create-quotes CREATEs and upsert-positions CREATEs reports: the rows must hold each quote id
// once and each post's report of an article once, merged as MERGE and SET merged them.

const quote = (overrides: Partial<ExtractedQuote>): ExtractedQuote => ({
  id: 'quote:a',
  articleId: 'article:1',
  publishedAt: '2025-04-11T00:10:00.000+02:00',
  text: 'Frieden um jeden Preis ist ein Fehler',
  direct: true,
  speakerId: 'person:sikorski',
  speakerText: null,
  field: 'body',
  start: 10,
  end: 47,
  sentence: '„Frieden um jeden Preis ist ein Fehler“, sagte Sikorski.',
  aboutIds: [],
  ...overrides,
});

const position = (overrides: Partial<ExtractedPosition>): ExtractedPosition => ({
  id: 'position:p',
  personId: 'person:bruce',
  title: 'Sprecherin',
  organizationId: 'org:us-state-department',
  organizationName: null,
  countryId: 'country:US',
  former: false,
  articleId: 'article:1',
  publishedAt: '2025-04-11T00:10:00.000+02:00',
  sentence: 'Die Sprecherin des US-Außenministeriums, Tammy Bruce, sagte …',
  ...overrides,
});

describe('quote rows', () => {
  it('are positional, in the order create-quotes reads them', () => {
    expect(quoteRows([quote({ aboutIds: ['country:RU'] })])).toEqual([
      [
        'quote:a',
        'article:1',
        'Frieden um jeden Preis ist ein Fehler',
        true,
        null,
        'body',
        10,
        47,
        '„Frieden um jeden Preis ist ein Fehler“, sagte Sikorski.',
        ['person:sikorski'],
        ['country:RU'],
      ],
    ]);
  });

  it('send a speakerless quote with no speaker ids and its words kept', () => {
    const [row] = quoteRows([quote({ speakerId: null, speakerText: 'ein Sprecher' })]);
    expect(row?.[4]).toBe('ein Sprecher');
    expect(row?.[9]).toEqual([]);
  });

  it('hold an id found twice once: the last text, every speaker and entity of both', () => {
    const rows = quoteRows([
      quote({ text: 'erste', aboutIds: ['country:RU'] }),
      quote({ id: 'quote:b', start: 80, end: 90 }),
      quote({
        text: 'zweite',
        direct: false,
        speakerId: 'person:tusk',
        aboutIds: ['country:RU', 'country:UA'],
      }),
    ]);
    expect(rows.map((row) => row[0])).toEqual(['quote:a', 'quote:b']);
    expect(rows[0]?.[2]).toBe('zweite');
    expect(rows[0]?.[3]).toBe(false);
    expect(rows[0]?.[9]).toEqual(['person:sikorski', 'person:tusk']);
    expect(rows[0]?.[10]).toEqual(['country:RU', 'country:UA']);
  });
});

describe('position rows', () => {
  it('are one per post, with one report per reporting article', () => {
    const rows = positionRows([
      position({ articleId: 'article:1', sentence: 'eins' }),
      position({ id: 'position:q', personId: 'person:tusk', title: 'Premierminister' }),
      position({ articleId: 'article:2', sentence: 'zwei', former: true }),
    ]);
    expect(rows).toEqual([
      [
        'position:p',
        'person:bruce',
        'Sprecherin',
        null,
        'org:us-state-department',
        'country:US',
        [
          ['article:1', 'eins', false],
          ['article:2', 'zwei', true],
        ],
      ],
      [
        'position:q',
        'person:tusk',
        'Premierminister',
        null,
        'org:us-state-department',
        'country:US',
        [['article:1', 'Die Sprecherin des US-Außenministeriums, Tammy Bruce, sagte …', false]],
      ],
    ]);
  });

  it("take the last report's title and organisation name, and an article's last report", () => {
    const [row] = positionRows([
      position({ organizationName: 'Ministerium', sentence: 'eins' }),
      position({ title: 'sprecherin', organizationName: null, sentence: 'noch einmal' }),
    ]);
    expect(row?.[2]).toBe('sprecherin');
    expect(row?.[3]).toBeNull();
    expect(row?.[6]).toEqual([['article:1', 'noch einmal', false]]);
  });
});
