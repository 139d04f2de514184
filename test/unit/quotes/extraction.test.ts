import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/index.js';
import { catalogStages } from '../../../src/ingest/catalog-stages.js';
import { buildPageGraph } from '../../../src/ingest/pipeline.js';
import { catalogPositions } from '../../../src/ingest/quotes/index.js';
import type { ExtractedPosition, ExtractedQuote, PageGraph } from '../../../src/ingest/types.js';

// Each attribution and role-phrase shape through the real pipeline (catalog linking and
// cue-based discovery, no NER), on pages written in the outlet's format.

const stages = catalogStages(loadCatalog());

function page(title: string, paragraphs: string[]): PageGraph {
  const [lead, ...rest] = paragraphs;
  const text = [
    'Deutsche Redaktion',
    '',
    title,
    '',
    `12.06.2025 14:20\n${lead}`,
    '',
    [lead, ...rest].join('\n\n'),
    '',
    'IAR/ps',
    '',
  ].join('\n');
  return buildPageGraph({ text }, stages);
}

function quotes(graph: PageGraph): ExtractedQuote[] {
  return graph.quotes ?? [];
}

function positions(graph: PageGraph): ExtractedPosition[] {
  return graph.positions ?? [];
}

function only<T>(list: T[], predicate: (item: T) => boolean): T {
  const found = list.filter(predicate);
  expect(found).toHaveLength(1);
  return found[0] as T;
}

describe('direct speech', () => {
  it('takes the speaker from ", sagte …" after the quote, with the text as written and its offsets', () => {
    const graph = page('Gespräche in Istanbul', [
      'Die Delegationen trafen sich in Istanbul.',
      '„Die Gespräche konzentrieren sich ausschließlich auf unsere Botschaft in Moskau“, sagte die Sprecherin des US-Außenministeriums, Tammy Bruce, vor dem Treffen.',
    ]);
    const quote = only(quotes(graph), (q) => q.direct);
    expect(quote.speakerId).toBe('person:tammy-bruce');
    expect(quote.text).toBe(
      'Die Gespräche konzentrieren sich ausschließlich auf unsere Botschaft in Moskau',
    );
    const article = graph.articles[0];
    const body = article?.item.body.join('\n\n') ?? '';
    expect(quote.field).toBe('body');
    expect(body.slice(quote.start, quote.end)).toBe(quote.text);
    expect(quote.sentence).toContain('sagte die Sprecherin');
    expect(quote.aboutIds).toContain('city:moskau');
    expect(quote.aboutIds).not.toContain('person:tammy-bruce');
  });

  it('takes "X sagte: „…“" and "»…«, so X"', () => {
    const graph = page('Sikorski in Kiew', [
      'Der polnische Außenminister Radosław Sikorski besuchte Kiew.',
      'Auf der Pressekonferenz sagte Sikorski: „Polen wird die Ukraine unterstützen.“',
      '»Wir vergessen nicht, wer an unserer Seite stand«, so Sikorski.',
    ]);
    const found = quotes(graph).filter((q) => q.direct);
    expect(found.map((q) => [q.speakerId, q.text])).toEqual([
      ['person:radoslaw-sikorski', 'Polen wird die Ukraine unterstützen.'],
      ['person:radoslaw-sikorski', 'Wir vergessen nicht, wer an unserer Seite stand'],
    ]);
  });

  it('closes a quote never closed at its attribution', () => {
    const graph = page('Signal aus Warschau', [
      'Der Besuch war kurz.',
      '„Mit seinem Besuch setzt Friedrich Merz ein wichtiges Signal, erklärte Donald Tusk am Mittwoch.',
    ]);
    const quote = only(quotes(graph), (q) => q.direct);
    expect(quote.speakerId).toBe('person:donald-tusk');
    expect(quote.text).toBe('Mit seinem Besuch setzt Friedrich Merz ein wichtiges Signal');
  });

  it('leaves cited words inside a sentence alone, and a debate title too', () => {
    const graph = page('Russland und die USA', [
      'Russland hoffe auf die „Normalisierung der Botschaftsaktivitäten“, meldete CNN.',
      'Die Debatte trägt den Titel „Polen und die Ukraine. Wie war das Jahr?“.',
    ]);
    expect(quotes(graph).filter((q) => q.direct)).toEqual([]);
    const reported = only(quotes(graph), () => true);
    expect(reported.speakerId).toBe('org:cnn');
    expect(reported.direct).toBe(false);
  });

  it('never takes a speaker from another paragraph', () => {
    const graph = page('Reaktionen', [
      'Donald Tusk traf am Montag Friedrich Merz.',
      '„Der Westen hat keine Wahl“, hieß es in einem Kommentar.',
    ]);
    const quote = only(quotes(graph), (q) => q.direct);
    expect(quote.speakerId).toBeNull();
  });
});

