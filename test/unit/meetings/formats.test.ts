import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/index.js';
import { linkArticle } from '../../../src/ingest/link/index.js';
import { extractMeetings } from '../../../src/ingest/meetings/index.js';

const catalog = loadCatalog();
const cityCountry = (id: string) => catalog.byId.get(id)?.countryId ?? null;
const personCountry = (id: string) => catalog.byId.get(id)?.countryId ?? null;
const formatMembers = (id: string) => catalog.byId.get(id)?.memberIds ?? [];

function meetingsOf(title: string, lead: string, body: string[] = []) {
  const mentions = linkArticle({ title, lead, body }, catalog);
  return extractMeetings(
    [{ id: 'a1', publishedAt: '2025-06-12T10:00:00.000+02:00', title, lead, body, mentions }],
    cityCountry,
    { personCountry, formatMembers },
  );
}

describe('the catalog’s formats and alliances', () => {
  it('knows the member states of formats, and every member is a catalog country', () => {
    expect(catalog.byId.get('org:weimarer-dreieck')?.memberIds).toEqual([
      'country:DE',
      'country:FR',
      'country:PL',
    ]);
    expect(catalog.byId.get('org:bukarester-neun')?.memberIds).toHaveLength(9);
    for (const entity of catalog.entities)
      for (const member of entity.memberIds ?? [])
        expect(catalog.byId.get(member)?.kind).toBe('COUNTRY');
  });
});

describe('a format at the table stands for its members', () => {
  it('reads a meeting whose only party is a format, as its subject', () => {
    const [meeting, ...rest] = meetingsOf(
      'Außenminister beraten über Hilfe',
      'Das Weimarer Dreieck ist am Mittwoch in Paris zusammengekommen.',
    );
    expect(rest).toEqual([]);
    expect(meeting?.placeCityId).toBe('city:paris');
    expect(meeting?.date).toBe('2025-06-11');
    expect(meeting?.participantIds).toEqual([
      'country:DE',
      'country:FR',
      'country:PL',
      'org:weimarer-dreieck',
    ]);
  });

  it('reads a summit of a format in the genitive, and in a compound', () => {
    const [b9] = meetingsOf('Gipfel der Bukarester Neun in Riga', 'Die Staaten beraten.');
    expect(b9?.kind).toBe('SUMMIT');
    expect(b9?.placeCityId).toBe('city:riga');
    expect(b9?.participantIds).toContain('org:bukarester-neun');
    expect(b9?.participantIds).toContain('country:RO');
    expect(b9?.participantIds.filter((id) => id.startsWith('country:'))).toHaveLength(9);
    const [v4] = meetingsOf(
      'Treffen in Prag',
      'Beim V4-Gipfel am Dienstag in Prag ging es um Energie.',
    );
    expect(v4?.participantIds).toEqual([
      'country:CZ',
      'country:HU',
      'country:PL',
      'country:SK',
      'org:visegrad-gruppe',
    ]);
  });

  it('leaves a format alone where it only qualifies someone or is the topic', () => {
    const meetings = meetingsOf(
      'Treffen in Warschau',
      'Tusk traf am Montag in Warschau NATO-Generalsekretär Mark Rutte. Sie sprachen über die EU.',
    );
    for (const meeting of meetings) {
      expect(meeting.participantIds).not.toContain('org:nato');
      expect(meeting.participantIds).not.toContain('country:US');
      expect(meeting.participantIds).not.toContain('org:eu');
    }
  });
});
