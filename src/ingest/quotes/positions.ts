import { fold } from '../text-fold.js';
import { genitiveSingularNoun } from '../lexicon/index.js';
import type { ArticleField, Mention } from '../types.js';
import type { FieldWords } from './field-words.js';
import {
  FORMER,
  isCapitalised,
  isInflected,
  officeSynonym,
  officeWord,
  TITLE_MODIFIER,
  type Token,
} from './words.js';

// Positions from the role phrases around a person's name: before it ("der polnische Außenminister
// Radosław Sikorski", "die Sprecherin des US-Außenministeriums, Tammy Bruce"), after it as an
// apposition ("Sikorski, Chef der polnischen Diplomatie") or a copula ("X ist der neue Botschafter
// …", "X war zuvor …"). The phrase gives the title, whether it is former, the country (an
// adjective or genitive next to the title) and the organisation (a genitive after it, or the
// catalog's ministry for that title and country).

export interface FieldText {
  field: ArticleField;
  text: string;
  /** Its words, read by both its positions and its quotes. */
  words: FieldWords;
}

/** The organisation a title belongs to, and the country it serves (null: an international one). */
export interface OfficeOrganization {
  id: string;
  countryId: string | null;
}

export interface PositionFacts {
  /** The catalog's organisation for a title in a country ("Außenminister", PL → the MSZ). */
  officeOrganization(title: string, countryId: string | null): OfficeOrganization | null;
  /** A curated person's role text and country, if any. */
  person(id: string): { role?: string; countryId?: string } | undefined;
}

export interface FoundPosition {
  personId: string;
  title: string;
  organizationId: string | null;
  /** The organisation as the text names it, when no entity stands for it. */
  organizationName: string | null;
  countryId: string | null;
  former: boolean;
  field: ArticleField;
  sentence: string;
  /** Offset of the person's name in its field. */
  start: number;
}

const DETERMINERS = new Set(
  'der die den dem des ein eine einen einem eines seinem seinen seine seiner ihrem ihren ihre ihrer'.split(
    ' ',
  ),
);
// Not "den": "empfing der Präsident den Außenminister X" is an object, no complement.
const COMPLEMENT_START = new Set('des der von vom in im für aus bei beim'.split(' '));
const COMPLEMENT_WORDS = new Set(
  'des der den dem die von vom in im für aus und bei beim am an zu zur zum'.split(' '),
);
const NP_BREAK = new Set('in im am an bei beim aus ,'.split(' '));
const REMOVED = /\b(?:Amtes enthoben|abgesetzt|entlassen|zurückgetreten)\b/;
const SKIPPED_BEFORE_NAME = new Set(['Dr', 'Prof', '.', ',']);

interface Role {
  title: string;
  /** The office word as the text writes it, prefix and all ("UN-Generalsekretär"). */
  written: string;
  /** An organisation its compound names ("PiS-Chef"). */
  organizationId: string | null;
  former: boolean;
  countryId: string | null;
}

interface Segment {
  roles: Role[];
  complement: Token[];
}