describe('headlines', () => {
  it('reads "X (in …): statement" and "X bei …: statement" as the person’s words', () => {
    const graph = page('Peskow (in Moskau): Keine Gespräche ohne Vorbedingungen', [
      'Der Kreml lehnt Verhandlungen ab.',
    ]);
    const quote = only(quotes(graph), (q) => q.field === 'title');
    expect(quote).toMatchObject({
      speakerId: 'person:dmitri-peskow',
      text: 'Keine Gespräche ohne Vorbedingungen',
      direct: true,
    });
    const uno = page('Radosław Sikorski bei der UNO: Frieden um jeden Preis ist ein Fehler', [
      'Die Generalversammlung hat abgestimmt.',
    ]);
    expect(only(quotes(uno), (q) => q.field === 'title').speakerId).toBe(
      'person:radoslaw-sikorski',
    );
  });

  it('takes no speaker from a country, a topic list or a verb before the colon', () => {
    for (const title of [
      'Türkei: Bürgermeister Istanbuls verhaftet',
      'Selenskyj und Trump telefonieren: Hoffnung auf Frieden',
      'USA-Russland: Zweite Verhandlungsrunde',
    ]) {
      expect(
        quotes(page(title, ['Ein Satz ohne Zitat.'])).filter((q) => q.field === 'title'),
      ).toEqual([]);
    }
  });
  it('reads an interview’s answer, "Name: …" opening a paragraph, as that person’s words', () => {
    const graph = page('Gespräch mit Donald Tusk', [
      'Donald Tusk sprach mit der Redaktion über Europa.',
      'Deutsche Redaktion: Herr Premier, wie geht es weiter?',
      'Donald Tusk: Europa muss stärker werden. Wir arbeiten daran.',
    ]);
    expect(quotes(graph).map((q) => [q.speakerId, q.direct, q.text])).toEqual([
      ['person:donald-tusk', true, 'Europa muss stärker werden. Wir arbeiten daran.'],
    ]);
  });
  it('reads no statement into a headline that names a topic after the colon', () => {
    const topic = page('Tusk in Vilnius: Gespräche über Energie und Verteidigung', [
      'Donald Tusk ist nach Vilnius gereist.',
    ]);
    expect(quotes(topic).filter((q) => q.field === 'title')).toEqual([]);
    const said = page('Tusk in Vilnius: Wir brauchen Litauen an unserer Seite', [
      'Donald Tusk ist nach Vilnius gereist.',
    ]);
    expect(
      quotes(said)
        .filter((q) => q.field === 'title')
        .map((q) => q.speakerId),
    ).toEqual(['person:donald-tusk']);
  });
});

