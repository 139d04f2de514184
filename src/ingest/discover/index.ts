import type { Catalog } from '../catalog/index.js';
import { slug } from '../text-fold.js';
import { sentenceAt, sentenceSpans } from '../link/sentences.js';
import { type Token, tokenize } from '../link/tokens.js';
import type { ArticleField, DiscoveredPerson, Mention } from '../types.js';
import { isRoleWord, isSayingVerb, isTitle } from './cues.js';
import { canBeNameWord } from './name-shape.js';
import { isCommonNoun } from '../lexicon/index.js';
import { isGermanWordForm, isRoleOrTitle, REGNAL_NUMBER, surnameOf } from './person-names.js';

// People the catalog does not know, found through context cues, with the sentence as evidence.
// Precision first: a cue is required, the name must be 2–3 name-shaped words, and anything the
// catalog already linked is left alone.

export interface FieldText {
  field: ArticleField;
  text: string;
}

interface Candidate {
  tokens: Token[];
  role: string | null;
}

const GENITIVE_ARTICLES = new Set(['des', 'der', 'von', 'vom']);
const MAX_GENITIVE_WORDS = 5;

/** Up to three name-shaped words from `index`, ending at a non-name word or punctuation. */
function nameAt(tokens: readonly Token[], text: string, index: number): Token[] | null {
  const words: Token[] = [];
  for (let i = index; i < tokens.length && words.length < 3; i++) {
    const token = tokens[i] as Token;
    const previous = words.at(-1);
    if (previous && text.slice(previous.end, token.start) !== ' ') break;
    if (!canBeNameWord(token.text)) break;
    words.push(token);
  }
  return words.length >= 2 ? words : null;
}

function titleBefore(text: string, token: Token): boolean {
  return /(?:Prof|Dr)\.\s*$/.test(text.slice(Math.max(0, token.start - 6), token.start));
}

/**
 * A ruler's name after `index`: one or two given names and an ordinal with its dot ("Felipe VI.",
 * "Johannes Paul II."); the last token ends after the dot.
 */
function regnalNameAt(tokens: readonly Token[], text: string, index: number): Token[] | null {
  const words: Token[] = [];
  for (let i = index; i < tokens.length && words.length <= 2; i++) {
    const token = tokens[i] as Token;
    const previous = words.at(-1);
    if (previous && text.slice(previous.end, token.start) !== ' ') return null;
    if (words.length > 0 && REGNAL_NUMBER.test(token.text) && text[token.end] === '.')
      return [...words, { ...token, text: `${token.text}.`, end: token.end + 1 }];
    if (!canBeNameWord(token.text) || isGermanWordForm(token.text)) return null;
    words.push(token);
  }
  return null;
}

/** An ordinal with its dot two or three words on ("König Felipe VI."), where a ruler's name can end. */
function regnalNumberAhead(tokens: readonly Token[], text: string, index: number): boolean {
  return [index + 2, index + 3].some((at) => {
    const token = tokens[at];
    return token !== undefined && text[token.end] === '.' && REGNAL_NUMBER.test(token.text);
  });
}

