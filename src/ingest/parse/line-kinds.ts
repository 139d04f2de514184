// What a line of an item is, besides body text: page furniture, an agency/author signature, or a
// photo caption (captions may be in another language than the article, e.g. Polish).

const LAYOUT_WORDS =
  /^(?:audio|video|foto|fotos|galerie|bildergalerie|podcast|posłuchaj|zobacz (?:też|także)|czytaj (?:też|także|więcej)|mehr dazu|mehr zum thema|lesen sie auch|siehe auch|teilen|drucken|anhören|play|▶)\s*[:.]?$/i;
const BULLET = /^[•·▪◦►‣*–—-](?:\s|$)/;

/** Page furniture: "Audio", "Posłuchaj", a bullet line. Never article text. */
export function isLayoutLine(line: string): boolean {
  return (
    LAYOUT_WORDS.test(line) ||
    (BULLET.test(line) && line.length < 160) ||
    /^[•·▪◦*–—-]+$/.test(line)
  );
}

const KNOWN_AGENCIES = new Set([
  'RMF',
  'PAP',
  'IAR',
  'PR',
  'PRdZ',
  'PR24',
  'TVN24',
  'TVP',
  'dpa',
  'DPA',
  'AFP',
  'Reuters',
  'AP',
  'KAI',
  'RP',
  'Onet',
  'WP',
  'TASS',
  'RIA',
  'ARD',
  'ZDF',
  'DW',
  'Interia',
  'Polsat',
  'Radio',
  'PolskieRadio24',
]);

/** "RMF/ps", "PRdZ/IAR/adn", "dpa/ps": 2–4 short slash-separated tokens, one an author or agency. */
export function isSignatureLine(line: string): boolean {
  if (line.length > 40) return false;
  const tokens = line.split('/').map((token) => token.trim());
  if (tokens.length < 2 || tokens.length > 4) return false;
  if (!tokens.every((token) => /^[\p{L}\d.]{1,14}$/u.test(token))) return false;
  const authorInitials = tokens.some((token) => /^\p{Ll}{1,4}$/u.test(token));
  return authorInitials || tokens.every((token) => KNOWN_AGENCIES.has(token));
}

const POLISH_WORDS = new Set(
  'i w z na się jest że do nie oraz dla po od przez prezydent premier minister rosji polski polska ukrainy czasie podczas jego jej który która które został została są był była fot zdjęcie spotkanie rozmowy'.split(
    ' ',
  ),
);
const GERMAN_WORDS = new Set(
  'der die das und in mit ist nicht von zu den dem des sich auf für ein eine einer wird wurde hat haben sind bei nach über auch als aus am im'.split(
    ' ',
  ),
);

/** True when a line reads as Polish rather than German (used to spot captions). */
export function looksPolish(line: string): boolean {
  const words = line
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  let polish = /[ąęłńśźż]/i.test(line) ? 1 : 0;
  let german = /[äöüß]/i.test(line) ? 1 : 0;
  for (const word of words) {
    if (POLISH_WORDS.has(word)) polish += 1;
    if (GERMAN_WORDS.has(word)) german += 1;
  }
  return polish >= 2 && polish > german * 2;
}

/** Sentence text ends with punctuation (or a closing quote); captions and name lines do not. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?:…]["“”»«')]*$|["“”»«]$/.test(line);
}

/**
 * A photo caption: a short line that is not a sentence (a name, "Donald Trump"), or a line in
 * Polish on a German page. A sentence that carried a credit is a paragraph with a photo beside it.
 */
export function isCaptionLine(line: string): boolean {
  if (looksPolish(line) && line.length < 300) return true;
  return !endsLikeSentence(line) && line.split(' ').length <= 14;
}