describe('reported speech', () => {
  it('reads "X betonte, dass …" and the Konjunktiv I sentences after it, and stops at the indicative', () => {
    const graph = page('Tusk zur Außenpolitik', [
      'Die Regierung tagte.',
      'Zugleich betonte Donald Tusk, dass die Außenpolitik gemeinsam vertreten werden müsse. Dies entspreche der Verfassung. Die Sitzung dauerte zwei Stunden.',
    ]);
    const found = quotes(graph).filter((q) => q.field === 'body');
    expect(found.map((q) => [q.speakerId, q.direct, q.text])).toEqual([
      ['person:donald-tusk', false, 'die Außenpolitik gemeinsam vertreten werden müsse'],
      ['person:donald-tusk', false, 'Dies entspreche der Verfassung'],
    ]);
  });

  it('reads "…, teilte X mit", "…, wie X berichteten", "X zufolge …" and "Laut X …"', () => {
    const graph = page('Drohne über Warschau', [
      'Zwei Männer seien festgenommen worden, teilte Donald Tusk am Montag mit.',
      'Der Krieg sei nicht besprochen worden, wie russische Medien berichteten.',
      'CNN zufolge hoffe Russland auf neue Kontakte.',
      'Laut dem ukrainischen Außenministerium sollen auch Getreideexporte besprochen worden sein.',
    ]);
    expect(quotes(graph).map((q) => [q.speakerId, q.speakerText, q.text])).toEqual([
      ['person:donald-tusk', null, 'Zwei Männer seien festgenommen worden'],
      [null, 'russische Medien', 'Der Krieg sei nicht besprochen worden'],
      ['org:cnn', null, 'hoffe Russland auf neue Kontakte'],
      // A state's institution named by its country is an organisation of its own.
      ['org:ua-aussenministerium', null, 'sollen auch Getreideexporte besprochen worden sein'],
    ]);
  });

  it('reads the joined forms a separable verb of saying takes in "wie X …" ("mitteilte", "ankündigte")', () => {
    const graph = page('Grenzübergang', [
      'Wie das polnische Innenministerium mitteilte, wird der Grenzübergang in Zgorzelec ab Montag wieder geöffnet.',
      'Der Verkehr soll zunächst nur für Lastwagen freigegeben werden, wie Donald Tusk am Abend ankündigte.',
    ]);
    expect(quotes(graph).map((q) => [q.speakerId, q.speakerText, q.text])).toEqual([
      [
        'org:pl-innenministerium',
        null,
        'wird der Grenzübergang in Zgorzelec ab Montag wieder geöffnet',
      ],
      [
        'person:donald-tusk',
        null,
        'Der Verkehr soll zunächst nur für Lastwagen freigegeben werden',
      ],
    ]);
  });

  it('reads no statement into a subject with its apposition before the verb', () => {
    const graph = page('Panzer für Polen', [
      'Eine Sprecherin des Verteidigungsministeriums, Marta Nowak, bestätigte die Lieferung weiterer Panzer.',
      'Der Leiter des Krisenstabs in Danzig, Jan Kowal, meldete am Abend neue Schäden.',
      'Die Lage sei ernst, bestätigte eine Sprecherin des Verteidigungsministeriums.',
    ]);
    expect(quotes(graph).map((q) => [q.speakerText, q.text])).toEqual([
      ['eine Sprecherin des Verteidigungsministeriums', 'Die Lage sei ernst'],
    ]);
  });

  it('carries a speaker only into a sentence whose mood the indicative does not share', () => {
    const graph = page('Sejm', [
      'Donald Tusk sagte, die Zusammenarbeit habe lange gefehlt. Die Abgeordneten wollen das Gesetz im Herbst beraten.',
      'Donald Tusk sagte, das Treffen sei gut verlaufen. Die Abgeordneten wollten das Gesetz rasch beraten, er wolle es unterstützen.',
      'Donald Tusk erklärte, der Streit sei beigelegt. Im Herbst sollen die Gewerkschaften erneut verhandeln. Die Minister sollten zuvor Vorschläge machen.',
    ]);
    expect(quotes(graph).map((q) => [q.speakerId, q.text])).toEqual([
      ['person:donald-tusk', 'die Zusammenarbeit habe lange gefehlt'],
      ['person:donald-tusk', 'das Treffen sei gut verlaufen'],
      [
        'person:donald-tusk',
        'Die Abgeordneten wollten das Gesetz rasch beraten, er wolle es unterstützen',
      ],
      ['person:donald-tusk', 'der Streit sei beigelegt'],
    ]);
  });

  it('reads "Das erklärte X" as pointing back to the sentence before', () => {
    const graph = page('Kreml', [
      'Der Kreml lehnt Verhandlungen ohne Vorbedingungen ab. Das erklärte Kremlsprecher Dmitri Peskow am Montag.',
    ]);
    const quote = only(quotes(graph), () => true);
    expect(quote.speakerId).toBe('person:dmitri-peskow');
    expect(quote.text).toBe('Der Kreml lehnt Verhandlungen ohne Vorbedingungen ab');
  });

  it('resolves a pronoun and a role to the person named before, an indefinite role to no one', () => {
    const graph = page('Wadephul in Warschau', [
      'Bundesaußenminister Johann Wadephul traf in Warschau Außenminister Radosław Sikorski.',
      'Sikorski äußerte sich zurückhaltender. „Worte allein reichen nicht“, sagte der Minister. Polen erwarte konkrete Schritte.',
      'Ein Sprecher der Bundesregierung lobte den Besuch. „Das ist ein Zeichen der Freundschaft“, sagte der Sprecher.',
      'Auch Donald Tusk sprach. Die Sicherheit Europas werde im Osten entschieden, fügte er hinzu.',
    ]);
    const body = quotes(graph).filter((q) => q.field === 'body');
    expect(body.map((q) => [q.speakerId, q.speakerText, q.direct])).toEqual([
      ['person:radoslaw-sikorski', null, true],
      ['person:radoslaw-sikorski', null, false],
      [null, 'Ein Sprecher der Bundesregierung', true],
      ['person:donald-tusk', null, false],
    ]);
  });
  it('reads no statement into a question that frames the quote after "antwortete X:"', () => {
    const graph = page('Getreide', [
      'Außenminister Radosław Sikorski sprach in Kiew über Getreideexporte.',
      'Auf die Frage, ob Polen die Grenze für ukrainisches Getreide wieder öffnen werde, antwortete Sikorski: „Das hängt von der Ernte ab.“',
    ]);
    expect(quotes(graph).map((q) => [q.speakerId, q.direct, q.text])).toEqual([
      ['person:radoslaw-sikorski', true, 'Das hängt von der Ernte ab.'],
    ]);
  });

  it('gives "sagte sie" to a woman and "fügte er hinzu" to a man, whoever was named last', () => {
    const graph = page('Koalition', [
      'Die italienische Ministerpräsidentin Giorgia Meloni traf in Rom Donald Tusk.',
      'Meloni lobte Tusk für seine Haltung. Italien werde die Ostflanke unterstützen, sagte sie.',
      'Tusk dankte Meloni. Polen stehe an der Seite Italiens, fügte er hinzu.',
    ]);
    expect(quotes(graph).map((q) => [q.speakerId, q.text])).toEqual([
      ['person:giorgia-meloni', 'Italien werde die Ostflanke unterstützen'],
      ['person:donald-tusk', 'Polen stehe an der Seite Italiens'],
    ]);
  });

  it('takes no speaker from a medium spoken to, and the source after "laut"', () => {
    const graph = page('Grenze', [
      'Ein Regierungsvertreter sagte der Zeitung Rzeczpospolita, die Grenze bleibe geschlossen.',
      'Ein Diplomat sagte dem Sender TVN, die Gespräche seien gescheitert.',
      'Laut der Zeitung Rzeczpospolita soll die Grenze bis zum Sommer geschlossen bleiben.',
    ]);
    expect(quotes(graph).map((q) => [q.speakerId, q.speakerText])).toEqual([
      [null, 'Ein Regierungsvertreter'],
      [null, 'Ein Diplomat'],
      ['org:rzeczpospolita', null],
    ]);
  });
  it('reads "„…“ – so X" and carries the speaker into a plural’s Konjunktiv II', () => {
    const graph = page('Hafen', [
      '„Der Hafen arbeitet an der Grenze seiner Kapazität“ – so Donald Tusk in Danzig. Die Betreiber bräuchten neue Kais.',
      'Die Preise stiegen. Die Händler könnten das kaum ausgleichen.',
    ]);
    expect(quotes(graph).map((q) => [q.speakerId, q.direct, q.text])).toEqual([
      ['person:donald-tusk', true, 'Der Hafen arbeitet an der Grenze seiner Kapazität'],
      ['person:donald-tusk', false, 'Die Betreiber bräuchten neue Kais'],
    ]);
  });
  it('takes no speaker’s words from the phrase "Im Interview mit …" before the verb', () => {
    const graph = page('Interview', [
      'Im Interview mit dem Sender sagte der Kandidat, die Gespräche seien schwierig.',
    ]);
    expect(quotes(graph).map((q) => [q.speakerId, q.speakerText])).toEqual([
      [null, 'der Kandidat'],
    ]);
  });
  it('reads "sagte die 48-Jährige" opening a paragraph as the woman quoted just before, nobody else', () => {
    const graph = page('Kindergeld', [
      'Die italienische Ministerpräsidentin Giorgia Meloni kündigte an, das Kindergeld werde steigen.',
      '„Familien brauchen Sicherheit“, sagte die 48-Jährige vor Journalisten.',
      'Die Opposition protestierte. „Das ist Wahlkampf“, sagte er.',
    ]);
    expect(quotes(graph).map((q) => [q.speakerId, q.text])).toEqual([
      ['person:giorgia-meloni', 'das Kindergeld werde steigen'],
      ['person:giorgia-meloni', 'Familien brauchen Sicherheit'],
      [null, 'Das ist Wahlkampf'],
    ]);
  });

  it('reads "Nach Worten des X ist …" as X’s, and no adverb that opens a sentence as a speaker', () => {
    const graph = page('Haushalt', [
      'Nach Worten des Regierungschefs Donald Tusk ist der Haushalt solide.',
      'Der Haushalt wurde beraten. Zugleich erklärte Wiśniewski, die Lage sei ernst.',
    ]);
    expect(quotes(graph).map((q) => [q.speakerId, q.speakerText, q.text])).toEqual([
      ['person:donald-tusk', null, 'ist der Haushalt solide'],
      [null, 'Wiśniewski', 'die Lage sei ernst'],
    ]);
  });
  it('gives "X widersprach: …, wie es … hieß" to X, and keeps the marks of words cited at the end', () => {
    const graph = page('Sanktionen', [
      'Donald Tusk widersprach: Die Sanktionen wirkten, wie es in seiner Erklärung hieß.',
      'Das Außenministerium erklärte, die Vorwürfe seien „haltlos“.',
    ]);
    expect(quotes(graph).map((q) => [q.speakerId, q.text])).toEqual([
      ['person:donald-tusk', 'Die Sanktionen wirkten'],
      [null, 'die Vorwürfe seien „haltlos“'],
    ]);
  });
});

