// The program's one rule for comparing names and for making ids of them. The outlet writes German,
// and so do the catalog's hand-made ids ("city:muenchen", "org:sueddeutsche-zeitung"): German
// transliteration keeps "Müller" and "Mueller" one name and "Müller" apart from "Muller", where
// stripping the dots would join the last two. Letters of other languages lose their diacritics.
//
//   ä ö ü → ae oe ue, ß ẞ → ss (any case); other letters → their base letter ("é" → "e", "ł" → "l");
//   then lower case, runs of white space one space, none at either end.
//
// Changing the rule changes ids in stored graphs: cypher/migrations/14-… and 15-… and
// src/graph/position-ids.ts rename those written by the rule before (no transliteration).

import { rememberRecentTexts } from './recent-texts.js';

const GERMAN_LETTERS: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
};

// Letters Unicode does not decompose into a base letter and a mark: Polish names are frequent here.
const UNDECOMPOSED_LETTERS: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L' };

// Names and titles are folded again and again (every mention, every office word); their folds are
// remembered. Long texts are folded once, so they are not kept.
const REMEMBERED_LENGTH = 64;
const foldRemembered = rememberRecentTexts(50_000, foldText);

/** Compared form of a name: "Wałęsa" → "walesa", "Straße" → "strasse", "München" → "muenchen". */
export function fold(text: string): string {
  return text.length > REMEMBERED_LENGTH ? foldText(text) : foldRemembered(text);
}

function foldText(text: string): string {
  return (
    text
      // Composed first, so that a "u" with a separate diaeresis is an "ü" too.
      .normalize('NFC')
      .replace(/[äöüÄÖÜßẞ]/g, (letter) => GERMAN_LETTERS[letter] ?? letter)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[łŁ]/g, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter)
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** An id's name part: the fold, with a hyphen for every run of other characters than a-z and 0-9. */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
