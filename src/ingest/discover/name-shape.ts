// Whether capitalised words can be a person's name rather than German nouns or adjectives:
// "Die Gespräche" and "Polnischen Rundfunks" are capitalised too.

const FUNCTION_WORDS = new Set(
  `Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen Und Oder Aber Doch Mit Von Vom Zum Zur Im In Am An Auf Aus Bei Nach Über Unter Vor Für Gegen Ohne Seit Bis Durch Als Wie Wenn Dass Ob Auch Noch Nur Schon Sehr Mehr Diese Dieser Dieses Jener Sein Seine Ihr Ihre Er Sie Es Wir Man Nicht Kein Keine Hier Dort Heute Gestern Morgen Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli August September Oktober November Dezember Herr Frau Präsident Präsidentin Laut Prof Dr Gemäß Zufolge Sowohl Seit Trotz Während Deshalb Dabei Damit Danach Dann Doch Jedoch Zudem Außerdem`.split(
    ' ',
  ),
);
const COMMON_NOUNS = new Set(
  `Gespräche Gespräch Regierung Rundfunk Rundfunks Delegation Delegationen Botschaft Minister Ministerium Land Länder Staat Staaten Krieg Frieden Welt Stadt Jahr Jahre Jahren Woche Tag Tage Zeit Menschen Leute Polizei Armee Gericht Partei Parteien Medien Agentur Nachrichtenagentur Behörden Experten Sprecher Sprecherin Verhandlungen Treffen Gipfel Runde Angaben Informationen Bericht Berichte Quelle Quellen Politik Wirtschaft Präsidenten Kreis Haus Sicherheit Beziehungen Vertreter Regierungsvertreter`.split(
    ' ',
  ),
);
const NOUN_SUFFIXES =
  /(?:ung|ungen|heit|keit|schaft|ion|ionen|tät|ismus|nis|tum|ment|ments|ierung|anz|enz)$/;
const ADJECTIVE_SUFFIXES =
  /(?:isch|ische|ischen|ischer|isches|ischem|lich|liche|lichen|licher|ige|igen|iger)$/;

export function canBeNameWord(word: string): boolean {
  if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(word)) return false;
  if (FUNCTION_WORDS.has(word) || COMMON_NOUNS.has(word)) return false;
  return !NOUN_SUFFIXES.test(word) && !ADJECTIVE_SUFFIXES.test(word);
}
