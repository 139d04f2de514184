import { describe, expect, it } from 'vitest';
import { PageParseError, parsePage } from '../../../src/ingest/parse/index.js';

// Hand-made pages unlike the seed, one rule each.

const page = (...lines: string[]) => lines.join('\n');

describe('page structure', () => {
  it('reads items without a section header, with CRLF line ends and blank lines anywhere', () => {
    const parsed = parsePage(
      'Klimagipfel in Paris eröffnet\r\n\r\n01.12.2025 09:15\r\nDie Delegationen aus 190 Ländern trafen sich am Montag.\r\n\r\nEine zweite Meldung\r\n02.12.2025 10:00\r\nKurzer Text.\r\n',
    );
    expect(parsed.section).toBeNull();
    expect(parsed.items.map((item) => item.title)).toEqual([
      'Klimagipfel in Paris eröffnet',
      'Eine zweite Meldung',
    ]);
    expect(parsed.items[0]?.lead).toBe('Die Delegationen aus 190 Ländern trafen sich am Montag.');
    expect(parsed.items[1]?.publishedAt).toBe('2025-12-02T10:00:00.000+01:00');
  });

  it('keeps an item with only a title and a date as an article with an empty lead', () => {
    const parsed = parsePage(
      page(
        'Sport',
        '',
        'Hurkacz im Halbfinale',
        '14.06.2025 18:40',
        '',
        'Nächste Meldung',
        '15.06.2025 08:00',
        'Text.',
      ),
    );
    expect(parsed.items[0]).toMatchObject({ title: 'Hurkacz im Halbfinale', lead: '', body: [] });
  });

  it('does not take an impossible date for a date line', () => {
    expect(() => parsePage(page('Titel', '31.02.2025 10:00', 'Text.'))).toThrowError(
      expect.objectContaining({ reason: 'NO_DATED_ITEM' }),
    );
  });

  it('shifts a Warsaw time skipped by the spring DST change instead of failing', () => {
    const parsed = parsePage(page('Nachts', '30.03.2025 02:30', 'Text.'));
    expect(parsed.items[0]?.publishedAt).toBe('2025-03-30T03:30:00.000+02:00');
  });
});

describe('errors name what is wrong', () => {
  const reasonOf = (text: string) => {
    try {
      parsePage(text);
    } catch (error) {
      expect(error).toBeInstanceOf(PageParseError);
      return (error as PageParseError).reason;
    }
    return 'parsed';
  };

  it('rejects empty, binary and undated text and a date without a title', () => {
    expect(reasonOf('  \n\n ')).toBe('EMPTY');
    expect(reasonOf('PK\u0003\u0004\u0000\u0000binary')).toBe('BINARY');
    expect(reasonOf('Nur ein Titel\nund Text ohne Datum.')).toBe('NO_DATED_ITEM');
    expect(reasonOf('12.05.2025 10:00\nText ohne Titel.')).toBe('NO_TITLE');
  });
});

describe('repeated paragraphs', () => {
  const lead = 'Der Tennisspieler Hubert Hurkacz hat das Turnier in Halle gewonnen.';
  const paragraph =
    'Im Finale schlug er den Deutschen Alexander Zverev in zwei Sätzen, berichtete die Agentur dpa.';
  const longer = `${paragraph} Es ist sein dritter Titel auf Rasen.`;

  it('keeps a verbatim repeat once', () => {
    const parsed = parsePage(page('Sieg in Halle', '22.06.2025 17:05', lead, paragraph, paragraph));
    expect(parsed.items[0]?.body).toEqual([paragraph]);
  });

  it('keeps the longer paragraph that contains an earlier one, where the earlier one stood', () => {
    const other = 'Die Zuschauer feierten ihn lange, und der Veranstalter sprach von einem Rekord.';
    const parsed = parsePage(
      page('Sieg in Halle', '22.06.2025 17:05', lead, paragraph, other, longer),
    );
    expect(parsed.items[0]?.body).toEqual([longer, other]);
  });

  it('drops a copy that lost its umlauts when the intact one exists, before or after it', () => {
    const intact =
      'Die Minister der beiden Länder gaben keine Erklärung gegenüber der Presse ab und verließen das Gebäude.';
    const degraded =
      'Die Minister der beiden Lnder gaben keine Erklrung gegenber der Presse ab und verlieen das Gebude.';
    for (const order of [
      [degraded, intact],
      [intact, degraded],
    ]) {
      const parsed = parsePage(page('Gipfel in Brüssel', '05.05.2025 12:00', lead, ...order));
      expect(parsed.items[0]?.body).toEqual([intact]);
      expect(parsed.items[0]?.degraded).toBe(false);
    }
  });

  it('keeps a degraded copy that has no intact twin, and flags the article', () => {
    const degraded = 'Die Minister der beiden Lnder gaben keine Erklrung gegenber der Presse ab.';
    const parsed = parsePage(page('Gipfel in Brüssel', '05.05.2025 12:00', lead, degraded));
    expect(parsed.items[0]?.body).toEqual([degraded]);
    expect(parsed.items[0]?.degraded).toBe(true);
  });
});

