// Copies of a paragraph that lost their non-ASCII letters ("Lnder" for "Länder", "Erklrung
// gegenber" for "Erklärung gegenüber"), as when a page went through a broken encoding once.

/** The paragraph with every non-ASCII character removed and blanks folded: degraded and intact
 * copies of one text share this key. */
export function asciiKey(text: string): string {
  return text
    .replace(/\P{ASCII}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function hasNonAsciiLetters(text: string): boolean {
  return /\P{ASCII}/u.test(text.replace(/[\s„“”«»‚‘’–—…]/g, ''));
}

// Frequent German words with umlauts or ß, as they look after losing those letters. A paragraph
// with none of its non-ASCII letters left but with such a word is degraded even without a twin.
const DEGRADED_WORDS = new Set(['fr', 'ber', 'mrz', 'bro', 'dafr', 'wofr', 'hufig', 'knftig']);
const DEGRADED_PREFIXES = [
  'gegenber',
  'lnder',
  'erklr',
  'gesprch',
  'prsident',
  'mglich',
  'knnen',
  'knnte',
  'mssen',
  'msste',
  'wrde',
  'whrend',
  'spter',
  'frher',
  'natrlich',
  'hnlich',
  'grer',
  'grte',
  'auenminister',
  'auenpolitik',
  'ausschlielich',
  'bestt',
  'untersttz',
  'verffentlich',
  'erffn',
  'zurck',
  'bemh',
  'mchte',
  'hher',
  'bevollmcht',
  'fderation',
  'brger',
  'kmpf',
  'stdte',
  'schtz',
  'prfung',
  'verstrk',
  'europisch',
  'auergewhnlich',
  'fhr',
  'einwnde',
  'aktivitt',
  'mcht',
  'tglich',
  'erhht',
  'gefhrd',
];

export function looksDegraded(text: string): boolean {
  if (hasNonAsciiLetters(text)) return false;
  const words = text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  return words.some(
    (word) =>
      DEGRADED_WORDS.has(word) || DEGRADED_PREFIXES.some((prefix) => word.startsWith(prefix)),
  );
}
