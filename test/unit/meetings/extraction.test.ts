import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/index.js';
import { linkArticle } from '../../../src/ingest/link/index.js';
import { findDates } from '../../../src/ingest/meetings/dates.js';
import { extractMeetings } from '../../../src/ingest/meetings/index.js';

const catalog = loadCatalog();
const cityCountry = (id: string) => catalog.byId.get(id)?.countryId ?? null;

function article(
  id: string,
  publishedAt: string,
  title: string,
  lead: string,
  body: string[] = [],
) {
  return {
    id,
    publishedAt,
    title,
    lead,
    body,
    mentions: linkArticle({ title, lead, body }, catalog),
  };
}

describe('German dates against the article date', () => {
  const wednesday = '2025-04-09T06:00:00.000+02:00';
  it('resolves weekdays forward in future tense and backward in past tense', () => {
    expect(findDates('Die Gespräche werden am Donnerstag stattfinden.', wednesday)[0]?.date).toBe(
      '2025-04-10',
    );
    expect(findDates('Die Gespräche fanden am Donnerstag statt.', wednesday)[0]?.date).toBe(
      '2025-04-03',
    );
    expect(findDates('Sie trafen sich am Mittwoch.', wednesday)[0]?.date).toBe('2025-04-09');
  });
  it('resolves day and month, numeric dates and relative days', () => {
    expect(findDates('Das Treffen war am 18. Februar.', wednesday)[0]?.date).toBe('2025-02-18');
    expect(findDates('Das Treffen war am 18.02.', wednesday)[0]?.date).toBe('2025-02-18');
    expect(findDates('Er telefonierte gestern mit ihr.', wednesday)[0]?.date).toBe('2025-04-08');
    expect(findDates('Heute beginnt der Gipfel.', wednesday)[0]?.date).toBe('2025-04-09');
    expect(findDates('Morgen reist sie ab.', wednesday)[0]?.date).toBe('2025-04-10');
  });
  it('rolls the year back for a past December date read in January', () => {
    expect(
      findDates('Das Treffen fand am 28. Dezember statt.', '2026-01-03T10:00:00.000+01:00')[0]
        ?.date,
    ).toBe('2025-12-28');
  });
});

