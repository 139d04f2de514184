import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/index.js';
import { catalogStages } from '../../../src/ingest/catalog-stages.js';
import { parsePage } from '../../../src/ingest/parse/index.js';
import { linkPage } from '../../../src/ingest/pipeline.js';

const catalog = loadCatalog();
const stages = catalogStages(catalog);

function meetingsOf(lead: string, body: string) {
  const text = `Deutsche Redaktion\n\nBesuch in Vilnius\n12.03.2025 09:30\n${lead}\n\n${body}\n\nDeutsche Redaktion\n`;
  const graph = linkPage(parsePage(text), {}, stages, null);
  return graph.meetings.map((m) => m.participantIds);
}

describe('a role noun at the table', () => {
  it('seats the one person of the item who holds the office', () => {
    const meetings = meetingsOf(
      'Der litauische Präsident Gitanas Nausėda sprach am Montag von einer engen Partnerschaft mit Polen.',
      'Am Dienstag empfing der Präsident den polnischen Außenminister Radosław Sikorski zu Gesprächen in Vilnius.',
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toEqual(
      expect.arrayContaining(['person:gitanas-nauseda', 'person:radoslaw-sikorski']),
    );
  });

  it('seats nobody when two people of the item hold the office', () => {
    const meetings = meetingsOf(
      'Der litauische Präsident Gitanas Nausėda und der polnische Präsident Andrzej Duda sprachen am Montag von einer engen Partnerschaft.',
      'Am Dienstag empfing der Präsident den polnischen Außenminister Radosław Sikorski zu Gesprächen in Vilnius.',
    );
    for (const participants of meetings) {
      expect(participants).not.toContain('person:gitanas-nauseda');
      expect(participants).not.toContain('person:andrzej-duda');
    }
  });

  it('follows the country the role phrase names', () => {
    const meetings = meetingsOf(
      'Der litauische Präsident Gitanas Nausėda und der polnische Präsident Andrzej Duda sprachen am Montag von einer engen Partnerschaft.',
      'Am Dienstag empfing der litauische Präsident den polnischen Außenminister Radosław Sikorski zu Gesprächen in Vilnius.',
    );
    expect(
      meetings.some(
        (p) => p.includes('person:gitanas-nauseda') && p.includes('person:radoslaw-sikorski'),
      ),
    ).toBe(true);
    expect(
      meetings.every(
        (p) => !(p.includes('person:andrzej-duda') && p.includes('person:radoslaw-sikorski')),
      ),
    ).toBe(true);
  });
});