class PhraseParser {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly mentions: readonly Mention[],
  ) {}

  private mentionAt(token: Token | undefined, kind: Mention['entityKind']): Mention | undefined {
    if (!token) return undefined;
    return this.mentions.find(
      (m) => m.entityKind === kind && m.start < token.end && token.start < m.end,
    );
  }

  /** A lower-case word inflected like an adjective before a capitalised one ("polnischen Rundfunks"). */
  private isAttributive(i: number): boolean {
    const next = this.tokens[i + 1];
    return this.isAdjective(this.tokens[i]) && next !== undefined && isCapitalised(next.text);
  }

  private isPerson(token: Token): boolean {
    return this.mentionAt(token, 'PERSON') !== undefined;
  }

  private isAdjective(token: Token | undefined): boolean {
    return (
      token !== undefined &&
      !isCapitalised(token.text) &&
      !DETERMINERS.has(token.text) &&
      !COMPLEMENT_WORDS.has(token.text) &&
      isInflected(token.text)
    );
  }

  private isCountryGenitive(token: Token | undefined): boolean {
    return token?.text.endsWith('s') === true && this.mentionAt(token, 'COUNTRY') !== undefined;
  }

  /** modifiers* office: the index after it, or -1. */
  private role(from: number, into: Role[]): number {
    let i = from;
    let former = false;
    let countryId: string | null = null;
    const titleWords: string[] = [];
    for (;;) {
      const token = this.tokens[i];
      if (!token) return -1;
      // "Ex-Außenminister": the office itself, held no longer.
      const exOffice = /^Ex-/i.test(token.text) ? officeWord(token.text.slice(3)) : null;
      if (
        !exOffice &&
        (this.isCountryGenitive(token) || this.isAdjective(token) || FORMER.test(token.text))
      ) {
        if (FORMER.test(token.text)) former = true;
        if (TITLE_MODIFIER.test(token.text)) titleWords.push(token.text.replace(/[nmrs]$/, ''));
        countryId ??= this.mentionAt(token, 'COUNTRY')?.entityId ?? null;
        i += 1;
        continue;
      }
      const office = exOffice ?? officeWord(token.text);
      if (!office) return -1;
      if (exOffice) former = true;
      countryId ??= this.mentionAt(token, 'COUNTRY')?.entityId ?? null;
      if (countryId === null && token.text.startsWith('Bundes')) countryId = 'country:DE';
      if (countryId === null && token.text.startsWith('Kreml')) countryId = 'country:RU';
      const prefix = this.mentionAt(token, 'ORGANIZATION');
      into.push({
        title: [...titleWords, office.nominative].join(' '),
        written: office.written,
        organizationId:
          prefix && prefix.start >= token.start && prefix.end < token.end ? prefix.entityId : null,
        former,
        countryId,
      });
      return i + 1;
    }
  }

  /** A segment: roles joined by "und", then their complement. */
  private segment(from: number): { segment: Segment; next: number } | null {
    const roles: Role[] = [];
    let i = this.role(from, roles);
    if (i < 0) return null;
    while (this.tokens[i]?.text === 'und') {
      const more: Role[] = [];
      const after = this.role(i + 1, more);
      if (after < 0) break;
      roles.push(...more);
      i = after;
    }
    const start = i;
    const first = this.tokens[i];
    const second = this.tokens[i + 1];
    const opens =
      first !== undefined &&
      !this.isPerson(first) &&
      (COMPLEMENT_START.has(first.text) ||
        this.isCountryGenitive(first) ||
        this.mentionAt(first, 'COUNTRY') !== undefined ||
        (first.text === 'und' && second !== undefined && isCapitalised(second.text)));
    if (opens) {
      while (i < this.tokens.length) {
        const token = this.tokens[i] as Token;
        if (token.text === 'und' && this.segment(i + 1)) break;
        if (isCapitalised(token.text) && this.isPerson(token)) break;
        // "des Landes den Außenminister": an accusative or dative after a noun starts the object.
        if (
          (token.text === 'den' || token.text === 'dem') &&
          isCapitalised(this.tokens[i - 1]?.text ?? '')
        )
          break;
        if (COMPLEMENT_WORDS.has(token.text) || isCapitalised(token.text) || this.isAttributive(i))
          i += 1;
        else break;
      }
    }
    return { segment: { roles, complement: this.tokens.slice(start, i) as Token[] }, next: i };
  }

  /** The whole phrase from `from`: determiner?, segments joined by "und"; the index after it. */
  parse(from: number): { segments: Segment[]; next: number } | null {
    let i = from;
    if (this.tokens[i] && DETERMINERS.has(this.tokens[i]?.text.toLowerCase() ?? '')) i += 1;
    const segments: Segment[] = [];
    let parsed = this.segment(i);
    while (parsed) {
      segments.push(parsed.segment);
      i = parsed.next;
      if (this.tokens[i]?.text !== 'und') break;
      parsed = this.segment(i + 1);
      if (parsed) continue;
    }
    return segments.length > 0 ? { segments, next: i } : null;
  }

  /** The first genitive noun phrase of a complement ("des Ost-Ausschusses der Deutschen Wirtschaft"). */
  genitive(complement: readonly Token[]): Token[] {
    const start = complement.findIndex((t) => ['des', 'der', 'von', 'vom'].includes(t.text));
    // "Staatssekretär im Verteidigungsministerium": the institution the office is in.
    if (start < 0 && (complement[0]?.text === 'im' || complement[0]?.text === 'beim')) {
      const phrase = complement.slice(0, 1);
      for (const token of complement.slice(1)) {
        if (NP_BREAK.has(token.text) || token.text === 'und') break;
        phrase.push(token);
      }
      return phrase;
    }
    if (start < 0) {
      const head = complement[0];
      return head && this.isCountryGenitive(head) ? [head] : [];
    }
    const phrase: Token[] = [];
    for (const token of complement.slice(start)) {
      if (NP_BREAK.has(token.text) || (token.text === 'und' && phrase.length > 1)) break;
      phrase.push(token);
    }
    return phrase;
  }

  /** The token is a country's or city's name (not a name that starts with one: "US-Außenministeriums"). */
  isCountry(token: Token): boolean {
    return this.mentions.some(
      (m) =>
        (m.entityKind === 'COUNTRY' || m.entityKind === 'CITY') &&
        m.start <= token.start &&
        m.end >= token.end,
    );
  }

  /** "Professor X von der Universität Warschau": the institution after the name. */
  institutionAfter(index: number): { id: string | null; name: string | null } | null {
    const from = this.tokens[index]?.text;
    if (from !== 'vom' && from !== 'von') return null;
    let i = index + 1;
    if (['der', 'dem', 'den'].includes(this.tokens[i]?.text ?? '')) i += 1;
    const start = i;
    while (
      this.tokens[i] &&
      (isCapitalised((this.tokens[i] as Token).text) || this.isAttributive(i))
    )
      i += 1;
    const words = this.tokens.slice(start, i) as Token[];
    if (words.length === 0 || words.every((t) => this.isCountry(t))) return null;
    return { id: this.organizationIn(words), name: words.map((t) => t.text).join(' ') };
  }

  countryIn(tokens: readonly Token[]): string | null {
    for (const token of tokens) {
      const country = this.mentionAt(token, 'COUNTRY');
      if (country) return country.entityId;
    }
    return null;
  }

  organizationIn(tokens: readonly Token[]): string | null {
    for (const token of tokens) {
      const org = this.mentionAt(token, 'ORGANIZATION');
      if (org) return org.entityId;
    }
    return null;
  }
}