describe('meeting extraction, on texts unlike the seed', () => {
  it('finds a climate summit with its place, date and parties', () => {
    const [meeting, ...rest] = extractMeetings(
      [
        article(
          'a1',
          '2025-12-02T10:00:00.000+01:00',
          'Klimagipfel',
          'Vertreter Frankreichs, Deutschlands und Chinas trafen sich gestern in Paris zu Gesprächen über das Klima.',
        ),
      ],
      cityCountry,
    );
    expect(rest).toEqual([]);
    expect(meeting).toMatchObject({
      date: '2025-12-01',
      status: 'HELD',
      placeCityId: 'city:paris',
      placeCountryId: 'country:FR',
      participantIds: ['country:CN', 'country:DE', 'country:FR'],
    });
  });

  it('finds a phone call between two presidents', () => {
    const [meeting] = extractMeetings(
      [
        article(
          'a1',
          '2025-06-11T09:00:00.000+02:00',
          'Telefonat',
          'Emmanuel Macron telefonierte gestern mit Friedrich Merz.',
        ),
      ],
      cityCountry,
    );
    expect(meeting).toMatchObject({
      date: '2025-06-10',
      participantIds: ['person:emmanuel-macron', 'person:friedrich-merz'],
    });
  });

  it('splits one sentence reporting two rounds into two meetings', () => {
    const meetings = extractMeetings(
      [
        article(
          'a1',
          '2025-06-11T09:00:00.000+02:00',
          'Polen und Deutschland verhandeln',
          'Die Gespräche zwischen Polen und Deutschland fanden am 2. Juni in Danzig und am 9. Juni in Berlin statt.',
        ),
      ],
      cityCountry,
    );
    expect(meetings.map((m) => [m.date, m.placeCityId])).toEqual([
      ['2025-06-02', 'city:danzig'],
      ['2025-06-09', 'city:berlin'],
    ]);
  });

  it('merges an announcement with the later report, and keeps other places apart', () => {
    const announce = article(
      'a1',
      '2025-06-02T08:00:00.000+02:00',
      'Gipfel',
      'Die Gespräche zwischen Polen und Litauen werden am Donnerstag in Vilnius stattfinden.',
    );
    const report = article(
      'a2',
      '2025-06-06T08:00:00.000+02:00',
      'Gipfel beendet',
      'Die Gespräche zwischen Polen und Litauen in Vilnius sind beendet.',
    );
    const elsewhere = article(
      'a3',
      '2025-06-06T09:00:00.000+02:00',
      'Anderswo',
      'Die Gespräche zwischen Polen und Litauen in Warschau sind beendet.',
    );
    const meetings = extractMeetings([announce, report, elsewhere], cityCountry);
    expect(meetings).toHaveLength(2);
    const vilnius = meetings.find((m) => m.placeCityId === 'city:vilnius');
    expect(vilnius).toMatchObject({ date: '2025-06-05', status: 'HELD' });
    expect(vilnius?.reports.map((r) => r.articleId)).toEqual(['a1', 'a2']);
    // Told in the perfect with nothing dating it: held on the report's day, the date inferred.
    expect(meetings.find((m) => m.placeCityId === 'city:warschau')).toMatchObject({
      date: '2025-06-06',
      dateInferred: true,
      status: 'HELD',
    });
  });

  it('keeps a meeting PLANNED while every report precedes it', () => {
    const [meeting] = extractMeetings(
      [
        article(
          'a1',
          '2025-06-02T08:00:00.000+02:00',
          'Gipfel',
          'Die Gespräche zwischen Polen und Litauen werden am Donnerstag in Vilnius stattfinden.',
        ),
      ],
      cityCountry,
    );
    expect(meeting?.status).toBe('PLANNED');
  });

  it('does not merge meetings whose parties do not overlap', () => {
    const meetings = extractMeetings(
      [
        article(
          'a1',
          '2025-06-02T08:00:00.000+02:00',
          'x',
          'Die Gespräche zwischen Polen und Litauen fanden am 1. Juni in Vilnius statt.',
        ),
        article(
          'a2',
          '2025-06-02T09:00:00.000+02:00',
          'y',
          'Die Gespräche zwischen Frankreich und Italien fanden am 1. Juni in Vilnius statt.',
        ),
      ],
      cityCountry,
    );
    expect(meetings).toHaveLength(2);
  });

  it('needs two parties and a place or a date', () => {
    const none = extractMeetings(
      [
        article('a1', '2025-06-02T08:00:00.000+02:00', 'x', 'Die Gespräche mit Polen waren lang.'),
        article(
          'a2',
          '2025-06-02T08:00:00.000+02:00',
          'y',
          'Die Gespräche zwischen Polen und Litauen waren lang.',
        ),
        article(
          'a3',
          '2025-06-02T08:00:00.000+02:00',
          'z',
          'Polen und Litauen liefern Telefone nach Berlin.',
        ),
      ],
      cityCountry,
    );
    expect(none).toEqual([]);
  });

  it('gives the same ids for the same input', () => {
    const input = [
      article(
        'a1',
        '2025-06-02T08:00:00.000+02:00',
        'x',
        'Die Gespräche zwischen Polen und Litauen fanden am 1. Juni in Vilnius statt.',
      ),
    ];
    expect(extractMeetings(input, cityCountry)[0]?.id).toBe(
      extractMeetings(input, cityCountry)[0]?.id,
    );
  });

  it('reads a reflexive past with no person named: parties from the adjectives, the place after "in"', () => {
    const meetings = extractMeetings(
      [
        article(
          'k1',
          '2025-06-02T17:20:00.000+02:00',
          'Ostseeparlamente',
          'Abgeordnete aus Litauen, Lettland und Polen haben sich am Montag in Kaunas getroffen.',
        ),
      ],
      cityCountry,
    );
    expect(meetings).toEqual([
      expect.objectContaining({
        kind: 'TALKS',
        date: '2025-06-02',
        status: 'HELD',
        placeCityId: 'city:kaunas',
        participantIds: ['country:LT', 'country:LV', 'country:PL'],
      }),
    ]);
  });

  it('takes a later sentence that points back at the meeting for no new one', () => {
    const meetings = extractMeetings(
      [
        article(
          't1',
          '2025-03-14T09:15:00.000+01:00',
          'Telefonat',
          'Donald Tusk hat am Donnerstag mit Wolodymyr Selenskyj telefoniert.',
          ['Der litauische Botschafter in Polen nannte das Telefonat ein wichtiges Signal.'],
        ),
      ],
      cityCountry,
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ kind: 'CALL', date: '2025-03-13' });
    expect(meetings[0]?.participantIds).not.toContain('country:LT');
  });
});