describe('positions', () => {
  it('reads a title before the name with its country, and "ehemalige" as former', () => {
    const graph = page('Besuch', [
      'Der polnische Präsident Andrzej Duda traf den ehemaligen Außenminister Zbigniew Rau.',
    ]);
    const duda = only(positions(graph), (p) => p.personId === 'person:andrzej-duda');
    expect(duda).toMatchObject({ title: 'Präsident', countryId: 'country:PL', former: false });
    const rau = only(positions(graph), (p) => p.personId === 'person:zbigniew-rau');
    expect(rau).toMatchObject({ title: 'Außenminister', former: true });
  });

  it('takes the organisation from the genitive, or from the catalog for a ministry title', () => {
    const graph = page('Sprecher', [
      'Die Sprecherin des US-Außenministeriums, Tammy Bruce, äußerte sich.',
      'Sikorski, Chef der polnischen Diplomatie, reiste nach Kiew.',
    ]);
    expect(only(positions(graph), (p) => p.personId === 'person:tammy-bruce')).toMatchObject({
      title: 'Sprecherin',
      countryId: 'country:US',
      organizationId: 'org:us-aussenministerium',
      organizationName: null,
    });
    expect(only(positions(graph), (p) => p.personId === 'person:radoslaw-sikorski')).toMatchObject({
      title: 'Außenminister',
      countryId: 'country:PL',
      organizationId: 'org:msz',
    });
  });

  it('names an organisation it does not know in the nominative, as a name is written', () => {
    const graph = page('Panzer', [
      'Die Lieferung bestätigte eine Sprecherin des Verteidigungsministeriums, Marta Nowak.',
      'Ein Sprecher des Präsidialamtes, Piotr Lis, sagte nichts.',
      'Eine Sprecherin der Stadtverwaltung, Anna Kowal, sagte nichts.',
    ]);
    const named = (personId: string) =>
      only(positions(graph), (p) => p.personId === personId).organizationName;
    expect(named('person:marta-nowak')).toBe('Verteidigungsministerium');
    expect(named('person:piotr-lis')).toBe('Präsidialamt');
    // A feminine noun's genitive is its nominative.
    expect(named('person:anna-kowal')).toBe('Stadtverwaltung');
  });

  it('reads the copula: "X ist der neue Botschafter …", "X war zuvor …"', () => {
    const graph = page('Botschafter', [
      'Alexander Darchijew ist der neue Botschafter und Bevollmächtigte der Russischen Föderation in den Vereinigten Staaten.',
    ]);
    expect(only(positions(graph), () => true)).toMatchObject({
      personId: 'person:alexander-darchijew',
      title: 'Botschafter',
      countryId: 'country:RU',
      former: false,
    });
  });

  it('gives a role the subject holds to the subject, not to the object named after it', () => {
    const graph = page('Empfang', [
      'In Vilnius empfing der Regierungschef den ukrainischen Verteidigungsminister Rustem Umjerow.',
    ]);
    expect(only(positions(graph), () => true)).toMatchObject({
      personId: 'person:rustem-umjerow',
      title: 'Verteidigungsminister',
      countryId: 'country:UA',
    });
  });

  it('gives every position a stable id and the article as evidence', () => {
    const text = ['Der polnische Präsident Andrzej Duda reist nach Berlin.'];
    const first = positions(page('Duda in Berlin', text));
    const second = positions(page('Duda in Berlin', text));
    expect(first.map((p) => p.id)).toEqual(second.map((p) => p.id));
    expect(first[0]?.sentence).toBe('Der polnische Präsident Andrzej Duda reist nach Berlin.');
  });
  it('reads the institution an office is in: "X, Abgeordneter im Sejm"', () => {
    const graph = page('Sejm', [
      'Szymon Hołownia, Abgeordneter im Sejm, kritisierte den Plan.',
      'Radosław Sikorski, Staatssekretär im Verteidigungsministerium, reiste nach Berlin.',
    ]);
    expect(only(positions(graph), (p) => p.personId === 'person:szymon-holownia')).toMatchObject({
      title: 'Abgeordneter',
      organizationId: 'org:sejm',
    });
    expect(only(positions(graph), (p) => p.personId === 'person:radoslaw-sikorski')).toMatchObject({
      title: 'Staatssekretär',
      organizationId: null,
      organizationName: 'Verteidigungsministerium',
    });
  });
  it('gives an international organisation’s post no country, and the catalog’s post its node', () => {
    const graph = page('Gipfel', [
      'Nato-Generalsekretär Mark Rutte und UN-Generalsekretär António Guterres kamen nach Warschau.',
    ]);
    const curated = catalogPositions(loadCatalog().entities);
    for (const [personId, organizationId] of [
      ['person:mark-rutte', 'org:nato'],
      ['person:antonio-guterres', 'org:uno'],
    ]) {
      const post = only(positions(graph), (p) => p.personId === personId);
      expect(post).toMatchObject({ organizationId, countryId: null });
      expect(post.id).toBe(curated.find((p) => p.personId === personId)?.id);
    }
  });
  it('takes the organisation a title compounds: "PiS-Chef"', () => {
    const graph = page('Opposition', ['PiS-Chef Jarosław Kaczyński kritisierte den Plan.']);
    expect(only(positions(graph), () => true)).toMatchObject({
      personId: 'person:jaroslaw-kaczynski',
      title: 'PiS-Chef',
      organizationId: 'org:pis',
    });
  });
  it('reads "Ex-Außenminister X" as a former post', () => {
    const graph = page('Wahlkampf', ['Ex-Außenminister Zbigniew Rau warnte vor der Gefahr.']);
    expect(only(positions(graph), () => true)).toMatchObject({
      personId: 'person:zbigniew-rau',
      title: 'Außenminister',
      former: true,
    });
  });
});

