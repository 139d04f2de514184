// Background paragraphs in the outlet's style, written for the benchmark, that bring a synthetic
// article to real length (`npm run generate -- --words 300`): the NER's cost grows with the text,
// so a throughput measured on 80-word items says little about real pages. Some name people,
// institutions and places the catalog lacks, as real background does.

export const PADDING = [
  'Der frühere litauische Botschafter in Polen Tomas Petraitis nannte die Beziehungen beider Länder so gut wie nie zuvor.',
  'Anna Wiśniewska vom Institut für Internationale Angelegenheiten sagte, die Region brauche mehr gemeinsame Übungen.',
  'Die Nachrichtenagentur PAP berichtete am Abend ausführlich über die Pressekonferenz im Präsidentenpalast.',
  'Landwirte aus der Region Podlachien protestierten vor dem Landwirtschaftsministerium gegen billige Importe.',
  'Die Preise für Energie sind seit Jahresbeginn deutlich gestiegen, wie das Statistikamt mitteilte.',
  'Kritik kam von der Opposition, deren Sprecher der Regierung mangelnde Vorbereitung vorwarf.',
  'Die Universität Warschau veranstaltet im Mai eine Konferenz über die Zusammenarbeit im Ostseeraum.',
  'Nach Angaben der Stadtverwaltung sollen die Bauarbeiten an der neuen Brücke im Herbst beginnen.',
  'Experten der Stiftung Wissenschaft und Politik sehen in dem Abkommen vor allem ein politisches Zeichen.',
  'Der Sender TVP zeigte am Abend Bilder von der Ankunft der Delegation am Flughafen.',
  'Bürgermeister Rafał Trzaskowski eröffnete am Mittwoch eine neue Straßenbahnlinie im Süden der Hauptstadt.',
  'Die Zeitung Rzeczpospolita schrieb, das Abkommen könne bereits im Sommer unterzeichnet werden.',
  'Am Rande des Treffens besuchten die Delegationen das Museum des Warschauer Aufstands.',
  'Professor Tomasz Grosse von der Universität Warschau sagte dem Sender Radio Wnet, die Zusammenarbeit habe lange gefehlt.',
  'Die Abgeordneten wollen das Gesetz noch vor der Sommerpause in zweiter Lesung beraten.',
  'Beobachter erwarten, dass die Verhandlungen über den Haushalt bis zum Jahresende dauern werden.',
  'Im Hafen von Danzig wurden im ersten Halbjahr so viele Container umgeschlagen wie nie zuvor.',
  'Eine Sprecherin des Verteidigungsministeriums, Marta Nowak, bestätigte die Lieferung weiterer Panzer.',
  'Die Regionalregierung kündigte an, die Mittel für den öffentlichen Nahverkehr im kommenden Jahr zu erhöhen.',
  'Mehrere Hilfsorganisationen riefen zu Spenden für die Opfer der Überschwemmungen im Süden des Landes auf.',
];

/** Background sentences for article `number` until `words` words are reached (none when 0). */
export function paddingFor(number: number, wordsSoFar: number, words: number): string[] {
  const sentences: string[] = [];
  let count = wordsSoFar;
  for (let k = 0; count < words; k++) {
    const sentence = PADDING[(number * 7 + k) % PADDING.length] as string;
    sentences.push(sentence);
    count += sentence.split(' ').length;
  }
  return sentences;
}
