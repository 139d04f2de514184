import { fold } from '../text-fold.js';
import { isOtherWord } from '../lexicon/index.js';
import { rememberRecentTexts } from '../recent-texts.js';

// The words quotes and positions are found by: verbs of saying, Konjunktiv I forms, role nouns.
// German reported speech is marked by the mood of its verb, so a short closed list of the forms
// the press uses (and the "-e" third person of any verb after its subject) covers it.

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Character classes for the tokenizer, one byte per UTF-16 unit of the Basic Multilingual Plane,
// filled as characters are first met (a regex per character would cost more than the tokenizing).
const UNKNOWN = 0;
const WORD = 1; // a letter or a number
const SPACE = 2;
const JOINER = 3; // inside a word only: . ' ’ -
const OTHER = 4;
const CLASSES = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

function classOf(char: string): number {
  if (WORD_CHAR.test(char)) return WORD;
  if (SPACE_CHAR.test(char)) return SPACE;
  return ".'’-".includes(char) ? JOINER : OTHER;
}

/** The class of the character at i; a surrogate pair's (astral letters, emoji) by its pair. */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return classOf(text.slice(i, i + 2));
  let kind = CLASSES[code] as number;
  if (kind === UNKNOWN) {
    kind = classOf(text[i] as string);
    CLASSES[code] = kind;
  }
  return kind;
}

/** Length in UTF-16 units of the character at i. */
function sizeAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/**
 * Words, numbers and single punctuation marks, with offsets into the text. A word runs over
 * letters, digits and inner . ' ’ - and ends on a letter or digit ("U.S", "Kreml-nahen", "3.5").
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const kind = classAt(text, i);
    let end = i + sizeAt(text, i);
    if (kind === SPACE) {
      i = end;
      continue;
    }
    if (kind === WORD) {
      let j = end;
      while (j < length) {
        const next = classAt(text, j);
        if (next === WORD) {
          j += sizeAt(text, j);
          end = j;
        } else if (next === JOINER) j += 1;
        else break;
      }
    }
    tokens.push({ text: text.slice(i, end), start: i + offset, end: end + offset });
    i = end;
  }
  return tokens;
}

// Regexes of per-word tests are made once: a literal in a function is a new object per call.
const CAPITALISED = /^\p{Lu}/u;
export const isCapitalised = (word: string): boolean => CAPITALISED.test(word);

/** Finite verbs of saying as the press writes them, lower case: a separable verb's particle comes
 * apart in a main clause ("teilte … mit") and joined at the end of "wie X mitteilte". */
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
  'ankündigte',
  'ankündigten',
  'teilte',
  'teilten',
  'mitteilt',
  'mitteilte',
  'mitteilten',
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
  'einräumte',
  'forderte',
  'fügte',
  'hinzufügte',
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

/** The words as written in running text, at a sentence's start and in capitals ("Sagte", "SAGTE"). */
function inAnyCase(words: Iterable<string>): Set<string> {
  return new Set(
    [...words].flatMap((word) => [
      word,
      `${word.charAt(0).toUpperCase()}${word.slice(1)}`,
      word.toUpperCase(),
    ]),
  );
}

const SPEECH_VERBS_ANY_CASE = inAnyCase(SPEECH_VERBS);

export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS_ANY_CASE.has(word);
}

// Most sentences hold no attribution at all: a look at their words spares them the rest. The
// words as written at a sentence's start and in capitals too, so no token is lower-cased.
const ATTRIBUTION_WORDS = [
  ...[...SPEECH_VERBS].filter((verb) => verb !== 'so'),
  'zufolge',
  'laut',
  'angaben',
  'worten',
  'ansicht',
  'einschätzung',
  'meinung',
  'auffassung',
];
/** The words that make a sentence worth reading for an attribution, in each case they are written. */
export const SPEECH_WORD_FORMS: readonly string[] = [...inAnyCase(ATTRIBUTION_WORDS)];
const ATTRIBUTION_TOKENS = new Set([...SPEECH_WORD_FORMS, ':']);

/** The sentence's words may hold an attribution (a verb of saying, "zufolge", "laut", a colon). */
export function mayAttribute(tokens: readonly Token[]): boolean {
  for (const token of tokens) if (ATTRIBUTION_TOKENS.has(token.text)) return true;
  return false;
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
  // The plural's Konjunktiv II stands in for a Konjunktiv I the indicative shares ("sie müssen").
  'könnten',
  'müssten',
  'dürften',
  'bräuchten',
  'kämen',
  'lägen',
  'stünden',
  'wüssten',
  'wisse',
  'stehe',
  'gehe',
  'komme',
  'liege',
]);