function candidates(tokens: readonly Token[], text: string): Candidate[] {
  const found: Candidate[] = [];
  tokens.forEach((token, index) => {
    // "König Felipe VI.": before a ruler's name, a dictionary noun is the title.
    if (
      regnalNumberAhead(tokens, text, index) &&
      /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
      isCommonNoun(token.text)
    ) {
      const ruler = regnalNameAt(tokens, text, index + 1);
      if (ruler) {
        found.push({ tokens: ruler, role: token.text });
        return;
      }
    }
    if (isRoleWord(token.text) || isTitle(token.text)) {
      // "Kremlsprecher Dmitri Peskow"
      const direct = nameAt(tokens, text, index + 1);
      if (direct) {
        found.push({ tokens: direct, role: token.text });
        return;
      }
      // "die Sprecherin des US-Außenministeriums, Tammy Bruce,"
      if (GENITIVE_ARTICLES.has(tokens[index + 1]?.text ?? '')) {
        for (let i = index + 2; i < Math.min(tokens.length, index + 2 + MAX_GENITIVE_WORDS); i++) {
          const between = text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start);
          if (between.includes(',')) {
            const appositive = nameAt(tokens, text, i);
            if (appositive)
              found.push({
                tokens: appositive,
                role: text.slice(token.start, (tokens[i - 1] as Token).end),
              });
            break;
          }
          if (/[.;:!?]/.test(between)) break;
        }
      }
    } else if (isSayingVerb(token.text) || titleBefore(text, token)) {
      let start = titleBefore(text, token) ? index : index + 1;
      // "sagte Bischof Berger": a role or title after the verb is no part of the name.
      const roleStart = start;
      while (start < tokens.length && isRoleOrTitle((tokens[start] as Token).text)) start++;
      const name = nameAt(tokens, text, start);
      const role =
        start > roleStart
          ? text.slice((tokens[roleStart] as Token).start, (tokens[start - 1] as Token).end)
          : null;
      if (name) found.push({ tokens: name, role });
    }
  });
  return found;
}

export interface Discovery {
  people: DiscoveredPerson[];
  mentions: Mention[];
}

/** Finds people by cues in the given fields; `known` are mentions already linked there. */
export function discoverPeople(
  fields: readonly FieldText[],
  catalog: Catalog,
  known: readonly Mention[],
): Discovery {
  const people = new Map<string, DiscoveredPerson>();
  const mentions: Mention[] = [];

  for (const { field, text } of fields) {
    const tokens = tokenize(text);
    const spans = sentenceSpans(text);
    for (const candidate of candidates(tokens, text)) {
      const first = candidate.tokens[0] as Token;
      const last = candidate.tokens.at(-1) as Token;
      // A town in the surname's place is the surname: "die Pianistin Anna Thorn" (Thorn: Toruń).
      const surnameTown = (m: Mention) =>
        m.entityKind === 'CITY' && m.field === field && m.start >= first.end;
      if (
        [...known, ...mentions].some(
          (m) => m.field === field && m.start < last.end && first.start < m.end && !surnameTown(m),
        )
      )
        continue;
      const name = text.slice(first.start, last.end);
      const id = `person:${slug(name)}`;
      if (catalog.byId.has(id)) continue; // the linker's business: its forms did not match here
      const sentence = sentenceAt(text, spans, first.start);
      if (!people.has(id)) people.set(id, { id, name, role: candidate.role, evidence: sentence });
      mentions.push({
        entityId: id,
        entityKind: 'PERSON',
        kind: 'NAME',
        field,
        start: first.start,
        end: last.end,
        surface: name,
        sentence,
      });
    }
  }

  mentions.push(...surnameMentions([...people.values()], fields, [...known, ...mentions]));
  return { people: [...people.values()], mentions };
}

/** A bare surname later in the article refers to the person named in full before. */
export function surnameMentions(
  people: readonly DiscoveredPerson[],
  fields: readonly FieldText[],
  known: readonly Mention[],
): Mention[] {
  const mentions: Mention[] = [];
  const taken = (field: ArticleField, start: number, end: number) =>
    [...known, ...mentions].some((m) => m.field === field && m.start < end && start < m.end);
  for (const person of people) {
    // A one-word name is its own surname, as written ("Chr." of "n. Chr." is no "Chr").
    const surname = /\s/.test(person.name.trim()) ? surnameOf(person.name) : person.name;
    for (const { field, text } of fields) {
      const spans = sentenceSpans(text);
      for (const token of tokenize(text)) {
        if (token.text !== surname && token.text !== `${surname}s`) continue;
        const end = token.start + surname.length + (token.text === surname ? 0 : 1);
        if (taken(field, token.start, end)) continue;
        mentions.push({
          entityId: person.id,
          entityKind: 'PERSON',
          kind: 'NAME',
          field,
          start: token.start,
          end,
          surface: text.slice(token.start, end),
          sentence: sentenceAt(text, spans, token.start),
        });
      }
    }
  }
  return mentions;
}