describe('credits, captions, signatures and page furniture', () => {
  const lead =
    'Die Inflation in Polen ist im Mai auf 4 Prozent gesunken, teilte das Statistikamt mit.';

  it('splits credits glued with and without a space, and labelled sources', () => {
    const parsed = parsePage(
      page(
        'Inflation sinkt',
        '10.06.2025 11:00',
        lead,
        'Donald TrumpPAP/EPA/ALLISON DINNER',
        'Die Preise für Lebensmittel stiegen dagegen weiter. PAP/Leszek Szymański',
        'Ökonomen erwarten eine Zinssenkung im Herbst.Quelle: Instytut Badań Rynkowych',
      ),
    );
    const item = parsed.items[0];
    expect(item?.photoCredits).toEqual([
      'PAP/EPA/ALLISON DINNER',
      'PAP/Leszek Szymański',
      'Instytut Badań Rynkowych',
    ]);
    expect(item?.captions).toEqual(['Donald Trump']);
    expect(item?.body).toEqual([
      'Die Preise für Lebensmittel stiegen dagegen weiter.',
      'Ökonomen erwarten eine Zinssenkung im Herbst.',
    ]);
  });

  it('splits credits by their shape, whatever the agency: glued, labelled, an office, several', () => {
    const parsed = parsePage(
      page(
        'Gipfel in Vilnius',
        '10.06.2025 11:00',
        lead,
        'Czy Litwa zbuduje nową elektrownię?Anna Nowicka/FOTONEWS',
        'Minister Obrony Władysław Kosiniak-KamyszMarek Lis/AGENCJA',
        'Prezydent Litwy w Wilnie Kancelaria Prezydenta/Facebook',
        'Dr. Ewa M. LisZdjęcie: archiwum',
        'Spotkanie w Rydze Jan Kos/PAP & Ola Wiśniewska/REPORTER',
        'Ob die Sitzung stattfindet, entscheiden CDU/CSU und SPD.',
      ),
    );
    const item = parsed.items[0];
    expect(item?.photoCredits).toEqual([
      'Anna Nowicka/FOTONEWS',
      'Marek Lis/AGENCJA',
      'Kancelaria Prezydenta/Facebook',
      'archiwum',
      'Jan Kos/PAP & Ola Wiśniewska/REPORTER',
    ]);
    const text = [item?.lead, ...(item?.body ?? []), ...(item?.captions ?? [])].join('\n');
    for (const leak of ['FOTONEWS', 'Marek Lis', 'Facebook', 'archiwum', 'REPORTER'])
      expect(text).not.toContain(leak);
    expect(text).toContain('Władysław Kosiniak-Kamysz');
    expect(item?.body).toContain('Ob die Sitzung stattfindet, entscheiden CDU/CSU und SPD.');
  });

  it('takes a bare agency name at a line end as its credit, and leaves slashes in prose alone', () => {
    const parsed = parsePage(
      page(
        'Gipfel vertagt',
        '10.06.2025 11:00',
        lead,
        'Die Minister trafen sich am Abend erneut. Reuters',
        'Ob das Treffen stattfindet, sei offen, hieß es in Brüssel/Luxemburg.',
        'Ein Satz ohne jede Quelle.',
      ),
    );
    const item = parsed.items[0];
    expect(item?.photoCredits).toEqual(['Reuters']);
    expect(item?.body).toEqual([
      'Die Minister trafen sich am Abend erneut.',
      'Ob das Treffen stattfindet, sei offen, hieß es in Brüssel/Luxemburg.',
      'Ein Satz ohne jede Quelle.',
    ]);
  });

  it('takes Polish captions and layout lines out of the body', () => {
    const parsed = parsePage(
      page(
        'Besuch in Warschau',
        '10.06.2025 11:00',
        lead,
        'Audio',
        'Prezydent Francji Emmanuel Macron podczas wizyty w Warszawie. Fot. PAP/Radek Pietruszka',
        '•',
        '• Mehr zum Thema Wirtschaft',
        'Der Präsident sprach auch über die Verteidigung Europas.',
      ),
    );
    const item = parsed.items[0];
    expect(item?.captions).toEqual([
      'Prezydent Francji Emmanuel Macron podczas wizyty w Warszawie.',
    ]);
    expect(item?.photoCredits).toEqual(['PAP/Radek Pietruszka']);
    expect(item?.body).toEqual(['Der Präsident sprach auch über die Verteidigung Europas.']);
  });

  it('reads agency and author lines as the signature', () => {
    const parsed = parsePage(
      page(
        'Meldung',
        '10.06.2025 11:00',
        lead,
        'PRdZ/IAR/adn',
        '',
        'Zweite',
        '11.06.2025 11:00',
        'Text.',
        'dpa/ps',
      ),
    );
    expect(parsed.items.map((item) => item.signature)).toEqual(['PRdZ/IAR/adn', 'dpa/ps']);
    expect(parsed.items[0]?.body).toEqual([]);
  });

  it('keeps short real sentences as body text', () => {
    const parsed = parsePage(
      page(
        'Meldung',
        '10.06.2025 11:00',
        lead,
        'Das Ergebnis ist knapp.',
        '„Wir sind zufrieden“, sagte er.',
      ),
    );
    expect(parsed.items[0]?.body).toEqual([
      'Das Ergebnis ist knapp.',
      '„Wir sind zufrieden“, sagte er.',
    ]);
  });
});