function phraseText(text: string, tokens: readonly Token[], offset: number): string {
  const first = tokens[0];
  const last = tokens.at(-1);
  return first && last ? text.slice(first.start - offset, last.end - offset) : '';
}

/**
 * The organisation a genitive names, as a name is written: "des Verteidigungsministeriums für
 * Digitales" → "Verteidigungsministerium für Digitales". A genitive with an adjective before its
 * noun is a name discovery already made an organisation of.
 */
function nominativeName(text: string, genitive: readonly Token[], offset: number): string {
  const words = genitive.slice(1);
  const written = phraseText(text, words, offset);
  const first = words[0];
  const nominative = genitive[0]?.text === 'des' && first ? genitiveSingularNoun(first.text) : null;
  return nominative && first ? `${nominative}${written.slice(first.text.length)}` : written;
}

function positionsOf(
  parser: PhraseParser,
  segments: readonly Segment[],
  person: Mention,
  sentence: { text: string; offset: number },
  facts: PositionFacts,
  copulaFormer: boolean,
): FoundPosition[] {
  const removed = REMOVED.test(sentence.text);
  return segments.flatMap((segment) => {
    const genitive = parser.genitive(segment.complement);
    const words = genitive.filter((t) => isCapitalised(t.text));
    const head = words[0];
    const headIsOffice = head !== undefined && officeWord(head.text) !== null;
    const complementText = phraseText(sentence.text, segment.complement, sentence.offset);
    return segment.roles.map((role): FoundPosition => {
      const synonym = officeSynonym(role.title, complementText);
      const title = synonym ?? role.title;
      let countryId = role.countryId ?? parser.countryIn(genitive);
      const curated = facts.person(person.entityId);
      if (countryId === null && curated?.role && curated.countryId) {
        // "Kanzler" for a curated "Bundeskanzler": the same post.
        const roleHead = fold(curated.role.split(/\s+/)[0] ?? '');
        if (roleHead.endsWith(fold(title))) countryId = curated.countryId;
      }
      let organizationId = synonym || headIsOffice ? null : parser.organizationIn(genitive);
      let organizationName: string | null = null;
      if (!organizationId && !synonym && !headIsOffice && head && !parser.isCountry(head))
        organizationName = nominativeName(sentence.text, genitive, sentence.offset) || null;
      if (!organizationId && !organizationName) {
        const office =
          facts.officeOrganization(title, countryId) ??
          facts.officeOrganization(role.written, countryId);
        organizationId = office?.id ?? role.organizationId;
        // An international post serves no country: a curated holder's is their nationality.
        if (office && office.countryId === null) countryId = null;
      }
      return {
        personId: person.entityId,
        title,
        organizationId,
        organizationName,
        countryId,
        former: role.former || copulaFormer || removed,
        field: person.field,
        sentence: sentence.text.trim(),
        start: person.start,
      };
    });
  });
}

