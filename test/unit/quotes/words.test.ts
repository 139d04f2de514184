import { describe, expect, it } from 'vitest';
import { FieldWords } from '../../../src/ingest/quotes/field-words.js';
import { mayAttribute, titleGender, tokenize } from '../../../src/ingest/quotes/words.js';

const texts = (text: string, offset = 0) => tokenize(text, offset).map((t) => t.text);

describe('tokenize', () => {
  it('keeps inner dots, apostrophes and hyphens inside a word and splits off punctuation', () => {
    expect(texts('„Der U.S.-Präsident", sagte er: O’Brien kam 3.5 Std. später.')).toEqual([
      '„',
      'Der',
      'U.S.-Präsident',
      '"',
      ',',
      'sagte',
      'er',
      ':',
      'O’Brien',
      'kam',
      '3.5',
      'Std',
      '.',
      'später',
      '.',
    ]);
  });

  it('gives offsets into the text it was cut from', () => {
    const [first, second] = tokenize('Wałęsa, 😀', 10);
    expect(first).toEqual({ text: 'Wałęsa', start: 10, end: 16 });
    expect(second).toEqual({ text: ',', start: 16, end: 17 });
    // A character outside the Basic Multilingual Plane is one mark of two UTF-16 units.
    expect(tokenize('Wałęsa, 😀', 10)[2]).toEqual({ text: '😀', start: 18, end: 20 });
  });

  it('treats non-breaking and thin spaces as spaces', () => {
    expect(texts('Herr\u00a0Nowak\u2009sagte')).toEqual(['Herr', 'Nowak', 'sagte']);
  });
});

describe('FieldWords', () => {
  const text =
    'Das Treffen dauerte zwei Stunden. Laut Tusk sei die Lage ernst. Der Minister reiste ab.\n\nEr sagte: „Wir bleiben.“';
  const words = new FieldWords(text);

  it('tokenizes a sentence with offsets into the field, like the field cut at the sentence', () => {
    words.sentences.forEach((span, index) => {
      expect(words.sentence(index)).toEqual(tokenize(text.slice(span.start, span.end), span.start));
    });
  });

  it('finds the words inside a range across sentences', () => {
    const start = text.indexOf('Tusk');
    const end = text.indexOf(' reiste');
    expect(words.tokensIn(start, end).map((t) => t.text)).toEqual([
      'Tusk',
      'sei',
      'die',
      'Lage',
      'ernst',
      '.',
      'Der',
      'Minister',
    ]);
  });

  it('says a sentence may hold an attribution exactly when its words do', () => {
    const answers = words.sentences.map((span) => words.mayAttribute(span.start, span.end));
    expect(answers).toEqual(words.sentences.map((_, index) => mayAttribute(words.sentence(index))));
    expect(answers).toEqual([false, true, false, false, true]);
  });

  it('does not take a verb of saying inside a longer word for one', () => {
    const glued = new FieldWords('Die Laut-Sprecher und Ansagten blieben stumm.');
    expect(glued.mayAttribute(0, glued.text.length)).toBe(false);
  });
});

describe('titleGender', () => {
  it('reads the gender a title shows, and none from a noun made of an adjective', () => {
    expect(titleGender('Regierungschefin')).toBe('F');
    expect(titleGender('ehemalige Ministerpräsidentin Polens')).toBe('F');
    expect(titleGender('Staatssekretär')).toBe('M');
    expect(titleGender('stellvertretender Vorsitzender')).toBe('M');
    expect(titleGender('Vorsitzende')).toBeNull();
    expect(titleGender('Tennisspieler')).toBeNull();
  });
});
