import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/index.js';
import { catalogStages } from '../../../src/ingest/catalog-stages.js';
import { parsePage } from '../../../src/ingest/parse/index.js';
import { linkPage } from '../../../src/ingest/pipeline.js';

const stages = catalogStages(loadCatalog());

function meetingsOf(lead: string) {
  const text = `Deutsche Redaktion\n\nGespräche\n12.03.2025 09:30\n${lead}\n\nDeutsche Redaktion\n`;
  return linkPage(parsePage(text), {}, stages, null).meetings;
}

describe('a capital named by a phrase', () => {
  it('is the place of a meeting: by the country adjective or genitive, and the Bundeshauptstadt', () => {
    const byAdjective = meetingsOf(
      'Radosław Sikorski traf am Montag in der lettischen Hauptstadt seinen Amtskollegen aus Estland.',
    );
    expect(byAdjective.map((m) => m.placeCityId)).toEqual(['city:riga']);
    const byGenitive = meetingsOf(
      'In der Hauptstadt Litauens kam Radosław Sikorski am Dienstag mit Gitanas Nausėda zusammen.',
    );
    expect(byGenitive.map((m) => m.placeCityId)).toEqual(['city:vilnius']);
    const federal = meetingsOf(
      'Radosław Sikorski ist am Mittwoch in der Bundeshauptstadt mit Johann Wadephul zusammengetroffen.',
    );
    expect(federal.map((m) => m.placeCityId)).toEqual(['city:berlin']);
  });

  it('names no place where the phrase names no country', () => {
    const meetings = meetingsOf(
      'Radosław Sikorski traf am Montag in der Hauptstadt seinen Amtskollegen aus Estland.',
    );
    for (const meeting of meetings) expect(meeting.placeCityId).toBeNull();
  });
});