describe('the catalog’s roles as positions', () => {
  const curated = catalogPositions(loadCatalog().entities);
  const of = (personId: string) => only(curated, (p) => p.personId === personId);

  it('reads title, country, former and the ministry a title belongs to', () => {
    expect(of('person:radoslaw-sikorski')).toMatchObject({
      title: 'Außenminister',
      countryId: 'country:PL',
      organizationId: 'org:msz',
      former: false,
    });
    expect(of('person:zbigniew-rau')).toMatchObject({ title: 'Außenminister', former: true });
    expect(of('person:olaf-scholz')).toMatchObject({ title: 'Bundeskanzler', former: true });
  });

  it('gives the catalog’s post and an article’s report of it one id', () => {
    const graph = page('Sikorski in Kiew', [
      'Der polnische Außenminister Radosław Sikorski besuchte Kiew.',
    ]);
    const reported = only(positions(graph), (p) => p.personId === 'person:radoslaw-sikorski');
    expect(reported.id).toBe(of('person:radoslaw-sikorski').id);
  });
});

describe('QUOTES=off', () => {
  it('links the same mentions and gives no quotes or positions', () => {
    const text = [
      'Deutsche Redaktion',
      '',
      'Sikorski in Kiew',
      '',
      '12.06.2025 14:20\nDer polnische Außenminister Radosław Sikorski besuchte Kiew.',
      '',
      'Der polnische Außenminister Radosław Sikorski besuchte Kiew. „Wir helfen“, sagte Sikorski.',
      '',
      'IAR/ps',
      '',
    ].join('\n');
    const on = buildPageGraph({ text }, stages);
    const off = buildPageGraph(
      { text },
      catalogStages(loadCatalog(), undefined, { statements: false }),
    );
    expect(quotes(on).map((q) => q.text)).toEqual(['Wir helfen']);
    expect(positions(on).length).toBeGreaterThan(0);
    // None given at all: the writer then leaves an article's earlier quotes and positions alone.
    expect(off.quotes).toBeUndefined();
    expect(off.positions).toBeUndefined();
    expect(off.articles.map((a) => a.mentions)).toEqual(on.articles.map((a) => a.mentions));
  });
});
