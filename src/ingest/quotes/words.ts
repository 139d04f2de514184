import { fold } from '../text-fold.js';
import { isOtherWord } from '../lexicon/index.js';

// The words quotes and positions are found by: verbs of saying, Konjunktiv I forms, role nouns.
// German reported speech is marked by the mood of its verb, so a short closed list of the forms
// the press uses (and the "-e" third person of any verb after its subject) covers it.

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words, numbers and single punctuation marks, with offsets into the text. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(
    /[\p{L}\p{N}][\p{L}\p{N}.'’-]*[\p{L}\p{N}]|[\p{L}\p{N}]|\S/gu,
  )) {
    const start = (match.index ?? 0) + offset;
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Finite verbs of saying as the press writes them, lower case (particles come separately). */
const SPEECH_VERBS = new Set([
  'sagte',
  'sagten',
  'sagt',
  'gesagt',
  'erklärte',
  'erklärten',
  'erklärt',
  'betonte',
  'betonten',
  'betont',
  'warnte',
  'warnten',
  'gewarnt',
  'kündigte',
  'kündigten',
  'angekündigt',
  'teilte',
  'teilten',
  'mitteilt',
  'mitgeteilt',
  'meldete',
  'meldeten',
  'gemeldet',
  'berichtete',
  'berichteten',
  'berichtet',
  'behauptete',
  'behaupteten',
  'antwortete',
  'kommentierte',
  'schrieb',
  'schrieben',
  'bestätigte',
  'bestätigten',
  'bestätigt',
  'unterstrich',
  'versicherte',
  'räumte',
  'forderte',
  'fügte',
  'ergänzte',
  'reagierte',
  'beendete',
  'sprach',
  'hieß',
  'heißt',
  'zitierte',
  'verkündete',
  'erinnerte',
  'mahnte',
  'kritisierte',
  'appellierte',
  'bekräftigte',
  'wiederholte',
  'stellte',
  'äußerte',
  'so',
]);

export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word.toLowerCase());
}

