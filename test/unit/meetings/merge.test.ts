import { describe, expect, it } from 'vitest';
import { meetingId, mergeWithKnown } from '../../../src/ingest/meetings/index.js';
import type { ExtractedMeeting } from '../../../src/ingest/types.js';

// A merge that joins two events invents facts: each refusal below keeps two events apart, and the
// one accepted case shows the same pair merges when nothing tells them apart.

function meeting(overrides: Partial<ExtractedMeeting> & { day: string }): ExtractedMeeting {
  const { day, ...rest } = overrides;
  const base = {
    date: null,
    status: 'HELD' as const,
    kind: 'TALKS' as const,
    placeCityId: 'city:warschau',
    placeCountryId: 'country:PL',
    participantIds: ['country:PL', 'country:UA', 'person:wolodymyr-selenskyj'],
    reports: [{ articleId: `article:${day}`, evidence: `Bericht vom ${day}`, publishedOn: day }],
    ...rest,
  };
  return {
    ...base,
    id: meetingId(base.date, base.placeCityId, base.participantIds, base.kind, day),
  };
}

const mergedInto = (page: ExtractedMeeting, known: ExtractedMeeting) =>
  mergeWithKnown([page], [known])[0]?.id === known.id;

describe('merging a page’s meetings with the graph’s', () => {
  it('merges an undated report into a dated meeting reported a few days before', () => {
    const known = meeting({ day: '2025-12-12', date: '2025-12-19', status: 'PLANNED' });
    const page = meeting({ day: '2025-12-19' });
    const [merged] = mergeWithKnown([page], [known]);
    expect(merged?.id).toBe(known.id);
    expect(merged?.date).toBe('2025-12-19');
    expect(merged?.status).toBe('HELD');
    expect(merged?.reports.map((r) => r.articleId)).toEqual([
      'article:2025-12-12',
      'article:2025-12-19',
    ]);
  });

  it('never merges two undated meetings reported more than a week apart', () => {
    const known = meeting({ day: '2020-03-02' });
    expect(mergedInto(meeting({ day: '2025-03-02' }), known)).toBe(false);
    expect(mergedInto(meeting({ day: '2020-03-10' }), known)).toBe(false);
    expect(mergedInto(meeting({ day: '2020-03-09' }), known)).toBe(true);
  });

  it('never merges an undated report into a dated meeting reported more than a week away', () => {
    const known = meeting({ day: '2025-05-07', date: '2025-05-07' });
    expect(mergedInto(meeting({ day: '2025-12-14' }), known)).toBe(false);
  });

  it('refuses different dates, different places and incompatible kinds', () => {
    const known = meeting({ day: '2025-05-07', date: '2025-05-07' });
    expect(mergedInto(meeting({ day: '2025-05-08', date: '2025-05-08' }), known)).toBe(false);
    expect(
      mergedInto(
        meeting({ day: '2025-05-07', date: '2025-05-07', placeCityId: 'city:berlin' }),
        known,
      ),
    ).toBe(false);
    expect(
      mergedInto(meeting({ day: '2025-05-07', date: '2025-05-07', kind: 'CALL' }), known),
    ).toBe(false);
    expect(
      mergedInto(meeting({ day: '2025-05-07', date: '2025-05-07', kind: 'VISIT' }), known),
    ).toBe(true);
  });

  it('refuses a meeting that shares only one participant', () => {
    const known = meeting({ day: '2025-05-07', date: '2025-05-07' });
    const other = meeting({
      day: '2025-05-07',
      date: '2025-05-07',
      participantIds: ['country:PL', 'country:LT', 'person:gitanas-nauseda'],
    });
    expect(mergedInto(other, known)).toBe(false);
  });

  it('refuses to merge when a side’s reporting days are unknown and a date is missing', () => {
    const known = meeting({ day: '2025-05-07' });
    const unknownDays = {
      ...meeting({ day: '2025-05-07' }),
      id: meetingId(null, 'city:warschau', known.participantIds),
      reports: [{ articleId: 'a', evidence: 'x' }],
    };
    expect(mergedInto(unknownDays, known)).toBe(false);
  });
});