const KONJUNKTIV_ANY_CASE = inAnyCase(KONJUNKTIV);
/** The forms without the plurals the indicative shares ("Die Abgeordneten wollen …"). */
const UNAMBIGUOUS_KONJUNKTIV = inAnyCase(
  [...KONJUNKTIV].filter((form) => !['wollen', 'sollen', 'sollten'].includes(form)),
);

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
const LOWER_CASE_E_FORM = /^[a-zäöüß]{3,}e$/;
const ADJECTIVE_ENDING = /(?:ische|liche|ste|ene|ale|ive|ante|elle)$/;

export function isReportedClause(tokens: readonly Token[]): boolean {
  return inReportingMood(tokens, KONJUNKTIV_ANY_CASE);
}

/**
 * As isReportedClause, without the plural forms the indicative shares: a sentence that names
 * no speaker carries the last one only in a mood nothing but reported speech has.
 */
export function isPlainlyReported(tokens: readonly Token[]): boolean {
  return inReportingMood(tokens, UNAMBIGUOUS_KONJUNKTIV);
}

function inReportingMood(tokens: readonly Token[], forms: ReadonlySet<string>): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (forms.has(token.text)) return true;
    const before = tokens[i - 1];
    if (i > 3 || before === undefined || isCapitalised(token.text)) continue;
    const word = token.text.toLowerCase();
    const subject =
      (isCapitalised(before.text) && !ARTICLES.has(before.text.toLowerCase())) ||
      PERSONAL_PRONOUNS.has(before.text.toLowerCase());
    if (
      subject &&
      LOWER_CASE_E_FORM.test(token.text) &&
      !NOT_VERBS.has(word) &&
      !ADJECTIVE_ENDING.test(word) &&
      !isPreterite(word)
    )
      return true;
  }
  return false;
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

const INFLECTED = /^[\p{Ll}][\p{L}-]*(?:e|en|em|er|es)$/u;

/** A lower-case word inflected like an adjective ("polnischen", "ehemalige"). */
export function isInflected(word: string): boolean {
  return INFLECTED.test(word) && word.length > 3 && !FUNCTION_WORDS.has(word);
}

const ARTICLES = new Set(
  'der die das den dem des ein eine einen einem einer eines kein keine keinen'.split(' '),
);
const PERSONAL_PRONOUNS = new Set(['er', 'sie', 'es', 'man']);

/** Lower-case words of a noun phrase that are no verb: articles, prepositions, conjunctions. */
const NOUN_PHRASE_LINKS = new Set([
  ...ARTICLES,
  ...'von vom für mit im in am an auf aus bei beim nach über unter zu zum zur gegen ohne um durch vor zwischen und oder sowie'.split(
    ' ',
  ),
]);
const LOWER_CASE_WORD = /^\p{Ll}/u;

/**
 * The words may be a clause: one of them may be its verb (a lower-case word that is neither an
 * article, preposition or conjunction nor an adjective before its noun). "Eine Sprecherin des
 * Ministeriums, Marta Nowak" is a noun phrase with an apposition, not a statement.
 */
export function mayBeClause(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    const word = (tokens[i] as Token).text;
    if (!LOWER_CASE_WORD.test(word) || NOUN_PHRASE_LINKS.has(word)) continue;
    if (isInflected(word) && isCapitalised(tokens[i + 1]?.text ?? '')) continue;
    return true;
  }
  return false;
}

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
  'staatssekretär',
  'befehlshaber',
  'kommandeur',
  'koordinator',
  'gouverneur',
  'abgeordnete',
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
  'senator',
  'woiwode',
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
  readonly nominative: string;
  /** The office noun it ends in, folded: "sprecher". */
  readonly base: string;
  /** The nominative with the prefix the title drops: "UN-Generalsekretär". */
  readonly written: string;
}

// Every capitalised word of a role phrase is asked; the answers are remembered (words repeat).
export const officeWord: (word: string) => OfficeWord | null = rememberRecentTexts(
  20_000,
  readOfficeWord,
);

function readOfficeWord(word: string): OfficeWord | null {
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
  return { nominative, base: fold(base), written: inflected };
}

/**
 * The gender an office title shows: "Regierungschefin" F, "Minister" M; none for the nouns made of
 * adjectives, alike for both ("die/der Vorsitzende"), unless their "-r" says it ("Vorsitzender").
 */
export function titleGender(title: string): 'F' | 'M' | null {
  for (const word of title.split(/\s+/)) {
    const office = officeWord(word);
    if (!office) continue;
    if (/in(?:nen)?$/.test(office.nominative)) return 'F';
    if (office.base.endsWith('e')) return office.nominative.endsWith('r') ? 'M' : null;
    return 'M';
  }
  return null;
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