// Most sentences hold no attribution at all: a cheap test spares them the tokenizer.
const ATTRIBUTION_HINT = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...SPEECH_VERBS].filter((verb) => verb !== 'so').join('|')}|zufolge|laut|angaben)(?:[^\\p{L}]|$)|:`,
  'iu',
);

/** The sentence may hold an attribution (a verb of saying, "zufolge", "laut", a colon). */
export function mayAttribute(sentence: string): boolean {
  return ATTRIBUTION_HINT.test(sentence);
}

/** Verbs that announce a statement only with a clause after them (never alone after a quote). */
const CLAUSE_ONLY = new Set(['kritisierte', 'stellte', 'äußerte', 'sprach', 'erinnerte']);

export function isClauseOnlyVerb(word: string): boolean {
  return CLAUSE_ONLY.has(word.toLowerCase());
}

const KONJUNKTIV = new Set([
  'sei',
  'seien',
  'seiest',
  'habe',
  'hätte',
  'hätten',
  'werde',
  'würde',
  'würden',
  'wolle',
  'wollen',
  'müsse',
  'könne',
  'solle',
  'sollen',
  'sollten',
  'dürfe',
  'möge',
  'gebe',
  'gäbe',
  'wäre',
  'wären',
  'wisse',
  'stehe',
  'gehe',
  'komme',
  'liege',
]);

/** Words that end in -e but are no verb (articles, pronouns, common adverbs). */
const NOT_VERBS = new Set([
  'die',
  'eine',
  'keine',
  'seine',
  'ihre',
  'meine',
  'unsere',
  'diese',
  'jene',
  'alle',
  'ohne',
  'gerne',
  'heute',
  'lange',
  'beide',
  'welche',
  'solche',
  'manche',
  'viele',
  'einige',
  'andere',
  'weitere',
  'ferne',
  'nahe',
  'bitte',
  'ende',
  'mitte',
  'dabei',
  'jede',
  'deine',
  'euere',
  'eure',
  'mehrere',
  'schwere',
  'sowie',
  'andere',
  'wichtige',
  'einige',
  'übrige',
  // Preterites: indicative past, never reported speech.
  'hatte',
  'wurde',
  'sagte',
  'wollte',
  'sollte',
  'konnte',
  'musste',
  'durfte',
  'machte',
  'brachte',
  'dachte',
  'stellte',
  'legte',
  'führte',
]);

/**
 * A clause in Konjunktiv I (or the reporting Konjunktiv II): one of the closed forms, or a
 * lower-case "-e" form right after a capitalised word ("Polen erwarte", "Reaktion bestätige").
 */
export function isReportedClause(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => {
    const word = token.text.toLowerCase();
    if (KONJUNKTIV.has(word)) return true;
    const before = tokens[i - 1];
    if (i > 3 || before === undefined || isCapitalised(token.text)) return false;
    const subject =
      (isCapitalised(before.text) && !ARTICLES.has(before.text.toLowerCase())) ||
      PERSONAL_PRONOUNS.has(before.text.toLowerCase());
    return (
      subject &&
      /^[a-zäöüß]{3,}e$/.test(token.text) &&
      !NOT_VERBS.has(word) &&
      !/(?:ische|liche|ste|ene|ale|ive|ante|elle)$/.test(word) &&
      !isPreterite(word)
    );
  });
}

/** "dauerte" is the past of "dauern"; "erwarte" is no past ("erwaren" is no verb). */
function isPreterite(word: string): boolean {
  if (!word.endsWith('te')) return false;
  const stem = word.slice(0, -2);
  return isOtherWord(`${stem}en`) || isOtherWord(`${stem}n`);
}

/** Function words that end like an inflected adjective. */
const FUNCTION_WORDS = new Set(
  'wie sie die ihre seine eine keine wenn denen deren dessen unter über oder aber sowie ohne gegen wegen hinter seit sondern jedoch bereits wieder immer nie schon zuvor weiter gerne heute ende alle beide'.split(
    ' ',
  ),
);

/** A lower-case word inflected like an adjective ("polnischen", "ehemalige"). */
export function isInflected(word: string): boolean {
  return (
    /^[\p{Ll}][\p{L}-]*(?:e|en|em|er|es)$/u.test(word) &&
    word.length > 3 &&
    !FUNCTION_WORDS.has(word)
  );
}

const ARTICLES = new Set(
  'der die das den dem des ein eine einen einem einer eines kein keine keinen'.split(' '),
);
const PERSONAL_PRONOUNS = new Set(['er', 'sie', 'es', 'man']);

/** "ehemalige", "früheren": the post is held no longer. */
export const FORMER = /^(?:ehemalig|früher|vormalig|einstig|damalig|Ex-)/i;

/**
 * Nouns of office, masculine base forms; a token is an office when it ends in one of them
 * ("Kremlsprecher", "Vizeaußenminister"), feminine or inflected ("Sprecherin", "Botschafters").
 */
const OFFICES = [
  'präsidentschaftskandidat',
  'chefredakteur',
  'kommunikationsleiter',
  'generalsekretär',
  'bürgermeister',
  'ministerpräsident',
  'premierminister',
  'botschafter',
  'vizepremier',
  'präsident',
  'marschall',
  'vorsitzende',
  'korrespondent',
  'kommissar',
  'beauftragte',
  'minister',
  'sprecher',
  'kanzler',
  'direktor',
  'professor',
  'berater',
  'gesandte',
  'leiter',
  'premier',
  'chefdiplomat',
  'chef',
];

// Copies of captions lose their umlauts ("Prasident"), so a vowel may stand for its umlaut.
const withoutUmlauts = (office: string) =>
  office.replace(/ä/g, '[äa]').replace(/ü/g, '[üu]').replace(/ö/g, '[öo]');
const OFFICE_WORD = new RegExp(
  `^(?:\\p{L}+-)*\\p{L}*?(${OFFICES.map(withoutUmlauts).join('|')})(in|innen|en|n|s|es|r|m)?$`,
  'iu',
);
const OFFICE_SPELLINGS = OFFICES.map(
  (office) => [new RegExp(`^${withoutUmlauts(office)}$`, 'iu'), office] as const,
);

/** The office as the list spells it, umlauts restored: "Prasident" → "präsident". */
function canonicalOffice(written: string): string {
  return OFFICE_SPELLINGS.find(([pattern]) => pattern.test(written))?.[1] ?? written.toLowerCase();
}

export interface OfficeWord {
  /** The word in the nominative: "Botschafters" → "Botschafter", "Sprecherin" stays. */
  nominative: string;
  /** The office noun it ends in, folded: "sprecher". */
  base: string;
}

export function officeWord(word: string): OfficeWord | null {
  const match = OFFICE_WORD.exec(word);
  if (!match) return null;
  const base = canonicalOffice(match[1] as string);
  const ending = (match[2] ?? '').toLowerCase();
  // "Chefs", "Präsidenten" drop their case ending; the feminine "-in" and the "-r" of the
  // nominative "Vorsitzender" stay part of the title.
  const kept = ending === 'in' || ending === 'r' ? ending.length : ending === 'innen' ? 2 : 0;
  const inflected = word.slice(0, word.length - ending.length + kept);
  // "US-Präsident": the country is a fact of its own; "Staatspräsident" is the president.
  const nominative = inflected
    .replace(/^(?:US|EU|UN|UNO)-/, '')
    .replace(/^Staatspräsident/, 'Präsident');
  return { nominative, base: fold(base) };
}

/** Office nouns that name the foreign minister by another word. */
export function officeSynonym(title: string, complement: string): string | null {
  const folded = fold(title);
  if (folded === 'chefdiplomat' || folded === 'chefdiplomatin') return 'Außenminister';
  if ((folded === 'chef' || folded === 'chefin') && /\bDiplomatie\b/.test(complement))
    return 'Außenminister';
  return null;
}

/** Modifiers that are part of a title ("stellvertretende Vorsitzende"). */
export const TITLE_MODIFIER = /^(?:stellvertretend|kommissarisch|geschäftsführend)\w*$/i;
