import { isCommonNoun, isGermanWord, isOtherWord } from '../lexicon/index.js';
import { isRoleWord, isTitle } from './cues.js';

// What of a recogniser's PERSON span is the name: titles and roles in front go ("Kuratorin Dr. Anna
// Richter", "Borussia-Manager Peter Pander"), judged by their shape and the German dictionary, not by
// a list of the ones seen; what stays is a name when it is not just German words.

/** A whitespace-separated word of a span, with its offsets in the field's text. */
export interface SpanWord {
  text: string;
  start: number;
  end: number;
}

export function spanWords(text: string, start: number, end: number): SpanWord[] {
  return [...text.slice(start, end).matchAll(/\S+/g)].map((match) => ({
    text: match[0],
    start: start + match.index,
    end: start + match.index + match[0].length,
  }));
}

// Particles of names ("van der Vaart", "Ludovica des Bordes"): small words that stay in the name.
const NAME_PARTICLES = new Set(
  'von van vom zu zur der den des de di da del della dos das du le la ten ter al el bin ibn vel'.split(
    ' ',
  ),
);
// Forms of address before a name.
const ADDRESS = new Set(['Herr', 'Herrn', 'Frau', 'Fräulein']);
// "Dr.", "Prof.", "Dipl.-Ing.": an abbreviation of two letters or more; one letter is an initial.
const ABBREVIATED_TITLE = /^\p{Lu}\p{Ll}+\.(?:-?\p{Lu}\p{Ll}*\.)*$/u;

const UMLAUT: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü' };

/** "Bischof" → "Bischöfin", "Arzt" → "Ärztin": the feminine with the stem's last vowel umlauted. */
function umlautedFeminine(noun: string): string {
  const at = Math.max(noun.lastIndexOf('a'), noun.lastIndexOf('o'), noun.lastIndexOf('u'));
  if (at < 0) return `${noun}in`;
  const vowel = noun[at] as string;
  // "au" umlauts as "äu"
  const index = vowel === 'u' && noun[at - 1] === 'a' ? at - 1 : at;
  return `${noun.slice(0, index)}${UMLAUT[noun[index] as string]}${noun.slice(index + 1)}in`;
}

/**
 * A noun for a person by what they do: the dictionary holds it together with its feminine in -in
 * ("Direktor"/"Direktorin", "Bischof"/"Bischöfin"), or it is such a feminine ("Kuratorin").
 */