/** Every position the role phrases of one field give its people. */
export function fieldPositions(
  { field, text, words }: FieldText,
  mentions: readonly Mention[],
  facts: PositionFacts,
): FoundPosition[] {
  const inField = mentions.filter((m) => m.field === field);
  const people = inField.filter((m) => m.entityKind === 'PERSON' && m.kind === 'NAME');
  const found: FoundPosition[] = [];
  if (people.length === 0) return found;
  words.sentences.forEach((span, index) => {
    const inSentence = people.filter((m) => m.start >= span.start && m.end <= span.end);
    if (inSentence.length === 0) return;
    const tokens = words.sentence(index);
    const parser = new PhraseParser(tokens, inField);
    const sentence = { text: text.slice(span.start, span.end), offset: span.start };
    for (const person of inSentence) {
      found.push(...before(parser, tokens, person, sentence, facts));
      found.push(...after(parser, tokens, person, sentence, facts));
    }
  });
  return found;
}

function before(
  parser: PhraseParser,
  tokens: readonly Token[],
  person: Mention,
  sentence: { text: string; offset: number },
  facts: PositionFacts,
): FoundPosition[] {
  let end = tokens.findIndex((t) => t.start >= person.start);
  if (end < 0) return [];
  while (end > 0 && SKIPPED_BEFORE_NAME.has(tokens[end - 1]?.text ?? '')) end -= 1;
  const from = Math.max(0, end - 16);
  // A role phrase has an office noun: without one before the name there is nothing to parse.
  if (!tokens.slice(from, end).some((token) => officeWord(token.text) !== null)) return [];
  for (let start = from; start < end; start += 1) {
    const parsed = parser.parse(start);
    if (parsed && parsed.next === end) {
      const found = positionsOf(parser, parsed.segments, person, sentence, facts, false);
      const institution = parser.institutionAfter(tokens.findIndex((t) => t.start >= person.end));
      return found.map((position) =>
        institution && !position.organizationId && !position.organizationName
          ? {
              ...position,
              organizationId: institution.id,
              organizationName: institution.id ? null : institution.name,
            }
          : position,
      );
    }
  }
  return [];
}

function after(
  parser: PhraseParser,
  tokens: readonly Token[],
  person: Mention,
  sentence: { text: string; offset: number },
  facts: PositionFacts,
): FoundPosition[] {
  const next = tokens.findIndex((t) => t.start >= person.end);
  if (next < 0) return [];
  const first = tokens[next]?.text ?? '';
  let from = -1;
  let former = false;
  if (first === ',' || first === '–' || first === '-') from = next + 1;
  else if (first === 'ist' || first === 'war') {
    former = first === 'war';
    from = next + 1;
    while (['zuvor', 'bisher', 'seit', 'damals', 'nun', 'jetzt'].includes(tokens[from]?.text ?? ''))
      from += 1;
  }
  if (from < 0) return [];
  const parsed = parser.parse(from);
  if (!parsed) return [];
  const stop = tokens[parsed.next]?.text;
  if (stop !== undefined && ![',', '.', ';', '–', ')'].includes(stop)) return [];
  return positionsOf(parser, parsed.segments, person, sentence, facts, former);
}
