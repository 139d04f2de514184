import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/ingest/parse/index.js';
import { projectRoot } from '../../../src/project-root.js';

const seed = readFileSync(join(projectRoot, 'seeds/pages/deutsche-redaktion-2025-04.txt'), 'utf8');

describe('the seed page', () => {
  const page = parsePage(seed);

  it('has its section header and exactly five items, with titles and Warsaw times', () => {
    expect(page.section).toBe('Deutsche Redaktion');
    expect(page.items.map((item) => [item.title, item.publishedAtText, item.publishedAt])).toEqual([
      [
        'Treffen zwischen Russland und den USA beendet. Keine Gespräche über die Ukraine',
        '11.04.2025 00:10',
        '2025-04-11T00:10:00.000+02:00',
      ],
      [
        'Radosław Sikorski bei der UNO: Frieden um jeden Preis ist ein Fehler',
        '24.02.2025 23:30',
        '2025-02-24T23:30:00.000+01:00',
      ],
      [
        'Russland hat neuen Botschafter in den USA',
        '03.03.2025 17:00',
        '2025-03-03T17:00:00.000+01:00',
      ],
      [
        'Türkei: Bürgermeister Istanbuls verhaftet. „Demokratie am Abgrund"',
        '24.03.2025 06:00',
        '2025-03-24T06:00:00.000+01:00',
      ],
      [
        'USA-Russland: Zweite Verhandlungsrunde',
        '09.04.2025 06:00',
        '2025-04-09T06:00:00.000+02:00',
      ],
    ]);
  });

  it('keeps each paragraph of the first item once, in its most complete intact form', () => {
    const first = page.items[0];
    const text = [first?.lead, ...(first?.body ?? [])].join('\n');
    expect(text.match(/Die Konsultationen zwischen den amerikanischen/g)).toHaveLength(1);
    expect(first?.body[0]).toMatch(
      /verlassen\. Sowohl die USA .* lokales Personal in seinen Einrichtungen einzustellen\.$/,
    );
    expect(text).not.toMatch(/Lnder|Erklrung|gegenber|Gesprche/);
    expect(first?.degraded).toBe(false);
    expect(first?.lead).toMatch(/^Die bilateralen Gespräche/);
    expect(first?.body).toHaveLength(4);
  });

  it('splits the glued photo credit and the signature off the text', () => {
    const first = page.items[0];
    expect(first?.photoCredits).toEqual(['EPA/MAXIM SHIPENKOV']);
    expect(first?.signature).toBe('RMF/ps');
    expect([first?.lead, ...(first?.body ?? [])].join(' ')).not.toMatch(/SHIPENKOV|RMF\/ps/);
  });

  it('normalizes non-breaking spaces but keeps the original item text for audit', () => {
    const ambassador = page.items[2];
    expect(ambassador?.lead).toContain('Alexander Darchijew ist');
    expect(ambassador?.lead).not.toContain('\u00a0');
    expect(ambassador?.rawText).toContain('Alexander\u00a0Darchijew');
    expect(ambassador?.rawText.startsWith('Russland hat neuen Botschafter in den USA')).toBe(true);
  });

  it('reads the four teasers as articles with a lead and no body', () => {
    for (const item of page.items.slice(1)) {
      expect(item.lead.length).toBeGreaterThan(50);
      expect(item.body).toEqual([]);
    }
  });
});