function isPersonNounByDictionary(word: string): boolean {
  if (word.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  if (word.endsWith('in') && word.length >= 5 && isCommonNoun(word.slice(0, -2))) return true;
  if (word.endsWith('essin') && word.length >= 8 && isCommonNoun(word.slice(0, -5))) return true;
  if (!isCommonNoun(word)) return false;
  // "Prinz"/"Prinzessin": the feminine in -essin, as some ranks form it.
  return (
    isCommonNoun(`${word}in`) ||
    isCommonNoun(umlautedFeminine(word)) ||
    isCommonNoun(`${word}essin`)
  );
}

// Both word tests look up the dictionary many times per word; their answers are kept per word.
const roleAnswers = new Map<string, boolean>();
const wordAnswers = new Map<string, boolean>();
const MAX_ANSWERS = 50_000;

/** A role, profession or form of address, compounds included ("Verbandsdirektor", "telegate-Vorstandschef"). */
export function isRoleOrTitle(word: string): boolean {
  let answer = roleAnswers.get(word);
  if (answer === undefined) {
    answer = roleOrTitle(word);
    if (roleAnswers.size > MAX_ANSWERS) roleAnswers.clear();
    roleAnswers.set(word, answer);
  }
  return answer;
}

function roleOrTitle(word: string): boolean {
  const bare = word.replace(/[,:;]$/, '');
  if (isTitle(bare) || ABBREVIATED_TITLE.test(bare) || ADDRESS.has(bare)) return true;
  if (isRoleWord(bare)) return true;
  const last = bare.split('-').at(-1) as string;
  if (last !== bare) return /^\p{Lu}/u.test(last) && isRoleOrTitle(last);
  if (isPersonNounByDictionary(bare)) return true;
  // A compound ending in a person noun: "Verbandsdirektor", "Kirchenmusikerin".
  for (let i = 2; i <= bare.length - 5; i++) {
    const head = `${(bare[i] as string).toUpperCase()}${bare.slice(i + 1)}`;
    if (isPersonNounByDictionary(head)) return true;
  }
  return false;
}

export interface PersonSpan {
  /** The role or title split off the front, as written. */
  role: string | null;
  name: SpanWord[];
}

/**
 * Splits a PERSON span into role and name, or null when what remains is no name: no capitalised
 * word, or (for more than one word) every capitalised word a German dictionary word.
 */
export function splitPersonSpan(words: readonly SpanWord[], text: string): PersonSpan | null {
  let first = 0;
  const capitalisedAfter = (index: number) =>
    words.slice(index + 1).some((w) => /^\p{Lu}/u.test(w.text));
  while (first < words.length && capitalisedAfter(first)) {
    const word = (words[first] as SpanWord).text;
    const lowerNonParticle = /^\p{Ll}/u.test(word) && !NAME_PARTICLES.has(word);
    // A bare noun that is also a given name ("Wolf Wondratschek") is a role only before a full name.
    const role =
      isRoleOrTitle(word) &&
      (words.length - first > 2 || !isPersonNounByDictionary(word) || isRoleWord(word));
    if (!lowerNonParticle && !role) break;
    first++;
  }
  const name = words.slice(first).map((w) => {
    // A trailing comma or colon belongs to the sentence.
    const trimmed = w.text.replace(/[,:;]+$/, '');
    return { ...w, text: trimmed, end: w.start + trimmed.length };
  });
  const capitalised = name.filter((w) => /^\p{Lu}/u.test(w.text));
  if (capitalised.length === 0) return null;
  // Name words are letters, with hyphens, apostrophes and an initial's or a title's dot; small
  // words inside are particles ("Earl of Totnes", "Droits d'Enregistrement et de …" are no people).
  if (!name.every((w) => /^[\p{L}\p{M}'’-]+\.?$/u.test(w.text))) return null;
  if (name.some((w) => /^\p{Ll}/u.test(w.text) && !NAME_PARTICLES.has(w.text))) return null;
  // "Großes Theater", "Illyrische Fustanella": an adjective in front makes a noun phrase.
  if (name.length > 1 && isInflectedAdjective((name[0] as SpanWord).text)) return null;
  const lastWord = name.at(-1) as SpanWord;
  if (!/^\p{Lu}/u.test(lastWord.text) && !/^\p{Lu}/u.test(name[0]?.text ?? '')) return null;
  if (name.length > 1 && capitalised.every((w) => isGermanWordForm(w.text))) return null;
  const roleEnd = words[first - 1]?.end;
  return {
    role: roleEnd === undefined ? null : text.slice((words[0] as SpanWord).start, roleEnd),
    name,
  };
}

/** "Großes", "Illyrische", "Neuen": an adjective with the ending a noun after it asks for. */
export function isInflectedAdjective(word: string): boolean {
  const match = /^(\p{Lu}\p{Ll}+?)(?:e|en|er|es|em)$/u.exec(word);
  if (!match) return false;
  const stem = (match[1] as string).toLowerCase();
  return /isch$/.test(stem) || isOtherWord(stem);
}

/** A German dictionary word, also in the genitive ("Müllers") and as a hyphenated compound's parts. */
export function isGermanWordForm(word: string): boolean {
  let answer = wordAnswers.get(word);
  if (answer === undefined) {
    answer = germanWordForm(word);
    if (wordAnswers.size > MAX_ANSWERS) wordAnswers.clear();
    wordAnswers.set(word, answer);
  }
  return answer;
}

function germanWordForm(word: string): boolean {
  if (/^\p{Lu}\.$/u.test(word)) return false; // an initial
  const parts = word.replace(/[.,;:!?]+$/, '').split('-');
  return parts.every(
    (part) =>
      part.length > 0 &&
      (isGermanWord(part) || (part.endsWith('s') && isGermanWord(part.slice(0, -1)))),
  );
}

// What makes a capitalised word a common noun in the sentence: an article, a determiner or an
// inflected adjective right before it ("des gelben Schnabels", "im Rauch", "einen Müller").
const NOUN_BEFORE =
  /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein\p{Ll}*|im|am|vom|zum|zur|beim|ins|ans|aufs|jede[mnrs]?|diese[mnrs]?|jene[mnrs]?|alle[mnrs]?|\p{Ll}+(?:e|en|er|em|es))$/u;

/** The word before a capitalised word makes it a common noun, not a name ("der Müller"). */
export function nounContext(wordBefore: string): boolean {
  return NOUN_BEFORE.test(wordBefore);
}

/** The word without a genitive ending ("Merkels", "Bush'"). */
export function withoutGenitive(word: string): string {
  if (/['’]$/.test(word)) return word.slice(0, -1);
  if (/['’]s$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') && word.length > 3 ? word.slice(0, -1) : word;
}

/** A ruler's ordinal after the name ("Benedikt XVI.", "Margrethe II."), with or without its dot. */
export const REGNAL_NUMBER = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.?$/;

/** Whether a name ends in a ruler's ordinal. */
export function isRegnalName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length > 1 && REGNAL_NUMBER.test(words.at(-1) as string);
}

/**
 * The surname a full name ends with ("Angela Merkel" → "Merkel"); a ruler goes by the name before
 * the ordinal ("Benedikt XVI." → "Benedikt").
 */
export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  const last = isRegnalName(name) ? words.at(-2) : words.at(-1);
  return (last as string).replace(/[.,;:]+$/, '');
}

/**
 * Where a recogniser's PERSON span really ends: a ruler's ordinal keeps its dot ("Elisabeth II."),
 * and a second surname joined by "vel" ("Ewa Nowicka vel Kowalska") belongs to the name.
 */
export function personSpanEnd(text: string, start: number, end: number): number {
  const last = text.slice(start, end).trim().split(/\s+/).at(-1) ?? '';
  if (text[end] === '.' && REGNAL_NUMBER.test(last) && !last.endsWith('.')) return end + 1;
  const joined = /^\s+vel\s+\p{Lu}[\p{L}\p{M}'’-]+/u.exec(text.slice(end, end + 60));
  return joined ? end + joined[0].length : end;
}

/** Whether `word` (as written, possibly in the genitive) is `surname`. */
export function isSurnameForm(word: string, surname: string): boolean {
  return word === surname || withoutGenitive(word) === surname;
}
