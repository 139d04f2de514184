import { describe, expect, it } from 'vitest';
import {
  genitiveSingularNoun,
  isCommonNoun,
  isDictionaryPhrase,
  isGermanWord,
  isListedWord,
  isNounLemma,
  isOtherWord,
  lemmaOf,
} from '../../../src/ingest/lexicon/index.js';

describe('the German lexicon', () => {
  it('knows common nouns in every case and number, case-sensitively', () => {
    expect(isCommonNoun('Essen')).toBe(true);
    expect(isCommonNoun('Hallen')).toBe(true);
    expect(isCommonNoun('Ministeriums')).toBe(true);
    expect(isCommonNoun('essen')).toBe(false);
    expect(lemmaOf('Ministeriums')).toBe('Ministerium');
    expect(lemmaOf('Marken')).not.toBeNull();
    expect(isNounLemma('Halle')).toBe(true);
    expect(isNounLemma('Hallen')).toBe(false);
  });

  it('does not take names of places or people for words', () => {
    for (const name of [
      'Warschau',
      'Berlin',
      'Mannheim',
      'Kowalski',
      'Tusk',
      'Selenskyj',
      'Moskau',
    ]) {
      expect(isGermanWord(name), name).toBe(false);
    }
    expect(lemmaOf('Warschau')).toBeNull();
  });

  it('knows the other words in any capitalisation, as at the start of a sentence', () => {
    expect(isOtherWord('Eben')).toBe(true);
    expect(isGermanWord('haben')).toBe(true);
    expect(isGermanWord('Und')).toBe(true);
    expect(isOtherWord('Berlin')).toBe(false);
  });

  it('tells a phrase of dictionary words from a name', () => {
    expect(isDictionaryPhrase('Neue Zeit')).toBe(true);
    expect(isDictionaryPhrase('Jan Kowalski')).toBe(false);
    expect(isDictionaryPhrase('')).toBe(false);
  });

  it('lists words the noun test leaves out as name-shaped, and capitalised Hunspell entries', () => {
    // Neuter without plural in the noun list, like its place names: no common noun there.
    expect(isCommonNoun('Wetter')).toBe(false);
    expect(isListedWord('Wetter')).toBe(true);
    expect(isListedWord('Norden')).toBe(true);
    // Only in Hunspell, capitalised.
    expect(isListedWord('Most')).toBe(true);
    expect(isListedWord('Namen')).toBe(true);
    expect(isListedWord('Kowalczyk')).toBe(false);
    expect(isListedWord('Szczecin')).toBe(false);
  });
});

describe('genitiveSingularNoun', () => {
  it('gives the nominative of a genitive singular, of a compound by its last noun, with "-es" beside "-s"', () => {
    expect(genitiveSingularNoun('Ministeriums')).toBe('Ministerium');
    expect(genitiveSingularNoun('Verteidigungsministeriums')).toBe('Verteidigungsministerium');
    expect(genitiveSingularNoun('US-Außenministeriums')).toBe('US-Außenministerium');
    expect(genitiveSingularNoun('Amtes')).toBe('Amt');
    expect(genitiveSingularNoun('Präsidialamtes')).toBe('Präsidialamt');
    expect(genitiveSingularNoun('Kremls')).toBe('Kreml');
  });

  it('gives nothing for a nominative, a feminine noun or a name', () => {
    expect(genitiveSingularNoun('Ministerium')).toBeNull();
    expect(genitiveSingularNoun('Regierung')).toBeNull();
    expect(genitiveSingularNoun('Selenskyj')).toBeNull();
  });
});
